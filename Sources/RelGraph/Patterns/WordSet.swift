/// A set of word numbers of a ``PatternVocabulary``, as bits.
struct WordSet: Sendable {
    private var bits: [UInt64]

    init(capacity: Int) {
        bits = [UInt64](repeating: 0, count: (capacity + 63) / 64)
    }

    mutating func insert(_ number: Int) {
        bits[number >> 6] |= 1 << UInt64(number & 63)
    }

    /// The set's non-empty 64-bit words, by index: a short list for a set of a few words, which a test
    /// against another set walks instead of every word of the vocabulary.
    var chunks: [(index: Int, bits: UInt64)] {
        bits.indices.filter { bits[$0] != 0 }.map { ($0, bits[$0]) }
    }

    /// Whether the set holds any number of `chunk`.
    @inline(__always)
    func intersects(_ chunk: (index: Int, bits: UInt64)) -> Bool {
        bits[chunk.index] & chunk.bits != 0
    }
}
