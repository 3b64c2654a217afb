/// A known entity: its canonical name, its type, and the other names and adjectives that refer to it.
public struct GazetteerEntry: Hashable, Sendable {
    /// The canonical name, the node's label.
    public let name: String
    /// The entity's type.
    public let type: EntityType
    /// Other names that refer to the entity (`Antwerp`, `SKY ECC`).
    public let aliases: [String]
    /// Adjective and demonym forms (`Nederlandse`, `Dutch`); the first is the canonical adjective used
    /// to name composites such as `Nederlandse politie`.
    public let adjectives: [String]
    /// How the case of a name must agree with the text.
    public let casePolicy: CasePolicy
    /// Where the entry was defined.
    public let location: SourceLocation

    /// Creates an entry.
    public init(name: String, type: EntityType, aliases: [String] = [], adjectives: [String] = [],
                casePolicy: CasePolicy = .smart, location: SourceLocation) {
        self.name = name
        self.type = type
        self.aliases = aliases
        self.adjectives = adjectives
        self.casePolicy = casePolicy
        self.location = location
    }
}
