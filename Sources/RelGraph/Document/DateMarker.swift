/// The date marker some sources put before the first sentence: ` date YYYY-MM` (or `YYYY-MM-DD`),
/// on the same line as the text that follows it.
enum DateMarker {
    /// The marker's date and the text after it, or `nil` and the whole text when it has no marker.
    static func split(_ text: String) -> (date: String?, text: String) {
        let bytes = Array(text.utf8.prefix(40))
        var index = 0
        while index < bytes.count, bytes[index] == UInt8(ascii: " ") || bytes[index] == UInt8(ascii: "\t") {
            index += 1
        }
        guard bytes[index...].starts(with: "date".utf8) else { return (nil, text) }
        index += 4
        let afterKeyword = index
        while index < bytes.count, bytes[index] == UInt8(ascii: " ") { index += 1 }
        guard index > afterKeyword else { return (nil, text) }
        let dateStart = index
        guard let dateEnd = matchDate(bytes, from: dateStart) else { return (nil, text) }
        index = dateEnd
        guard index == bytes.count || isSpace(bytes[index]) else {
            return (nil, text)
        }
        while index < bytes.count, isSpace(bytes[index]) { index += 1 }
        let date = String(decoding: bytes[dateStart..<dateEnd], as: UTF8.self)
        let rest = text.utf8.dropFirst(index)
        return (date, String(decoding: rest, as: UTF8.self))
    }

    /// The end of `YYYY-MM` or `YYYY-MM-DD` starting at `start`.
    private static func matchDate(_ bytes: [UInt8], from start: Int) -> Int? {
        func digits(_ count: Int, at position: Int) -> Bool {
            position + count <= bytes.count && bytes[position..<position + count].allSatisfy { (0x30...0x39).contains($0) }
        }
        guard digits(4, at: start), start + 4 < bytes.count, bytes[start + 4] == UInt8(ascii: "-"),
              digits(2, at: start + 5) else { return nil }
        let monthEnd = start + 7
        if monthEnd < bytes.count, bytes[monthEnd] == UInt8(ascii: "-"), digits(2, at: monthEnd + 1) {
            return monthEnd + 3
        }
        return monthEnd
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")
    }
}
