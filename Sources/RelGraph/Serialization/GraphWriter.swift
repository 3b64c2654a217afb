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
}
