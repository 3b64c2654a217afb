import Foundation

/// Byte-string search without making Strings: `memchr` to the candidates for the first byte, `memcmp`
/// for the rest.
enum ByteSearch {
    /// Whether the byte `byte` occurs in `range` of `text`.
    static func contains(_ byte: UInt8, in range: Range<Int>, of text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = text.baseAddress, !range.isEmpty else { return false }
        return memchr(base + range.lowerBound, Int32(byte), range.count) != nil
    }

    /// Whether `needle` occurs in `range` of `text` starting outside the byte ranges `excluded` (the
    /// sentence's names, when a resolver asks whether a sentence may hold a bare reference at all).
    static func contains(_ needle: UnsafeRawBufferPointer, in range: Range<Int>, of text: UnsafeBufferPointer<UInt8>,
                         outside excluded: some Collection<Range<Int>>) -> Bool {
        guard let first = needle.first, let bytes = needle.baseAddress, let base = text.baseAddress,
              needle.count <= range.count else { return false }
        var position = range.lowerBound
        let last = range.upperBound - needle.count
        while position <= last {
            guard let found = memchr(base + position, Int32(first), last - position + 1) else { return false }
            let offset = UnsafeRawPointer(found) - UnsafeRawPointer(base)
            if memcmp(found, bytes, needle.count) == 0, !excluded.contains(where: { $0.contains(offset) }) { return true }
            position = offset + 1
        }
        return false
    }
}
