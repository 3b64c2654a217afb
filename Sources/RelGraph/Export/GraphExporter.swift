import Foundation

/// Encodes a graph in an ``OutputFormat``: text formats through their writers, SVG and HTML through Graphviz.
public struct GraphExporter: Sendable {
    /// The Graphviz engine for SVG, or `nil` to choose one by the graph's size.
    public var layout: Layout?
    /// Whether to render a graph larger than the engine's ``Layout/largestGraph`` (or with more edges than
    /// its ``Layout/largestEdgeCount``) all the same.
    public var force: Bool
    /// The dialect of GraphML written.
    public var graphMLFlavor: GraphMLFlavor
    /// Where SVG is laid out: in a child process with a time budget, or (`nil`) in this process, where a
    /// layout cannot be stopped.
    public var layoutProcess: LayoutProcess?
    /// Whether JSON is written on one line (a partial graph for `merge -`).
    public var compactJSON = false
    /// The edges DOT, SVG and HTML draw.
    public var selection: EdgeSelection

    /// Creates an exporter.
    public init(layout: Layout? = nil, force: Bool = false, graphMLFlavor: GraphMLFlavor = .plain, layoutProcess: LayoutProcess? = nil,
                selection: EdgeSelection = EdgeSelection()) {
        self.layout = layout
        self.force = force
        self.graphMLFlavor = graphMLFlavor
        self.layoutProcess = layoutProcess
        self.selection = selection
    }

    /// The engine used for `graph`: the one asked for, or dot up to ``Layout/largestDotGraph`` nodes and sfdp above.
    public func engine(for graph: Graph) -> Layout {
        layout ?? Layout.automatic(nodeCount: graph.nodes.count)
    }

    /// The files `graph` makes in `format` when written to `path`: one file, or for CSV three tables,
    /// `PATH.nodes.csv`, `PATH.edges.csv` and `PATH.evidence.csv` (a `.csv` extension on `path` is dropped
    /// first). Text formats are encoded as they are written (``EncodedFile/write(to:)``); SVG and HTML are
    /// laid out here. A graph too large for the engine is refused as SVG (unless ``force``) and shown in part
    /// as HTML (``Graph/bestConnectedPart(fitting:)``).
    public func files(for graph: Graph, as format: OutputFormat, at path: String) throws(RenderingError) -> [EncodedFile] {
        switch format {
        case .dot: [EncodedFile(path: path, graph: graph.drawing(selection), writer: DOTWriter())]
        case .graphml: [EncodedFile(path: path, graph: graph, writer: GraphMLWriter(flavor: graphMLFlavor))]
        case .json: [EncodedFile(path: path, graph: graph, writer: JSONGraphWriter(compact: compactJSON))]
        case .gexf: [EncodedFile(path: path, graph: graph, writer: GEXFWriter())]
        case .svg: [EncodedFile(path: path, bytes: Array(try svg(of: graph)))]
        case .html: [EncodedFile(path: path, bytes: try page(of: graph))]
        case .csv: csvTables(for: graph, at: path)
        case .sqlite: [EncodedFile(path: path, database: graph)]
        }
    }

    /// Whether the HTML page of `graph` shows only its best-connected part: the edges drawn make a graph
    /// larger than the engine lays out in reasonable time, and ``force`` is off.
    public func pageShowsPart(of graph: Graph) -> Bool {
        guard !force else { return false }
        let drawn = graph.drawing(selection)
        return engine(for: drawn).isTooLarge(nodes: drawn.nodes.count, edges: drawn.edges.count)
    }

    /// The paths of the files ``files(for:as:at:)`` makes in `format` at `path`.
    public func paths(for format: OutputFormat, at path: String) -> [String] {
        guard format == .csv else { return [path] }
        let stem = path.hasSuffix(".csv") ? String(path.dropLast(4)) : path
        return ["nodes", "edges", "evidence"].map { "\(stem).\($0).csv" }
    }

    private func csvTables(for graph: Graph, at path: String) -> [EncodedFile] {
        let tables = CSVGraphWriter().tables(for: graph)
        return zip(paths(for: .csv, at: path), [tables.nodes, tables.edges, tables.evidence]).map { EncodedFile(path: $0, bytes: Array($1.utf8)) }
    }

    private func svg(of graph: Graph) throws(RenderingError) -> Data {
        let drawn = graph.drawing(selection)
        let engine = engine(for: drawn)
        if !force, engine.isTooLarge(nodes: drawn.nodes.count, edges: drawn.edges.count) {
            throw .tooLarge(engine: engine, nodes: drawn.nodes.count, edges: drawn.edges.count, limit: engine.largestGraph)
        }
        let svg = try layOut(DOTWriter().string(for: drawn), engine: engine)
        return LegendShapes.drawn(in: svg, types: Set(drawn.nodes.map(\.type)).sorted())
    }

    private func page(of graph: Graph) throws(RenderingError) -> [UInt8] {
        let drawn = graph.drawing(selection)
        let engine = engine(for: drawn)
        let shown = force ? drawn : drawn.bestConnectedPart(fitting: engine)
        let svg = try layOut(DOTWriter(drawsLegend: false, numbersElements: true).string(for: shown), engine: engine)
        return HTMLPage(graph: shown, drawing: svg, totalEntities: drawn.nodes.count).bytes
    }

    private func layOut(_ dot: String, engine: Layout) throws(RenderingError) -> Data {
        if let layoutProcess {
            return try layoutProcess.render(dot: dot, layout: engine, format: .svg)
        }
        do {
            return try GraphvizRenderer().render(dot: dot, layout: engine, format: .svg)
        } catch let error as RenderingError {
            throw error
        } catch {
            throw .renderFailed(format: .svg, message: "\(error)")
        }
    }
}
