/// Whether a mention names its entity or refers to it through an adjective or demonym.
public enum MentionForm: String, Hashable, Sendable {
    /// A name: "Nederland", "Antwerp".
    case name
    /// An adjective or demonym: "Nederlandse", "Antwerpse", "Dutch".
    case adj
}

/// An entity as the graph knows it: canonical name and type (and the node id they derive, computed once).
public struct EntityReference: Hashable, Comparable, Sendable {
    /// The canonical name.
    public let label: String
    /// The type.
    public let type: EntityType
    /// The node identifier the entity gets in the graph.
    public let nodeID: NodeID

    /// Creates a reference.
    public init(label: String, type: EntityType) {
        self.label = label
        self.type = type
        self.nodeID = NodeID(type: type, name: label)
    }

    public static func == (lhs: EntityReference, rhs: EntityReference) -> Bool {
        lhs.nodeID == rhs.nodeID
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(nodeID)
    }

    public static func < (lhs: EntityReference, rhs: EntityReference) -> Bool {
        (lhs.type, lhs.label) < (rhs.type, rhs.label)
    }
}

/// One place where the text refers to an entity.
public struct Mention: Hashable, Sendable {
    /// The mention's byte range in the document's UTF-8 text.
    public let range: Range<Int>
    /// The entity referred to.
    public let entity: EntityReference
    /// The text as written ("SKY ECC", "Antwerpse").
    public let surface: String
    /// Name or adjective.
    public let form: MentionForm
    /// The canonical adjective of the entity, used to name composites ("Nederlandse").
    public let canonicalAdjective: String?

    /// Creates a mention.
    public init(range: Range<Int>, entity: EntityReference, surface: String, form: MentionForm = .name,
                canonicalAdjective: String? = nil) {
        self.range = range
        self.entity = entity
        self.surface = surface
        self.form = form
        self.canonicalAdjective = canonicalAdjective
    }
}

extension Mention {
    /// The same mention, referring to `entity` instead.
    func referring(to entity: EntityReference) -> Mention {
        Mention(range: range, entity: entity, surface: surface, form: form, canonicalAdjective: canonicalAdjective)
    }
}
