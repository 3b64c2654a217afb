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

    /// Adds what `tokens` hold; `type` gives the type of the mention an entity token's index names.
    mutating func add(_ tokens: [PatternToken], vocabulary: PatternVocabulary, givenNames: Set<UInt64>,
                      type: (Int) -> EntityType) {
        for token in tokens {
            switch token.kind {
            case .entity:
                for index in token.mentions where !entityTypes.contains(type(index)) {
                    entityTypes.append(type(index))
                }
            default:
                if token.isInitial { hasInitial = true }
                let fingerprint = token.fingerprint
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
