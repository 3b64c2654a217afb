extension Graph {
    /// Calls `body` with every step the filter's relation, weight and direction allow out of `node`, in
    /// edge-key order; node types are left to the caller. Loops (an edge from a node to itself) are never
    /// steps. O(degree of `node`).
    func forEachStep(from node: NodeID, filter: NeighborFilter, _ body: (PathStep) -> Void) {
        for edge in edges(touching: node) where edge.source != edge.target && filter.allows(edge) {
            if edge.relation == .coOccurs {
                let other = edge.source == node ? edge.target : edge.source
                body(PathStep(from: node, to: other, edge: edge, isReversed: false))
            } else if edge.source == node {
                if filter.direction != .incoming {
                    body(PathStep(from: node, to: edge.target, edge: edge, isReversed: false))
                }
            } else if filter.direction != .outgoing {
                body(PathStep(from: node, to: edge.source, edge: edge, isReversed: true))
            }
        }
    }
}

extension PathStep {
    /// The step's weight in a total order, a NaN weight (from a hand-made or imported graph) ranking
    /// below every other.
    var rankedWeight: Double {
        edge.weight.isNaN ? -.infinity : edge.weight
    }

    /// Whether this step is a stronger way to reach its node than `other`: heavier, then from the smaller
    /// identifier, then by the smaller edge key.
    func isStronger(than other: PathStep) -> Bool {
        if rankedWeight != other.rankedWeight { return rankedWeight > other.rankedWeight }
        if from != other.from { return from < other.from }
        return edge.key < other.edge.key
    }
}
