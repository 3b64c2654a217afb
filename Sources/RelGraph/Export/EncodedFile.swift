/// One file an export makes: where it goes, and its bytes, streamed by a writer as they are written (a
/// graph's GraphML is never held whole in memory) or already made (a rendered SVG, CSV tables).
public struct EncodedFile: Sendable {
    private enum Content: Sendable {
        case graph(Graph, any GraphWriter)
        case bytes([UInt8])
    }

    /// The file's path (`-`: standard output).
    public let path: String
    private let content: Content

    /// The file `writer` makes of `graph`.
    init(path: String, graph: Graph, writer: any GraphWriter) {
        self.path = path
        self.content = .graph(graph, writer)
    }

    /// A file of `bytes`.
    init(path: String, bytes: [UInt8]) {
        self.path = path
        self.content = .bytes(bytes)
    }

    /// Streams the file's bytes into `sink`.
    public func write(to sink: inout FileSink) {
        switch content {
        case .graph(let graph, let writer): writer.write(graph, to: &sink)
        case .bytes(let bytes): bytes.withUnsafeBufferPointer { sink.append($0) }
        }
    }

    /// The file's bytes, collected in memory.
    public var bytes: [UInt8] {
        var sink = FileSink()
        write(to: &sink)
        return sink.collected
    }
}
