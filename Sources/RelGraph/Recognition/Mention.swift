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
