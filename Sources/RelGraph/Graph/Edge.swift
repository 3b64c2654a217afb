/// The identity of an edge: one edge per (source, relation, target).
public struct EdgeKey: Hashable, Comparable, Sendable {
    public let source: NodeID
    public let relation: RelationType
    public let target: NodeID

    /// Creates a key. For the undirected ``RelationType/coOccurs`` the two ends are put in identifier
    /// order, so that a pair has one key whichever way round it was seen.
    public init(source: NodeID, relation: RelationType, target: NodeID) {
        if relation == .coOccurs, target < source {
            (self.source, self.target) = (target, source)
        } else {
            (self.source, self.target) = (source, target)
        }
        self.relation = relation
    }

    public static func < (lhs: EdgeKey, rhs: EdgeKey) -> Bool {
        (lhs.source, lhs.relation, lhs.target) < (rhs.source, rhs.relation, rhs.target)
    }
}

/// A relation between two entities, with its weight and the evidence for it.
public struct Edge: Hashable, Sendable {
    /// Source, relation and target.
    public let key: EdgeKey
    /// The edge's strength: the number of windows (or statements) that support it.
    public var weight: Double
    /// How many times the relation was observed.
    public var count: Int
    /// The first pieces of evidence in canonical order, at most the graph's evidence cap.
    public var evidence: [Evidence]
    /// The rule that produced a typed relation; `nil` for co-occurrence.
    public var rule: String?
    /// Further attributes (`hedged`, values read from another tool's file, …), written in name order.
    public var attributes: [String: AttributeValue]

    public var source: NodeID { key.source }
    public var target: NodeID { key.target }
    public var relation: RelationType { key.relation }

    /// Creates an edge.
    public init(key: EdgeKey, weight: Double, count: Int, evidence: [Evidence], rule: String? = nil,
                attributes: [String: AttributeValue] = [:]) {
        self.key = key
        self.weight = weight
        self.count = count
        self.evidence = evidence
        self.rule = rule
        self.attributes = attributes
    }
}
