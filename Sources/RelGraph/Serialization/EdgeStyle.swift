import Foundation

/// How an edge is drawn, the one source of edge colours and widths for DOT (and so SVG) and yEd's GraphML:
/// a co-occurrence as a light grey line without arrow or label, a typed relation as a dark arrow labelled
/// with its relation; both wider as they are heavier.
public struct EdgeStyle: Hashable, Sendable {
    /// The widest an edge is drawn, in points, however heavy it is.
    public static let maximumWidth = 8.0

    /// The line colour as `#RRGGBB`.
    public let color: String
    /// Whether the edge is drawn with an arrow head (every relation but `co_occurs`).
    public let isDirected: Bool
    /// The text drawn along the edge: the relation of a typed edge, none for a co-occurrence.
    public let label: String?
    /// The line width in points, from ``width(forWeight:)``.
    public let width: Double

    /// The style of `edge`.
    public init(for edge: Edge) {
        isDirected = edge.relation != .coOccurs
        color = isDirected ? "#333333" : "#AAAAAA"
        label = isDirected ? edge.relation.name : nil
        width = EdgeStyle.width(forWeight: edge.weight)
    }

    /// The line width for an edge of `weight`: 1 + log2(weight), between 1 and ``maximumWidth``, rounded
    /// to hundredths.
    public static func width(forWeight weight: Double) -> Double {
        guard weight > 1 else { return 1 }
        let width = min(1 + log2(weight), maximumWidth)
        return (width * 100).rounded() / 100
    }
}
