/// An entity in the graph: its canonical name, its type, the surface forms seen and how often it was mentioned.
public struct Node: Hashable, Sendable {
    /// The node's identifier, derived from ``type`` and ``label``.
    public let id: NodeID
    /// The entity's canonical name.
    public let label: String
    /// The entity's type.
    public let type: EntityType
    /// The surface forms seen in the text, sorted and without duplicates.
    public var aliases: [String]
    /// How many times the entity was mentioned.
    public var mentions: Int
    /// Further attributes (`ambiguous`, values read from another tool's file, …), written in name order.
    public var attributes: [String: AttributeValue]

    /// Creates a node; its identifier is derived from `type` and `label`.
    public init(label: String, type: EntityType, aliases: [String] = [], mentions: Int = 0,
                attributes: [String: AttributeValue] = [:]) {
        self.init(id: NodeID(type: type, name: label), label: label, type: type, aliases: aliases,
                  mentions: mentions, attributes: attributes)
    }

    /// Creates a node with an identifier given as it is (as read from a file).
    public init(id: NodeID, label: String, type: EntityType, aliases: [String], mentions: Int,
                attributes: [String: AttributeValue]) {
        self.id = id
        self.label = label
        self.type = type
        self.aliases = Array(Set(aliases)).sorted { $0.utf8Precedes($1) }
        self.mentions = mentions
        self.attributes = attributes
    }
}
