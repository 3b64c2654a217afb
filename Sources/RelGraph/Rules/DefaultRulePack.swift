/// The rule pack built into relgraph: gazetteers of places, agencies, platforms and media, and the
/// entity and relation patterns for Dutch and English news, kept in the binary as text so that a
/// release binary copied alone to another folder still has them.
public enum DefaultRulePack {
    /// The gazetteer tables, each with the name it is reported under.
    static let gazetteers: [(name: String, table: String)] = [
        ("places.tsv", places), ("agencies.tsv", agencies), ("platforms.tsv", platforms), ("media.tsv", media),
    ]
}
