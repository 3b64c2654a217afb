extension Graph {
    /// Every edge joining `a` and `b`, whichever way it points, co-occurrences and typed relations alike,
    /// sorted by relation, then source: what `explain` prints the evidence of.
    ///
    /// Empty when the two are not joined or either is not in the graph; the loops of `a` when `a == b`.
    /// O(min(degree of `a`, degree of `b`)), plus sorting the edges found.
    public func edges(between a: NodeID, and b: NodeID) -> [Edge] {
        let (near, far) = degree(of: a) <= degree(of: b) ? (a, b) : (b, a)
        return edges(touching: near)
            .filter { ($0.source == near && $0.target == far) || ($0.source == far && $0.target == near) }
            .sorted { ($0.relation, $0.source, $0.target) < ($1.relation, $1.source, $1.target) }
    }
}
