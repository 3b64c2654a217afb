/// A summary of a graph's size and shape, as `relgraph stats` prints it.
public struct GraphStatistics: Hashable, Sendable {
    /// How many nodes or edges carry one type or relation.
    public struct Tally<Key: Hashable & Sendable>: Hashable, Sendable {
        /// The type or relation.
        public let key: Key
        /// How many nodes or edges carry it.
        public let count: Int
    }

    /// The distribution of node degrees (the number of edges touching a node, a loop counting once).
    public struct DegreeSummary: Hashable, Sendable {
        /// The smallest degree; 0 for an empty graph.
        public let minimum: Int
        /// The largest degree; 0 for an empty graph.
        public let maximum: Int
        /// The mean degree; 0 for an empty graph.
        public let mean: Double
        /// The median degree, the mean of the two middle ones for an even node count; 0 for an empty graph.
        public let median: Double
        /// How many nodes no edge touches.
        public let isolated: Int
    }

    /// The connected components, every edge taken as undirected.
    public struct ComponentSummary: Hashable, Sendable {
        /// How many components there are, an isolated node being one of its own.
        public let count: Int
        /// The node counts of the largest components, largest first.
        public let largestSizes: [Int]
    }

    /// A node ranked among the best connected, with both of its degrees.
    public struct RankedNode: Hashable, Sendable {
        /// The node.
        public let id: NodeID
        /// The number of edges touching it.
        public let degree: Int
        /// The sum of the weights of the edges touching it.
        public let weightedDegree: Double
    }

    /// How many nodes the graph has.
    public let nodeCount: Int
    /// How many edges the graph has.
    public let edgeCount: Int
    /// Node counts per type, most frequent first, then by type name.
    public let nodesByType: [Tally<EntityType>]
    /// Edge counts per relation, most frequent first, then by relation name.
    public let edgesByRelation: [Tally<RelationType>]
    /// The degree distribution.
    public let degrees: DegreeSummary
    /// The connected components.
    public let components: ComponentSummary
    /// The nodes with the most edges, then by identifier.
    public let topByDegree: [RankedNode]
    /// The nodes with the heaviest edges in total, then by identifier.
    public let topByWeightedDegree: [RankedNode]
}
