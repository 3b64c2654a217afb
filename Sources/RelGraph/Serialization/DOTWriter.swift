import Foundation

// DOT, the Graphviz language (https://graphviz.org/doc/info/lang.html), with attributes from
// https://graphviz.org/doc/info/attrs.html.
//
// Writes one `digraph` with every identifier and attribute value double-quoted, so keywords (`node`,
// `strict`), ids starting with a digit and ids with `:` need no special case. Labels are escaped for
// Graphviz's label processing too (`\` and `&`), so `\N`, `\l` or `&amp;` in a name show as written.
// Nodes are styled by type (``NodeStyle``); a legend node lists the types present, drawn as an HTML-like
// table rather than a cluster, which sfdp would not draw.
//
// Not supported: node aliases, evidence, rules and attributes (write GraphML or JSON for those); node
// positions; subgraphs and clusters. Carriage returns and other control characters in text are dropped.

/// Writes a graph in Graphviz's DOT language, styled for reading: shapes and colours by entity type,
/// edge widths by weight, a legend of the types present.
public struct DOTWriter: GraphWriter {
    /// The identifier of the legend node, which no identifier derived by ``NodeID`` can equal.
    public static let legendNodeID = "_relgraph_legend"

    /// The widest an edge is drawn, in points, however heavy it is.
    public static let maximumPenWidth = 8.0

    /// Creates a DOT writer.
    public init() {}

    /// Writes `graph` as DOT to `target`.
    public func write<Target: TextOutputStream>(_ graph: Graph, to target: inout Target) {
        var out = TextBuffer()
        out.append("digraph \"relgraph\" {\n  graph [comment=")
        out.appendDOTString(DOTWriter.comment(for: graph.metadata))
        out.append(", fontname=\"Helvetica,Arial,sans-serif\", overlap=\"false\", splines=\"true\"];\n")
        out.append("  node [fontname=\"Helvetica,Arial,sans-serif\", fontsize=\"11\", style=\"filled\"];\n")
        out.append("  edge [fontname=\"Helvetica,Arial,sans-serif\", fontsize=\"9\"];\n")

        var styles: [EntityType: NodeStyle] = [:]
        for node in graph.nodes {
            let style = styles[node.type] ?? NodeStyle(for: node.type)
            styles[node.type] = style
            appendNode(node, style: style, to: &out)
            out.flush(to: &target)
        }
        graph.edges.withUnsafeBufferPointer { edges in // Edges are read in place, not copied.
            for index in edges.indices {
                appendEdge(edges[index], to: &out)
                out.flush(to: &target)
            }
        }
        if !styles.isEmpty {
            appendLegend(styles.sorted { $0.key < $1.key }, to: &out)
        }
        out.append("}\n")
        out.flush(to: &target, force: true)
    }

    /// The pen width for an edge of `weight`: 1 + log2(weight), between 1 and ``maximumPenWidth``,
    /// rounded to hundredths.
    public static func penWidth(forWeight weight: Double) -> Double {
        guard weight > 1 else { return 1 }
        let width = min(1 + log2(weight), maximumPenWidth)
        return (width * 100).rounded() / 100
    }

    private static func comment(for metadata: GraphMetadata) -> String {
        metadata.inputs.isEmpty ? metadata.generator
            : metadata.generator + "; inputs: " + metadata.inputs.joined(separator: ", ")
    }

    private func appendNode(_ node: Node, style: NodeStyle, to out: inout TextBuffer) {
        out.append("  ")
        out.appendDOTString(node.id.rawValue)
        out.append(" [label=")
        out.appendDOTString(node.label, asLabel: true)
        out.append(", shape=\"")
        out.append(style.shape)
        out.append("\", fillcolor=\"")
        out.append(style.fillColor)
        out.append("\", fontcolor=\"")
        out.append(style.fontColor)
        out.append("\", tooltip=\"")
        out.append(node.type.name) // An identifier: nothing to escape.
        out.append(", ")
        out.append(node.mentions)
        out.append(node.mentions == 1 ? " mention\"];\n" : " mentions\"];\n")
    }

    private func appendEdge(_ edge: Edge, to out: inout TextBuffer) {
        out.append("  ")
        out.appendDOTString(edge.source.rawValue)
        out.append(" -> ")
        out.appendDOTString(edge.target.rawValue)
        if edge.relation == .coOccurs {
            out.append(" [dir=\"none\", color=\"#AAAAAA\", penwidth=\"")
        } else {
            out.append(" [label=\"")
            out.append(edge.relation.name)
            out.append("\", color=\"#333333\", penwidth=\"")
        }
        out.append(AttributeValue.format(DOTWriter.penWidth(forWeight: edge.weight)))
        out.append("\", tooltip=\"")
        out.append(edge.relation.name)
        out.append(", weight ")
        out.append(AttributeValue.format(edge.weight))
        out.append("\"];\n")
    }

    private func appendLegend(_ styles: [(key: EntityType, value: NodeStyle)], to out: inout TextBuffer) {
        out.append("  \"")
        out.append(DOTWriter.legendNodeID)
        out.append("\" [shape=\"plaintext\", style=\"solid\", tooltip=\"entity types\", label=<")
        out.append("<table border=\"0\" cellborder=\"1\" cellspacing=\"0\" cellpadding=\"4\">")
        out.append("<tr><td colspan=\"2\"><b>entity types</b></td></tr>")
        for (type, style) in styles {
            out.append("<tr><td bgcolor=\"")
            out.append(style.fillColor)
            out.append("\" width=\"16\"></td><td align=\"left\">")
            out.append(type.name, escaping: .xmlText)
            out.append("</td></tr>")
        }
        out.append("</table>>];\n")
    }
}
