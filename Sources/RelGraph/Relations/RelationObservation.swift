/// A typed relation stated in one sentence.
public struct RelationObservation: Hashable, Sendable {
    /// The entity the relation starts from.
    public let source: EntityReference
    /// The relation.
    public let relation: RelationType
    /// The entity the relation points to.
    public let target: EntityReference
    /// The rule that found it.
    public let rule: String
    /// Whether the sentence states it with a hedge ("zou", "mogelijk", "reportedly").
    public let hedged: Bool
}
