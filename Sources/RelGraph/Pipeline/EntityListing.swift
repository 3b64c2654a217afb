/// What was recognised, entity by entity: how often, in which documents and under which surface forms,
/// so that a user can see, and correct, what was merged.
public struct EntityListing: Sendable {
    /// One recognised entity.
    public struct Entry: Sendable, Equatable {
        /// The entity.
        public let entity: EntityReference
        /// How many times it was mentioned.
        public let mentions: Int
        /// The documents that mention it, sorted.
        public let documents: [String]
        /// The surface forms merged into it, sorted.
        public let surfaces: [String]
    }

    private var tallies: [EntityReference: (mentions: Int, documents: Set<String>, surfaces: Set<String>)] = [:]

    /// An empty listing.
    public init() {}

    /// Adds the mentions of `analysis`.
    public mutating func add(_ analysis: DocumentAnalysis) {
        for mention in analysis.sentences.lazy.flatMap(\.mentions) {
            var tally = tallies[mention.entity] ?? (0, [], [])
            tally.mentions += 1
            tally.documents.insert(analysis.document)
            tally.surfaces.insert(mention.surface)
            tallies[mention.entity] = tally
        }
    }

    /// The entities, by type and then name.
    public var entries: [Entry] {
        tallies.map { entity, tally in
            Entry(entity: entity, mentions: tally.mentions, documents: tally.documents.sorted(), surfaces: tally.surfaces.sorted())
        }.sorted { $0.entity < $1.entity }
    }
}
