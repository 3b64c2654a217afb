/// The byte-wise case folding shared by phrases and scanned text, so that folded offsets equal raw offsets.
///
/// ASCII `A`–`Z` become `a`–`z`, and the Latin-1 capitals `U+00C0`–`U+00DE` (encoded `C3 80`–`C3 9E`),
/// except `×` (`C3 97`), become their small letters (`C3 A0`–`C3 BE`: `É` → `é`, `Ö` → `ö`). Every other
/// byte, and so every other script, is kept as is. A byte's folding depends only on the byte itself and
/// on whether the byte before it is `0xC3` (``fold(_:after:)``).
/// (``PhraseAutomaton`` folds scanned text inside its transition table instead, to the same effect.)
enum CaseFolding {
    /// `byte` folded, `previous` being the byte before it. Computed rather than looked up in a static
    /// table, whose every use costs a `swift_once` check: this runs per byte of every word fingerprinted.
    @inline(__always)
    static func fold(_ byte: UInt8, after previous: UInt8) -> UInt8 {
        if (0x41...0x5A).contains(byte) { return byte &+ 0x20 }
        // After 0xC3 only continuation bytes are well-formed; 0x41…0x5A cannot follow a lead byte in
        // valid UTF-8, but an ASCII byte after a stray 0xC3 still folds as ASCII (above).
        if previous == 0xC3, (0x80...0x9E).contains(byte), byte != 0x97 { return byte &+ 0x20 }
        return byte
    }

    /// The folded UTF-8 bytes of `text`, as long as its UTF-8 encoding.
    static func folded(_ text: String) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(text.utf8.count)
        var previous: UInt8 = 0
        for byte in text.utf8 {
            result.append(fold(byte, after: previous))
            previous = byte
        }
        return result
    }
}
