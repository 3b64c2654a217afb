import Foundation

/// Encodes a graph in an ``OutputFormat``: text formats through their writers, SVG through Graphviz.
public struct GraphExporter: Sendable {
    /// The Graphviz engine for SVG, or `nil` to choose one by the graph's size.
    public var layout: Layout?
    /// Whether to render a graph larger than the engine's ``Layout/largestGraph`` all the same.
    public var force: Bool

    /// Creates an exporter.
    public init(layout: Layout? = nil, force: Bool = false) {
        self.layout = layout
        self.force = force
    }

    /// The engine used for `graph`: the one asked for, or dot up to ``Layout/largestDotGraph`` nodes and sfdp above.
    public func engine(for graph: Graph) -> Layout {
        layout ?? Layout.automatic(nodeCount: graph.nodes.count)
    }

    /// The bytes of `graph` in a single-file `format` (for CSV: the nodes table; see ``files(for:as:at:)``).
    public func encode(_ graph: Graph, as format: OutputFormat) throws(RenderingError) -> Data {
        switch format {
        case .dot: Data(DOTWriter().string(for: graph).utf8)
        case .graphml: Data(GraphMLWriter().string(for: graph).utf8)
        case .json: Data(JSONGraphWriter().string(for: graph).utf8)
        case .gexf: Data(GEXFWriter().string(for: graph).utf8)
        case .csv: Data(CSVGraphWriter().tables(for: graph).nodes.utf8)
        case .svg: try render(graph)
        }
    }

    /// The files `graph` makes in `format` when written to `path`: the file itself, or for CSV
    /// `PATH.nodes.csv`, `PATH.edges.csv` and `PATH.evidence.csv` (a `.csv` extension on `path` is dropped first).
    public func files(for graph: Graph, as format: OutputFormat, at path: String) throws(RenderingError) -> [(path: String, data: Data)] {
        guard format.isMultiFile else { return [(path, try encode(graph, as: format))] }
        let stem = path.hasSuffix(".csv") ? String(path.dropLast(4)) : path
        let tables = CSVGraphWriter().tables(for: graph)
        return [("\(stem).nodes.csv", Data(tables.nodes.utf8)), ("\(stem).edges.csv", Data(tables.edges.utf8)),
                ("\(stem).evidence.csv", Data(tables.evidence.utf8))]
    }

    private func render(_ graph: Graph) throws(RenderingError) -> Data {
        let engine = engine(for: graph)
        if !force, graph.nodes.count > engine.largestGraph {
            throw .tooLarge(engine: engine, nodes: graph.nodes.count, edges: graph.edges.count, limit: engine.largestGraph)
        }
        do {
            return try GraphvizRenderer().render(dot: DOTWriter().string(for: graph), layout: engine, format: .svg)
        } catch let error as RenderingError {
            throw error
        } catch {
            throw .renderFailed(format: .svg, message: "\(error)")
        }
    }
}
