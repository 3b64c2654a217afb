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
    /// Words that choose this entry where a name is shared with an entry of another type: the entry
    /// applies in a sentence that holds one of them (empty: the entry applies by default).
    public let context: [String]
    /// Whether a close misspelling of a long one-word name or alias is taken for it ("Enchrochat"; see
    /// ``CloseVariants``).
    public let findsMisspellings: Bool
    /// Where the entry was defined.
    public let location: SourceLocation

    /// Creates an entry.
    public init(name: String, type: EntityType, aliases: [String] = [], adjectives: [String] = [],
                casePolicy: CasePolicy = .smart, context: [String] = [], findsMisspellings: Bool = false,
                location: SourceLocation) {
        self.name = name
        self.type = type
        self.aliases = aliases
        self.adjectives = adjectives
        self.casePolicy = casePolicy
        self.context = context
        self.findsMisspellings = findsMisspellings
        self.location = location
    }
}
