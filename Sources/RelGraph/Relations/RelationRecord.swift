/// One typed relation as the analysis keeps it: two entity ids, the relation kind's number in the rule
/// set's ``RelationCatalog`` and whether the sentence hedges it.
struct RelationRecord: Sendable {
    let source: EntityID
    let target: EntityID
    let kind: Int
    let hedged: Bool
}
