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
    /// A SQLite database with indexes and a full-text index over the evidence: fast queries, `search`, Datasette.
    case sqlite

    /// The file name extension.
    public var fileExtension: String { rawValue }

    /// Whether the format can go to standard output: not CSV (several files) nor SQLite (a database file).
    public var canStream: Bool { self != .csv && self != .sqlite }

    /// The formats a run without `--format` writes.
    public static let defaults: [OutputFormat] = [.dot, .graphml, .sqlite, .svg]
}
