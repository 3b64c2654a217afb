/// One record of a message dump: a message, or why it was skipped.
public enum MessageRecord: Sendable {
    /// A message, as a document.
    case message(Document)
    /// A malformed record, with its file and line.
    case skipped(Diagnostic)
}

/// One record of a message dump as read: for JSON Lines the line itself, scanned later by
/// ``DocumentLoader/message(from:)`` (on any core); for CSV, whose records may span lines, the message or
/// why it was skipped.
public struct DumpRecord: Sendable {
    enum Content: Sendable {
        case jsonLine(path: String, line: Int, bytes: [UInt8])
        case read(MessageRecord)
    }

    let content: Content

    /// About how many bytes the record holds: what it counts for in a batch.
    var size: Int {
        switch content {
        case .jsonLine(_, _, let bytes): bytes.count + 1
        case .read(.message(let document)): document.text.utf8.count + 1
        case .read(.skipped): 64
        }
    }
}

/// Reads the messages of a JSON Lines or CSV dump, scanning for the fields it needs rather than decoding
/// whole records; a malformed record is reported with its line and skipped.
struct MessageDumpReader: Sendable {
    let fields: MessageFields
    /// The members a JSON record is scanned for.
    private let wanted: Set<String>

    init(fields: MessageFields) {
        self.fields = fields
        self.wanted = Set([fields.text, fields.id, fields.date, fields.sender].compactMap { $0 })
    }

    /// Hands each record of the dump at `path` to `body` in file order, as it is read: a JSON Lines dump a
    /// line at a time (memory holds one block of the file), a CSV dump after reading it whole.
    func forEachRecord(in path: String, format: InputFormat, read: (String) throws(DocumentError) -> [UInt8],
                       _ body: (DumpRecord) throws(DocumentError) -> Void) throws(DocumentError) {
        switch format {
        case .csv:
            try csvRecords(read(path), path: path) { record throws(DocumentError) in try body(DumpRecord(content: .read(record))) }
        default:
            try LineReader.forEachLine(in: path) { line, bytes throws(DocumentError) in
                guard bytes.contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) else { return }
                try body(DumpRecord(content: .jsonLine(path: path, line: line, bytes: Array(bytes))))
            }
        }
    }

    /// The message `record` holds, or why it was skipped.
    func message(from record: DumpRecord) -> MessageRecord {
        switch record.content {
        case .read(let message):
            return message
        case .jsonLine(let path, let line, let bytes):
            var scanner = JSONObjectScanner(bytes: bytes[...])
            guard let values = scanner.scan(wanted: wanted, textKey: fields.text),
                  let document = document(path: path, line: line, values: values) else {
                return .skipped(Diagnostic(location: "\(path):\(line)",
                                           message: "skipped a malformed record (expected a JSON object with a \"\(fields.text)\" string)"))
            }
            return .message(document)
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

    /// `text` cut to 200 characters, so that a message quoting a file never prints a megabyte of it.
    private static func shortened(_ text: String) -> String {
        text.count > 200 ? text.prefix(200) + "…" : text
    }

    private func csvRecords(_ bytes: [UInt8], path: String, _ body: (MessageRecord) throws(DocumentError) -> Void) throws(DocumentError) {
        var reader = CSVRecordReader(bytes: bytes)
        guard let header = reader.next()?.fields else {
            return try body(.skipped(Diagnostic(location: path, message: "the CSV file has no header row")))
        }
        guard header.contains(fields.text) else {
            return try body(.skipped(Diagnostic(location: "\(path):1", message: "the header has no \"\(fields.text)\" column (columns: \(Self.shortened(header.joined(separator: ", ")))); name the text column with --text-field")))
        }
        while let record = reader.next() {
            guard let fieldsOfRecord = record.fields, fieldsOfRecord.count == header.count else {
                try body(.skipped(Diagnostic(location: "\(path):\(record.line)", message: "skipped a malformed record (expected \(header.count) fields)")))
                continue
            }
            let values = Dictionary(zip(header, fieldsOfRecord)) { first, _ in first }
            if let document = document(path: path, line: record.line, values: values) { try body(.message(document)) }
        }
    }
}
