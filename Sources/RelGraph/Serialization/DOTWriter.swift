// DOT, the Graphviz language (https://graphviz.org/doc/info/lang.html), with attributes from
// https://graphviz.org/doc/info/attrs.html.
//
// Writes one `digraph` with every identifier and attribute value double-quoted, so keywords (`node`,
// `strict`), ids starting with a digit and ids with `:` need no special case. Labels are escaped for
// Graphviz's label processing too (`\` and `&`), so `\N`, `\l` or `&amp;` in a name show as written; `&`
// is `&amp;` in identifiers too (Graphviz hands entities on to its SVG), so an identifier read from
// another tool's file with a `&` in it reads back from the DOT with `&amp;` there.
// Nodes are styled by type (``NodeStyle``) and edges by relation and weight (``EdgeStyle``); each node's
// tooltip gives its type and mentions (`person · 12 mentions`). A co-occurrence whose pair a typed relation
// also joins is not drawn as a second line: the typed edge's tooltip gives its weight (``DrawnLines``). The
// legend, a table of the types present with their colours, is the graph's own HTML-like label (drawn below
// the graph by every engine), not a node: a DOT reader sees only entities. (The SVG draws each type's
// shape over its colour: ``LegendShapes``.)
//
// Not supported: node aliases, evidence, rules and attributes (write GraphML or JSON for those); node
// positions; subgraphs and clusters. Control characters other than line feed are dropped from labels and
// written `\xNN` elsewhere; a string too long for Graphviz's lexer is written in pieces joined by `+`.

/// Writes a graph in Graphviz's DOT language, styled for reading: shapes and colours by entity type,
/// edge widths by weight, tooltips, a legend of the types present.
public struct DOTWriter: GraphWriter {
    /// Whether the legend of types is drawn below the graph (the HTML page shows its own instead).
    public var drawsLegend: Bool
    /// Whether each node and edge gets an `id`, `n` or `e` and its index in the graph, which Graphviz's
    /// SVG gives its group, so that a page can find the element that draws each one.
    public var numbersElements: Bool

    /// Creates a DOT writer.
    public init(drawsLegend: Bool = true, numbersElements: Bool = false) {
        self.drawsLegend = drawsLegend
        self.numbersElements = numbersElements
    }

    /// Writes `graph` as DOT to `target`.
    public func write<Target: TextOutputStream>(_ graph: Graph, to target: inout Target) {
        var out = TextBuffer()
        out.append("digraph \"relgraph\" {\n  graph [comment=")
        out.appendDOTString(DOTWriter.comment(for: graph.metadata))
        out.append(", fontname=\"Helvetica,Arial,sans-serif\", overlap=\"false\", splines=\"true\"];\n")
        out.append("  node [fontname=\"Helvetica,Arial,sans-serif\", fontsize=\"11\", style=\"filled\"];\n")
        out.append("  edge [fontname=\"Helvetica,Arial,sans-serif\", fontsize=\"9\"];\n")

        var styles: [EntityType: NodeStyle] = [:]
        for (index, node) in graph.nodes.enumerated() {
            let style = styles[node.type] ?? NodeStyle(for: node.type)
            styles[node.type] = style
            appendNode(node, number: numbersElements ? index : nil, style: style, to: &out)
            out.flush(to: &target)
        }
        let lines = DrawnLines(graph)
        graph.edges.withUnsafeBufferPointer { edges in // Edges are read in place, not copied.
            for index in edges.indices where lines.drawsOwnLine(index) {
                appendEdge(edges[index], number: numbersElements ? index : nil,
                           coOccurrence: lines.coOccurrence[index].map { edges[$0] }, to: &out)
                out.flush(to: &target)
            }
        }
        if drawsLegend, !styles.isEmpty {
            appendLegend(styles.sorted { $0.key < $1.key }, to: &out)
        }
        out.append("}\n")
        out.flush(to: &target, force: true)
    }

    private static func comment(for metadata: GraphMetadata) -> String {
        metadata.inputs.isEmpty ? metadata.generator
            : metadata.generator + "; inputs: " + metadata.inputs.joined(separator: ", ")
    }

    private func appendNode(_ node: Node, number: Int?, style: NodeStyle, to out: inout TextBuffer) {
        out.append("  ")
        out.appendDOTString(node.id.rawValue)
        out.append(" [")
        if let number {
            out.append("id=\"n")
            out.append(number)
            out.append("\", ")
        }
        out.append("label=")
        out.appendDOTString(node.label, asLabel: true)
        out.append(", shape=\"")
        out.append(style.shape.graphvizName)
        out.append("\", fillcolor=\"")
        out.append(style.fillColor)
        out.append("\", fontcolor=\"")
        out.append(style.fontColor)
        out.append("\", tooltip=\"")
        out.append(node.type.name) // An identifier: nothing to escape.
        out.append(" · ")
        out.append(node.mentions)
        out.append(node.mentions == 1 ? " mention\"];\n" : " mentions\"];\n")
    }

    /// Appends `edge`; `coOccurrence` is the co-occurrence of the same pair that its line also stands for.
    private func appendEdge(_ edge: Edge, number: Int?, coOccurrence: Edge?, to out: inout TextBuffer) {
        let style = EdgeStyle(for: edge)
        out.append("  ")
        out.appendDOTString(edge.source.rawValue)
        out.append(" -> ")
        out.appendDOTString(edge.target.rawValue)
        out.append(" [")
        if let number {
            out.append("id=\"e")
            out.append(number)
            out.append("\", ")
        }
        if let label = style.label {
            out.append("label=\"")
            out.append(label) // A relation name: an identifier.
            out.append("\", ")
        }
        if !style.isDirected {
            out.append("dir=\"none\", ")
        }
        out.append("color=\"")
        out.append(style.color)
        out.append("\", penwidth=\"")
        out.append(AttributeValue.format(style.width))
        out.append("\", tooltip=\"")
        out.append(edge.relation.name)
        out.append(" · weight ")
        out.append(AttributeValue.format(edge.weight))
        if let coOccurrence {
            out.append("; co_occurs · weight ")
            out.append(AttributeValue.format(coOccurrence.weight))
        }
        out.append("\"];\n")
    }

    /// The legend as the graph's label: an HTML-like table with a row per type, its colour (a swatch, which
    /// ``LegendShapes`` draws as the type's shape in the SVG) and its name.
    private func appendLegend(_ styles: [(key: EntityType, value: NodeStyle)], to out: inout TextBuffer) {
        out.append("  graph [fontsize=\"12\", labelloc=\"b\", labeljust=\"l\", label=<")
        out.append("<table border=\"1\" color=\"#BBBBBB\" cellborder=\"0\" cellspacing=\"3\" cellpadding=\"2\">")
        out.append("<tr><td colspan=\"2\" align=\"left\"><b>entity types</b></td></tr>")
        for (type, style) in styles {
            out.append("<tr><td bgcolor=\"")
            out.append(style.fillColor)
            out.append("\" width=\"20\" height=\"14\" fixedsize=\"true\"></td><td align=\"left\">")
            out.append(type.name, escaping: .xmlText)
            out.append("</td></tr>")
        }
        out.append("</table>>];\n")
    }
}
