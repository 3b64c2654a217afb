import Foundation

/// Encodes a graph in an ``OutputFormat``: text formats through their writers, SVG through Graphviz.
public struct GraphExporter: Sendable {
    /// The Graphviz engine for SVG, or `nil` to choose one by the graph's size.
    public var layout: Layout?

    /// Creates an exporter.
    public init(layout: Layout? = nil) {
        self.layout = layout
    }

    /// The engine used for `graph`: the one asked for, or dot up to ``Layout/largestDotGraph`` nodes and sfdp above.
    public func engine(for graph: Graph) -> Layout {
        layout ?? Layout.automatic(nodeCount: graph.nodes.count)
    }

    /// The bytes of `graph` in `format`.
    public func encode(_ graph: Graph, as format: OutputFormat) throws(RenderingError) -> Data {
        switch format {
        case .dot: Data(DOTWriter().string(for: graph).utf8)
        case .graphml: Data(GraphMLWriter().string(for: graph).utf8)
        case .json: Data(JSONGraphWriter().string(for: graph).utf8)
        case .svg: try render(graph)
        }
    }

    private func render(_ graph: Graph) throws(RenderingError) -> Data {
        do {
            return try GraphvizRenderer().render(dot: DOTWriter().string(for: graph), layout: engine(for: graph), format: .svg)
        } catch let error as RenderingError {
            throw error
        } catch {
            throw .renderFailed(format: .svg, message: "\(error)")
        }
    }
}
