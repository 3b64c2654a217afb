extension RuleTrial {
    /// The tokens a pattern runs on, with the mentions and entity table their entity tokens refer to.
    struct Stream {
        let tokens: [PatternToken]
        let mentions: [MentionRecord]
        let table: EntityTable
        let text: UnsafeBufferPointer<UInt8>

        /// The types of the entities of token `index` (empty for a word).
        func types(of index: Int) -> [EntityType] {
            tokens[index].mentions.map { table[mentions[$0].entity].type }
        }

        /// Token `index` as `--try` shows it.
        func display(_ index: Int) -> String {
            SentenceTrial.Token(text: RuleTrial.text(of: tokens[index].range, in: text), types: types(of: index)).display
        }

        /// Tokens `range` as `--try` shows them.
        func display(_ range: Range<Int>) -> String {
            range.map(display).joined(separator: " ")
        }
    }

    /// How far `matcher`'s pattern got in `stream`.
    func miss(of matcher: PatternMatcher, rule pattern: TokenPattern, as rule: SentenceTrial.Rule, in stream: Stream) -> SentenceTrial.Miss {
        let context = PatternMatcher.Context(tokens: stream.tokens, text: stream.text, givenNames: givenNames) { index, slot in
            EntityRecognizer.fills(stream.tokens[index], slot, mentions: stream.mentions, table: stream.table)
        }
        let attempt = matcher.furthestAttempt(in: context)
        let taken = attempt.element > 0 || attempt.isMatch ? stream.display(attempt.start..<attempt.stop) : ""
        let atEnd = attempt.stop == stream.tokens.count
        let expected = attempt.isMatch ? nil : pattern.elements[attempt.element].source
        let explanation: String
        switch (expected, attempt.element) {
        case (nil, _):
            explanation = rule.kind == .relationPattern
                ? "matched `\(taken)`, but stated no relation: its source and target slots did not hold two different entities"
                : "matched `\(taken)`, but its entity was not kept: a longer match overlaps it, it would cut a known name in two, or its text is on the stop list"
        case (let expected?, 0):
            explanation = "nothing here matches its first element `\(expected)`" + firstElementDetail(attempt, in: stream)
        case (let expected?, _) where atEnd:
            explanation = "took `\(taken)`; then the sentence ended before `\(expected)`"
        case (let expected?, _):
            explanation = "took `\(taken)`; then `\(stream.display(attempt.stop))` does not match `\(expected)`"
                + tokenDetail(attempt, slots: pattern.slots, in: stream)
        }
        return SentenceTrial.Miss(rule: rule, elementsMatched: attempt.element, elementCount: pattern.elements.count,
                                  matchedTokens: taken, stoppedAt: attempt.isMatch || atEnd ? nil : stream.display(attempt.stop),
                                  expected: expected, explanation: explanation)
    }

    /// What the sentence offers a first element that wants an entity.
    private func firstElementDetail(_ attempt: PatternAttempt, in stream: Stream) -> String {
        guard attempt.failedTests.contains(where: { if case .slot = $0 { true } else { false } }) else { return "" }
        let entities = stream.tokens.indices.filter { stream.tokens[$0].kind == .entity }.map(stream.display)
        return entities.isEmpty ? " (the sentence has no entity)" : " (the entities here: \(entities.joined(separator: ", ")))"
    }

    /// Why the token the attempt stopped at passed none of the tests waiting for it, where that is not plain.
    private func tokenDetail(_ attempt: PatternAttempt, slots: [TokenPattern.Slot], in stream: Stream) -> String {
        let token = stream.tokens[attempt.stop]
        let slotTests = attempt.failedTests.compactMap { test -> TokenPattern.Slot? in
            if case .slot(let index) = test { slots[index] } else { nil }
        }
        guard token.kind == .entity else {
            return slotTests.isEmpty ? "" : ": it is not a recognised entity"
        }
        guard let slot = slotTests.first else {
            return ": it is a recognised entity (\(stream.types(of: attempt.stop).map(\.name).joined(separator: ", "))), one token, and words in a pattern never match a recognised name (a slot such as {\(stream.types(of: attempt.stop)[0].name)} does)"
        }
        let types = stream.types(of: attempt.stop)
        if !slot.types.isEmpty, let wrong = types.first(where: { !slot.types.contains($0) }) {
            return ": it is of type \(wrong.name), and the slot takes \(slot.types.map(\.name).joined(separator: " or "))"
        }
        if let form = slot.form, let written = token.mentions.lazy.map({ stream.mentions[$0].form }).first(where: { $0 != form }) {
            return ": it is written as \(written == .adj ? "an adjective" : "a name"), and the slot asks for \(form == .adj ? "an adjective (.adj)" : "a name (.name)")"
        }
        return ""
    }
}
