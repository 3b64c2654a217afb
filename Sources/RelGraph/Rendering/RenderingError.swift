import Foundation

/// Why Graphviz could not turn DOT text into an image.
public enum RenderingError: Error, LocalizedError, Equatable {
    /// Graphviz's libraries (libgvc, libcgraph) could not be loaded; `reason` is what the loader reported.
    case graphvizMissing(reason: String)
    /// Graphviz could not parse the DOT text; `message` is Graphviz's own (e.g. `syntax error in line 1 near '}'`).
    case invalidDOT(message: String)
    /// The layout engine failed or was not recognized; `message` is Graphviz's own.
    case layoutFailed(engine: Layout, message: String)
    /// The laid-out graph could not be rendered in `format`; `message` is Graphviz's own.
    case renderFailed(format: RenderFormat, message: String)
    /// The graph has more nodes or edges than `engine` lays out in reasonable time (`limit`: its nodes).
    case tooLarge(engine: Layout, nodes: Int, edges: Int, limit: Int)
    /// The layout ran past its budget of `seconds` and was stopped.
    case layoutTimedOut(engine: Layout, seconds: Double)

    /// A message that says what went wrong and what to do about it.
    public var errorDescription: String? {
        switch self {
        case .graphvizMissing(let reason):
            return "Graphviz is not available (\(reason)), so no image can be rendered. Install it with "
                + "`apt-get install libgraphviz-dev` (or `graphviz`); DOT and GraphML output can still be "
                + "written without it."
        case .invalidDOT(let message):
            return "Graphviz could not read the DOT text: \(message)"
        case .layoutFailed(let engine, let message):
            var description = "Graphviz's \(engine.rawValue) layout failed: \(message)"
            if message.contains("not recognized") {
                // Every Layout is a standard engine, so "not recognized" means the plugins are not registered.
                description += " (Graphviz's plugins seem unregistered: run `dot -c` as root to regenerate "
                    + "its config6a plugin list, or reinstall the `libgvc6` package.)"
            }
            return description
        case .tooLarge(let engine, let nodes, let edges, let limit):
            var suggestions = ["keep the strongest edges with --min-weight", "draw one entity's network with `relgraph subgraph`"]
            if engine != .sfdp { suggestions.insert("use --layout sfdp (up to \(Layout.sfdp.largestGraph) nodes)", at: 0) }
            return "the graph has \(nodes) nodes and \(edges) edges, more than \(engine.rawValue) lays out in reasonable time "
                + "(about \(limit) nodes or \(engine.largestEdgeCount) edges); \(suggestions.joined(separator: ", ")), or add --force to wait for it"
        case .layoutTimedOut(let engine, let seconds):
            return "Graphviz's \(engine.rawValue) layout did not finish within \(AttributeValue.format(seconds)) s and was stopped; "
                + "give it longer with --layout-timeout, or draw less: --min-weight, `relgraph subgraph`"
                + (engine == .sfdp ? "" : ", --layout sfdp")
        case .renderFailed(let format, let message):
            var description = "Graphviz could not render \(format.rawValue.uppercased()): \(message)"
            if format != .svg && message.contains("not recognized") {
                description += " (PNG and PDF need Graphviz's cairo plugin, in Debian's `libgvc6`; SVG does not.)"
            }
            return description
        }
    }
}
