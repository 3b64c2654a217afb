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
    /// One self-contained HTML page to explore the graph in a browser, offline: the SVG Graphviz draws, the
    /// graph's data and the page's own script (needs Graphviz installed).
    case html
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

    /// Whether the format is laid out by Graphviz (SVG, HTML), and so needs it installed.
    public var isLaidOut: Bool { self == .svg || self == .html }

    /// Whether the format draws the graph, and so follows an ``EdgeSelection`` (DOT, SVG, HTML).
    public var isDrawing: Bool { self == .dot || isLaidOut }

    /// The formats a run without `--format` writes.
    public static let defaults: [OutputFormat] = [.dot, .graphml, .sqlite, .svg, .html]
}
