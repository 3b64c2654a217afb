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


/// The words that the patterns of a rule set spell, numbered, so that a sentence's words become a bit set.
struct PatternVocabulary: Sendable {
    private var numbers: [UInt64: Int] = [:]

    /// The vocabulary of `patterns`.
    init(_ patterns: [TokenPattern]) {
        for pattern in patterns { add(pattern.root) }
    }

    /// How many words there are.
    var count: Int { numbers.count }

    /// The set of `words` (folded).
    func set(of words: [[UInt8]]) -> WordSet {
        var set = WordSet(capacity: count)
        for word in words {
            if let number = numbers[SentenceProfile.fingerprint(word)] { set.insert(number) }
        }
        return set
    }

    /// The number of the word whose fingerprint is `fingerprint`, if the patterns spell it.
    func number(of fingerprint: UInt64) -> Int? {
        numbers[fingerprint]
    }

    private mutating func add(_ node: TokenPattern.Node) {
        switch node {
        case .literal(let folded, _):
            let fingerprint = SentenceProfile.fingerprint(folded)
            if numbers[fingerprint] == nil { numbers[fingerprint] = numbers.count }
        case .sequence(let items), .alternatives(let items):
            items.forEach { add($0) }
        case .optional(let inner), .span(let inner):
            add(inner)
        case .wordClass, .slot, .gap:
            break
        }
    }
}

/// A set of word numbers of a ``PatternVocabulary``, as bits.
struct WordSet: Sendable {
    private var bits: [UInt64]

    init(capacity: Int) {
        bits = [UInt64](repeating: 0, count: (capacity + 63) / 64)
    }

    mutating func insert(_ number: Int) {
        bits[number >> 6] |= 1 << UInt64(number & 63)
    }

    func intersects(_ other: WordSet) -> Bool {
        zip(bits, other.bits).contains { $0 & $1 != 0 }
    }
}

/// What a sentence holds that patterns ask for: the vocabulary words among its words, its entity types,
/// and whether it has an initial or a given name.
struct SentenceProfile {
    var words: WordSet
    var entityTypes: [EntityType] = []
    var hasInitial = false
    var hasGivenName = false

    /// An empty profile over `vocabulary`.
    init(vocabulary: PatternVocabulary) {
        words = WordSet(capacity: vocabulary.count)
    }

    /// Adds what `tokens` hold; entity tokens refer to `mentions`.
    mutating func add(_ tokens: [PatternToken], mentions: [Mention], text: UnsafeBufferPointer<UInt8>,
                      vocabulary: PatternVocabulary, givenNames: Set<UInt64>) {
        for token in tokens {
            switch token.kind {
            case .entity:
                for index in token.mentions where !entityTypes.contains(mentions[index].entity.type) {
                    entityTypes.append(mentions[index].entity.type)
                }
            default:
                if token.isInitial { hasInitial = true }
                let fingerprint = SentenceProfile.fingerprint(of: token.range, in: text)
                if let number = vocabulary.number(of: fingerprint) { words.insert(number) }
                if token.isCapitalized, !hasGivenName, givenNames.contains(fingerprint) { hasGivenName = true }
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
