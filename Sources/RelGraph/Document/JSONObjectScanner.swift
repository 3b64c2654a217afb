import Foundation

/// Where one wanted member's value lies: its bytes in the record (a string without escapes, or the text
/// of a number, `true`, `false` or `null`), or its text when the string had escapes.
enum JSONMemberValue {
    case bytes(Range<Int>)
    case unescaped(String)
}

extension JSONObjectScanner {
    /// The names of the members a scan looks for, as bytes, and which one is the message text.
    struct Wanted {
        let names: [[UInt8]]
        /// The position in `names` of the member that is taken only when it is a string.
        let text: Int

        /// `names` without repeats; `text` must be among them.
        init(names: [String], text: String) {
            var distinct: [[UInt8]] = []
            for name in names where !distinct.contains(Array(name.utf8)) { distinct.append(Array(name.utf8)) }
            self.names = distinct
            self.text = distinct.firstIndex(of: Array(text.utf8))!
        }

        func position(of name: String) -> Int? { names.firstIndex(of: Array(name.utf8)) }

        fileprivate func position(of key: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
            names.firstIndex { name in
                name.count == key.count
                    && (key.isEmpty || name.withUnsafeBufferPointer { memcmp($0.baseAddress!, bytes.baseAddress! + key.lowerBound, key.count) == 0 })
            }
        }
    }
}

/// Finds the top-level string, number and boolean members of one JSON object, skipping everything else.
/// It reads bytes and makes no String except for a string with escapes.
struct JSONObjectScanner {
    let bytes: UnsafeBufferPointer<UInt8>
    var position: Int

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        self.position = 0
    }

    /// Fills `values` (one slot per name in `wanted`, emptied first) with the members found; `false` if
    /// the record is not one well-formed object. The text member is taken only when it is a string; when a
    /// member comes twice, the last one counts.
    mutating func scan(_ wanted: Wanted, into values: inout [JSONMemberValue?]) -> Bool {
        for slot in values.indices { values[slot] = nil }
        skipSpace()
        guard next() == UInt8(ascii: "{") else { return false }
        skipSpace()
        if peek() == UInt8(ascii: "}") { position += 1; return trailingOK() }
        while true {
            skipSpace()
            guard peek() == UInt8(ascii: "\""), let key = string() else { return false }
            let slot = key.escaped.map { wanted.position(of: $0) } ?? wanted.position(of: key.range, in: bytes)
            skipSpace()
            guard next() == UInt8(ascii: ":") else { return false }
            skipSpace()
            if peek() == UInt8(ascii: "\"") {
                guard let value = string() else { return false }
                if let slot { values[slot] = value.escaped.map(JSONMemberValue.unescaped) ?? .bytes(value.range) }
            } else if peek() == UInt8(ascii: "{") || peek() == UInt8(ascii: "[") {
                guard skipNested() else { return false }
            } else {
                // A number, true, false or null: kept as its text, but never as the message text.
                let start = position
                while let byte = peek(), byte != UInt8(ascii: ","), byte != UInt8(ascii: "}"), byte > 0x20 { position += 1 }
                guard isLiteral(start..<position) else { return false }
                if let slot, slot != wanted.text { values[slot] = .bytes(start..<position) }
            }
            skipSpace()
            switch next() {
            case UInt8(ascii: ","): continue
            case UInt8(ascii: "}"): return trailingOK()
            default: return false
            }
        }
    }

    /// The text of a value the scan found.
    func text(of value: JSONMemberValue) -> String {
        switch value {
        case .bytes(let range): String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
        case .unescaped(let text): text
        }
    }

    /// Whether the bytes in `range` are `true`, `false`, `null` or a number Swift's `Double` reads; plain
    /// integers are recognised without making a String.
    private func isLiteral(_ range: Range<Int>) -> Bool {
        let literal = UnsafeBufferPointer(rebasing: bytes[range])
        let digits = literal.first == UInt8(ascii: "-") ? literal.dropFirst() : literal[...]
        if !digits.isEmpty, digits.allSatisfy({ (0x30...0x39).contains($0) }) { return true }
        let text = String(decoding: literal, as: UTF8.self)
        return ["true", "false", "null"].contains(text) || Double(text) != nil
    }

    private func peek() -> UInt8? { position < bytes.count ? bytes[position] : nil }

    private mutating func next() -> UInt8? {
        defer { position += 1 }
        return peek()
    }

    private mutating func skipSpace() {
        while let byte = peek(), byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0A { position += 1 }
    }

    private mutating func trailingOK() -> Bool {
        skipSpace()
        return position >= bytes.count
    }

    /// A JSON string at `position` (which holds the opening quote): where its bytes lie, and its text when
    /// it has escapes; `nil` when it is malformed.
    private mutating func string() -> (range: Range<Int>, escaped: String?)? {
        position += 1
        let start = position
        var hasEscape = false
        while let byte = peek() {
            if byte == UInt8(ascii: "\"") {
                let range = start..<position
                position += 1
                guard hasEscape else { return (range, nil) }
                guard let text = unescape(bytes[range]) else { return nil }
                return (range, text)
            }
            if byte == UInt8(ascii: "\\") { hasEscape = true; position += 1 }
            if byte < 0x20 { return nil }
            position += 1
        }
        return nil
    }

    private func unescape(_ raw: Slice<UnsafeBufferPointer<UInt8>>) -> String? {
        // Bytes and decoded escapes gather as UTF-8 and become a String once: appending to a String piece by
        // piece copied it at every `\u` escape, quadratic in a long message.
        var utf8: [UInt8] = []
        utf8.reserveCapacity(raw.count)
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
                guard index + 4 <= raw.endIndex, let value = Self.hexValue(raw[index..<index + 4]) else { return nil }
                index += 4
                if (0xD800..<0xDC00).contains(value) { pendingHigh = value; continue }
                let scalar: Unicode.Scalar
                if (0xDC00..<0xE000).contains(value), let high = pendingHigh {
                    scalar = Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (value - 0xDC00)) ?? "\u{FFFD}"
                } else {
                    scalar = Unicode.Scalar(value) ?? "\u{FFFD}"
                }
                utf8.append(contentsOf: scalar.utf8)
                pendingHigh = nil
            default:
                return nil
            }
        }
        return String(decoding: utf8, as: UTF8.self)
    }

    /// The value of four hexadecimal digits, or `nil` if any is not one.
    private static func hexValue(_ digits: Slice<UnsafeBufferPointer<UInt8>>) -> UInt32? {
        var value: UInt32 = 0
        for digit in digits {
            switch digit {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): value = value << 4 | UInt32(digit - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): value = value << 4 | UInt32(digit - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): value = value << 4 | UInt32(digit - UInt8(ascii: "A") + 10)
            default: return nil
            }
        }
        return value
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
