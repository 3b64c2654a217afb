/// Reads RFC 4180 CSV records: comma-separated, fields optionally in double quotes with `""` for a quote
/// and line breaks allowed inside quotes.
struct CSVRecordReader {
    let bytes: [UInt8]
    private var position = 0
    private var line = 1

    init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// The next record: its first line and its fields (`nil` when malformed); `nil` at the end.
    mutating func next() -> (line: Int, fields: [String]?)? {
        guard position < bytes.count else { return nil }
        let startLine = line
        var fields: [String] = []
        var field: [UInt8] = []
        var quoted = false
        var closed = false
        var malformed = false
        while position < bytes.count {
            let byte = bytes[position]
            position += 1
            if quoted {
                if byte == UInt8(ascii: "\"") {
                    if position < bytes.count, bytes[position] == UInt8(ascii: "\"") { field.append(byte); position += 1 } else { quoted = false; closed = true }
                } else {
                    if byte == 0x0A { line += 1 }
                    field.append(byte)
                }
                continue
            }
            if closed, byte != UInt8(ascii: ","), byte != 0x0A, byte != 0x0D { malformed = true }
            switch byte {
            case UInt8(ascii: ","):
                fields.append(String(decoding: field, as: UTF8.self))
                field.removeAll(keepingCapacity: true)
                closed = false
            case UInt8(ascii: "\""):
                if field.isEmpty, !closed { quoted = true } else { malformed = true }
            case 0x0D:
                continue
            case 0x0A:
                line += 1
                fields.append(String(decoding: field, as: UTF8.self))
                return (startLine, malformed ? nil : fields)
            default:
                field.append(byte)
            }
        }
        fields.append(String(decoding: field, as: UTF8.self))
        return (startLine, malformed || quoted ? nil : fields)
    }
}
