import Foundation

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

    /// The shape's outline in a unit box (x to the right, y down, 0…1), as rings of points: one for most
    /// shapes, more for the double octagon, the note's fold and the component's tabs. What the SVG's legend
    /// and the HTML page draw beside each type.
    var rings: [[(x: Double, y: Double)]] {
        let octagon = [(0.3, 0.0), (0.7, 0.0), (1.0, 0.3), (1.0, 0.7), (0.7, 1.0), (0.3, 1.0), (0.0, 0.7), (0.0, 0.3)]
        switch self {
        case .ellipse:
            return [(0..<24).map { step in
                let angle = Double(step) * Double.pi / 12
                return (0.5 + 0.5 * cos(angle), 0.5 + 0.5 * sin(angle))
            }]
        case .box: return [[(0, 0.1), (1, 0.1), (1, 0.9), (0, 0.9)]]
        case .hexagon: return [[(0, 0.5), (0.25, 0.05), (0.75, 0.05), (1, 0.5), (0.75, 0.95), (0.25, 0.95)]]
        case .house: return [[(0.5, 0), (1, 0.4), (1, 1), (0, 1), (0, 0.4)]]
        case .octagon: return [octagon]
        case .doubleOctagon: return [octagon, octagon.map { (0.5 + ($0.0 - 0.5) * 0.65, 0.5 + ($0.1 - 0.5) * 0.65) }]
        case .note: return [[(0, 0), (0.7, 0), (1, 0.3), (1, 1), (0, 1)], [(0.7, 0), (0.7, 0.3), (1, 0.3)]]
        case .cds: return [[(0, 0.1), (0.75, 0.1), (1, 0.5), (0.75, 0.9), (0, 0.9)]]
        case .component:
            return [[(0.15, 0), (1, 0), (1, 1), (0.15, 1)], [(0, 0.2), (0.3, 0.2), (0.3, 0.4), (0, 0.4)],
                    [(0, 0.6), (0.3, 0.6), (0.3, 0.8), (0, 0.8)]]
        }
    }

    /// The outline as SVG path data (`M x,y L … Z`, a ring each) filling the box at (`x`, `y`) of `width` ×
    /// `height`, coordinates rounded to hundredths.
    public func pathData(x: Double, y: Double, width: Double, height: Double) -> String {
        rings.map { ring in
            "M" + ring.map { point in
                AttributeValue.format(((x + point.x * width) * 100).rounded() / 100) + ","
                    + AttributeValue.format(((y + point.y * height) * 100).rounded() / 100)
            }.joined(separator: " L") + " Z"
        }.joined(separator: " ")
    }
}
