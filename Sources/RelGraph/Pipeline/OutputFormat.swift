/// A format relgraph writes a graph in.
public enum OutputFormat: String, Sendable, CaseIterable {
    /// Graphviz DOT, styled by type, with a legend.
    case dot
    /// GraphML for networkx, igraph, Gephi, Cytoscape and yEd.
    case graphml
    /// networkx node-link JSON.
    case json
    /// SVG drawn by Graphviz (needs Graphviz installed).
    case svg

    /// The file name extension.
    public var fileExtension: String { rawValue }

    /// The formats a run without `--format` writes.
    public static let defaults: [OutputFormat] = [.dot, .graphml, .svg]
}
