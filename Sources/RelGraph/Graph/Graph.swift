/// An immutable typed graph of entities: nodes and edges in a stable order, neighbours in O(degree).
///
/// Nodes are sorted by identifier and edges by (source, relation, target), so every writer that walks
/// them produces the same bytes for the same graph.
public struct Graph: Sendable {
    /// The nodes, sorted by identifier.
    public let nodes: [Node]
    /// The edges, sorted by key.
    public let edges: [Edge]
    /// What produced the graph.
    public let metadata: GraphMetadata

    private let nodeIndex: [NodeID: Int]
    /// For each node (by position), the positions of the edges that touch it, in key order.
    private let incidence: [[Int]]

    /// Creates a graph. Edges whose ends are not among `nodes` are dropped; duplicate nodes keep the first.
    public init(nodes: some Sequence<Node>, edges: some Sequence<Edge>, metadata: GraphMetadata = GraphMetadata()) {
        var unique: [NodeID: Node] = [:]
        for var node in nodes where unique[node.id] == nil {
            Graph.normalizeAliases(of: &node)
            unique[node.id] = node
        }
        let sortedNodes = unique.values.sorted { $0.id < $1.id }
        let index = Graph.positions(of: sortedNodes)
        var byKey: [EdgeKey: Edge] = [:]
        for edge in edges where index[edge.source] != nil && index[edge.target] != nil && byKey[edge.key] == nil {
            byKey[edge.key] = edge
        }
        self.init(sortedNodes: sortedNodes, index: index, sortedEdges: byKey.values.sorted { $0.key < $1.key }, metadata: metadata)
    }

    /// Creates a graph from nodes with unique identifiers and sorted, normalised aliases, in identifier order,
    /// and edges with unique keys between them, in key order: what ``GraphBuilder`` produces, without
    /// sorting it again.
    init(sortedNodes: [Node], sortedEdges: [Edge], metadata: GraphMetadata) {
        self.init(sortedNodes: sortedNodes, index: Graph.positions(of: sortedNodes), sortedEdges: sortedEdges, metadata: metadata)
    }

    private init(sortedNodes: [Node], index: [NodeID: Int], sortedEdges: [Edge], metadata: GraphMetadata) {
        var incidence = [[Int]](repeating: [], count: sortedNodes.count)
        for (position, edge) in sortedEdges.enumerated() {
            guard let source = index[edge.source], let target = index[edge.target] else { continue }
            incidence[source].append(position)
            if target != source { incidence[target].append(position) }
        }
        self.nodes = sortedNodes
        self.edges = sortedEdges
        self.metadata = metadata
        self.nodeIndex = index
        self.incidence = incidence
    }

    /// Sorts `node`'s aliases and drops duplicates, whoever made the node: every writer relies on it.
    static func normalizeAliases(of node: inout Node) {
        if zip(node.aliases, node.aliases.dropFirst()).contains(where: { !$0.utf8Precedes($1) }) {
            node.aliases = Array(Set(node.aliases)).sorted { $0.utf8Precedes($1) }
        }
    }

    private static func positions(of nodes: [Node]) -> [NodeID: Int] {
        var index: [NodeID: Int] = [:]
        index.reserveCapacity(nodes.count)
        for (position, node) in nodes.enumerated() { index[node.id] = position }
        return index
    }

    /// The node with identifier `id`, if the graph has it. O(1).
    public func node(_ id: NodeID) -> Node? {
        nodeIndex[id].map { nodes[$0] }
    }

    /// The edges that touch `id`, in either direction, in key order. O(degree).
    public func edges(touching id: NodeID) -> [Edge] {
        nodeIndex[id].map { incidence[$0].map { edges[$0] } } ?? []
    }

    /// The number of edges that touch `id`. O(1).
    public func degree(of id: NodeID) -> Int {
        nodeIndex[id].map { incidence[$0].count } ?? 0
    }

    /// The graph without edges lighter than `minimumWeight`, and without the nodes that lost every edge
    /// to that filter (nodes that had no edge to begin with stay).
    public func filtered(minimumWeight: Double) -> Graph {
        let kept = edges.filter { $0.weight >= minimumWeight }
        guard kept.count < edges.count else { return self }
        var connected = Set<NodeID>()
        for edge in kept {
            connected.insert(edge.source)
            connected.insert(edge.target)
        }
        let keptNodes = nodes.indices.filter { connected.contains(nodes[$0].id) || incidence[$0].isEmpty }.map { nodes[$0] }
        return Graph(nodes: keptNodes, edges: kept, metadata: metadata)
    }
}

extension Graph: Equatable {
    /// Two graphs are equal when their nodes, edges and metadata are.
    public static func == (lhs: Graph, rhs: Graph) -> Bool {
        lhs.nodes == rhs.nodes && lhs.edges == rhs.edges && lhs.metadata == rhs.metadata
    }
}
