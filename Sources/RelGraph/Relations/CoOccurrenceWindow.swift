/// The stretch of text within which two entities mentioned together are linked by `co_occurs`.
public enum CoOccurrenceWindow: String, Sendable, CaseIterable {
    /// The same sentence (the default: the closest link text states).
    case sentence
    /// The same paragraph.
    case paragraph
    /// The same document.
    case document
}
