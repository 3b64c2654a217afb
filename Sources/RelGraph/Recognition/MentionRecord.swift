/// One mention as the analysis keeps it: plain integers, no text. The surface and the entity's name are
/// looked up (in the document's bytes and the ``EntityTable``) only where a user will read them.
struct MentionRecord: Sendable {
    /// The mention's byte range in the document's UTF-8 text.
    var range: Range<Int>
    /// The bytes of the text as written: the range itself, except for the last conjunct of a coordinated
    /// composite, whose own words come from its start to the end of the phrase ("Dutch police").
    var surface: Range<Int>
    /// The entity referred to.
    var entity: EntityID
    /// Name or adjective.
    var form: MentionForm
    /// The gazetteer entry the mention was found through (its canonical adjective names composites), or -1.
    var entry: Int32
    /// The entity pattern that built the mention (its index in the rules' entity patterns), or -1.
    var rule: Int32 = -1
}
