/// Which line draws each edge of a graph: its own, except a co-occurrence whose pair a typed relation also
/// joins (either way round), which is drawn by the first such relation's line (in edge order) and named in
/// its tooltip, so that one pair never shows two parallel lines.
struct DrawnLines {
    /// For each edge (by index in `graph.edges`), the index of the edge whose line draws it.
    let line: [Int]
    /// For each typed edge that also draws its pair's co-occurrence, that co-occurrence's index.
    let coOccurrence: [Int: Int]

    /// The lines of `graph`. O(E).
    init(_ graph: Graph) {
        var firstTyped: [Pair: Int] = [:]
        graph.edges.withUnsafeBufferPointer { edges in
            for index in edges.indices where edges[index].relation != .coOccurs {
                let pair = Pair(edges[index].source, edges[index].target)
                if firstTyped[pair] == nil { firstTyped[pair] = index }
            }
        }
        var line = Array(graph.edges.indices)
        var coOccurrence: [Int: Int] = [:]
        if !firstTyped.isEmpty {
            graph.edges.withUnsafeBufferPointer { edges in
                for index in edges.indices where edges[index].relation == .coOccurs {
                    guard let typed = firstTyped[Pair(edges[index].source, edges[index].target)] else { continue }
                    line[index] = typed
                    coOccurrence[typed] = index
                }
            }
        }
        self.line = line
        self.coOccurrence = coOccurrence
    }

    /// Whether edge `index` is drawn by a line of its own.
    func drawsOwnLine(_ index: Int) -> Bool { line[index] == index }

    /// Two entities, whichever way round.
    private struct Pair: Hashable {
        let low: NodeID, high: NodeID
        init(_ one: NodeID, _ other: NodeID) {
            (low, high) = one < other ? (one, other) : (other, one)
        }
    }
}
