// HTML (https://html.spec.whatwg.org/): one self-contained page to explore a graph in a browser, offline.
//
// Holds, in this order: a Content-Security-Policy that forbids every request (`default-src 'none'`) and
// allows only this page's own style and script, by their SHA-256 hashes; the style (``HTMLPageStyle``); the
// toolbar; the drawing, Graphviz's SVG of ``DOTWriter``'s text with numbered elements (`n3`, `e12`: indexes
// into the data) and without its legend (the page has its own, which is also the type filter); the graph's
// data as JSON in a `<script type="application/json">` (nodes, edges with their evidence, the types with
// their colours and outlines); and the script (``HTMLPageScript``).
//
// Untrusted text (labels, aliases, documents, evidence) reaches the page only as JSON strings with `<`, `>`,
// `&`, U+2028 and U+2029 escaped, so no label closes the data block, and the script inserts it as text.
// Graphviz escapes it in the SVG; the SVG's XML prolog and comments are left out.
//
// Not supported: graph attributes other than the ones named; the data of entities not drawn (a graph too
// large to lay out shows its best-connected part, ``Graph/bestConnectedPart(fitting:)``).
import Foundation

/// The HTML page of a graph: its drawing, its data and the script that explores them.
struct HTMLPage {
    /// The graph shown: every node and edge in it is drawn.
    let graph: Graph
    /// Graphviz's SVG of `graph`, drawn from `DOTWriter(drawsLegend: false, numbersElements: true)`.
    let drawing: Data
    /// How many entities the whole graph has (more than `graph` when only a part could be laid out).
    let totalEntities: Int

    /// The Content-Security-Policy: nothing may be fetched; only this page's style and script apply.
    static let contentSecurityPolicy = "default-src 'none'; img-src data:; style-src '\(hash(HTMLPageStyle.source))'; "
        + "script-src '\(hash(HTMLPageScript.source))'; base-uri 'none'; form-action 'none'"

    /// `sha256-` and the base64 of `text`'s SHA-256, as a Content-Security-Policy names an inline element.
    static func hash(_ text: String) -> String {
        "sha256-" + Data(SHA256.digest(Array(text.utf8))).base64EncodedString()
    }

    /// The page's bytes (UTF-8).
    var bytes: [UInt8] {
        var out = TextBuffer()
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        out.append("<meta http-equiv=\"Content-Security-Policy\" content=\"\(HTMLPage.contentSecurityPolicy)\">\n")
        out.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        out.append("<meta name=\"generator\" content=\"")
        out.append(graph.metadata.generator, escaping: .xmlAttribute)
        out.append("\">\n<link rel=\"icon\" href=\"data:,\">\n<title>relgraph: ")
        out.append(HTMLPage.grouped(graph.nodes.count))
        out.append(graph.nodes.count == 1 ? " entity" : " entities")
        out.append("</title>\n<style>")
        out.append(HTMLPageStyle.source)
        out.append("</style>\n</head>\n<body>\n<header>\n")
        out.append("<div id=\"search-box\"><input id=\"search\" type=\"search\" placeholder=\"Search entities and aliases ( / )\" ")
        out.append("autocomplete=\"off\" spellcheck=\"false\" aria-label=\"Search entities\"><ul id=\"matches\" role=\"listbox\" hidden></ul></div>\n")
        out.append("<button id=\"fit\" type=\"button\" title=\"Fit the whole drawing (0)\">fit</button>\n")
        out.append("<label title=\"Show what is two steps from the selected entity\"><input id=\"depth-two\" type=\"checkbox\"> depth 2</label>\n")
        out.append("<label><input id=\"co-occurrence\" type=\"checkbox\" checked> co-occurrences</label>\n")
        out.append("<label>min weight <input id=\"min-weight\" type=\"range\" min=\"0\" max=\"1\" value=\"0\"> <output id=\"min-weight-value\">0</output></label>\n")
        if graph.nodes.count < totalEntities {
            out.append("<p id=\"notice\">showing ")
            out.append(HTMLPage.grouped(graph.nodes.count))
            out.append(" of ")
            out.append(HTMLPage.grouped(totalEntities))
            out.append(" entities — use <code>relgraph subgraph</code> for the rest</p>\n")
        }
        out.append("</header>\n<main>\n<div id=\"view\">")
        out.append(HTMLPage.inlineSVG(drawing))
        out.append("</div>\n<aside>\n<section id=\"legend\"><h2>entity types</h2><ul id=\"types\"></ul></section>\n")
        out.append("<section id=\"panel\"></section>\n</aside>\n</main>\n<script type=\"application/json\" id=\"relgraph-data\">")
        appendData(to: &out)
        out.append("</script>\n<script>")
        out.append(HTMLPageScript.source)
        out.append("</script>\n</body>\n</html>\n")
        var sink = FileSink()
        out.flush(to: &sink, force: true)
        return sink.collected
    }

