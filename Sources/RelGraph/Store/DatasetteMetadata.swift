import Foundation

/// The metadata file with which `datasette graph.sqlite --metadata FILE` shows a SQLite graph ready to
/// explore: node labels for the edges' foreign keys, facets by type and relation, the evidence sentences
/// searchable with the full FTS5 syntax (phrases, NEAR), and a short description of each table.
public enum DatasetteMetadata {
    /// The metadata, as JSON, for the database file at `databasePath` (Datasette names a database after
    /// its file, without the extension).
    public static func json(forDatabaseAt databasePath: String) -> [UInt8] {
        let database = URL(fileURLWithPath: databasePath).deletingPathExtension().lastPathComponent
        let tables: [String: Any] = [
            "nodes": ["label_column": "label", "facets": ["type"], "description": "One row per entity."],
            "edges": ["facets": ["relation"], "sort_desc": "weight", "description": "One row per edge; source and target are nodes."],
            "sentences": ["fts_table": "sentences_fts", "fts_pk": "sentence", "searchmode": "raw",
                          "description": "Every evidence sentence, once; search with words, \"phrases\", NEAR(a b, 5), prefix*."],
            "evidence": ["description": "Which sentences support which edge, in order (rank)."],
            "documents": ["label_column": "name", "description": "The documents the evidence comes from."],
        ]
        let metadata: [String: Any] = [
            "title": "relgraph graph",
            "description": "Entities, the edges between them and the sentences that are their evidence, written by relgraph.",
            "databases": [database: ["tables": tables]],
        ]
        let data = (try? JSONSerialization.data(withJSONObject: metadata, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])) ?? Data()
        return Array(data) + [0x0A]
    }
}
