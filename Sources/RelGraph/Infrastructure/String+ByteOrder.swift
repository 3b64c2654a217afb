import Foundation

extension String {
    /// Whether the string sorts before `other` by its UTF-8 bytes. Unlike `<`, which compares canonical
    /// equivalents and is no total order on text that is not in NFC ("\u{E9}a" and "e\u{301}" sort neither
    /// way), this order is total, so whatever is chosen or sorted by it does not depend on arrival order;
    /// on NFC text it agrees with `<`.
    func utf8Precedes(_ other: String) -> Bool {
        utf8Order(other) < 0
    }

    /// Negative, zero or positive as the string's UTF-8 bytes sort before, the same as, or after `other`'s.
    func utf8Order(_ other: String) -> Int {
        var (first, second) = (self, other)
        return first.withUTF8 { a in
            second.withUTF8 { b in
                let common = Swift.min(a.count, b.count)
                let order = common == 0 ? 0 : Int(memcmp(a.baseAddress!, b.baseAddress!, common))
                return order != 0 ? order : a.count - b.count
            }
        }
    }
}
