/// Word fingerprints (``SentenceProfile/fingerprint(of:in:)``) mapped to small numbers, for the tests the
/// pattern engine makes per token: is this word a given name, a title, one of a rule's words, which word of
/// the vocabulary is it.
///
/// A fingerprint is already a hash, so a lookup is a multiply, a shift and a probe or two of an open-addressed
/// array; `Set<UInt64>` and `Dictionary` hash every key again with SipHash, which cost several times more on
/// the matcher's hot path.
struct FingerprintTable: Sendable {
    /// The slots: a key of 0 marks an empty one (the fingerprint 0 itself is kept in `zeroValue`).
    private var keys: [UInt64]
    private var values: [Int32]
    private var zeroValue: Int32?
    private let shift: UInt64
    /// The number of fingerprints held.
    private(set) var count = 0

    /// A table of `fingerprints`, numbered 0, 1, 2, … in order of first appearance (a duplicate keeps its first number).
    init(_ fingerprints: some Collection<UInt64>) {
        var bits = 3
        while 1 << bits < 2 * fingerprints.count { bits += 1 }
        keys = [UInt64](repeating: 0, count: 1 << bits)
        values = [Int32](repeating: 0, count: 1 << bits)
        shift = UInt64(64 - bits)
        for fingerprint in fingerprints where value(of: fingerprint) == nil {
            insert(fingerprint, value: Int32(count))
        }
    }

    /// The fingerprints of `words`, folded.
    init(words: [String]) {
        self.init(words.map { SentenceProfile.fingerprint(CaseFolding.folded($0)) })
    }

    var isEmpty: Bool { count == 0 }

    /// The fingerprints held, in no particular order.
    var fingerprints: [UInt64] {
        keys.filter { $0 != 0 } + (zeroValue == nil ? [] : [0])
    }

    /// The number `fingerprint` maps to, if the table holds it.
    @inline(__always)
    func value(of fingerprint: UInt64) -> Int32? {
        guard fingerprint != 0 else { return zeroValue }
        let mask = keys.count - 1
        var slot = Int(truncatingIfNeeded: (fingerprint &* 0x9E37_79B9_7F4A_7C15) >> shift)
        while true {
            let key = keys[slot]
            if key == fingerprint { return values[slot] }
            if key == 0 { return nil }
            slot = (slot + 1) & mask
        }
    }

    @inline(__always)
    func contains(_ fingerprint: UInt64) -> Bool {
        value(of: fingerprint) != nil
    }

    private mutating func insert(_ fingerprint: UInt64, value: Int32) {
        count += 1
        guard fingerprint != 0 else {
            zeroValue = value
            return
        }
        let mask = keys.count - 1
        var slot = Int(truncatingIfNeeded: (fingerprint &* 0x9E37_79B9_7F4A_7C15) >> shift)
        while keys[slot] != 0 { slot = (slot + 1) & mask }
        keys[slot] = fingerprint
        values[slot] = value
    }
}

extension FingerprintTable: ExpressibleByArrayLiteral {
    init(arrayLiteral fingerprints: UInt64...) {
        self.init(fingerprints)
    }
}
