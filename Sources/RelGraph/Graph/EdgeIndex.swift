/// An open-addressing table from an edge's two node positions, packed in 64 bits, to the edge's index:
/// what a dictionary does for the builder's edges, without hashing a struct per observation.
struct EdgeIndex: Sendable {
    /// `empty` where a slot is free; node positions are below 2³¹, so no key is ever `empty`.
    private var keys: [UInt64]
    private var values: [Int32]
    private var count = 0
    private var shift: UInt64

    private static let empty = UInt64.max

    /// An empty table.
    init() {
        keys = [UInt64](repeating: EdgeIndex.empty, count: 16)
        values = [Int32](repeating: 0, count: 16)
        shift = 64 - 4
    }

    /// The key of the pair (`source`, `target`).
    static func key(_ source: Int32, _ target: Int32) -> UInt64 {
        UInt64(UInt32(bitPattern: source)) | UInt64(UInt32(bitPattern: target)) << 32
    }

    /// The value filed under `key`, or `value` filed under it now; `inserted` tells which.
    mutating func value(for key: UInt64, orInsert value: Int32) -> (value: Int32, inserted: Bool) {
        if (count + 1) * 4 > keys.count * 3 { grow() }
        let mask = keys.count - 1
        var slot = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
        while true {
            let found = keys[slot]
            if found == key { return (values[slot], false) }
            if found == EdgeIndex.empty {
                keys[slot] = key
                values[slot] = value
                count += 1
                return (value, true)
            }
            slot = (slot + 1) & mask
        }
    }

    private mutating func grow() {
        let (oldKeys, oldValues) = (keys, values)
        keys = [UInt64](repeating: EdgeIndex.empty, count: oldKeys.count * 2)
        values = [Int32](repeating: 0, count: oldKeys.count * 2)
        shift -= 1
        count = 0
        for (key, value) in zip(oldKeys, oldValues) where key != EdgeIndex.empty {
            _ = self.value(for: key, orInsert: value)
        }
    }
}
