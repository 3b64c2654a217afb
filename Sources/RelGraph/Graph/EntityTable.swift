/// The entities of a run, numbered: the rule set's gazetteer entries first (numbered once, when the rules
/// are compiled), then the entities made while reading (pattern-built agencies, people named in full,
/// corrections' targets), interned by each worker from their name and type.
///
/// A table is a value: each worker copies the compiled one and interns into its copy, so ids past the
/// compiled ones are a worker's own; a graph builder fed by a table renumbers them by node identifier
/// when partial graphs merge.
public struct EntityTable: Sendable {
    /// Each entity's name, type and node identifier, by id.
    private(set) var references: [EntityReference]
    private var ids: [NodeID: EntityID]

    /// A table of `references`, numbered in order; a reference equal to an earlier one gets its id.
    init(_ references: some Sequence<EntityReference> = []) {
        self.references = []
        self.ids = [:]
        for reference in references { _ = intern(reference) }
    }

    /// The number of entities.
    var count: Int { references.count }

    /// The entity numbered `id`.
    subscript(id: EntityID) -> EntityReference { references[id.index] }

    /// The id of `reference`, numbering it if it is new.
    mutating func intern(_ reference: EntityReference) -> EntityID {
        if let id = ids[reference.nodeID] { return id }
        let id = EntityID(references.count)
        references.append(reference)
        ids[reference.nodeID] = id
        return id
    }

    /// The id of the entity of type `type` named `label`, numbering it if it is new.
    mutating func intern(label: String, type: EntityType) -> EntityID {
        intern(EntityReference(label: label, type: type))
    }
}
