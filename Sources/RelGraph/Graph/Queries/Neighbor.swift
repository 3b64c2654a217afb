/// A node reached from a start node by ``Graph/neighbors(of:depth:filter:)``, and how.
public struct Neighbor: Hashable, Sendable {
    /// The node reached.
    public let id: NodeID
    /// The number of hops from the start node, from 1.
    public let depth: Int
    /// The strongest edge reaching the node from the layer before it; `via.from` is the start node at
    /// depth 1 and the node walked through at greater depths.
    public let via: PathStep

    /// Creates a neighbour.
    public init(id: NodeID, depth: Int, via: PathStep) {
        self.id = id
        self.depth = depth
        self.via = via
    }

    /// The node walked through to reach this one, or `nil` at depth 1 (where it is the start node).
    public var previous: NodeID? {
        depth > 1 ? via.from : nil
    }
}
