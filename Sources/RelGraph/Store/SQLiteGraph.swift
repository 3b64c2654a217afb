import Foundation

/// A graph saved as SQLite (``SQLiteSchema``), opened read-only, answering the query commands from its
/// indexes: a question reads the rows it needs (an entity's edges, the evidence of the edges it shows),
/// never the whole graph, and the file is never changed. Errors say what is wrong with the file: not a
/// relgraph graph, written by a newer relgraph, damaged, or locked by a program writing it.
public final class SQLiteGraph {
    /// The file.
    public let path: String
    public let metadata: GraphMetadata
    let database: SQLiteDatabase
    private var statements: [String: SQLiteStatement] = [:]
    private var nodesByKey: [Int: Node] = [:]
    private var keysByID: [NodeID: Int] = [:]
    private var fullNodes: [Int: Node] = [:]
    private var allNames: EntityIndex?

    /// Opens the graph at `path`, checking that it is one relgraph can read.
    public init(path: String) throws(GraphReadError) {
        try GraphFile.requireReadable(path)
        self.path = path
        try Self.requireWhole(path)
        do {
            database = try SQLiteDatabase(path: path, access: .readOnly)
            let tables = try Self.tableNames(in: database)
            guard tables.isSuperset(of: SQLiteSchema.tableNames) else {
                throw GraphReadError(path: path, message: tables.contains("graph")
                    ? "a SQLite database, but not a graph relgraph wrote (tables missing: \(SQLiteSchema.tableNames.subtracting(tables).sorted().joined(separator: ", "))); write one with `relgraph build --format sqlite`"
                    : "a SQLite database, but not a graph relgraph wrote; write one with `relgraph build --format sqlite`")
            }
            var values: [String: String] = [:]
            let rows = try database.prepare("SELECT name, value FROM graph")
            while try rows.step() { values[rows.text(0)] = rows.text(1) }
            guard values["format"] == SQLiteSchema.format, let version = values["schema_version"].flatMap({ Int($0) }) else {
                throw GraphReadError(path: path, message: "a SQLite database, but not a graph relgraph wrote (its graph table does not say format '\(SQLiteSchema.format)'); write one with `relgraph build --format sqlite`")
            }
            guard version <= SQLiteSchema.version else {
                throw GraphReadError(path: path, message: "written by a newer relgraph (schema version \(version); this one reads up to \(SQLiteSchema.version)); update relgraph, or write the graph as GraphML")
            }
            var inputs: [String] = []
            let input = try database.prepare("SELECT path FROM inputs ORDER BY position")
            while try input.step() { inputs.append(input.text(0)) }
            metadata = GraphMetadata(generator: values["generator"] ?? "", inputs: inputs)
        } catch let error as GraphReadError {
            throw error
        } catch let error as SQLiteError {
            throw Self.readError(error, path: path)
        } catch {
            throw GraphReadError(path: path, message: "\(error)")
        }
    }

