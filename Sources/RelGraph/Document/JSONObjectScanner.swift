/// Finds the top-level string, number and boolean members of one JSON object, skipping everything else.
struct JSONObjectScanner {
    let bytes: ArraySlice<UInt8>
    var position: Int

    init(bytes: ArraySlice<UInt8>) {
        self.bytes = bytes
        self.position = bytes.startIndex
    }

    /// The members named in `wanted`, as text, or `nil` if the record is not one well-formed object; the
    /// member `textKey` is taken only when it is a string.
    mutating func scan(wanted: Set<String>, textKey: String) -> [String: String]? {
        skipSpace()
        guard next() == UInt8(ascii: "{") else { return nil }
        var values: [String: String] = [:]
        skipSpace()
        if peek() == UInt8(ascii: "}") { position += 1; return trailingOK() ? values : nil }
        while true {
            skipSpace()
            guard peek() == UInt8(ascii: "\""), let key = string() else { return nil }
            skipSpace()
            guard next() == UInt8(ascii: ":") else { return nil }
            skipSpace()
            if peek() == UInt8(ascii: "\"") {
                guard let value = string() else { return nil }
                if wanted.contains(key) { values[key] = value }
            } else if peek() == UInt8(ascii: "{") || peek() == UInt8(ascii: "[") {
                guard skipNested() else { return nil }
            } else {
                // A number, true, false or null: kept as its text, but never as the message text.
                let start = position
                while let byte = peek(), byte != UInt8(ascii: ","), byte != UInt8(ascii: "}"), byte > 0x20 { position += 1 }
                let literal = String(decoding: bytes[start..<position], as: UTF8.self)
                guard ["true", "false", "null"].contains(literal) || Double(literal) != nil else { return nil }
                if wanted.contains(key), key != textKey { values[key] = literal }
            }
            skipSpace()
            switch next() {
            case UInt8(ascii: ","): continue
            case UInt8(ascii: "}"): return trailingOK() ? values : nil
            default: return nil
            }
        }
    }

    private func peek() -> UInt8? { position < bytes.endIndex ? bytes[position] : nil }

    private mutating func next() -> UInt8? {
        defer { position += 1 }
        return peek()
    }

    private mutating func skipSpace() {
        while let byte = peek(), byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0A { position += 1 }
    }

    private mutating func trailingOK() -> Bool {
        skipSpace()
        return position >= bytes.endIndex
    }

    /// A JSON string at `position` (which holds the opening quote), unescaped.
    private mutating func string() -> String? {
        position += 1
        let start = position
        var hasEscape = false
        while let byte = peek() {
            if byte == UInt8(ascii: "\"") {
                let raw = bytes[start..<position]
                position += 1
                return hasEscape ? unescape(raw) : String(decoding: raw, as: UTF8.self)
            }
            if byte == UInt8(ascii: "\\") { hasEscape = true; position += 1 }
            if byte < 0x20 { return nil }
            position += 1
        }
        return nil
    }

    private func unescape(_ raw: ArraySlice<UInt8>) -> String? {
        var scalars = String.UnicodeScalarView()
        var utf8: [UInt8] = []
        func flush() {
            if !utf8.isEmpty { scalars.append(contentsOf: String(decoding: utf8, as: UTF8.self).unicodeScalars); utf8.removeAll() }
        }
        var index = raw.startIndex
        var pendingHigh: UInt32?
        while index < raw.endIndex {
            let byte = raw[index]
            guard byte == UInt8(ascii: "\\") else { utf8.append(byte); index += 1; continue }
            index += 1
            guard index < raw.endIndex else { return nil }
            let escaped = raw[index]
            index += 1
            switch escaped {
            case UInt8(ascii: "n"): utf8.append(0x0A)
            case UInt8(ascii: "t"): utf8.append(0x09)
            case UInt8(ascii: "r"): utf8.append(0x0D)
            case UInt8(ascii: "b"): utf8.append(0x08)
            case UInt8(ascii: "f"): utf8.append(0x0C)
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): utf8.append(escaped)
            case UInt8(ascii: "u"):
                guard index + 4 <= raw.endIndex, let value = UInt32(String(decoding: raw[index..<index + 4], as: UTF8.self), radix: 16) else { return nil }
                index += 4
                flush()
                if (0xD800..<0xDC00).contains(value) { pendingHigh = value; continue }
                if (0xDC00..<0xE000).contains(value), let high = pendingHigh {
                    let combined = 0x10000 + ((high - 0xD800) << 10) + (value - 0xDC00)
                    scalars.append(Unicode.Scalar(combined) ?? "\u{FFFD}")
                } else {
                    scalars.append(Unicode.Scalar(value) ?? "\u{FFFD}")
                }
                pendingHigh = nil
            default:
                return nil
            }
        }
        flush()
        return String(scalars)
    }

    /// Skips an object or array, strings inside included.
    private mutating func skipNested() -> Bool {
        var depth = 0
        while let byte = peek() {
            switch byte {
            case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1; position += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                depth -= 1
                position += 1
                if depth == 0 { return true }
            case UInt8(ascii: "\""):
                guard string() != nil else { return false }
            default: position += 1
            }
        }
        return false
    }
}
