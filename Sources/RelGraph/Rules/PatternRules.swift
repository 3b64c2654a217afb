/// An entity pattern: a token pattern whose match (or its `[ … ]` span) is an entity of a type.
public struct EntityPatternRule: Sendable {
    /// The rule's identifier, recorded on the edges it produces.
    public let id: String
    /// The type of the entity the pattern yields.
    public let type: EntityType
    /// The pattern.
    public let pattern: TokenPattern
    /// How to name the entity: text with `{slot}` (the slot entity's canonical name) and `{slot.adj}`
    /// (its canonical adjective); `nil` names it after the matched words, with slot entities in their
    /// canonical form and the pattern's own words in the pattern's spelling.
    public let nameTemplate: String?
    /// Relations from the entity the pattern yields to the entities of its slots (`located_in` → `city`).
    public let links: [(relation: RelationType, slot: String)]
    /// Where the rule was defined.
    public let location: SourceLocation
}

/// A relation pattern: a token pattern with `source` and `target` slots that yields a typed, directed relation.
public struct RelationPatternRule: Sendable {
    /// The rule's identifier, recorded on the edges it produces.
    public let id: String
    /// The relation the pattern yields, from the `source` slot's entities to the `target` slot's.
    public let relation: RelationType
    /// The pattern.
    public let pattern: TokenPattern
    /// Where the rule was defined.
    public let location: SourceLocation
}
