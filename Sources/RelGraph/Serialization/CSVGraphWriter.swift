// CSV (RFC 4180, https://www.rfc-editor.org/rfc/rfc4180) tables of a graph, for spreadsheets and for the
// table imports of i2 Analyst's Notebook and Maltego.
//
// Three tables, each with a header row: nodes (`id,label,type,mentions,documents,aliases`), edges
// (`source,target,source_label,target_label,relation,weight,count,rule,hedged,first_seen,last_seen`) and
// evidence (`source,target,relation,document,sentence,text`, one row per piece of evidence), in the graph's
// order. A field is quoted when it holds a comma, a double quote, a carriage return or a line feed, with
// its quotes doubled; every other field is written bare. Records end with CRLF, as RFC 4180 says and
// Excel and i2 expect; a line break inside a field is kept as it is, inside the quotes. Text is UTF-8
// without a byte-order mark. `aliases` is a JSON array of strings in one field, so that an alias holding
// any separator reads back unchanged; a missing value (`documents`, `rule`, `hedged`, a date) is an empty
// field.
//
// Not supported: node and edge attributes other than the columns above (write GraphML, GEXF or JSON for
// those); other delimiters; a byte-order mark (Excel needs Data › From Text/CSV with UTF-8 to read
// non-ASCII); guarding against spreadsheet formula injection (a label starting with `=`, `+`, `-` or `@` is
// written as it is, so that the tables read back to the same values; import untrusted tables as text).

/// Writes a graph as three CSV tables: nodes, edges and the evidence for each edge.
public struct CSVGraphWriter: Sendable {
    /// The header of the nodes table.
    public static let nodeColumns = ["id", "label", "type", "mentions", "documents", "aliases"]
    /// The header of the edges table.
    public static let edgeColumns = ["source", "target", "source_label", "target_label", "relation", "weight",
                                     "count", "rule", "hedged", "first_seen", "last_seen"]
    /// The header of the evidence table.
    public static let evidenceColumns = ["source", "target", "relation", "document", "sentence", "text"]

    /// The header rows of the three tables as written, by which relgraph knows its own tables when a
    /// later run meets them among its inputs.
    public static let headerRows: [[UInt8]] = [nodeColumns, edgeColumns, evidenceColumns].map { Array(CSVTable(header: $0).text.utf8) }

    /// Creates a CSV writer.
    public init() {}

    /// The three tables for `graph`, each a whole CSV file with its header row.
    public func tables(for graph: Graph) -> (nodes: String, edges: String, evidence: String) {
        var nodes = CSVTable(header: CSVGraphWriter.nodeColumns)
        var json = TextBuffer()
        for node in graph.nodes {
            json.appendJSONArray(node.aliases)
            var aliases = ""
            json.flush(to: &aliases, force: true)
            nodes.appendRow([node.id.rawValue, node.label, node.type.name, String(node.mentions),
                             CSVGraphWriter.text(node.attributes["documents"]), aliases])
        }
        var edges = CSVTable(header: CSVGraphWriter.edgeColumns)
        var evidence = CSVTable(header: CSVGraphWriter.evidenceColumns)
        for edge in graph.edges {
            let (source, target, relation) = (edge.source.rawValue, edge.target.rawValue, edge.relation.name)
            edges.appendRow([source, target, graph.node(edge.source)?.label ?? "", graph.node(edge.target)?.label ?? "",
                             relation, AttributeValue.format(edge.weight), String(edge.count), edge.rule ?? "",
                             CSVGraphWriter.text(edge.attributes["hedged"]),
                             CSVGraphWriter.text(edge.attributes["first_seen"]),
                             CSVGraphWriter.text(edge.attributes["last_seen"])])
            for piece in edge.evidence {
                evidence.appendRow([source, target, relation, piece.document, String(piece.sentence), piece.text])
            }
        }
        return (nodes.text, edges.text, evidence.text)
    }

    /// An attribute's value as a field: its text, or empty when it is missing.
    private static func text(_ value: AttributeValue?) -> String {
        value?.text ?? ""
    }
}

/// One CSV table being written: records of RFC 4180 fields, each ended by CRLF.
struct CSVTable {
    /// The table so far.
    private(set) var text = ""

    /// Starts a table with `header` as its first record.
    init(header: [String]) {
        appendRow(header)
    }

    /// Appends one record.
    mutating func appendRow(_ fields: [String]) {
        for (position, field) in fields.enumerated() {
            if position > 0 { text.append(",") }
            CSVTable.append(field, to: &text)
        }
        text.append("\r\n")
    }

    /// Appends `field`, quoted with its quotes doubled when it holds a comma, quote, CR or LF.
    static func append(_ field: String, to text: inout String) {
        let needsQuotes = field.utf8.contains { byte in
            byte == UInt8(ascii: ",") || byte == UInt8(ascii: "\"") || byte == 0x0A || byte == 0x0D
        }
        guard needsQuotes else {
            text.append(field)
            return
        }
        text.append("\"")
        for character in field.unicodeScalars {
            if character == "\"" { text.unicodeScalars.append("\"") }
            text.unicodeScalars.append(character)
        }
        text.append("\"")
    }
}
