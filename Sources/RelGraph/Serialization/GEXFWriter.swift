// GEXF 1.3 (https://gexf.net/schema.html; schema https://gexf.net/1.3/gexf.xsd, namespace http://gexf.net/1.3)
// with the viz module (http://gexf.net/1.3/viz), as Gephi 0.9+ and networkx (`read_gexf(…, version="1.3")`)
// read it.
//
// Writes `<meta>` (creator: the generator; description: the inputs), then one `<graph>` with
// `defaultedgetype="directed"`, `<attributes>` for nodes and edges (ids are the attribute names), the
// nodes and the edges. Node columns: `type`, `aliases` (a JSON array in a string), `mentions`, `documents`,
// then the other attributes in name order. Edge columns: `relation`, `count`, `evidence` (a JSON array of
// `{document, sentence, text}` in a string), `rule`, `hedged`, then the others (`first_seen`, `last_seen`
// as written, …). A column's type is the widening of its values' types: `integer` (`long` past 32 bits),
// `double`, `boolean`, else `string`. Each node has a `label`, a `viz:color` (its ``NodeStyle`` fill) and a
// `viz:size` growing with its degree; each edge a unique id, `weight`, `label` and `kind` (both the relation,
// so that Gephi keeps parallel edges of different relations apart). When some edge has a `first_seen` or
// `last_seen` that reads as a date, the graph is `mode="dynamic" timeformat="date"` and edges carry
// `start`/`end` as `YYYY-MM-DD` (see ``GEXFWriter/date(from:asEnd:)``); else it is `mode="static"`.
//
// Not supported: per-edge `type` (every edge follows `defaultedgetype="directed"`; `co_occurs` is
// undirected in meaning only, since networkx refuses mixed graphs), spells, dynamic attribute values,
// node start/end, hierarchy, viz positions and shapes, `lastmodifieddate` (it would make output depend on
// the clock), GEXF list types (`liststring`, …). Characters XML 1.0 forbids are removed (inside the JSON
// columns a control character survives as a JSON escape, U+FFFE and U+FFFF do not). An end date before its
// start date is dropped. Attributes named like a field (`label`, `weight`, …) are not written.

/// Writes a graph as GEXF 1.3 for Gephi: typed attribute columns, colours and sizes, and time intervals
/// from `first_seen`/`last_seen` so that Gephi's timeline can play the graph.
public struct GEXFWriter: GraphWriter {
    /// Creates a GEXF writer.
    public init() {}

    /// Writes `graph` as GEXF 1.3 to `target`.
    public func write<Target: TextOutputStream>(_ graph: Graph, to target: inout Target) {
        let columns = GEXFColumns(for: graph)
        let intervals = graph.edges.map(GEXFWriter.interval(of:))
        let dynamic = intervals.contains { $0.start != nil || $0.end != nil }
        var out = TextBuffer()
        var scratch = TextBuffer()
        out.append("""
            <?xml version="1.0" encoding="UTF-8"?>
            <gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" \
            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
            xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">
              <meta>
                <creator>
            """)
        out.append(graph.metadata.generator, escaping: .xmlText)
        out.append("</creator>\n")
        if !graph.metadata.inputs.isEmpty {
            out.append("    <description>inputs: ")
            out.append(graph.metadata.inputs.joined(separator: ", "), escaping: .xmlText)
            out.append("</description>\n")
        }
        out.append("  </meta>\n  <graph defaultedgetype=\"directed\" ")
        out.append(dynamic ? "mode=\"dynamic\" timeformat=\"date\">\n" : "mode=\"static\">\n")
        appendDeclarations(columns.node, scope: "node", to: &out)
        appendDeclarations(columns.edge, scope: "edge", to: &out)
        out.append("    <nodes count=\"")
        out.append(graph.nodes.count)
        out.append("\">\n")
        out.flush(to: &target)
        var colors: [EntityType: String] = [:]
        for node in graph.nodes {
            let color = colors[node.type] ?? GEXFWriter.vizColor(NodeStyle(for: node.type).fillColor)
            colors[node.type] = color
            appendNode(node, degree: graph.degree(of: node.id), color: color, columns: columns, scratch: &scratch,
                       to: &out)
            out.flush(to: &target)
        }
        out.append("    </nodes>\n    <edges count=\"")
        out.append(graph.edges.count)
        out.append("\">\n")
        graph.edges.withUnsafeBufferPointer { edges in // Edges are read in place, not copied.
            for position in edges.indices {
                appendEdge(edges[position], id: position, interval: intervals[position], columns: columns,
                           scratch: &scratch, to: &out)
                out.flush(to: &target)
            }
        }
        out.append("    </edges>\n  </graph>\n</gexf>\n")
        out.flush(to: &target, force: true)
    }

