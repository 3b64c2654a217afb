/// A serializer that writes a ``Graph`` as text in one file format (DOT, GraphML, JSON, …).
///
/// Writers are deterministic: the same graph gives the same bytes, whatever order its nodes, edges and
/// attributes were built in. They append to the target in pieces of about 64 KiB.
public protocol GraphWriter: Sendable {
    /// Writes `graph` in this writer's format to `target`.
    func write<Target: TextOutputStream>(_ graph: Graph, to target: inout Target)
}

extension GraphWriter {
    /// The text this writer produces for `graph`.
    public func string(for graph: Graph) -> String {
        var text = ""
        write(graph, to: &text)
        return text
    }

    /// The UTF-8 bytes this writer produces for `graph`, collected as they come (no `String` of the whole).
    public func bytes(for graph: Graph) -> [UInt8] {
        var output = ByteOutput()
        write(graph, to: &output)
        return output.bytes
    }
}

/// A `TextOutputStream` that keeps the UTF-8 bytes of what is written to it.
private struct ByteOutput: TextOutputStream {
    var bytes: [UInt8] = []

    mutating func write(_ string: String) {
        bytes.append(contentsOf: string.utf8)
    }
}
