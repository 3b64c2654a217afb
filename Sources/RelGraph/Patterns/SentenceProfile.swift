/// What a sentence holds that patterns ask for: the vocabulary words among its words, its entity types,
/// and whether it has an initial or a given name.
struct SentenceProfile {
    var words: WordSet
    /// Whether the sentence has an entity, and the bits (``PatternVocabulary/bit(of:)``) of their types.
    var hasEntity = false
    var entityTypes: UInt64 = 0
    var hasInitial = false
    var hasGivenName = false

    /// An empty profile over `vocabulary`.
    init(vocabulary: PatternVocabulary) {
        words = WordSet(capacity: vocabulary.count)
    }

    /// Adds what `tokens` hold; `type` gives the type of the mention an entity token's index names.
    mutating func add(_ tokens: [PatternToken], vocabulary: PatternVocabulary, givenNames: IntegerTable,
                      type: (Int) -> EntityType) {
        for token in tokens {
            switch token.kind {
            case .entity:
                for index in token.mentions { add(type(index), vocabulary: vocabulary) }
            default:
                if token.isInitial { hasInitial = true }
                let fingerprint = token.fingerprint
                if let number = vocabulary.number(of: fingerprint) { words.insert(Int(number)) }
                if token.isCapitalized, !hasGivenName, givenNames.contains(fingerprint) { hasGivenName = true }
            }
        }
    }

    /// Adds an entity of type `type`.
    mutating func add(_ type: EntityType, vocabulary: PatternVocabulary) {
        hasEntity = true
        entityTypes |= vocabulary.bit(of: type)
    }

    /// FNV-1a's starting value and its step, which every word fingerprint is made of (here and in
    /// ``CloseVariants``).
    static var fnvBasis: UInt64 { 0xCBF2_9CE4_8422_2325 }

    @inline(__always)
    static func fnv(_ hash: UInt64, _ byte: UInt8) -> UInt64 {
        (hash ^ UInt64(byte)) &* 0x100_0000_01B3
    }

    /// FNV-1a of folded bytes.
    static func fingerprint(_ folded: [UInt8]) -> UInt64 {
        folded.reduce(fnvBasis, fnv)
    }

    /// FNV-1a of the folded bytes of `range` of `text`, equal to `fingerprint(CaseFolding.folded(…))`.
    static func fingerprint(of range: Range<Int>, in text: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash = fnvBasis
        var previous: UInt8 = range.lowerBound > 0 ? text[range.lowerBound - 1] : 0
        for offset in range {
            let byte = text[offset]
            hash = fnv(hash, CaseFolding.fold(byte, after: previous))
            previous = byte
        }
        return hash
    }
}
