import ArgumentParser
import Foundation
import RelGraph

/// How the commands that write a graph (build, subgraph, merge) draw SVG and which GraphML they write.
struct ExportOptions: ParsableArguments {
    @Option(help: "Graphviz layout engine for SVG (default: dot up to \(Layout.largestDotGraph) nodes, sfdp above).")
    var layout: Layout?

    @Flag(help: "Render SVG even when the graph is larger than the layout engine handles in reasonable time.")
    var force = false

    @Option(help: ArgumentHelp("Seconds an SVG layout may take before it is stopped (and the run fails).", valueName: "seconds"))
    var layoutTimeout: Double = 60

    @Option(help: "The GraphML written: plain (default), or yed, which adds yEd's shapes, colours and labels by entity type (networkx still reads it).")
    var graphmlFlavor: GraphMLFlavor?

    func validate() throws {
        if !(layoutTimeout > 0) || !layoutTimeout.isFinite { throw ValidationError("--layout-timeout must be a number of seconds above 0.") }
    }

    /// Refuses `--graphml-flavor` when `format` is given and is not GraphML (`nil`: the default formats,
    /// GraphML among them).
    func requireGraphML(in format: OutputFormat?) throws {
        if graphmlFlavor != nil, let format, format != .graphml {
            throw ValidationError("--graphml-flavor applies only to GraphML, not to --format \(format.rawValue): drop it, or write --format graphml.")
        }
    }

    /// The exporter these options describe: SVG is laid out by this executable run again as
    /// `relgraph layout-child`, stopped after --layout-timeout.
    var exporter: GraphExporter {
        let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        return GraphExporter(layout: layout, force: force, graphMLFlavor: graphmlFlavor ?? .plain,
                             layoutProcess: LayoutProcess(executable: executable, arguments: [LayoutCommand.name], budget: layoutTimeout))
    }
}

extension Layout: ExpressibleByArgument {}
extension GraphMLFlavor: ExpressibleByArgument {}
