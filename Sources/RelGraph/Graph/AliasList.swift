/// A node's distinct surface forms in the order they were first seen. Past a few forms they are also
/// found by a hash of their UTF-8 bytes, so that adding one costs O(1) whatever the count (80,000 case
/// variants of one name must not cost a scan each), and a form given as bytes is made a `String` only
/// when it is new.
struct AliasList: Sendable {
    /// The forms, first seen first.
    private(set) var all: [String]
    /// The position in `all` of the first form with each hash; built once there are more than
    /// ``scanned`` forms. A hash shared by two forms (a collision) is settled by a scan.
    private var positions: [Int: Int32] = [:]

    /// Up to this many forms are compared one by one: most nodes have one or two, and a dictionary each
    /// would cost more than it saves.
    private static let scanned = 8

    init(_ forms: [String] = []) {
        all = []
        for form in forms { insert(form) }
    }

    /// Adds `form` unless it is there.
    mutating func insert(_ form: String) {
        var bytes = form
        let hash = bytes.withUTF8 { contains($0) ? nil : AliasList.hash($0) }
        if let hash { append(form, hash: hash) }
    }

    /// Adds the form whose UTF-8 bytes are `bytes` unless it is there.
    mutating func insert(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard !contains(bytes) else { return }
        append(String(decoding: bytes, as: UTF8.self), hash: AliasList.hash(bytes))
    }

    private func contains(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard all.count > AliasList.scanned else { return all.contains { AliasList.equal($0, bytes) } }
        guard let position = positions[AliasList.hash(bytes)] else { return false }
        return AliasList.equal(all[Int(position)], bytes) || all.contains { AliasList.equal($0, bytes) }
    }

    private mutating func append(_ form: String, hash: Int) {
        all.append(form)
        if all.count == AliasList.scanned + 1 {
            for (position, kept) in all.enumerated() {
                var kept = kept
                let hash = kept.withUTF8(AliasList.hash)
                if positions[hash] == nil { positions[hash] = Int32(position) }
            }
        } else if all.count > AliasList.scanned, positions[hash] == nil {
            positions[hash] = Int32(all.count - 1)
        }
    }

    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var hasher = Hasher()
        hasher.combine(bytes: UnsafeRawBufferPointer(bytes))
        return hasher.finalize()
    }

    /// Whether `string`'s UTF-8 bytes are `bytes`.
    private static func equal(_ string: String, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        string.utf8.withContiguousStorageIfAvailable { $0.elementsEqual(bytes) } ?? string.utf8.elementsEqual(bytes)
    }
}
