/// One file an export makes: where it goes, and its bytes, streamed by a writer as they are written (a
/// graph's GraphML is never held whole in memory) or already made (a rendered SVG, CSV tables); or a
/// SQLite database, which SQLite writes into a file of its own (``isDatabase``).
public struct EncodedFile: Sendable {
    private enum Content: Sendable {
        case graph(Graph, any GraphWriter)
        case bytes([UInt8])
        case database(Graph)
    }

    /// The file's path (`-`: standard output).
    public let path: String
    private let content: Content

    /// The file `writer` makes of `graph`.
    init(path: String, graph: Graph, writer: any GraphWriter) {
        self.path = path
        self.content = .graph(graph, writer)
    }

    /// The SQLite database of `graph`.
    init(path: String, database graph: Graph) {
        self.path = path
        self.content = .database(graph)
    }

    /// A file of `bytes`.
    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.content = .bytes(bytes)
    }

    /// Whether the file is a database that ``fill(emptyFileAt:)`` writes, rather than bytes to stream.
    public var isDatabase: Bool {
        if case .database = content { true } else { false }
    }

    /// Streams the file's bytes into `sink` (nothing for a database).
    public func write(to sink: inout FileSink) {
        switch content {
        case .graph(let graph, let writer): writer.write(graph, to: &sink)
        case .bytes(let bytes): bytes.withUnsafeBufferPointer { sink.append($0) }
        case .database: break
        }
    }

    /// Writes the database into the empty file at `path` (a temporary file of the output transaction).
    public func fill(emptyFileAt path: String) throws(SQLiteError) {
        guard case .database(let graph) = content else { return }
        try SQLiteGraphWriter().write(graph, toEmptyFileAt: path)
    }

    /// The file's bytes, collected in memory (not for a database).
    public var bytes: [UInt8] {
        var sink = FileSink()
        write(to: &sink)
        return sink.collected
    }
}

extension OutputTransaction {
    /// Adds `file`: streamed into its temporary file, or for a database written into it by SQLite.
    public mutating func add(_ file: EncodedFile) throws {
        if file.isDatabase {
            try add(file.path, filling: { path in try file.fill(emptyFileAt: path) })
        } else {
            try add(file.path) { file.write(to: &$0) }
        }
    }
}