    /// The `viz:size` of a node with `degree` edges: 10 + 4·√degree, rounded to hundredths.
    public static func nodeSize(forDegree degree: Int) -> Double {
        let size = 10 + 4 * Double(max(degree, 0)).squareRoot()
        return (size * 100).rounded() / 100
    }

    /// A `first_seen` or `last_seen` value as an `xsd:date` (`YYYY-MM-DD`), or `nil` when it is not a date.
    ///
    /// `YYYY-MM-DD` is kept; `YYYY-MM` and `YYYY` become their first day, or their last day when `asEnd`;
    /// an ISO 8601 timestamp (`2021-02-10T08:00:00Z`, or with a space for the `T`) gives its date as
    /// written, whatever its time zone.
    public static func date(from text: String, asEnd: Bool) -> String? {
        let datePart = text.utf8.prefix { $0 != UInt8(ascii: "T") && $0 != UInt8(ascii: " ") }
        let fields = datePart.split(separator: UInt8(ascii: "-"), omittingEmptySubsequences: false)
        guard (1...3).contains(fields.count),
              zip(fields, [4, 2, 2]).allSatisfy({ field, length in
                  field.count == length && field.allSatisfy { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
              }),
              let year = Int(String(decoding: fields[0], as: UTF8.self))
        else { return nil }
        let month = fields.count > 1 ? Int(String(decoding: fields[1], as: UTF8.self)) ?? 0 : (asEnd ? 12 : 1)
        guard (1...12).contains(month) else { return nil }
        let lastDay = daysIn(month: month, year: year)
        let day = fields.count > 2 ? Int(String(decoding: fields[2], as: UTF8.self)) ?? 0 : (asEnd ? lastDay : 1)
        guard (1...lastDay).contains(day) else { return nil }
        return String(decoding: fields[0], as: UTF8.self) + "-" + String(month).leftPadded(to: 2) + "-"
            + String(day).leftPadded(to: 2)
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// The `start` and `end` of `edge` from its `first_seen` and `last_seen`; an end before the start is
    /// dropped.
    private static func interval(of edge: Edge) -> (start: String?, end: String?) {
        guard !edge.attributes.isEmpty else { return (nil, nil) }
        func date(_ name: String, asEnd: Bool) -> String? {
            guard case .string(let text)? = edge.attributes[name] else { return nil }
            return GEXFWriter.date(from: text, asEnd: asEnd)
        }
        let start = date("first_seen", asEnd: false)
        let end = date("last_seen", asEnd: true)
        if let start, let end, end < start { return (start, nil) }
        return (start, end)
    }

    /// The `r="…" g="…" b="…"` of a `#RRGGBB` colour, or an empty string when it is not one.
    private static func vizColor(_ hex: String) -> String {
        let digits = Array(hex.utf8.dropFirst())
        guard hex.utf8.first == UInt8(ascii: "#"), digits.count == 6 else { return "" }
        var channels: [String] = []
        for (name, offset) in [("r", 0), ("g", 2), ("b", 4)] {
            guard let value = UInt8(String(decoding: digits[offset..<offset + 2], as: UTF8.self), radix: 16) else {
                return ""
            }
            channels.append(name + "=\"" + String(value) + "\"")
        }
        return channels.joined(separator: " ")
    }

    private func appendDeclarations(_ columns: [GEXFColumn], scope: String, to out: inout TextBuffer) {
        out.append("    <attributes class=\"")
        out.append(scope)
        out.append("\">\n")
        for column in columns {
            out.append("      <attribute id=\"")
            out.append(column.name, escaping: .xmlAttribute)
            out.append("\" title=\"")
            out.append(column.name, escaping: .xmlAttribute)
            out.append("\" type=\"")
            out.append(column.type.rawValue)
            out.append("\"/>\n")
        }
        out.append("    </attributes>\n")
    }

    private func appendNode(_ node: Node, degree: Int, color: String, columns: GEXFColumns,
                            scratch: inout TextBuffer, to out: inout TextBuffer) {
        out.append("      <node id=\"")
        out.append(node.id.rawValue, escaping: .xmlAttribute)
        out.append("\" label=\"")
        out.append(node.label, escaping: .xmlAttribute)
        out.append("\">\n        <attvalues>\n")
        appendValue("type", node.type.name, to: &out)
        scratch.appendJSONArray(node.aliases)
        appendValue("aliases", GEXFWriter.take(&scratch), to: &out)
        appendValue("mentions", String(node.mentions), to: &out)
        let attributes = node.writableAttributes.sorted { GEXFColumns.precedes($0.name, $1.name, first: "documents") }
        for (name, value) in attributes {
            if let type = columns.nodeTypes[name] {
                appendValue(name, type.text(for: value), to: &out)
            }
        }
        out.append("        </attvalues>\n")
        if !color.isEmpty {
            out.append("        <viz:color ")
            out.append(color)
            out.append("/>\n")
        }
        out.append("        <viz:size value=\"")
        out.append(AttributeValue.format(GEXFWriter.nodeSize(forDegree: degree)))
        out.append("\"/>\n      </node>\n")
    }

    private func appendEdge(_ edge: Edge, id: Int, interval: (start: String?, end: String?), columns: GEXFColumns,
                            scratch: inout TextBuffer, to out: inout TextBuffer) {
        out.append("      <edge id=\"e")
        out.append(id)
        out.append("\" source=\"")
        out.append(edge.source.rawValue, escaping: .xmlAttribute)
        out.append("\" target=\"")
        out.append(edge.target.rawValue, escaping: .xmlAttribute)
        out.append("\" label=\"")
        out.append(edge.relation.name) // An identifier: nothing to escape.
        out.append("\" kind=\"")
        out.append(edge.relation.name)
        out.append("\" weight=\"")
        out.append(GraphMLType.xmlSchemaDouble(edge.weight))
        if let start = interval.start {
            out.append("\" start=\"")
            out.append(start)
        }
        if let end = interval.end {
            out.append("\" end=\"")
            out.append(end)
        }
        out.append("\">\n        <attvalues>\n")
        appendValue("relation", edge.relation.name, to: &out)
        appendValue("count", String(edge.count), to: &out)
        scratch.appendJSONArray(edge.evidence)
        appendValue("evidence", GEXFWriter.take(&scratch), to: &out)
        if let rule = edge.rule {
            appendValue("rule", rule, to: &out)
        }
        let attributes = edge.writableAttributes.sorted { GEXFColumns.precedes($0.name, $1.name, first: "hedged") }
        for (name, value) in attributes {
            if let type = columns.edgeTypes[name] {
                appendValue(name, type.text(for: value), to: &out)
            }
        }
        out.append("        </attvalues>\n      </edge>\n")
    }

    private func appendValue(_ column: String, _ value: String, to out: inout TextBuffer) {
        out.append("          <attvalue for=\"")
        out.append(column, escaping: .xmlAttribute)
        out.append("\" value=\"")
        out.append(value, escaping: .xmlAttribute)
        out.append("\"/>\n")
    }

    /// The text in `scratch`, which is left empty.
    private static func take(_ scratch: inout TextBuffer) -> String {
        var text = ""
        scratch.flush(to: &text, force: true)
        return text
    }
}

/// A GEXF attribute type, the ones relgraph's values need.
enum GEXFType: String, Sendable {
    case string, integer, long, double, boolean

    /// The type of one value: `integer` when it fits 32 bits, else `long`.
    init(_ value: AttributeValue) {
        switch value {
        case .string: self = .string
        case .int(let number): self = Int(Int32.min)...Int(Int32.max) ~= number ? .integer : .long
        case .double: self = .double
        case .boolean: self = .boolean
        }
    }

    /// The narrowest type that holds values of both `self` and `other`: `integer` and `long` widen to
    /// `long`, either with `double` to `double`, anything else mixed to `string`.
    func widened(with other: GEXFType) -> GEXFType {
        switch (self, other) {
        case _ where self == other: self
        case (.integer, .long), (.long, .integer): .long
        case (.integer, .double), (.long, .double), (.double, .integer), (.double, .long): .double
        default: .string
        }
    }

    /// `value` written as a value of this type.
    func text(for value: AttributeValue) -> String {
        switch (self, value) {
        case (.double, .double(let number)): GraphMLType.xmlSchemaDouble(number)
        default: value.text
        }
    }
}

/// One `<attribute>` declaration: a column's name (its id and title) and type.
struct GEXFColumn: Sendable {
    let name: String
    let type: GEXFType
}

/// The node and edge columns of a GEXF file: the fields, the well-known attributes (`documents`, `hedged`),
/// then every other attribute name in name order, each typed by widening the types of its values.
struct GEXFColumns: Sendable {
    private(set) var node: [GEXFColumn] = []
    private(set) var edge: [GEXFColumn] = []
    /// The type of each node attribute that is written.
    private(set) var nodeTypes: [String: GEXFType] = [:]
    /// The type of each edge attribute that is written.
    private(set) var edgeTypes: [String: GEXFType] = [:]

    init(for graph: Graph) {
        nodeTypes["documents"] = .integer
        for node in graph.nodes {
            for (name, value) in node.attributes where !ReservedAttributeNames.node.contains(name) {
                let type = GEXFType(value)
                nodeTypes[name] = nodeTypes[name].map { $0.widened(with: type) } ?? type
            }
        }
        edgeTypes["hedged"] = .boolean
        for edge in graph.edges where !edge.attributes.isEmpty {
            for (name, value) in edge.attributes where !ReservedAttributeNames.edge.contains(name) {
                let type = GEXFType(value)
                edgeTypes[name] = edgeTypes[name].map { $0.widened(with: type) } ?? type
            }
        }
        let mentions: GEXFType = graph.nodes.contains { GEXFType(.int($0.mentions)) == .long } ? .long : .integer
        let count: GEXFType = graph.edges.contains { GEXFType(.int($0.count)) == .long } ? .long : .integer
        node = [GEXFColumn(name: "type", type: .string), GEXFColumn(name: "aliases", type: .string),
                GEXFColumn(name: "mentions", type: mentions)]
            + GEXFColumns.ordered(nodeTypes, first: "documents")
        edge = [GEXFColumn(name: "relation", type: .string), GEXFColumn(name: "count", type: count),
                GEXFColumn(name: "evidence", type: .string), GEXFColumn(name: "rule", type: .string)]
            + GEXFColumns.ordered(edgeTypes, first: "hedged")
    }

    /// The columns of `types`, the one named `first` first, then by name.
    private static func ordered(_ types: [String: GEXFType], first: String) -> [GEXFColumn] {
        types.map { GEXFColumn(name: $0.key, type: $0.value) }.sorted { precedes($0.name, $1.name, first: first) }
    }

    /// Whether the attribute named `lhs` is written before `rhs`: `first` before every other, then by name.
    static func precedes(_ lhs: String, _ rhs: String, first: String) -> Bool {
        lhs == first || rhs == first ? lhs == first && rhs != first : lhs < rhs
    }
}
