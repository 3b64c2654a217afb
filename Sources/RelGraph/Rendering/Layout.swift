/// A Graphviz layout engine.
///
/// Measured with 3 edges a node (2 cores): `dot` takes 1.9 s at 100 nodes and 133 s at 200; `sfdp` 0.3 s at
/// 1,000 and 2 s at 5,000; `neato` 3.5 s at 1,000; `fdp` 108 s at 1,000; `circo` 14.5 s at 100. Only `dot`,
/// `fdp` and `neato` draw clusters.
public enum Layout: String, CaseIterable, Sendable {
    /// Hierarchical layers; the clearest drawing of a small graph, unusable beyond a few hundred nodes.
    case dot
    /// Spring model (stress majorisation); fine up to about a thousand nodes.
    case neato
    /// Force-directed spring model; slow beyond a few hundred nodes.
    case fdp
    /// Multiscale force-directed layout; the one engine that scales to thousands of nodes.
    case sfdp
    /// Circular layout; slow beyond about a hundred nodes.
    case circo

    /// The largest node count for which `automatic(nodeCount:)` picks `dot`.
    public static let largestDotGraph = 100

    /// The engine to use when none is asked for: `dot` up to `largestDotGraph` nodes, `sfdp` above.
    public static func automatic(nodeCount: Int) -> Layout {
        nodeCount <= largestDotGraph ? .dot : .sfdp
    }

    /// The most edges the engine lays out in well under a minute, at the most nodes it takes: `dot` spent
    /// 77 s on 33 nodes and 543 edges, and 447 s on 60 nodes and 1,770; the others scale as their node
    /// limits do (about three edges a node). A graph with more is refused unless forced.
    public var largestEdgeCount: Int {
        switch self {
        case .dot: 400
        case .circo: 400
        case .fdp: 1_500
        case .neato: 6_000
        case .sfdp: 60_000
        }
    }

    /// Whether a graph of `nodes` nodes and `edges` edges is more than the engine lays out in reasonable time.
    public func isTooLarge(nodes: Int, edges: Int) -> Bool {
        nodes > largestGraph || edges > largestEdgeCount
    }

    /// The most nodes the engine lays out in well under a minute here (from the timings above); a larger
    /// graph is refused unless forced.
    public var largestGraph: Int {
        switch self {
        case .dot: 150
        case .circo: 150
        case .fdp: 500
        case .neato: 2_000
        case .sfdp: 20_000
        }
    }
}
