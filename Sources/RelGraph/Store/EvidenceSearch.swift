/// A sentence that matches a full-text search, with the edges it is evidence for.
public struct EvidenceHit: Sendable {
    /// The document the sentence is from.
    public let document: String
    /// The sentence's index in its document.
    public let sentence: Int
    /// The sentence.
    public let text: String
    /// SQLite's BM25 score: lower is a better match.
    public let score: Double
    /// The edges the sentence supports (without their evidence), in the graph's edge order.
    public let edges: [Edge]
}

/// A full-text query SQLite's FTS5 refused, with its message.
public struct SearchQueryError: Error, Sendable {
    public let query: String
    public let message: String
}

extension SearchQueryError: CustomStringConvertible {
    public var description: String {
        "'\(query)' is not a search relgraph understands (\(message)); use words, \"a phrase\", AND, OR, NOT, NEAR(a b, 5) and prefix*, and quote words with punctuation"
    }
}

extension SQLiteGraph {
    /// The evidence sentences that match `query` (FTS5 syntax: words, "phrases", AND/OR/NOT, NEAR,
    /// prefix*), best first (BM25, then order of storage), each with the edges it supports. A sentence is
    /// listed only if one of its edges passes `relations` and touches an entity of `types` (empty sets let
    /// everything pass); at most `limit` sentences.
    public func search(_ query: String, types: Set<EntityType> = [], relations: Set<RelationType> = [],
                       limit: Int) throws -> [EvidenceHit] {
        let matches: SQLiteStatement
        do {
            matches = try statement("""
                SELECT sentences.sentence, documents.name, sentences.position, sentences.text, bm25(sentences_fts) AS score
                FROM sentences_fts JOIN sentences ON sentences.sentence = sentences_fts.rowid
                JOIN documents ON documents.document = sentences.document
                WHERE sentences_fts MATCH ?1 ORDER BY score, sentences.sentence
                """)
            try matches.bind(.text(query))
        } catch {
            throw SQLiteGraph.readError(error, path: path)
        }
        var hits: [EvidenceHit] = []
        while hits.count < limit {
            let more: Bool
            do {
                more = try matches.step()
            } catch where !error.isLocked && !error.isDamaged {
                throw SearchQueryError(query: query, message: error.message)
            } catch {
                throw SQLiteGraph.readError(error, path: path)
            }
            guard more else { break }
            let (key, document, position, text, score) = (matches.int(0), matches.text(1), matches.int(2), matches.text(3), matches.double(4))
            let edges = try reading { () throws(SQLiteError) in try supportedEdges(bySentence: key) }
            let passing = edges.filter { edge in
                (relations.isEmpty || relations.contains(edge.edge.relation))
                    && (types.isEmpty || types.contains(edge.sourceType) || types.contains(edge.targetType))
            }
            guard !passing.isEmpty || (types.isEmpty && relations.isEmpty) else { continue }
            hits.append(EvidenceHit(document: document, sentence: position, text: text, score: score, edges: edges.map(\.edge)))
        }
        return hits
    }

    private func supportedEdges(bySentence key: Int) throws(SQLiteError) -> [(edge: Edge, sourceType: EntityType, targetType: EntityType)] {
        let row = try statement("""
            SELECT source.id, source.type, target.id, target.type, edges.relation, edges.weight, edges.count, edges.rule
            FROM evidence JOIN edges ON edges.edge = evidence.edge
            JOIN nodes AS source ON source.node = edges.source JOIN nodes AS target ON target.node = edges.target
            WHERE evidence.sentence = ? ORDER BY edges.edge
            """)
        try row.bind(.integer(key))
        var edges: [(edge: Edge, sourceType: EntityType, targetType: EntityType)] = []
        while try row.step() {
            guard let sourceType = EntityType(row.text(1)), let targetType = EntityType(row.text(3)),
                  let relation = RelationType(row.text(4))
            else { continue }
            let edgeKey = EdgeKey(source: NodeID(rawValue: row.text(0)), relation: relation, target: NodeID(rawValue: row.text(2)))
            let edge = Edge(key: edgeKey, weight: row.double(5), count: row.int(6), evidence: [], rule: row.isNull(7) ? nil : row.text(7))
            edges.append((edge, sourceType, targetType))
        }
        return edges
    }
}
