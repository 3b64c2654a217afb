/// An entity's number in an ``EntityTable``: the integer that stands for the entity between the text and
/// the graph, so that mentions, relations and edges are counted without touching its name.
public struct EntityID: Hashable, Comparable, Sendable {
    /// The number.
    public let rawValue: UInt32

    /// The entity numbered `index`.
    init(_ index: Int) {
        self.rawValue = UInt32(truncatingIfNeeded: index)
    }

    /// The number as an array index.
    var index: Int { Int(rawValue) }

    public static func < (lhs: EntityID, rhs: EntityID) -> Bool { lhs.rawValue < rhs.rawValue }
}