    /// Refuses a pipe, and a file shorter than its header says (a copy cut short): SQLite would read what
    /// is there and fail, or not, only when a query reaches the missing pages.
    private static func requireWhole(_ path: String) throws(GraphReadError) {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else { return }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return }
        guard status.st_mode & S_IFMT == S_IFREG else {
            throw GraphReadError(path: path, message: "a SQLite graph is read where it lies, so it must be a regular file, not a pipe; save it to a file first")
        }
        var header = [UInt8](repeating: 0, count: 32)
        guard read(descriptor, &header, 32) == 32,
              header.prefix(16).elementsEqual("SQLite format 3\0".utf8)
        else { return }
        let pageSize = header[16] == 0 && header[17] == 1 ? 65_536 : Int(header[16]) << 8 | Int(header[17])
        let pages = header[28..<32].reduce(0) { $0 << 8 | Int($1) }
        let expected = pageSize * pages
        if Int(status.st_size) < expected {
            throw GraphReadError(path: path, message: "cut short: it holds \(status.st_size) bytes of the \(expected) its header promises; copy or write it again")
        }
    }

    /// `error` said as what it means for the file at `path`.
    static func readError(_ error: SQLiteError, path: String) -> GraphReadError {
        if error.isLocked {
            return GraphReadError(path: path, message: "locked by a program that is writing it; try again once it is done")
        }
        if error.isDamaged {
            return GraphReadError(path: path, message: "not a SQLite database, or a damaged one (\(error.message)); write it again with `relgraph build --format sqlite`")
        }
        return GraphReadError(path: path, message: "cannot be read as a SQLite graph: \(error.message)")
    }

    private static func tableNames(in database: SQLiteDatabase) throws(SQLiteError) -> Set<String> {
        var names = Set<String>()
        let rows = try database.prepare("SELECT name FROM sqlite_master WHERE type = 'table'")
        while try rows.step() { names.insert(rows.text(0)) }
        return names
    }

    /// Runs `body` and turns SQLite's errors into ``GraphReadError``s about this file.
    func reading<T>(_ body: () throws(SQLiteError) -> T) throws(GraphReadError) -> T {
        do {
            return try body()
        } catch {
            throw Self.readError(error, path: path)
        }
    }

    /// The prepared statement for `sql`, prepared once per graph.
    func statement(_ sql: String) throws(SQLiteError) -> SQLiteStatement {
        if let prepared = statements[sql] { return prepared }
        let prepared = try database.prepare(sql)
        statements[sql] = prepared
        return prepared
    }

    // MARK: Nodes

    /// The key (row number) of the node `id`, if the graph has it.
    func key(of id: NodeID) throws(SQLiteError) -> Int? {
        if let key = keysByID[id] { return key }
        let row = try statement("SELECT node FROM nodes WHERE id = ?")
        try row.bind(.text(id.rawValue))
        guard try row.step() else { return nil }
        let key = row.int(0)
        keysByID[id] = key
        return key
    }

    /// The node with key `key` as a traversal needs it: id, label, type and mentions, without aliases or
    /// attributes (``fullNode(key:)`` has them).
    func briefNode(key: Int) throws(SQLiteError) -> Node? {
        if let node = nodesByKey[key] { return node }
        let row = try statement("SELECT id, label, type, mentions FROM nodes WHERE node = ?")
        try row.bind(.integer(key))
        guard try row.step(), let type = EntityType(row.text(2)) else { return nil }
        return remember(Node(id: NodeID(rawValue: row.text(0)), label: row.text(1), type: type, aliases: [],
                             mentions: row.int(3), attributes: [:]), key: key)
    }

    /// Files a brief node read along with an edge.
    func remember(_ node: Node, key: Int) -> Node {
        nodesByKey[key] = node
        keysByID[node.id] = key
        return node
    }

    /// The brief node already read under `key`, if any.
    func knownNode(key: Int) -> Node? { nodesByKey[key] }

    /// The node with key `key`, with its aliases and attributes.
    func fullNode(key: Int) throws(SQLiteError) -> Node? {
        if let node = fullNodes[key] { return node }
        let row = try statement("SELECT id, label, type, mentions, documents, ambiguous FROM nodes WHERE node = ?")
        try row.bind(.integer(key))
        guard try row.step(), let type = EntityType(row.text(2)) else { return nil }
        var attributes = try self.attributes(of: key, in: "node_attributes", keyColumn: "node")
        if !row.isNull(4) { attributes["documents"] = .int(row.int(4)) }
        if !row.isNull(5) { attributes["ambiguous"] = .boolean(row.int(5) != 0) }
        let (id, label, mentions) = (NodeID(rawValue: row.text(0)), row.text(1), row.int(3))
        var aliases: [String] = []
        let alias = try statement("SELECT alias FROM aliases WHERE node = ?")
        try alias.bind(.integer(key))
        while try alias.step() { aliases.append(alias.text(0)) }
        let node = Node(id: id, label: label, type: type, aliases: aliases, mentions: mentions, attributes: attributes)
        fullNodes[key] = node
        return node
    }

    /// The attributes without a column of their own, of row `key` of `table`.
    func attributes(of key: Int, in table: String, keyColumn: String) throws(SQLiteError) -> [String: AttributeValue] {
        let row = try statement("SELECT name, kind, value FROM \(table) WHERE \(keyColumn) = ?")
        try row.bind(.integer(key))
        var attributes: [String: AttributeValue] = [:]
        while try row.step() {
            let name = row.text(0)
            switch row.text(1) {
            case "int": attributes[name] = .int(row.int(2))
            case "double": attributes[name] = .double(row.double(2))
            case "boolean": attributes[name] = .boolean(row.int(2) != 0)
            default: attributes[name] = .string(row.text(2))
            }
        }
        return attributes
    }
}

extension SQLiteGraph: EntityNames {
    func hasNode(_ id: NodeID) throws(SQLiteError) -> Bool { try key(of: id) != nil }

    func hasType(_ type: EntityType) throws(SQLiteError) -> Bool {
        let row = try statement("SELECT 1 FROM nodes WHERE type = ? LIMIT 1")
        try row.bind(.text(type.name))
        return try row.step()
    }

    func matches(forKey key: String) throws(SQLiteError) -> [EntityNameMatch] {
        let row = try statement("SELECT nodes.id, nodes.type, names.is_label FROM names JOIN nodes ON nodes.node = names.node WHERE names.name = ?")
        try row.bind(.text(key))
        var matches: [EntityNameMatch] = []
        while try row.step() {
            guard let type = EntityType(row.text(1)) else { continue }
            matches.append(EntityNameMatch(id: NodeID(rawValue: row.text(0)), type: type, isLabel: row.int(2) != 0))
        }
        return matches.sorted { ($0.isLabel ? 0 : 1, $0.id) < ($1.isLabel ? 0 : 1, $1.id) }
    }

    /// The closest names, from an index of every name read once (only when a name matched nothing).
    func closestNames(to query: String, ofType type: EntityType?, limit: Int) throws(SQLiteError) -> [NodeID] {
        if allNames == nil {
            var aliases: [Int: [String]] = [:]
            let alias = try statement("SELECT node, alias FROM aliases")
            try alias.bind()
            while try alias.step() { aliases[alias.int(0), default: []].append(alias.text(1)) }
            var nodes: [Node] = []
            let row = try statement("SELECT node, id, label, type FROM nodes ORDER BY node")
            try row.bind()
            while try row.step() {
                guard let type = EntityType(row.text(3)) else { continue }
                nodes.append(Node(id: NodeID(rawValue: row.text(1)), label: row.text(2), type: type,
                                  aliases: aliases[row.int(0)] ?? [], mentions: 0, attributes: [:]))
            }
            allNames = EntityIndex(indexing: nodes)
        }
        return allNames?.closestNames(to: query, ofType: type, limit: limit) ?? []
    }
}

extension SQLiteGraph {
    /// Whether the file at `path` is meant as a SQLite graph: a `.sqlite`, `.sqlite3` or `.db` name, or
    /// SQLite's header in its first bytes.
    public static func isDatabase(at path: String) -> Bool {
        let name = path.lowercased()
        if name.hasSuffix(".sqlite") || name.hasSuffix(".sqlite3") || name.hasSuffix(".db") { return true }
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { return false }
        var header = [UInt8](repeating: 0, count: 16)
        return read(descriptor, &header, 16) == 16 && header == Array("SQLite format 3\0".utf8)
    }
}
