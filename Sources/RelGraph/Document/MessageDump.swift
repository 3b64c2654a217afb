/// How a message dump names its fields, and which format it is in.
public struct MessageFields: Sendable, Equatable {
    /// The field that holds the message text.
    public var text: String
    /// The field that holds the message's id (`nil`: messages are named by their line).
    public var id: String?
    /// The field that holds the message's date (`YYYY-MM-DD…`).
    public var date: String?
    /// The field that holds the sender; each sender becomes an `account` node.
    public var sender: String?

    /// Creates field names; the defaults are `text`, `id` and `date`, and no sender.
    public init(text: String = "text", id: String? = "id", date: String? = "date", sender: String? = nil) {
        self.text = text
        self.id = id
        self.date = date
        self.sender = sender
    }
}

/// The format of an input.
public enum InputFormat: String, Sendable, CaseIterable {
    /// By extension: `.jsonl`/`.ndjson` are JSON Lines, `.csv` is CSV, anything else is text.
    case auto
    /// Plain text or Markdown: one document per file.
    case text
    /// JSON Lines: one message per line, a JSON object.
    case jsonl
    /// CSV with a header row: one message per record.
    case csv

    /// The format of the file at `path` under this setting.
    func resolved(for path: String) -> InputFormat {
        guard self == .auto else { return self }
        switch path.split(separator: ".").last?.lowercased() {
        case "jsonl", "ndjson": return .jsonl
        case "csv": return .csv
        default: return .text
        }
    }
}

/// Reads the messages of a JSON Lines or CSV dump, scanning for the fields it needs rather than decoding
/// whole records; a malformed record is reported with its line and skipped.
struct MessageDumpReader {
    let fields: MessageFields

    /// The messages of `bytes`, the dump at `path`, in file order, and the diagnostics for the records skipped.
    func messages(in bytes: [UInt8], path: String, format: InputFormat) -> (documents: [Document], skipped: [Diagnostic]) {
        switch format {
        case .csv: csvMessages(bytes, path: path)
        default: jsonMessages(bytes, path: path)
        }
    }

    private func document(path: String, line: Int, values: [String: String]) -> Document? {
        guard let text = values[fields.text] else { return nil }
        let id = fields.id.flatMap { values[$0] }.flatMap { $0.isEmpty ? nil : $0 }
        let identifier = id.map { "\(path)#\($0)" } ?? "\(path):\(line)"
        let date = fields.date.flatMap { values[$0] }.flatMap { $0.isEmpty ? nil : $0 }
        let sender = fields.sender.flatMap { values[$0] }.flatMap { $0.isEmpty ? nil : $0 }
        return Document(identifier: identifier, bytes: Array(text.utf8), date: date, sender: sender)
    }

    private func jsonMessages(_ bytes: [UInt8], path: String) -> (documents: [Document], skipped: [Diagnostic]) {
        var documents: [Document] = []
        var skipped: [Diagnostic] = []
        let wanted = Set([fields.text, fields.id, fields.date, fields.sender].compactMap { $0 })
        var line = 0
        var start = 0
        while start < bytes.count {
            line += 1
            let end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.count
            let record = bytes[start..<end]
            start = end + 1
            guard record.contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) else { continue }
            var scanner = JSONObjectScanner(bytes: record)
            guard let values = scanner.scan(wanted: wanted, textKey: fields.text), let document = document(path: path, line: line, values: values) else {
                skipped.append(Diagnostic(location: "\(path):\(line)", message: "skipped a malformed record (expected a JSON object with a \"\(fields.text)\" string)"))
                continue
            }
            documents.append(document)
        }
        return (documents, skipped)
    }

    private func csvMessages(_ bytes: [UInt8], path: String) -> (documents: [Document], skipped: [Diagnostic]) {
        var reader = CSVRecordReader(bytes: bytes)
        guard let header = reader.next()?.fields else {
            return ([], [Diagnostic(location: path, message: "the CSV file has no header row")])
        }
        guard header.contains(fields.text) else {
            return ([], [Diagnostic(location: "\(path):1", message: "the header has no \"\(fields.text)\" column (columns: \(header.joined(separator: ", "))); name the text column with --text-field")])
        }
        var documents: [Document] = []
        var skipped: [Diagnostic] = []
        while let record = reader.next() {
            guard let fieldsOfRecord = record.fields, fieldsOfRecord.count == header.count else {
                skipped.append(Diagnostic(location: "\(path):\(record.line)", message: "skipped a malformed record (expected \(header.count) fields)"))
                continue
            }
            let values = Dictionary(zip(header, fieldsOfRecord)) { first, _ in first }
            if let document = document(path: path, line: record.line, values: values) { documents.append(document) }
        }
        return (documents, skipped)
    }
}

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
