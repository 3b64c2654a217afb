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
    private let incidence: [NodeID: [Int]]

    /// Creates a graph. Edges whose ends are not among `nodes` are dropped; duplicate nodes keep the first.
    public init(nodes: some Sequence<Node>, edges: some Sequence<Edge>, metadata: GraphMetadata = GraphMetadata()) {
        var unique: [NodeID: Node] = [:]
        for var node in nodes where unique[node.id] == nil {
            // Aliases sorted and without duplicates, whoever made the node: every writer relies on it.
            if zip(node.aliases, node.aliases.dropFirst()).contains(where: { $0 >= $1 }) {
                node.aliases = Array(Set(node.aliases)).sorted()
            }
            unique[node.id] = node
        }
        let sortedNodes = unique.values.sorted { $0.id < $1.id }
        var index: [NodeID: Int] = [:]
        index.reserveCapacity(sortedNodes.count)
        for (position, node) in sortedNodes.enumerated() {
            index[node.id] = position
        }
        var byKey: [EdgeKey: Edge] = [:]
        for edge in edges where index[edge.source] != nil && index[edge.target] != nil && byKey[edge.key] == nil {
            byKey[edge.key] = edge
        }
        let sortedEdges = byKey.values.sorted { $0.key < $1.key }
        var incidence: [NodeID: [Int]] = [:]
        for (position, edge) in sortedEdges.enumerated() {
            incidence[edge.source, default: []].append(position)
            if edge.target != edge.source {
                incidence[edge.target, default: []].append(position)
            }
        }
        self.nodes = sortedNodes
        self.edges = sortedEdges
        self.metadata = metadata
        self.nodeIndex = index
        self.incidence = incidence
    }

    /// The node with identifier `id`, if the graph has it. O(1).
    public func node(_ id: NodeID) -> Node? {
        nodeIndex[id].map { nodes[$0] }
    }

    /// The edges that touch `id`, in either direction, in key order. O(degree).
    public func edges(touching id: NodeID) -> [Edge] {
        (incidence[id] ?? []).map { edges[$0] }
    }

    /// The number of edges that touch `id`. O(1).
    public func degree(of id: NodeID) -> Int {
        incidence[id]?.count ?? 0
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
        let keptNodes = nodes.filter { connected.contains($0.id) || incidence[$0.id] == nil }
        return Graph(nodes: keptNodes, edges: kept, metadata: metadata)
    }
}

extension Graph: Equatable {
    /// Two graphs are equal when their nodes, edges and metadata are.
    public static func == (lhs: Graph, rhs: Graph) -> Bool {
        lhs.nodes == rhs.nodes && lhs.edges == rhs.edges && lhs.metadata == rhs.metadata
    }
}
