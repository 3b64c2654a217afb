extension Graph {
    /// The best-connected part of the graph that `engine` lays out in reasonable time: the entities with the
    /// most edges (ties by id), as many as the engine's ``Layout/largestGraph``, fewer while the edges among
    /// them are more than its ``Layout/largestEdgeCount``, with every edge among them. The whole graph when
    /// it fits. What the HTML page shows of a graph the SVG would refuse.
    func bestConnectedPart(fitting engine: Layout) -> Graph {
        guard engine.isTooLarge(nodes: nodes.count, edges: edges.count) else { return self }
        let ranked = nodes.sorted { lhs, rhs in
            let (left, right) = (degree(of: lhs.id), degree(of: rhs.id))
            return left != right ? left > right : lhs.id < rhs.id
        }
        var count = min(nodes.count, engine.largestGraph)
        while true {
            let members = Set(ranked.prefix(count).map(\.id))
            let kept = edges.filter { members.contains($0.source) && members.contains($0.target) }
            if kept.count <= engine.largestEdgeCount || count <= 1 {
                return Graph(nodes: Array(ranked.prefix(count)), edges: kept, metadata: metadata)
            }
            count = count * 9 / 10
        }
    }
}
