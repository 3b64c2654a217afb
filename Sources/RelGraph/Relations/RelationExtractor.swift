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
        /// The relation kind's number in the catalog.
        let kind: Int

        init(rule: RelationPatternRule, matcher: PatternMatcher, source: Int, target: Int, prefilter: PatternPrefilter, kind: Int) {
            self.kind = kind
            self.rule = rule
            self.matcher = matcher
            self.source = source
            self.target = target
            self.prefilter = prefilter
        }
    }

    private let patterns: [CompiledPattern]
    private let hedges: IntegerTable
    private let givenNames: IntegerTable
    private let vocabulary: PatternVocabulary

    /// Whether there is any relation pattern to run.
    var hasPatterns: Bool { !patterns.isEmpty }

    /// Compiles the relation patterns and hedge words of `rules`, whose relations `catalog` numbers.
    init(rules: RuleSet, catalog: RelationCatalog) {
        let vocabulary = PatternVocabulary(rules.relationPatterns.map(\.pattern))
        self.vocabulary = vocabulary
        self.patterns = rules.relationPatterns.compactMap { rule in
            let slots = rule.pattern.slots
            guard let source = slots.firstIndex(where: { $0.name == "source" }),
                  let target = slots.firstIndex(where: { $0.name == "target" }) else { return nil }
            return CompiledPattern(rule: rule, matcher: PatternMatcher(program: PatternProgram(rule.pattern)),
                                   source: source, target: target, prefilter: PatternPrefilter(rule.pattern, vocabulary: vocabulary),
                                   kind: catalog.number(of: rule.relation, rule: rule.id))
        }
        self.hedges = IntegerTable(words: rules.hedges)
        self.givenNames = IntegerTable(words: rules.givenNames)
    }

    /// Appends to `found` the relations the patterns find among `tokens`, whose entity tokens refer to
    /// `mentions`.
    func relations(in tokens: [PatternToken], mentions: [MentionRecord], table: EntityTable, text: UnsafeBufferPointer<UInt8>,
                   into found: inout [RelationRecord]) {
        guard !patterns.isEmpty,
              tokens.lazy.filter({ $0.kind == .entity }).count >= 2 || tokens.contains(where: { $0.mentions.count >= 2 }) else {
            return
        }
        let context = PatternMatcher.Context(tokens: tokens, text: text, givenNames: givenNames) { index, slot in
            EntityRecognizer.fills(tokens[index], slot, mentions: mentions, table: table)
        }
        var profile = SentenceProfile(vocabulary: vocabulary)
        profile.add(tokens, vocabulary: vocabulary, givenNames: givenNames) { table[mentions[$0].entity].type }
        var hedged: Bool?
        var scratch = PatternMatcher.Scratch()
        for pattern in patterns where pattern.prefilter.admits(profile) {
            for match in pattern.matcher.matches(in: context, scratch: &scratch) {
                let slots = pattern.rule.pattern.slots
                let sources = entities(in: match.slot(pattern.source), slot: slots[pattern.source], tokens: tokens, mentions: mentions, table: table)
                let targets = entities(in: match.slot(pattern.target), slot: slots[pattern.target], tokens: tokens, mentions: mentions, table: table)
                let isHedged = hedged ?? isHedgedSentence(tokens)
                hedged = isHedged
                for source in sources {
                    for target in targets where target != source {
                        found.append(RelationRecord(source: source, target: target, kind: pattern.kind, hedged: isHedged))
                    }
                }
            }
        }
    }

    /// Whether the sentence holds a hedge word.
    func isHedgedSentence(_ tokens: [PatternToken]) -> Bool {
        tokens.contains { token in
            token.kind == .word && hedges.contains(token.fingerprint)
        }
    }

    private func entities(in range: Range<Int>?, slot: TokenPattern.Slot, tokens: [PatternToken], mentions: [MentionRecord],
                          table: EntityTable) -> [EntityID] {
        guard let range else { return [] }
        return tokens[range].filter { $0.kind == .entity }.flatMap(\.mentions).map { mentions[$0].entity }
            .filter { slot.types.isEmpty || slot.types.contains(table[$0].type) }
    }
}
