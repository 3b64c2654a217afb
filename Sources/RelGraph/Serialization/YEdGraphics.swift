// The yFiles graphics of GraphML's yEd flavour (namespace http://www.yworks.com/xml/graphml, schema
// http://www.yworks.com/xml/schema/graphml/1.1/ygraphml.xsd), as yEd writes and reads them.
//
// Each node gets a `<y:ShapeNode>`: a `<y:Geometry>` sized to its label and placed on a grid (yEd does not
// lay out a graph it opens; choose Layout ▸ Organic or Hierarchical), a `<y:Fill>` and `<y:Shape>` from
// ``NodeStyle``, and a `<y:NodeLabel>` holding the label in its ``NodeStyle`` font colour. Each edge gets a
// `<y:PolyLineEdge>` whose colour, width, arrow and `<y:EdgeLabel>` come from ``EdgeStyle``. networkx's
// `read_graphml` reads a `NodeLabel` or `EdgeLabel` as the `label` (the same text as the data) and adds
// `x`, `y` and `shape_type`; relgraph's reader skips the graphics.
//
// Not supported: fonts, label positions, bends, group nodes, and yEd's `resources` (images, SVG nodes).
// A node's size is estimated from its label's length (7 points a character), not measured.

/// Writes the yFiles graphics of nodes and edges, inside the `<data>` of a graphics key.
struct YEdGraphics {
    /// The namespace of the `y:` elements.
    static let namespace = "http://www.yworks.com/xml/graphml"
    /// The schema yEd names for GraphML with yFiles graphics.
    static let schemaLocation = "http://www.yworks.com/xml/schema/graphml/1.1/ygraphml.xsd"

    /// A node's width and height, in points.
    struct Size {
        let width: Double
        let height: Double

        /// The size that holds `label` in yEd's default font (Dialog, 12 points): about 7 points a
        /// character and 16 a line, plus a margin for the shape's slanted sides.
        init(fitting label: String) {
            let lines = label.split(separator: "\n", omittingEmptySubsequences: false)
            let longest = lines.map(\.count).max() ?? 0
            width = Double(max(longest, 2) * 7 + 24)
            height = Double(lines.count * 16 + 14)
        }
    }

    /// Nodes in a row of the grid.
    private let columns: Int
    /// The distance between grid points: the largest node plus a margin.
    private let spacing: (x: Double, y: Double)

    /// Graphics for the nodes and edges of `graph`, with a grid wide enough for its largest node.
    init(for graph: Graph) {
        columns = max(1, Int(Double(graph.nodes.count).squareRoot().rounded(.up)))
        let sizes = graph.nodes.map { Size(fitting: $0.label) }
        spacing = ((sizes.map(\.width).max() ?? 0) + 40, (sizes.map(\.height).max() ?? 0) + 40)
    }

    /// Appends the `<data>` of graphics key `key` drawing `node`, the `index`th node of the graph.
    func appendNode(_ node: Node, index: Int, key: String, to out: inout TextBuffer) {
        let style = NodeStyle(for: node.type)
        let size = Size(fitting: node.label)
        out.append("      <data key=\"")
        out.append(key, escaping: .xmlAttribute)
        out.append("\">\n        <y:ShapeNode>\n          <y:Geometry x=\"")
        out.append(AttributeValue.format(Double(index % columns) * spacing.x))
        out.append("\" y=\"")
        out.append(AttributeValue.format(Double(index / columns) * spacing.y))
        out.append("\" width=\"")
        out.append(AttributeValue.format(size.width))
        out.append("\" height=\"")
        out.append(AttributeValue.format(size.height))
        out.append("\"/>\n          <y:Fill color=\"")
        out.append(style.fillColor)
        out.append("\" transparent=\"false\"/>\n")
        out.append("          <y:BorderStyle color=\"#000000\" type=\"line\" width=\"1\"/>\n")
        out.append("          <y:NodeLabel textColor=\"")
        out.append(style.fontColor)
        out.append("\">")
        out.append(node.label, escaping: .xmlText)
        out.append("</y:NodeLabel>\n          <y:Shape type=\"")
        out.append(style.shape.yEdName)
        out.append("\"/>\n        </y:ShapeNode>\n      </data>\n")
    }

    /// Appends the `<data>` of graphics key `key` drawing `edge`.
    func appendEdge(_ edge: Edge, key: String, to out: inout TextBuffer) {
        let style = EdgeStyle(for: edge)
        out.append("      <data key=\"")
        out.append(key, escaping: .xmlAttribute)
        out.append("\">\n        <y:PolyLineEdge>\n          <y:LineStyle color=\"")
        out.append(style.color)
        out.append("\" type=\"line\" width=\"")
        out.append(AttributeValue.format(style.width))
        out.append("\"/>\n          <y:Arrows source=\"none\" target=\"")
        out.append(style.isDirected ? "standard" : "none")
        out.append("\"/>\n")
        if let label = style.label {
            out.append("          <y:EdgeLabel>")
            out.append(label, escaping: .xmlText)
            out.append("</y:EdgeLabel>\n")
        }
        out.append("        </y:PolyLineEdge>\n      </data>\n")
    }
}
