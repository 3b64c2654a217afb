/// What a sentence must hold for a pattern to have any chance of matching: for each mandatory element,
/// one of its words, an entity of one of its types, or an initial. Checking this against a
/// ``SentenceProfile`` is cheap, and lets the matcher skip most patterns for most sentences.
struct PatternPrefilter: Sendable {
    enum Requirement: Sendable {
        case anyWord(Set<UInt64>)
        case entity([EntityType])
        case initial
    }

    let requirements: [Requirement]

    init(_ pattern: TokenPattern) {
        var requirements: [Requirement] = []
        PatternPrefilter.collect(pattern.root, slots: pattern.slots, into: &requirements)
        self.requirements = requirements
    }

    /// Whether `profile` meets every requirement.
    func admits(_ profile: SentenceProfile) -> Bool {
        requirements.allSatisfy { requirement in
            switch requirement {
            case .anyWord(let words): !words.isDisjoint(with: profile.words)
            case .entity(let types): types.isEmpty ? !profile.entityTypes.isEmpty : types.contains(where: profile.entityTypes.contains)
            case .initial: profile.hasInitial
            }
        }
    }

    private static func collect(_ node: TokenPattern.Node, slots: [TokenPattern.Slot], into requirements: inout [Requirement]) {
        switch node {
        case .sequence(let items):
            items.forEach { collect($0, slots: slots, into: &requirements) }
        case .span(let inner):
            collect(inner, slots: slots, into: &requirements)
        case .literal(let folded, _):
            requirements.append(.anyWord([SentenceProfile.fingerprint(folded)]))
        case .alternatives(let alternatives):
            // Each alternative must start with a word for the group to require one of them.
            let firsts = alternatives.map(firstWord)
            if firsts.allSatisfy({ $0 != nil }) {
                requirements.append(.anyWord(Set(firsts.compactMap { $0.map(SentenceProfile.fingerprint) })))
            }
        case .slot(let index):
            requirements.append(.entity(slots[index].types))
        case .wordClass(.initial):
            requirements.append(.initial)
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

/// The words (as fingerprints of their folded bytes), entity types and initials a sentence holds.
struct SentenceProfile {
    var words = Set<UInt64>()
    var entityTypes = Set<EntityType>()
    var hasInitial = false

    /// The profile of `tokens`, whose entity tokens refer to `mentions`.
    init(tokens: [PatternToken], mentions: [Mention], text: UnsafeBufferPointer<UInt8>) {
        add(tokens, mentions: mentions, text: text)
    }

    /// Adds what `tokens` hold.
    mutating func add(_ tokens: [PatternToken], mentions: [Mention], text: UnsafeBufferPointer<UInt8>) {
        for token in tokens {
            switch token.kind {
            case .entity:
                for index in token.mentions { entityTypes.insert(mentions[index].entity.type) }
            default:
                if token.isInitial { hasInitial = true }
                words.insert(SentenceProfile.fingerprint(of: token.range, in: text))
            }
        }
    }

    /// The fingerprints of `words`, folded.
    static func fingerprints(of words: [String]) -> Set<UInt64> {
        Set(words.map { fingerprint(CaseFolding.folded($0)) })
    }

    /// FNV-1a of folded bytes.
    static func fingerprint(_ folded: [UInt8]) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in folded { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3 }
        return hash
    }

    /// FNV-1a of the folded bytes of `range` of `text`, equal to `fingerprint(CaseFolding.folded(…))`.
    static func fingerprint(of range: Range<Int>, in text: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        var previous: UInt8 = range.lowerBound > 0 ? text[range.lowerBound - 1] : 0
        for offset in range {
            let byte = text[offset]
            let folded = CaseFolding.table[Int(byte) | CaseFolding.context(after: previous)]
            hash = (hash ^ UInt64(folded)) &* 0x100_0000_01B3
            previous = byte
        }
        return hash
    }
}
