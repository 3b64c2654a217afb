/// What a sentence must hold for a pattern to have any chance of matching: for each mandatory element,
/// one of its words, an entity of one of its types, an initial or a given name. Checking this against a
/// ``SentenceProfile`` takes a few bit operations, and lets the matcher skip most patterns for most sentences.
struct PatternPrefilter: Sendable {
    enum Requirement: Sendable {
        /// One of these words of the vocabulary.
        case anyWord(WordSet)
        case entity([EntityType])
        case initial
        case givenName
    }

    let requirements: [Requirement]

    init(_ pattern: TokenPattern, vocabulary: PatternVocabulary) {
        var requirements: [Requirement] = []
        PatternPrefilter.collect(pattern.root, slots: pattern.slots, vocabulary: vocabulary, into: &requirements)
        self.requirements = requirements
    }

    /// Whether `profile` meets every requirement.
    func admits(_ profile: SentenceProfile) -> Bool {
        requirements.allSatisfy { requirement in
            switch requirement {
            case .anyWord(let words): profile.words.intersects(words)
            case .entity(let types): types.isEmpty ? !profile.entityTypes.isEmpty : types.contains(where: profile.entityTypes.contains)
            case .initial: profile.hasInitial
            case .givenName: profile.hasGivenName
            }
        }
    }

    private static func collect(_ node: TokenPattern.Node, slots: [TokenPattern.Slot], vocabulary: PatternVocabulary,
                                into requirements: inout [Requirement]) {
        switch node {
        case .sequence(let items):
            items.forEach { collect($0, slots: slots, vocabulary: vocabulary, into: &requirements) }
        case .span(let inner):
            collect(inner, slots: slots, vocabulary: vocabulary, into: &requirements)
        case .literal(let folded, _):
            requirements.append(.anyWord(vocabulary.set(of: [folded])))
        case .alternatives(let alternatives):
            // Each alternative must start with a word for the group to require one of them.
            let firsts = alternatives.map(firstWord)
            if firsts.allSatisfy({ $0 != nil }) {
                requirements.append(.anyWord(vocabulary.set(of: firsts.compactMap { $0 })))
            }
        case .slot(let index):
            requirements.append(.entity(slots[index].types))
        case .wordClass(.initial):
            requirements.append(.initial)
        case .wordClass(.fullName):
            requirements.append(.givenName)
        case .wordClass, .gap, .optional:
            break
        }
    }

    private static func firstWord(of node: TokenPattern.Node) -> [UInt8]? {
        switch node {
        case .literal(let folded, _): folded
        case .sequence(let items): items.first.flatMap(firstWord)
        default: nil
        }
    }
}
