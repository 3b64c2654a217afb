/// One record of a message dump: a message, or why it was skipped.
public enum MessageRecord: Sendable {
    /// A message, as a document.
    case message(Document)
    /// A malformed record, with its file and line.
    case skipped(Diagnostic)
}

/// A run of a message dump's records as read, handed to the core that scans them: for JSON Lines whole
/// lines (scanned later by `DocumentLoader.forEachMessage(in: block)`, on any core); for CSV,
/// whose records may span lines, one message or why it was skipped.
public struct DumpBlock: Sendable {
    enum Content: Sendable {
        case jsonLines(path: String, firstLine: Int, bytes: [UInt8])
        case read(MessageRecord)
    }

    let content: Content

    /// About how many bytes the block holds: what it counts for in a batch.
    var size: Int {
        switch content {
        case .jsonLines(_, _, let bytes): bytes.count
        case .read(.message(let document)): document.text.utf8.count + 1
        case .read(.skipped): 64
        }
    }
}

/// Reads the messages of a JSON Lines or CSV dump, scanning for the fields it needs rather than decoding
/// whole records; a malformed record is reported with its line and skipped.
struct MessageDumpReader: Sendable {
    let fields: MessageFields
    /// The most bytes a record may hold; a larger one is skipped with a warning.
    let sizeLimit: Int
    /// The members a JSON record is scanned for.
    private let wanted: JSONObjectScanner.Wanted
    /// Where the id, date and sender are among them.
    private let idSlot: Int?
    private let dateSlot: Int?
    private let senderSlot: Int?

    init(fields: MessageFields, sizeLimit: Int) {
        self.fields = fields
        self.sizeLimit = sizeLimit
        let wanted = JSONObjectScanner.Wanted(names: [fields.text, fields.id, fields.date, fields.sender].compactMap { $0 }, text: fields.text)
        self.wanted = wanted
        self.idSlot = fields.id.flatMap(wanted.position(of:))
        self.dateSlot = fields.date.flatMap(wanted.position(of:))
        self.senderSlot = fields.sender.flatMap(wanted.position(of:))
    }

    /// Hands the dump at `path` to `body` in file order, as it is read: a JSON Lines dump in runs of whole
    /// lines (memory holds one block of the file), a CSV dump a record at a time after reading it whole.
    /// Messages and diagnostics are named after `name` (`NAME#ID`, `NAME:LINE`).
    func forEachBlock(in path: String, named name: String, format: InputFormat, read: (String) throws(DocumentError) -> [UInt8],
                      _ body: (DumpBlock) throws(DocumentError) -> Void) throws(DocumentError) {
        switch format {
        case .csv:
            try csvRecords(read(path), path: name) { record throws(DocumentError) in try body(DumpBlock(content: .read(record))) }
        default:
            try LineBlockReader.forEachRun(in: path, lineLimit: sizeLimit + 1,
                                           unreadable: { DocumentError.unreadable(path: path, code: $0) }) { firstLine, lines throws(DocumentError) in
                try body(DumpBlock(content: .jsonLines(path: name, firstLine: firstLine, bytes: lines)))
            }
        }
    }

    /// Hands each message of `block` to `body` in order, or why a record was skipped; blank lines are no
    /// records.
    func forEachMessage(in block: DumpBlock, _ body: (MessageRecord) -> Void) {
        switch block.content {
        case .read(let message):
            body(message)
        case .jsonLines(let path, let firstLine, let bytes):
            var values = [JSONMemberValue?](repeating: nil, count: wanted.names.count)
            bytes.withUnsafeBufferPointer { run in
                LineBlockReader.forEachLine(in: run, firstLine: firstLine) { line, record in
                    guard record.contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) else { return }
                    guard record.count <= sizeLimit else { return body(.skipped(tooLarge(path: path, line: line))) }
                    var scanner = JSONObjectScanner(bytes: record)
                    guard scanner.scan(wanted, into: &values), let document = document(path: path, line: line, scanner: scanner, values: values) else {
                        return body(.skipped(Diagnostic(location: "\(path):\(line)",
                                                        message: "skipped a malformed record (expected a JSON object with a \"\(fields.text)\" string)")))
                    }
                    body(.message(document))
                }
            }
        }
    }

    private func document(path: String, line: Int, scanner: JSONObjectScanner, values: [JSONMemberValue?]) -> Document? {
        func field(_ slot: Int?) -> String? { slot.flatMap { values[$0] }.map(scanner.text(of:)) }
        return document(path: path, line: line, text: field(wanted.text), id: field(idSlot), date: field(dateSlot), sender: field(senderSlot))
    }

    /// The message of a record with these fields (an empty id, date or sender counts as none); `nil` without text.
    private func document(path: String, line: Int, text: String?, id: String?, date: String?, sender: String?) -> Document? {
        guard let text else { return nil }
        func nonEmpty(_ value: String?) -> String? { value?.isEmpty == false ? value : nil }
        let identifier = nonEmpty(id).map { "\(path)#\($0)" } ?? "\(path):\(line)"
        return Document(identifier: identifier, checking: text, date: nonEmpty(date), sender: nonEmpty(sender))
    }

    /// Why the record at `path`:`line` was skipped: it is larger than ``sizeLimit``.
    private func tooLarge(path: String, line: Int) -> Diagnostic {
        Diagnostic(location: "\(path):\(line)", message: "skipped a record of more than \(DocumentError.megabytes(sizeLimit)), the most one message may be (--max-document-size raises it)")
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
            guard fieldsOfRecord.reduce(0, { $0 + $1.utf8.count }) <= sizeLimit else {
                try body(.skipped(tooLarge(path: path, line: record.line)))
                continue
            }
            let values = Dictionary(zip(header, fieldsOfRecord)) { first, _ in first }
            let document = document(path: path, line: record.line, text: values[fields.text], id: fields.id.flatMap { values[$0] },
                                    date: fields.date.flatMap { values[$0] }, sender: fields.sender.flatMap { values[$0] })
            if let document { try body(.message(document)) }
        }
    }
}
