/// One edge walked from one node to the next, in a path or to reach a neighbour.
public struct PathStep: Hashable, Sendable {
    /// The node the step leaves.
    public let from: NodeID
    /// The node the step arrives at.
    public let to: NodeID
    /// The edge walked, with its relation, weight and evidence.
    public let edge: Edge
    /// Whether the step walks a directed edge from its target to its source; `false` for `co_occurs`.
    public let isReversed: Bool

    /// Creates a step.
    public init(from: NodeID, to: NodeID, edge: Edge, isReversed: Bool) {
        self.from = from
        self.to = to
        self.edge = edge
        self.isReversed = isReversed
    }

    /// The relation of the edge walked.
    public var relation: RelationType { edge.relation }
    /// The weight of the edge walked.
    public var weight: Double { edge.weight }
    /// The evidence for the edge walked.
    public var evidence: [Evidence] { edge.evidence }
}
