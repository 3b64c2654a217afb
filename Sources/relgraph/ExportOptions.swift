import ArgumentParser
import RelGraph

/// How the commands that write a graph (build, subgraph, merge) draw SVG and which GraphML they write.
struct ExportOptions: ParsableArguments {
    @Option(help: "Graphviz layout engine for SVG (default: dot up to \(Layout.largestDotGraph) nodes, sfdp above).")
    var layout: Layout?

    @Flag(help: "Render SVG even when the graph is larger than the layout engine handles in reasonable time.")
    var force = false

    @Option(help: "The GraphML written: plain (default), or yed, which adds yEd's shapes, colours and labels by entity type (networkx still reads it).")
    var graphmlFlavor: GraphMLFlavor?

    /// Refuses `--graphml-flavor` when `format` is given and is not GraphML (`nil`: the default formats,
    /// GraphML among them).
    func requireGraphML(in format: OutputFormat?) throws {
        if graphmlFlavor != nil, let format, format != .graphml {
            throw ValidationError("--graphml-flavor applies only to GraphML, not to --format \(format.rawValue): drop it, or write --format graphml.")
        }
    }

    /// The exporter these options describe.
    var exporter: GraphExporter {
        GraphExporter(layout: layout, force: force, graphMLFlavor: graphmlFlavor ?? .plain)
    }
}

extension Layout: ExpressibleByArgument {}
extension GraphMLFlavor: ExpressibleByArgument {}
