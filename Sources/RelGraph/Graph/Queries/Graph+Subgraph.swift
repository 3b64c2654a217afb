extension Graph {
    /// The ego network of `center`: `center`, the nodes ``neighbors(of:depth:filter:)`` reaches from it,
    /// and every edge among them that passes the filter's relation and weight, whichever way it points.
    ///
    /// What a diagram of one person or platform draws; nodes, edges and metadata are those of this graph.
    /// An edge joining two reached nodes is kept even when the walk did not take it. An empty graph when
    /// `center` is not in this one. O(V + E) over the part of the graph reached, plus building the result.
    public func egoNetwork(around center: NodeID, depth: Int = 1,
                           filter: NeighborFilter = NeighborFilter()) -> Graph {
        guard let centerNode = node(center) else {
            return Graph(nodes: [], edges: [], metadata: metadata)
        }
        let reached = neighbors(of: center, depth: depth, filter: filter).compactMap { node($0.id) }
        let members = Set([center] + reached.map(\.id))
        var kept: [Edge] = []
        for member in members {
            // Each edge is taken once, from its source.
            for edge in edges(touching: member)
            where edge.source == member && members.contains(edge.target) && filter.allows(edge) {
                kept.append(edge)
            }
        }
        return Graph(nodes: [centerNode] + reached, edges: kept, metadata: metadata)
    }
}
