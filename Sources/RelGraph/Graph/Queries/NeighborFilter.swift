/// Which edges a walk through the graph may follow and which nodes it may reach.
///
/// Shared by ``Graph/neighbors(of:depth:filter:)``, ``Graph/shortestPath(from:to:filter:)`` and
/// ``Graph/egoNetwork(around:depth:filter:)``.
public struct NeighborFilter: Hashable, Sendable {
    /// Which way a walk may follow a directed edge; undirected `co_occurs` edges are followed either way.
    public enum Direction: String, Hashable, Sendable, CaseIterable {
        /// From source to target and from target to source.
        case both
        /// From source to target only.
        case outgoing
        /// From target to source only.
        case incoming
    }

    /// The types of the nodes a walk may reach and pass through; empty allows every type.
    public var entityTypes: Set<EntityType>
    /// The relations a walk may follow; empty allows every relation.
    public var relations: Set<RelationType>
    /// The lightest edge a walk may follow; `nil` allows every weight.
    public var minimumWeight: Double?
    /// Which way directed edges may be followed.
    public var direction: Direction

    /// Creates a filter; by default it lets every edge and node through, in both directions.
    public init(entityTypes: Set<EntityType> = [], relations: Set<RelationType> = [], minimumWeight: Double? = nil,
                direction: Direction = .both) {
        self.entityTypes = entityTypes
        self.relations = relations
        self.minimumWeight = minimumWeight
        self.direction = direction
    }

    /// Whether a walk may reach or pass through a node of type `type`.
    public func allows(_ type: EntityType) -> Bool {
        entityTypes.isEmpty || entityTypes.contains(type)
    }

    /// Whether an edge passes the relation and weight filters (direction aside).
    public func allows(_ edge: Edge) -> Bool {
        (relations.isEmpty || relations.contains(edge.relation))
            && minimumWeight.map { edge.weight >= $0 } ?? true
    }
}
