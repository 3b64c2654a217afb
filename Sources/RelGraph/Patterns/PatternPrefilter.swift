/// What a sentence must hold for a pattern to have any chance of matching: for each mandatory element,
/// one of its words, an entity of one of its types, an initial or a given name. Checking this against a
/// ``SentenceProfile`` takes a few bit operations, and lets the matcher skip most patterns for most sentences.
struct PatternPrefilter: Sendable {
    /// The requirements by kind, checked cheapest first: this runs for every pattern and sentence.
    private var needsInitial = false
    private var needsGivenName = false
    /// The chunks (``WordSet/chunks``) of every word requirement (one of its words), one after another,
    /// and where each requirement's chunks end.
    private var wordChunks: [(index: Int, bits: UInt64)] = []
    private var wordRequirementEnds: [Int] = []
    /// Each mandatory slot's type bits (``PatternVocabulary/bit(of:)``; 0: any entity).
    private var entityTypes: [UInt64] = []

    init(_ pattern: TokenPattern, vocabulary: PatternVocabulary) {
        collect(pattern.root, slots: pattern.slots, vocabulary: vocabulary)
    }

    /// Whether `profile` meets every requirement.
    func admits(_ profile: SentenceProfile) -> Bool {
        if needsInitial, !profile.hasInitial { return false }
        if needsGivenName, !profile.hasGivenName { return false }
        var start = 0
        for end in wordRequirementEnds {
            guard wordChunks[start..<end].contains(where: profile.words.intersects) else { return false }
            start = end
        }
        for types in entityTypes where types == 0 ? !profile.hasEntity : profile.entityTypes & types == 0 { return false }
        return true
    }

    private mutating func collect(_ node: TokenPattern.Node, slots: [TokenPattern.Slot], vocabulary: PatternVocabulary) {
        switch node {
        case .sequence(let items):
            items.forEach { collect($0, slots: slots, vocabulary: vocabulary) }
        case .span(let inner):
            collect(inner, slots: slots, vocabulary: vocabulary)
        case .literal(let folded, _):
            requireOne(of: vocabulary.set(of: [folded]))
        case .alternatives(let alternatives):
            // Each alternative must start with a word for the group to require one of them.
            let firsts = alternatives.map(PatternPrefilter.firstWord)
            if firsts.allSatisfy({ $0 != nil }) { requireOne(of: vocabulary.set(of: firsts.compactMap { $0 })) }
        case .slot(let index):
            entityTypes.append(slots[index].types.reduce(0) { $0 | vocabulary.bit(of: $1) })
        case .wordClass(.initial):
            needsInitial = true
        case .wordClass(.fullName):
            needsGivenName = true
        case .wordClass, .gap, .optional:
            break
        }
    }

    private mutating func requireOne(of words: WordSet) {
        wordChunks += words.chunks
        wordRequirementEnds.append(wordChunks.count)
    }

    private static func firstWord(of node: TokenPattern.Node) -> [UInt8]? {
        switch node {
        case .literal(let folded, _): folded
        case .sequence(let items): items.first.flatMap(firstWord)
        default: nil
        }
    }
}
