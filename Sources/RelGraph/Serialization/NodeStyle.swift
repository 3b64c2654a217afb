/// How a node of one entity type is drawn: a shape and a colour-blind-safe fill, the one source of the
/// colours and shapes of every format that draws (DOT and SVG, GEXF, yEd's GraphML).
///
/// Built-in types take seven of the Okabe–Ito colours (Okabe & Ito, "Color Universal Design", 2008),
/// each with its own shape, so that shape alone still tells the types apart in grey scale. Types a rule
/// file declares get a default shape and a colour from the rest of the palette (grey, black), chosen by
/// a stable hash of the type's name so that it is the same on every run and machine.
public struct NodeStyle: Hashable, Sendable {
    /// The node's outline.
    public let shape: NodeShape
    /// The fill colour as `#RRGGBB`.
    public let fillColor: String
    /// The label colour as `#RRGGBB`, black or white, whichever reads better on the fill.
    public let fontColor: String

    /// Creates a style.
    public init(shape: NodeShape, fillColor: String, fontColor: String) {
        self.shape = shape
        self.fillColor = fillColor
        self.fontColor = fontColor
    }

    /// The style for nodes of `type`.
    public init(for type: EntityType) {
        if let style = NodeStyle.builtIn[type] {
            self = style
        } else {
            let colors = NodeStyle.remainingPalette
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325 // FNV-1a: stable, unlike `Hasher`.
            for byte in type.name.utf8 {
                hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
            }
            let (fill, font) = colors[Int(hash % UInt64(colors.count))]
            self.init(shape: NodeStyle.defaultShape, fillColor: fill, fontColor: font)
        }
    }

    /// The shape of nodes whose type is not built in.
    public static let defaultShape = NodeShape.component

    /// The styles of the built-in entity types.
    public static let builtIn: [EntityType: NodeStyle] = [
        .person: NodeStyle(shape: .ellipse, fillColor: "#E69F00", fontColor: "#000000"),
        .agency: NodeStyle(shape: .box, fillColor: "#56B4E9", fontColor: "#000000"),
        .platform: NodeStyle(shape: .hexagon, fillColor: "#009E73", fontColor: "#FFFFFF"),
        .city: NodeStyle(shape: .house, fillColor: "#F0E442", fontColor: "#000000"),
        .country: NodeStyle(shape: .octagon, fillColor: "#0072B2", fontColor: "#FFFFFF"),
        .region: NodeStyle(shape: .doubleOctagon, fillColor: "#D55E00", fontColor: "#000000"),
        .media: NodeStyle(shape: .note, fillColor: "#CC79A7", fontColor: "#000000"),
        .account: NodeStyle(shape: .cds, fillColor: "#999999", fontColor: "#000000"),
    ]

    /// The Okabe–Ito colours no built-in type uses, with their label colours.
    private static let remainingPalette: [(fill: String, font: String)] = [
        ("#000000", "#FFFFFF"),
        ("#FFFFFF", "#000000"),
    ]
}
