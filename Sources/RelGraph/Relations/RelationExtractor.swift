/// Finds typed relations in a sentence with the relation patterns of the rules: each match relates
/// every entity of its `source` slot to every entity of its `target` slot (coordinated lists give one
/// relation per pair), and a hedge word anywhere in the sentence marks the relations as hedged.
public struct RelationExtractor: Sendable {
    private final class CompiledPattern: Sendable {
        let rule: RelationPatternRule
        let matcher: PatternMatcher
        let source: Int
        let target: Int
        let prefilter: PatternPrefilter

        init(rule: RelationPatternRule, matcher: PatternMatcher, source: Int, target: Int, prefilter: PatternPrefilter) {
            self.rule = rule
            self.matcher = matcher
            self.source = source
            self.target = target
            self.prefilter = prefilter
        }
    }

    private let patterns: [CompiledPattern]
    private let hedges: Set<UInt64>
    private let givenNames: Set<UInt64>
    private let vocabulary: PatternVocabulary

    /// Compiles the relation patterns and hedge words of `rules`.
    public init(rules: RuleSet) {
        let vocabulary = PatternVocabulary(rules.relationPatterns.map(\.pattern))
        self.vocabulary = vocabulary
        self.patterns = rules.relationPatterns.compactMap { rule in
            let slots = rule.pattern.slots
            guard let source = slots.firstIndex(where: { $0.name == "source" }),
                  let target = slots.firstIndex(where: { $0.name == "target" }) else { return nil }
            return CompiledPattern(rule: rule, matcher: PatternMatcher(program: PatternProgram(rule.pattern)),
                                   source: source, target: target, prefilter: PatternPrefilter(rule.pattern, vocabulary: vocabulary))
        }
        self.hedges = SentenceProfile.fingerprints(of: rules.hedges)
        self.givenNames = SentenceProfile.fingerprints(of: rules.givenNames)
    }

    /// The relations the patterns find among `tokens`, whose entity tokens refer to `mentions`.
    func relations(in tokens: [PatternToken], mentions: [Mention], text: UnsafeBufferPointer<UInt8>) -> [RelationObservation] {
        guard tokens.lazy.filter({ $0.kind == .entity }).count >= 2 || tokens.contains(where: { $0.mentions.count >= 2 }) else {
            return []
        }
        let context = PatternMatcher.Context(tokens: tokens, text: text, givenNames: givenNames) { index, slot in
            EntityRecognizer.fills(tokens[index], slot, mentions: mentions)
        }
        var profile = SentenceProfile(vocabulary: vocabulary)
        profile.add(tokens, mentions: mentions, text: text, vocabulary: vocabulary, givenNames: givenNames)
        var hedged: Bool?
        var found: [RelationObservation] = []
        for pattern in patterns where pattern.prefilter.admits(profile) {
            for match in pattern.matcher.matches(in: context) {
                let sources = entities(in: match.slot(pattern.source), slot: pattern.rule.pattern.slots[pattern.source], tokens: tokens, mentions: mentions)
                let targets = entities(in: match.slot(pattern.target), slot: pattern.rule.pattern.slots[pattern.target], tokens: tokens, mentions: mentions)
                let isHedged = hedged ?? isHedgedSentence(tokens)
                hedged = isHedged
                for source in sources {
                    for target in targets where target != source {
                        found.append(RelationObservation(source: source, relation: pattern.rule.relation, target: target,
                                                         rule: pattern.rule.id, hedged: isHedged))
                    }
                }
            }
        }
        return found
    }

    /// Whether the sentence holds a hedge word.
    func isHedgedSentence(_ tokens: [PatternToken]) -> Bool {
        tokens.contains { token in
            token.kind == .word && hedges.contains(token.fingerprint)
        }
    }

    private func entities(in range: Range<Int>?, slot: TokenPattern.Slot, tokens: [PatternToken], mentions: [Mention]) -> [EntityReference] {
        guard let range else { return [] }
        return tokens[range].filter { $0.kind == .entity }.flatMap(\.mentions).map { mentions[$0].entity }
            .filter { slot.types.isEmpty || slot.types.contains($0.type) }
    }
}
