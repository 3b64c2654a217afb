/// Writes a graph into an empty SQLite file (``SQLiteSchema``): rows in the graph's order (nodes by id,
/// edges by key, sentences and their documents as the edges first cite them, each sentence stored once
/// however many edges cite it), then the indexes and the full-text index over the sentences. The file is built
/// with `journal_mode=OFF`, so no `-journal` or `-wal` file ever appears beside it, and is left in the
/// default `DELETE` mode for its readers.
struct SQLiteGraphWriter {
    /// Fills the empty database file at `path` with `graph`.
    func write(_ graph: Graph, toEmptyFileAt path: String) throws(SQLiteError) {
        let database = try SQLiteDatabase(path: path, access: .readWrite)
        try database.execute("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA cache_size = -65536; BEGIN;")
        try database.execute(SQLiteSchema.tables)
        try writeMetadata(graph.metadata, into: database)
        try writeNodes(graph.nodes, into: database)
        try writeEdges(graph.edges, nodes: graph.nodes, into: database)
        try database.execute(SQLiteSchema.indexes)
        try database.execute("COMMIT; PRAGMA journal_mode = DELETE;")
    }

    private func writeMetadata(_ metadata: GraphMetadata, into database: SQLiteDatabase) throws(SQLiteError) {
        let row = try database.prepare("INSERT INTO graph (name, value) VALUES (?, ?)")
        try row.run(.text("format"), .text(SQLiteSchema.format))
        try row.run(.text("schema_version"), .text(String(SQLiteSchema.version)))
        try row.run(.text("generator"), .text(metadata.generator))
        let input = try database.prepare("INSERT INTO inputs (position, path) VALUES (?, ?)")
        for (position, path) in metadata.inputs.enumerated() {
            try input.run(.integer(position + 1), .text(path))
        }
    }

    private func writeNodes(_ nodes: [Node], into database: SQLiteDatabase) throws(SQLiteError) {
        let row = try database.prepare("INSERT INTO nodes (node, id, label, type, mentions, documents, ambiguous) VALUES (?, ?, ?, ?, ?, ?, ?)")
        let alias = try database.prepare("INSERT INTO aliases (node, alias) VALUES (?, ?)")
        let name = try database.prepare("INSERT OR IGNORE INTO names (name, node, is_label) VALUES (?, ?, ?)")
        let attribute = try database.prepare("INSERT INTO node_attributes (node, name, kind, value) VALUES (?, ?, ?, ?)")
        for (position, node) in nodes.enumerated() {
            let key = position + 1
            var attributes = node.attributes
            let documents = Self.take("documents", from: &attributes, as: .int)
            let ambiguous = Self.take("ambiguous", from: &attributes, as: .boolean)
            try row.run(.integer(key), .text(node.id.rawValue), .text(node.label), .text(node.type.name),
                        .integer(node.mentions), documents, ambiguous)
            for text in node.aliases { try alias.run(.integer(key), .text(text)) }
            for (text, isLabel) in [(node.label, 1)] + node.aliases.map({ ($0, 0) }) {
                let folded = NameFolding.key(text)
                if !folded.isEmpty { try name.run(.text(folded), .integer(key), .integer(isLabel)) }
            }
            try Self.write(attributes, of: key, with: attribute)
        }
    }

    private func writeEdges(_ edges: [Edge], nodes: [Node], into database: SQLiteDatabase) throws(SQLiteError) {
        var nodeKeys: [NodeID: Int] = [:]
        nodeKeys.reserveCapacity(nodes.count)
        for (position, node) in nodes.enumerated() { nodeKeys[node.id] = position + 1 }
        let document = try database.prepare("INSERT INTO documents (document, name) VALUES (?, ?)")
        var documentKeys: [String: Int] = [:]

        let row = try database.prepare("""
            INSERT INTO edges (edge, source, target, relation, weight, count, rule, hedged, documents, first_seen, last_seen)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let attribute = try database.prepare("INSERT INTO edge_attributes (edge, name, kind, value) VALUES (?, ?, ?, ?)")
        let sentence = try database.prepare("INSERT INTO sentences (sentence, document, position, text) VALUES (?, ?, ?, ?)")
        let evidence = try database.prepare("INSERT INTO evidence (edge, rank, sentence) VALUES (?, ?, ?)")
        var sentenceKeys: [Evidence: Int] = [:]
        sentenceKeys.reserveCapacity(edges.count)
        for (position, edge) in edges.enumerated() {
            let key = position + 1
            guard let source = nodeKeys[edge.source], let target = nodeKeys[edge.target] else { continue }
            var attributes = edge.attributes
            let hedged = Self.take("hedged", from: &attributes, as: .boolean)
            let documents = Self.take("documents", from: &attributes, as: .int)
            let firstSeen = Self.take("first_seen", from: &attributes, as: .string)
            let lastSeen = Self.take("last_seen", from: &attributes, as: .string)
            try row.run(.integer(key), .integer(source), .integer(target), .text(edge.relation.name), .real(edge.weight),
                        .integer(edge.count), edge.rule.map(SQLiteValue.text) ?? .null, hedged, documents, firstSeen, lastSeen)
            try Self.write(attributes, of: key, with: attribute)
            for (rank, piece) in edge.evidence.enumerated() {
                let sentenceKey: Int
                if let known = sentenceKeys[piece] {
                    sentenceKey = known
                } else {
                    sentenceKey = sentenceKeys.count + 1
                    sentenceKeys[piece] = sentenceKey
                    let documentKey: Int
                    if let known = documentKeys[piece.document] {
                        documentKey = known
                    } else {
                        documentKey = documentKeys.count + 1
                        documentKeys[piece.document] = documentKey
                        try document.run(.integer(documentKey), .text(piece.document))
                    }
                    try sentence.run(.integer(sentenceKey), .integer(documentKey), .integer(piece.sentence), .text(piece.text))
                }
                try evidence.run(.integer(key), .integer(rank + 1), .integer(sentenceKey))
            }
        }
    }

    /// The kinds an attribute's value has, as the `kind` column names them.
    enum Kind: String {
        case string, int, double, boolean
    }

    /// Removes attribute `name` from `attributes` and returns it as a column value if it has the kind its
    /// typed column holds; otherwise leaves it for the attribute table and returns NULL.
    private static func take(_ name: String, from attributes: inout [String: AttributeValue], as kind: Kind) -> SQLiteValue {
        switch (attributes[name], kind) {
        case (.string(let text)?, .string): attributes[name] = nil; return .text(text)
        case (.int(let number)?, .int): attributes[name] = nil; return .integer(number)
        case (.boolean(let flag)?, .boolean): attributes[name] = nil; return .integer(flag ? 1 : 0)
        default: return .null
        }
    }

    /// Writes the attributes left over (those without a column of their own), by name.
    private static func write(_ attributes: [String: AttributeValue], of key: Int, with statement: SQLiteStatement) throws(SQLiteError) {
        for (name, value) in attributes.sorted(by: { $0.key.utf8Precedes($1.key) }) {
            let (kind, stored): (Kind, SQLiteValue) = switch value {
            case .string(let text): (.string, .text(text))
            case .int(let number): (.int, .integer(number))
            case .double(let number): (.double, .real(number))
            case .boolean(let flag): (.boolean, .integer(flag ? 1 : 0))
            }
            try statement.run(.integer(key), .text(name), .text(kind.rawValue), stored)
        }
    }
}
