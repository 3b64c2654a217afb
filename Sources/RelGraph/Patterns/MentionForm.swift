/// Whether a mention names its entity or refers to it through an adjective or demonym.
public enum MentionForm: String, Hashable, Sendable {
    /// A name: "Nederland", "Antwerp".
    case name
    /// An adjective or demonym: "Nederlandse", "Antwerpse", "Dutch".
    case adj
}
