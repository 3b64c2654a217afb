/// A token of a sentence as patterns see it: a word, a number, a punctuation mark, or an entity
/// (one mention, or a coordinated group of mentions that an entity pattern produced together).
struct PatternToken: Sendable {
    enum Kind: UInt8, Sendable {
        case word, number, punctuation, entity
    }

    let kind: Kind
    /// The token's byte range in the document's text.
    let range: Range<Int>
    /// Whether a word starts with an upper-case letter.
    let isCapitalized: Bool
    /// Whether the token is an initial: one capital letter and its period (`M.`).
    let isInitial: Bool
    /// For an entity token, the indices of its mentions in the sentence's mention list (consecutive: one
    /// mention, or the entities one coordinated composite yields); empty for any other token.
    let mentions: Range<Int>
    /// For any other token, the fingerprint of its folded text (``SentenceProfile/fingerprint(of:in:)``),
    /// so that tests against words compare integers.
    var fingerprint: UInt64 = 0

    /// Splits `range` of `text` into tokens; where a mention of `mentions` (sorted, not overlapping)
    /// starts, one entity token stands for it.
    static func tokenize(_ range: Range<Int>, of text: UnsafeBufferPointer<UInt8>,
                         entityTokens: [(range: Range<Int>, mentions: Range<Int>)]) -> [PatternToken] {
        var tokens: [PatternToken] = []
        // About one token per five bytes of prose: growing the array by doubling cost more than the splitting.
        tokens.reserveCapacity(range.count / 5 + 4)
        var entityIndex = 0
        var position = range.lowerBound
        let end = range.upperBound
        while position < end {
            if entityIndex < entityTokens.count, entityTokens[entityIndex].range.lowerBound <= position {
                let entity = entityTokens[entityIndex]
                entityIndex += 1
                guard entity.range.upperBound > position else { continue }
                tokens.append(PatternToken(kind: .entity, range: entity.range, isCapitalized: false,
                                           isInitial: false, mentions: entity.mentions))
                position = entity.range.upperBound
                continue
            }
            guard let (scalar, length) = WordBoundary.decode(at: position, in: text) else {
                position += 1
                continue
            }
            if scalar.isASCII ? (scalar == " " || (0x09...0x0D).contains(scalar.value)) : scalar.properties.isWhitespace {
                position += length
                continue
            }
            guard WordBoundary.isWordCharacter(scalar) else {
                let range = position..<(position + length)
                tokens.append(PatternToken(kind: .punctuation, range: range, isCapitalized: false, isInitial: false,
                                           mentions: 0..<0, fingerprint: SentenceProfile.fingerprint(of: range, in: text)))
                position += length
                continue
            }
            let limit = entityIndex < entityTokens.count ? min(end, entityTokens[entityIndex].range.lowerBound) : end
            let start = position
            var allDigits = true
            var scalars = 0
            while position < limit, let (next, nextLength) = WordBoundary.decode(at: position, in: text),
                  WordBoundary.isWordCharacter(next) {
                if !(0x30...0x39).contains(next.value) { allDigits = false }
                position += nextLength
                scalars += 1
            }
            // A number with thousands separators is one token: "170,000", "1.500.000".
            while allDigits, position + 4 <= limit, text[position] == UInt8(ascii: ",") || text[position] == UInt8(ascii: "."),
                  isDigit(text[position + 1]), isDigit(text[position + 2]), isDigit(text[position + 3]),
                  position + 4 == limit || !isDigit(text[position + 4]) {
                position += 4
            }
            let capitalized = scalar.isASCII ? (0x41...0x5A).contains(scalar.value) : scalar.properties.isUppercase
            // An initial: one capital letter directly followed by a period.
            if scalars == 1, capitalized, position < limit, text[position] == UInt8(ascii: ".") {
                position += 1
                tokens.append(PatternToken(kind: .word, range: start..<position, isCapitalized: true, isInitial: true,
                                           mentions: 0..<0, fingerprint: SentenceProfile.fingerprint(of: start..<position, in: text)))
                continue
            }
            tokens.append(PatternToken(kind: allDigits ? .number : .word, range: start..<position, isCapitalized: capitalized,
                                       isInitial: false, mentions: 0..<0, fingerprint: SentenceProfile.fingerprint(of: start..<position, in: text)))
        }
        return tokens
    }

    @inline(__always)
    private static func isDigit(_ byte: UInt8) -> Bool { (0x30...0x39).contains(byte) }
}
