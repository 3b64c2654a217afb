/// Breadth-first search from both ends of a path over a SQLite graph, reading only the edges of the nodes
/// it expands, the smaller frontier first. When the two searches meet, the edges read include every edge
/// of every shortest path (an edge k hops from the start on a path of d hops touches a node that one side
/// expanded), so the in-memory ``Graph/shortestPath(from:to:filter:)`` over them finds the same path as
/// over the whole graph.
struct PathSearch {
    let start: NodeID
    let goal: NodeID
    let filter: NeighborFilter

    /// Searches until the sides meet (`true`) or one runs out of nodes (`false`: no path).
    func meet(loading loaded: inout LoadedEdges, from graph: SQLiteGraph) throws(SQLiteError) -> Bool {
        guard start != goal else { return true }
        var backwardFilter = filter
        backwardFilter.direction = switch filter.direction {
        case .both: .both
        case .outgoing: .incoming
        case .incoming: .outgoing
        }
        var forward = Side(frontier: [start], reached: [start])
        var backward = Side(frontier: [goal], reached: [goal])
        while !forward.frontier.isEmpty, !backward.frontier.isEmpty {
            let forwardFirst = forward.frontier.count <= backward.frontier.count
            let side = forwardFirst ? forward : backward
            for id in side.frontier {
                if let key = loaded.nodeKeys[id] { try loaded.expand(key, from: graph) }
            }
            let partial = loaded.graph(of: graph)
            let expanded = forwardFirst
                ? forward.advance(over: partial, filter: filter, through: goal)
                : backward.advance(over: partial, filter: backwardFilter, through: start)
            let other = forwardFirst ? backward : forward
            if forwardFirst { forward = expanded } else { backward = expanded }
            if expanded.frontier.contains(where: other.reached.contains) { return true }
        }
        return false
    }

    /// One side of the search: the nodes it has reached and its newest layer.
    private struct Side {
        var frontier: [NodeID]
        var reached: Set<NodeID>

        /// The next layer: nodes one step on that the filter admits (the far end of the path always).
        func advance(over graph: Graph, filter: NeighborFilter, through end: NodeID) -> Side {
            var next = self
            next.frontier = []
            for id in frontier {
                graph.forEachStep(from: id, filter: filter) { step in
                    guard !next.reached.contains(step.to),
                          step.to == end || graph.node(step.to).map({ filter.allows($0.type) }) ?? false
                    else { return }
                    next.reached.insert(step.to)
                    next.frontier.append(step.to)
                }
            }
            return next
        }
    }
}
