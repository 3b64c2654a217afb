/// One record of a message dump: a message, or why it was skipped.
public enum MessageRecord: Sendable {
    /// A message, as a document.
    case message(Document)
    /// A malformed record, with its file and line.
    case skipped(Diagnostic)
}

/// Reads the messages of a JSON Lines or CSV dump, scanning for the fields it needs rather than decoding
/// whole records; a malformed record is reported with its line and skipped.
struct MessageDumpReader {
    let fields: MessageFields

    /// Hands each record of `bytes`, the dump at `path`, to `body` in file order, as it is read.
    func forEachRecord(in bytes: [UInt8], path: String, format: InputFormat,
                       _ body: (MessageRecord) throws(DocumentError) -> Void) throws(DocumentError) {
        switch format {
        case .csv: try csvRecords(bytes, path: path, body)
        default: try jsonRecords(bytes, path: path, body)
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

    private func jsonRecords(_ bytes: [UInt8], path: String, _ body: (MessageRecord) throws(DocumentError) -> Void) throws(DocumentError) {
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
                try body(.skipped(Diagnostic(location: "\(path):\(line)", message: "skipped a malformed record (expected a JSON object with a \"\(fields.text)\" string)")))
                continue
            }
            try body(.message(document))
        }
    }

    private func csvRecords(_ bytes: [UInt8], path: String, _ body: (MessageRecord) throws(DocumentError) -> Void) throws(DocumentError) {
        var reader = CSVRecordReader(bytes: bytes)
        guard let header = reader.next()?.fields else {
            return try body(.skipped(Diagnostic(location: path, message: "the CSV file has no header row")))
        }
        guard header.contains(fields.text) else {
            return try body(.skipped(Diagnostic(location: "\(path):1", message: "the header has no \"\(fields.text)\" column (columns: \(header.joined(separator: ", "))); name the text column with --text-field")))
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
