/// Which edges a drawing shows (DOT, SVG, HTML): every relation, or some (`--draw-relation`), with or
/// without co-occurrences (`--hide-cooccurrence`). The other formats always carry every edge.
public struct EdgeSelection: Hashable, Sendable {
    /// Whether `co_occurs` edges are drawn.
    public var drawsCoOccurrence: Bool
    /// The relations drawn, or `nil` for every one (`co_occurs` still subject to ``drawsCoOccurrence``).
    public var relations: Set<RelationType>?

    /// A selection that draws `relations` (`nil`: all), without co-occurrences when `hidingCoOccurrence`.
    public init(hidingCoOccurrence: Bool = false, relations: Set<RelationType>? = nil) {
        self.drawsCoOccurrence = !hidingCoOccurrence
        self.relations = relations
    }

    /// Whether the selection draws every edge of any graph.
    public var drawsEverything: Bool { drawsCoOccurrence && relations == nil }

    /// Whether `edge` is drawn.
    public func draws(_ edge: Edge) -> Bool {
        if edge.relation == .coOccurs, !drawsCoOccurrence { return false }
        return relations?.contains(edge.relation) ?? true
    }
}

extension Graph {
    /// The graph with only the edges `selection` draws; every node stays (an entity is drawn even when
    /// none of its edges is).
    public func drawing(_ selection: EdgeSelection) -> Graph {
        guard !selection.drawsEverything else { return self }
        return Graph(nodes: nodes, edges: edges.filter(selection.draws), metadata: metadata)
    }
}
