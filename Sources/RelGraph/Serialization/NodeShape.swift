/// The outline a node is drawn with, named as Graphviz names it, with the yEd shape that stands for it.
///
/// Graphviz shapes: https://graphviz.org/doc/info/shapes.html. yEd's `<y:Shape type>` takes the shapes of
/// yFiles' `ShapeNodeRealizer` (`rectangle`, `ellipse`, `hexagon`, …), which has no house, note, cds or
/// double octagon: those stand in as the nearest yEd shape that no other built-in type uses, so that shape
/// alone still tells the built-in types apart in yEd too.
public enum NodeShape: String, CaseIterable, Sendable {
    /// An ellipse (people).
    case ellipse
    /// A rectangle (agencies).
    case box
    /// A hexagon (platforms).
    case hexagon
    /// A pentagon with a pointed roof (cities).
    case house
    /// An octagon (countries).
    case octagon
    /// An octagon inside another (regions).
    case doubleOctagon = "doubleoctagon"
    /// A sheet with a folded corner (media).
    case note
    /// An arrow-ended box (message senders).
    case cds
    /// A box with two small tabs (types a rule file declares).
    case component

    /// The Graphviz `shape` attribute value.
    public var graphvizName: String { rawValue }

    /// The `type` of yEd's `<y:Shape>`: the same shape where yEd has it, else the one that stands in.
    public var yEdName: String {
        switch self {
        case .ellipse: "ellipse"
        case .box: "rectangle"
        case .hexagon: "hexagon"
        case .house: "trapezoid2"  // Narrow at the top, like a roof.
        case .octagon: "octagon"
        case .doubleOctagon: "diamond"
        case .note: "rectangle3d"
        case .cds: "fatarrow"
        case .component: "roundrectangle"
        }
    }
}
