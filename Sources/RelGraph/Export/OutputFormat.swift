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
    /// GEXF 1.3 for Gephi: colours and sizes by type and degree, dynamic when documents are dated.
    case gexf
    /// Three CSV tables (nodes, edges, evidence) for spreadsheets, i2 Analyst's Notebook and Maltego.
    case csv

    /// The file name extension.
    public var fileExtension: String { rawValue }

    /// Whether the format is written as several files (CSV: one table each), so never to standard output.
    public var isMultiFile: Bool { self == .csv }

    /// The formats a run without `--format` writes.
    public static let defaults: [OutputFormat] = [.dot, .graphml, .svg]
}
