/// A saved graph that answers the query commands (`neighbors`, `path`, `explain`, `stats`, `subgraph`):
/// a graph in memory (``IndexedGraph``, from GraphML or JSON) or a SQLite file that is read only where a
/// question needs it. Both give the same answers for the same graph; the methods throw only when the file
/// behind them cannot be read.
public protocol QueryableGraph {
    /// What produced the graph.
    var metadata: GraphMetadata { get }
    /// Resolves a name typed by a user, as ``EntityIndex/resolve(_:)`` does.
    func resolve(_ query: String) throws -> EntityLookup
    /// The node with identifier `id`, with its aliases and attributes.
    func node(_ id: NodeID) throws -> Node?
    /// What ``Graph/neighbors(of:depth:filter:)`` finds, at most `limit` (the first in its order).
    func neighbors(of start: NodeID, depth: Int, filter: NeighborFilter, limit: Int?) throws -> [Neighbor]
    /// Every edge between `a` and `b`, either way, with its evidence (``Graph/edges(between:and:)``).
    func edges(between a: NodeID, and b: NodeID) throws -> [Edge]
    /// ``Graph/shortestPath(from:to:filter:)``.
    func shortestPath(from start: NodeID, to goal: NodeID, filter: NeighborFilter) throws -> [PathStep]?
    /// ``Graph/statistics(top:)``.
    func statistics(top: Int) throws -> GraphStatistics
    /// ``Graph/egoNetwork(around:depth:filter:)``.
    func egoNetwork(around center: NodeID, depth: Int, filter: NeighborFilter) throws -> Graph
}

/// A graph in memory with an index of its names.
public struct IndexedGraph: QueryableGraph, Sendable {
    /// The graph.
    public let graph: Graph
    private let index: EntityIndex

    /// Indexes `graph`'s names.
    public init(_ graph: Graph) {
        self.graph = graph
        self.index = EntityIndex(indexing: graph)
    }

    public var metadata: GraphMetadata { graph.metadata }

    public func resolve(_ query: String) -> EntityLookup { index.resolve(query) }

    public func node(_ id: NodeID) -> Node? { graph.node(id) }

    public func neighbors(of start: NodeID, depth: Int, filter: NeighborFilter, limit: Int?) -> [Neighbor] {
        let all = graph.neighbors(of: start, depth: depth, filter: filter)
        return limit.map { Array(all.prefix($0)) } ?? all
    }

    public func edges(between a: NodeID, and b: NodeID) -> [Edge] { graph.edges(between: a, and: b) }

    public func shortestPath(from start: NodeID, to goal: NodeID, filter: NeighborFilter) -> [PathStep]? {
        graph.shortestPath(from: start, to: goal, filter: filter)
    }

    public func statistics(top: Int) -> GraphStatistics { graph.statistics(top: top) }

    public func egoNetwork(around center: NodeID, depth: Int, filter: NeighborFilter) -> Graph {
        graph.egoNetwork(around: center, depth: depth, filter: filter)
    }
}
