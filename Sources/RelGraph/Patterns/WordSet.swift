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
