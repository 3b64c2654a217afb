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
