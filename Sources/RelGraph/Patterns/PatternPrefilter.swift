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

    /// The requirements by kind, checked cheapest first: this runs for every pattern and sentence.
    private let needsInitial: Bool
    private let needsGivenName: Bool
    /// The chunks (``WordSet/chunks``) of every word requirement, one after another, and where each
    /// requirement's chunks end.
    private let wordChunks: [(index: Int, bits: UInt64)]
    private let wordRequirementEnds: [Int]
    /// Each mandatory slot's type bits (``PatternVocabulary/bit(of:)``; 0: any entity).
    private let entityTypes: [UInt64]

    init(_ pattern: TokenPattern, vocabulary: PatternVocabulary) {
        var requirements: [Requirement] = []
        PatternPrefilter.collect(pattern.root, slots: pattern.slots, vocabulary: vocabulary, into: &requirements)
        var needsInitial = false, needsGivenName = false
        var wordChunks: [(index: Int, bits: UInt64)] = []
        var wordRequirementEnds: [Int] = []
        var entityTypes: [UInt64] = []
        for requirement in requirements {
            switch requirement {
            case .anyWord(let set):
                wordChunks += set.chunks
                wordRequirementEnds.append(wordChunks.count)
            case .entity(let types): entityTypes.append(types.reduce(0) { $0 | vocabulary.bit(of: $1) })
            case .initial: needsInitial = true
            case .givenName: needsGivenName = true
            }
        }
        self.needsInitial = needsInitial
        self.needsGivenName = needsGivenName
        self.wordChunks = wordChunks
        self.wordRequirementEnds = wordRequirementEnds
        self.entityTypes = entityTypes
    }

    /// Whether `profile` meets every requirement.
    func admits(_ profile: SentenceProfile) -> Bool {
        if needsInitial, !profile.hasInitial { return false }
        if needsGivenName, !profile.hasGivenName { return false }
        var start = 0
        for end in wordRequirementEnds {
            var met = false
            for chunk in start..<end where profile.words.intersects(wordChunks[chunk]) {
                met = true
                break
            }
            guard met else { return false }
            start = end
        }
        for types in entityTypes where types == 0 ? !profile.hasEntity : profile.entityTypes & types == 0 { return false }
        return true
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
