/// An open-addressing table from 64-bit keys to 32-bit values, for keys that are already well mixed or
/// packed integers: word fingerprints, an edge's two node positions, short words packed into a `UInt64`.
/// A lookup is a multiplication, a shift and a probe or two; `Set` and `Dictionary` hash every key again
/// with SipHash, which costs several times more on the hot paths that use this (the pattern matcher's tests
/// per token, the graph builder's edge per observation, the segmenter's abbreviations per period).
///
/// At most half the slots are used, so that a miss, the common case of a word test, ends after a probe or two.
struct IntegerTable: Sendable {
    /// The slots; `free` marks an empty one, and the key `free` itself keeps its value in `freeKeyValue`.
    private var slots: [UInt64]
    private var values: [Int32]
    private var freeKeyValue: Int32?
    private var shift: UInt64
    /// The number of keys held.
    private(set) var count = 0

    private static var free: UInt64 { 0 }

    /// An empty table with room for `capacity` keys before it grows.
    init(capacity: Int = 4) {
        var bits = 3
        while 1 << bits < 2 * capacity { bits += 1 }
        slots = [UInt64](repeating: IntegerTable.free, count: 1 << bits)
        values = [Int32](repeating: 0, count: 1 << bits)
        shift = UInt64(64 - bits)
    }

    var isEmpty: Bool { count == 0 }

    /// Every key held, in no particular order.
    var keys: [UInt64] {
        slots.filter { $0 != IntegerTable.free } + (freeKeyValue == nil ? [] : [IntegerTable.free])
    }

    /// The value filed under `key`, if any.
    @inline(__always)
    func value(of key: UInt64) -> Int32? {
        guard key != IntegerTable.free else { return freeKeyValue }
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
        while true {
            let found = slots[slot]
            if found == key { return values[slot] }
            if found == IntegerTable.free { return nil }
            slot = (slot + 1) & mask
        }
    }

    @inline(__always)
    func contains(_ key: UInt64) -> Bool {
        value(of: key) != nil
    }

    /// The value filed under `key`, or `value` filed under it now; `inserted` tells which.
    mutating func value(for key: UInt64, orInsert value: Int32) -> (value: Int32, inserted: Bool) {
        guard key != IntegerTable.free else {
            if let existing = freeKeyValue { return (existing, false) }
            freeKeyValue = value
            count += 1
            return (value, true)
        }
        if (count + 1) * 2 > slots.count { grow() }
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
        while true {
            let found = slots[slot]
            if found == key { return (values[slot], false) }
            if found == IntegerTable.free {
                slots[slot] = key
                values[slot] = value
                count += 1
                return (value, true)
            }
            slot = (slot + 1) & mask
        }
    }

    /// Adds `key`, numbered in order, for a table used as a set.
    mutating func insert(_ key: UInt64) {
        _ = value(for: key, orInsert: Int32(count))
    }

    private mutating func grow() {
        let (oldSlots, oldValues) = (slots, values)
        slots = [UInt64](repeating: IntegerTable.free, count: oldSlots.count * 2)
        values = [Int32](repeating: 0, count: oldSlots.count * 2)
        shift -= 1
        count = freeKeyValue == nil ? 0 : 1
        for (key, value) in zip(oldSlots, oldValues) where key != IntegerTable.free {
            _ = self.value(for: key, orInsert: value)
        }
    }
}
