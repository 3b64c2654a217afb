import ArgumentParser
import Foundation
import RelGraph

/// How the commands that write a graph (build, subgraph, merge) draw DOT, SVG and HTML, and which GraphML
/// they write.
struct ExportOptions: ParsableArguments {
    @Option(help: "Graphviz layout engine for SVG and HTML (default: dot up to \(Layout.largestDotGraph) nodes, sfdp above).")
    var layout: Layout?

    @Flag(help: "Render SVG, and the whole graph in HTML, even when the graph is larger than the layout engine handles in reasonable time (HTML otherwise shows its best-connected part).")
    var force = false

    @Option(help: ArgumentHelp("Seconds an SVG or HTML layout may take before it is stopped (and the run fails).", valueName: "seconds"))
    var layoutTimeout: Double = 60

    @Option(help: "The GraphML written: plain (default), or yed, which adds yEd's shapes, colours and labels by entity type (networkx still reads it).")
    var graphmlFlavor: GraphMLFlavor?

    @Flag(help: "Draw no co-occurrence edges in DOT, SVG and HTML (the other formats keep them).")
    var hideCooccurrence = false

    @Option(name: .customLong("draw-relation"), help: ArgumentHelp("Draw only edges of this relation in DOT, SVG and HTML (repeatable), e.g. --draw-relation cracked_by.", valueName: "relation"))
    var drawRelations: [String] = []

    func validate() throws {
        if !(layoutTimeout > 0) || !layoutTimeout.isFinite { throw ValidationError("--layout-timeout must be a number of seconds above 0.") }
        let relations = try TraversalOptions.relationTypes(drawRelations)
        if hideCooccurrence, relations.contains(.coOccurs) {
            throw ValidationError("--hide-cooccurrence and --draw-relation co_occurs contradict each other: drop one.")
        }
    }

    /// Refuses the options that apply to formats other than `format`, when it is given (`nil`: the default
    /// formats, which include GraphML and the drawings): `--graphml-flavor` but for GraphML,
    /// `--hide-cooccurrence` and `--draw-relation` but for DOT, SVG and HTML.
    func requireApplicable(to format: OutputFormat?) throws {
        guard let format else { return }
        if graphmlFlavor != nil, format != .graphml {
            throw ValidationError("--graphml-flavor applies only to GraphML, not to --format \(format.rawValue): drop it, or write --format graphml.")
        }
        if hideCooccurrence || !drawRelations.isEmpty, !format.isDrawing {
            let option = hideCooccurrence ? "--hide-cooccurrence" : "--draw-relation"
            throw ValidationError("\(option) selects what DOT, SVG and HTML draw, not what --format \(format.rawValue) holds: drop it, or write --format dot, svg or html.")
        }
    }

    /// The edges drawn, from `--hide-cooccurrence` and `--draw-relation` (names checked by ``validate()``).
    private var selection: EdgeSelection {
        let relations = drawRelations.compactMap(RelationType.init)
        return EdgeSelection(hidingCoOccurrence: hideCooccurrence, relations: relations.isEmpty ? nil : Set(relations))
    }

    /// The exporter these options describe: SVG and HTML are laid out by this executable run again as
    /// `relgraph layout-child`, stopped after --layout-timeout.
    var exporter: GraphExporter {
        let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        return GraphExporter(layout: layout, force: force, graphMLFlavor: graphmlFlavor ?? .plain,
                             layoutProcess: LayoutProcess(executable: executable, arguments: [LayoutCommand.name], budget: layoutTimeout),
                             selection: selection)
    }
}

extension Layout: ExpressibleByArgument {}
extension GraphMLFlavor: ExpressibleByArgument {}
