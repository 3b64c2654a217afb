extension Graph {
    /// The path from `start` to `goal` with the fewest hops that `filter` allows, and among those the
    /// heaviest; `nil` when `goal` cannot be reached, `[]` when `start == goal`.
    ///
    /// Hops come first and weight second, so a strong two-hop chain never loses to a weak direct edge:
    /// the question is how closely two entities are linked, then by how much evidence. Among paths equally
    /// short and (within a relative 10⁻⁹) equally heavy, the one whose node identifiers come first in
    /// lexicographic order wins, and between two nodes the heaviest allowed edge is walked. Directed edges
    /// are followed as `filter.direction` says, `co_occurs` edges either way; the nodes in between must be
    /// of a type the filter allows, the two ends need not be.
    ///
    /// A breadth-first search stops at `goal`'s layer; a pass back over those layers finds, for each node,
    /// the heaviest way on to `goal` along edges that go one layer further; a pass forward then walks the
    /// path, taking the smallest next identifier that stays on a heaviest path. O(V + E) over the part of
    /// the graph within `goal`'s distance of `start`.
    public func shortestPath(from start: NodeID, to goal: NodeID,
                             filter: NeighborFilter = NeighborFilter()) -> [PathStep]? {
        guard node(start) != nil, node(goal) != nil else { return nil }
        guard start != goal else { return [] }
        guard let layers = layers(from: start, toward: goal, filter: filter) else { return nil }
        let layerOf = Dictionary(uniqueKeysWithValues: layers.enumerated().flatMap { layer, ids in
            ids.map { ($0, layer) }
        })

        // The heaviest weight from each node on to `goal` along edges one layer further, for the nodes
        // that lead to `goal` at all.
        var onward: [NodeID: Double] = [goal: 0]
        for layer in layers.indices.dropLast().reversed() {
            for node in layers[layer] {
                var best: Double?
                forEachStep(from: node, filter: filter) { step in
                    guard layerOf[step.to] == layer + 1, let rest = onward[step.to] else { return }
                    best = max(best ?? -.infinity, step.rankedWeight + rest)
                }
                onward[node] = best
            }
        }

        var path: [PathStep] = []
        var current = start
        while current != goal {
            guard let layer = layerOf[current], let remaining = onward[current] else { return nil }
            var chosen: PathStep?
            forEachStep(from: current, filter: filter) { step in
                guard layerOf[step.to] == layer + 1, let rest = onward[step.to],
                      Self.isClose(step.rankedWeight + rest, remaining)
                else { return }
                if let kept = chosen, step.to > kept.to || (step.to == kept.to && !step.isStronger(than: kept)) {
                    return
                }
                chosen = step
            }
            guard let chosen else { return nil }
            path.append(chosen)
            current = chosen.to
        }
        return path
    }

    /// The breadth-first layers from `start` up to and including the one holding `goal` (which holds
    /// only the nodes found by then), or `nil` when `goal` is out of reach. Nodes other than `goal` join a
    /// layer only when the filter allows their type.
    private func layers(from start: NodeID, toward goal: NodeID, filter: NeighborFilter) -> [[NodeID]]? {
        var seen: Set<NodeID> = [start]
        var layers: [[NodeID]] = [[start]]
        while let frontier = layers.last, !frontier.isEmpty {
            var next: [NodeID] = []
            for node in frontier {
                forEachStep(from: node, filter: filter) { step in
                    guard !seen.contains(step.to),
                          step.to == goal || self.node(step.to).map({ filter.allows($0.type) }) ?? false
                    else { return }
                    seen.insert(step.to)
                    next.append(step.to)
                }
            }
            if seen.contains(goal) {
                return layers + [[goal]]
            }
            layers.append(next)
        }
        return nil
    }

    /// Whether two sums of weights are equal but for rounding.
    private static func isClose(_ a: Double, _ b: Double) -> Bool {
        a == b || abs(a - b) <= 1e-9 * Swift.max(1, abs(a), abs(b))
    }
}
