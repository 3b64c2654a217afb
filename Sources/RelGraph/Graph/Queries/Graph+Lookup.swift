extension Graph {
    /// Resolves a name typed by a user to a node, as ``EntityIndex/resolve(_:)`` does.
    ///
    /// Builds a throw-away ``EntityIndex``, so it costs O(total length of the names); to resolve several
    /// names, build the index once with ``EntityIndex/init(indexing:)``.
    public func resolve(_ query: String) -> EntityLookup {
        EntityIndex(indexing: self).resolve(query)
    }
}
