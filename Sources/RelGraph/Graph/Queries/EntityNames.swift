/// A node a folded name points to.
struct EntityNameMatch: Hashable, Sendable {
    let id: NodeID
    let type: EntityType
    /// Whether the name is the node's label rather than one of its aliases.
    let isLabel: Bool
}

/// The names of a graph's nodes as a lookup needs them: in memory (``EntityIndex``) or in a saved graph's
/// index table. The lookup itself (``resolve(_:)``) is the same for both, so a name finds the same node
/// in a GraphML and in a SQLite file of one graph.
protocol EntityNames {
    associatedtype Failure: Error
    /// Whether a node has the identifier `id`.
    func hasNode(_ id: NodeID) throws(Failure) -> Bool
    /// Whether a node has the type `type`.
    func hasType(_ type: EntityType) throws(Failure) -> Bool
    /// The nodes with a label or alias that folds to `key`, labels first, then by identifier; a node once.
    func matches(forKey key: String) throws(Failure) -> [EntityNameMatch]
    /// The nodes whose names come closest to the folded `query` (see ``nameSuggestions(for:limit:)``).
    func closestNames(to query: String, ofType type: EntityType?, limit: Int) throws(Failure) -> [NodeID]
}

extension EntityNames {
    /// Resolves `query` to one node, to the nodes it could mean, or to the closest names when none matches.
    ///
    /// O(length of `query`) when something matches; otherwise the suggestions scan every name (see
    /// ``nameSuggestions(for:limit:)``).
    func resolveName(_ query: String) throws(Failure) -> EntityLookup {
        let trimmed = query.trimmingWhiteSpace()
        if try hasNode(NodeID(rawValue: trimmed)) {
            return .found(NodeID(rawValue: trimmed))
        }
        let typed = try typedForm(of: trimmed)
        if let typed, let found = try lookup(typed.name, ofType: typed.type) {
            return found
        }
        if let found = try lookup(trimmed, ofType: nil) {
            return found
        }
        if let typed {
            return .notFound(suggestions: try closestNames(to: typed.name, ofType: typed.type, limit: 5))
        }
        return .notFound(suggestions: try closestNames(to: trimmed, ofType: nil, limit: 5))
    }

    /// The nodes whose names come closest to `query`, best first, at most `limit`.
    ///
    /// Three kinds of names qualify, in this order: names in which the folded query begins a word
    /// (`leeuw` → `Frédéric Van Leeuw`); names within an edit distance of a third of the query's length,
    /// at least 1 (`Europl` → `Europol`, `Antwrepen` → `Antwerpen`: a swap of adjacent letters counts as
    /// one edit); names that contain the query elsewhere or have as many consecutive words as the query
    /// within that distance of it (`paket` → `federaal parket`). Within a kind, nodes come by normalized
    /// edit distance (edits, the rest of a name only partly matched counting as deleted, divided by the
    /// longer length), then by identifier; a node counts once, by its best name.
    /// O(total length of the names × length of the query).
    func nameSuggestions(for query: String, limit: Int) throws(Failure) -> [NodeID] {
        let trimmed = query.trimmingWhiteSpace()
        if let typed = try typedForm(of: trimmed) {
            return try closestNames(to: typed.name, ofType: typed.type, limit: limit)
        }
        return try closestNames(to: trimmed, ofType: nil, limit: limit)
    }

    private func lookup(_ name: String, ofType type: EntityType?) throws(Failure) -> EntityLookup? {
        var candidates = try matches(forKey: NameFolding.key(name))
        if let type {
            candidates.removeAll { $0.type != type }
        }
        switch candidates.count {
        case 0: return nil
        case 1: return .found(candidates[0].id)
        default: return .ambiguous(candidates.map(\.id))
        }
    }

    /// The query split as `type:name` when the part before the first colon names a type in the graph.
    private func typedForm(of query: String) throws(Failure) -> (type: EntityType, name: String)? {
        guard let colon = query.firstIndex(of: ":"),
              let type = EntityType(String(query[..<colon]).trimmingWhiteSpace().lowercased()),
              try hasType(type)
        else { return nil }
        return (type, String(query[query.index(after: colon)...]))
    }
}

extension String {
    fileprivate func trimmingWhiteSpace() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[first...last])
    }
}