    /// The graph's data as JSON, every string escaped for a `<script>` element.
    private func appendData(to out: inout TextBuffer) {
        let types = Set(graph.nodes.map(\.type)).sorted()
        out.append("{\"shown\":")
        out.append(graph.nodes.count)
        out.append(",\"total\":")
        out.append(totalEntities)
        out.append(",\n\"types\":[")
        for (position, type) in types.enumerated() {
            let style = NodeStyle(for: type)
            out.append(position == 0 ? "\n" : ",\n")
            out.append("{\"name\":")
            appendString(type.name, to: &out)
            out.append(",\"fill\":\"\(style.fillColor)\",\"font\":\"\(style.fontColor)\",\"outline\":\"")
            out.append(style.shape.pathData(x: 1, y: 1, width: 16, height: 12))
            out.append("\"}")
        }
        out.append("],\n\"nodes\":[")
        var positions: [NodeID: Int] = [:]
        for (position, node) in graph.nodes.enumerated() {
            positions[node.id] = position
            out.append(position == 0 ? "\n" : ",\n")
            out.append("{\"id\":")
            appendString(node.id.rawValue, to: &out)
            out.append(",\"label\":")
            appendString(node.label, to: &out)
            out.append(",\"type\":")
            appendString(node.type.name, to: &out)
            out.append(",\"aliases\":[")
            for (index, alias) in node.aliases.enumerated() {
                if index > 0 { out.append(",") }
                appendString(alias, to: &out)
            }
            out.append("],\"mentions\":")
            out.append(node.mentions)
            out.append(",\"documents\":")
            if case .int(let documents) = node.attributes["documents"] { out.append(documents) } else { out.append("null") }
            out.append(",\"ambiguous\":")
            out.append(node.attributes["ambiguous"] == .boolean(true) ? "true" : "false")
            out.append("}")
        }
        out.append("],\n\"edges\":[")
        let lines = DrawnLines(graph)
        var written = 0
        for (position, edge) in graph.edges.enumerated() {
            // A graph's edges join its nodes; an edge that did not would have nothing to point at.
            guard let source = positions[edge.source], let target = positions[edge.target] else { continue }
            out.append(written == 0 ? "\n" : ",\n")
            written += 1
            out.append("{\"source\":")
            out.append(source)
            out.append(",\"target\":")
            out.append(target)
            out.append(",\"line\":") // the SVG element e<line> draws the edge
            out.append(lines.line[position])
            out.append(",\"relation\":")
            appendString(edge.relation.name, to: &out)
            out.append(",\"weight\":")
            out.append(edge.weight.isFinite ? AttributeValue.format(edge.weight) : "null")
            out.append(",\"count\":")
            out.append(edge.count)
            out.append(",\"rule\":")
            if let rule = edge.rule { appendString(rule, to: &out) } else { out.append("null") }
            out.append(",\"hedged\":")
            if case .boolean(let hedged) = edge.attributes["hedged"] { out.append(hedged ? "true" : "false") } else { out.append("null") }
            for (key, name) in [("firstSeen", "first_seen"), ("lastSeen", "last_seen")] {
                out.append(",\"\(key)\":")
                if case .string(let date) = edge.attributes[name] { appendString(date, to: &out) } else { out.append("null") }
            }
            out.append(",\"evidence\":[")
            for (index, piece) in edge.evidence.enumerated() {
                out.append(index == 0 ? "[" : ",[")
                appendString(piece.document, to: &out)
                out.append(",")
                out.append(piece.sentence)
                out.append(",")
                appendString(piece.text, to: &out)
                out.append("]")
            }
            out.append("]}")
        }
        out.append("]}")
    }

    private func appendString(_ text: String, to out: inout TextBuffer) {
        out.append("\"")
        out.append(text, escaping: .jsonInHTML)
        out.append("\"")
    }

    /// Graphviz's SVG as an element of the page: from `<svg` on, without XML comments (which name nodes).
    static func inlineSVG(_ drawing: Data) -> String {
        let text = String(decoding: drawing, as: UTF8.self)
        var rest = text[(text.range(of: "<svg")?.lowerBound ?? text.endIndex)...]
        var result = ""
        while let start = rest.range(of: "<!--") {
            result += rest[..<start.lowerBound]
            guard let end = rest[start.upperBound...].range(of: "-->") else {
                rest = rest[rest.endIndex...]
                break
            }
            rest = rest[end.upperBound...]
        }
        result += rest
        return result
    }

    /// `number` with a comma between groups of three digits (`12,345`).
    static func grouped(_ number: Int) -> String {
        let digits = String(number.magnitude)
        var result = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { result.append(",") }
            result.append(digit)
        }
        return (number < 0 ? "-" : "") + result
    }
}
