extension Graph {
    /// The nodes within `depth` hops of `start` that `filter` lets a walk reach, each with the hop count
    /// and the strongest edge reaching it.
    ///
    /// A breadth-first walk: each node is reported once, at its fewest hops from `start`, with the
    /// heaviest allowed edge from the layer before it (ties: the edge from the smaller identifier, then the
    /// smaller edge key). Directed edges are followed as `filter.direction` says; `co_occurs` edges either
    /// way. A node whose type the filter leaves out is neither reported nor walked through, so a node
    /// reachable only across it is not reached either: `--type person` lists the people connected through
    /// people, not every person somewhere in the neighbourhood. `start` itself is exempt from the type
    /// filter and is never reported.
    ///
    /// The result is sorted by depth, then weight descending, then identifier. Empty when `start` is not in
    /// the graph or `depth` is below 1. O(V + E) over the part of the graph reached, plus O(V log V) to sort.
    public func neighbors(of start: NodeID, depth: Int = 1, filter: NeighborFilter = NeighborFilter()) -> [Neighbor] {
        guard node(start) != nil, depth > 0 else { return [] }
        var reached: Set<NodeID> = [start]
        var frontier = [start]
        var result: [Neighbor] = []
        var layer = 0
        while layer < depth, !frontier.isEmpty {
            layer += 1
            var strongest: [NodeID: PathStep] = [:]
            for node in frontier {
                forEachStep(from: node, filter: filter) { step in
                    guard !reached.contains(step.to) else { return }
                    if let kept = strongest[step.to] {
                        if step.isStronger(than: kept) { strongest[step.to] = step }
                    } else if let type = self.node(step.to)?.type, filter.allows(type) {
                        strongest[step.to] = step
                    }
                }
            }
            let next = strongest.values
                .sorted { ($0.rankedWeight, $1.to) > ($1.rankedWeight, $0.to) }
                .map { Neighbor(id: $0.to, depth: layer, via: $0) }
            result.append(contentsOf: next)
            frontier = next.map(\.id)
            reached.formUnion(frontier)
        }
        return result
    }
}
