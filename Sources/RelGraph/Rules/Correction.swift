/// An analyst's correction: names that are one entity (`same`) or must never be merged (`distinct`).
public struct Correction: Sendable {
    /// The names, as written; for `same`, the first is the canonical one.
    public let names: [String]
    /// Where the correction was given.
    public let location: SourceLocation
}
