/// The tables of a graph saved as SQLite (`--format sqlite`), documented in the README. A reader refuses a
/// file whose `graph` table does not name this format, or names a newer ``version``.
enum SQLiteSchema {
    /// What the `format` row of the `graph` table holds.
    static let format = "relgraph graph"
    /// The schema's version: raised whenever a table or column changes meaning.
    static let version = 1

    /// The tables, created empty before the rows go in.
    static let tables = """
        CREATE TABLE graph (name TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL);
        CREATE TABLE inputs (position INTEGER PRIMARY KEY, path TEXT NOT NULL);
        CREATE TABLE nodes (
            node INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, label TEXT NOT NULL, type TEXT NOT NULL,
            mentions INTEGER NOT NULL, documents INTEGER, ambiguous INTEGER);
        CREATE TABLE aliases (
            node INTEGER NOT NULL REFERENCES nodes(node), alias TEXT NOT NULL, PRIMARY KEY (node, alias)) WITHOUT ROWID;
        CREATE TABLE names (
            name TEXT NOT NULL, node INTEGER NOT NULL REFERENCES nodes(node), is_label INTEGER NOT NULL,
            PRIMARY KEY (name, node)) WITHOUT ROWID;
        CREATE TABLE node_attributes (
            node INTEGER NOT NULL REFERENCES nodes(node), name TEXT NOT NULL, kind TEXT NOT NULL, value,
            PRIMARY KEY (node, name)) WITHOUT ROWID;
        CREATE TABLE edges (
            edge INTEGER PRIMARY KEY, source INTEGER NOT NULL REFERENCES nodes(node),
            target INTEGER NOT NULL REFERENCES nodes(node), relation TEXT NOT NULL, weight REAL,
            count INTEGER NOT NULL, rule TEXT, hedged INTEGER, documents INTEGER, first_seen TEXT, last_seen TEXT);
        CREATE TABLE edge_attributes (
            edge INTEGER NOT NULL REFERENCES edges(edge), name TEXT NOT NULL, kind TEXT NOT NULL, value,
            PRIMARY KEY (edge, name)) WITHOUT ROWID;
        CREATE TABLE documents (document INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
        CREATE TABLE sentences (
            sentence INTEGER PRIMARY KEY, document INTEGER NOT NULL REFERENCES documents(document),
            position INTEGER NOT NULL, text TEXT NOT NULL);
        CREATE TABLE evidence (
            edge INTEGER NOT NULL REFERENCES edges(edge), rank INTEGER NOT NULL,
            sentence INTEGER NOT NULL REFERENCES sentences(sentence), PRIMARY KEY (edge, rank)) WITHOUT ROWID;
        """

    /// The indexes and the full-text index, built once the rows are in (faster than row by row).
    static let indexes = """
        CREATE INDEX edges_by_source ON edges (source, target);
        CREATE INDEX edges_by_target ON edges (target, source);
        CREATE INDEX nodes_by_type ON nodes (type);
        CREATE INDEX evidence_by_sentence ON evidence (sentence);
        CREATE VIRTUAL TABLE sentences_fts USING fts5 (text, content="sentences", content_rowid="sentence", detail=full);
        INSERT INTO sentences_fts (sentences_fts) VALUES ('rebuild');
        """

    /// The tables a relgraph graph has, to tell one from another SQLite file.
    static let tableNames: Set<String> = ["graph", "inputs", "nodes", "aliases", "names", "node_attributes", "edges",
                                          "edge_attributes", "documents", "sentences", "evidence", "sentences_fts"]
}
