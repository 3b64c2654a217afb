/// The names of a graph's nodes, folded and filed once so that a name typed by a user resolves without
/// a scan.
///
/// A query matches a node by its identifier as it is (`person.Fr-C3-A9d-C3-A9ric_Van_Leeuw`, which wins over
/// everything else), or by its label or any alias folded (Unicode NFKD, combining marks dropped, lower
/// case, and runs of white space, `-`, `.` and `_` as one space: `"frederic van-leeuw"` finds
/// `Frédéric Van Leeuw`). The form `type:name` (`region:Limburg`, `platform:sky_ecc`) restricts the match
/// to nodes of that type; when `type` names no type in the graph, or nothing of that type matches, the
/// whole query is taken as a name. When several nodes carry the name, as a label or as an alias, the
/// lookup is ambiguous even if only one has it as its label: the user says which, rather than the index
/// guessing.
///
/// The index takes O(total length of labels and aliases) memory and time to build.
public struct EntityIndex: EntityNames, Sendable {
    /// A folded name and the node it belongs to, for the suggestion scan.
    private struct Name: Sendable {
        let folded: [Unicode.Scalar]
        let id: NodeID
        let type: EntityType
    }

    private let identifiers: Set<NodeID>
    private let types: Set<EntityType>
    /// Folded label or alias → the nodes carrying it: labels first, then by identifier, each node once.
    private let matches: [String: [EntityNameMatch]]
    /// Every distinct (folded name, node) pair, in identifier order.
    private let names: [Name]

    /// Files the identifiers, labels and aliases of every node of `graph`. O(total length of the names).
    public init(indexing graph: Graph) {
        self.init(indexing: graph.nodes)
    }

    /// The index of `nodes`' names.
    init(indexing nodes: [Node]) {
        var identifiers = Set<NodeID>(minimumCapacity: nodes.count)
        var types = Set<EntityType>()
        var matches: [String: [EntityNameMatch]] = [:]
        var names: [Name] = []
        for node in nodes {
            identifiers.insert(node.id)
            types.insert(node.type)
            var seen = Set<String>()
            for (name, isLabel) in [(node.label, true)] + node.aliases.map({ ($0, false) }) {
                let folded = NameFolding.fold(name)
                let key = NameFolding.key(folded)
                guard !key.isEmpty, seen.insert(key).inserted else { continue }
                matches[key, default: []].append(EntityNameMatch(id: node.id, type: node.type, isLabel: isLabel))
                names.append(Name(folded: folded, id: node.id, type: node.type))
            }
        }
        for (key, list) in matches where list.count > 1 {
            matches[key] = list.sorted { ($0.isLabel ? 0 : 1, $0.id) < ($1.isLabel ? 0 : 1, $1.id) }
        }
        self.identifiers = identifiers
        self.types = types
        self.matches = matches
        self.names = names
    }

    /// Resolves `query` to one node, to the nodes it could mean, or to the closest names when none matches
    /// (see ``EntityNames``).
    public func resolve(_ query: String) -> EntityLookup {
        resolveName(query)
    }

    /// The nodes whose names come closest to `query`, best first, at most `limit`.
    public func suggestions(for query: String, limit: Int = 5) -> [NodeID] {
        nameSuggestions(for: query, limit: limit)
    }

    func hasNode(_ id: NodeID) -> Bool { identifiers.contains(id) }

    func hasType(_ type: EntityType) -> Bool { types.contains(type) }

    func matches(forKey key: String) -> [EntityNameMatch] { matches[key] ?? [] }

    func closestNames(to query: String, ofType type: EntityType?, limit: Int) -> [NodeID] {
        let folded = NameFolding.fold(query)
        guard !folded.isEmpty, limit > 0 else { return [] }
        let editLimit = max(1, folded.count / 3)
        var best: [NodeID: Score] = [:]
        for name in names where type == nil || name.type == type {
            guard let score = Score(query: folded, name: name.folded, editLimit: editLimit) else { continue }
            if let kept = best[name.id], kept <= score { continue }
            best[name.id] = score
        }
        return best.sorted { ($0.value, $0.key) < ($1.value, $1.key) }.prefix(limit).map(\.key)
    }

    /// How close a name comes to a query: its kind of hit, then its normalized edit distance.
    private struct Score: Comparable {
        /// 0 when the query begins a word of the name, 1 when the whole name is a near spelling of it,
        /// 2 when part of the name is the query or a near spelling of it.
        let kind: Int
        /// The edits turning the name into the query (the rest of a name only partly matched counting
        /// as deleted), divided by the longer length.
        let distance: Double

        init?(query: [Unicode.Scalar], name: [Unicode.Scalar], editLimit: Int) {
            let longer = Double(max(query.count, name.count))
            let occurrence = Self.occurrence(of: query, in: name)
            if occurrence == true {
                (kind, distance) = (0, Double(name.count - query.count) / longer)
            } else if let edits = EditDistance.between(query, name, limit: editLimit) {
                (kind, distance) = (1, Double(edits) / longer)
            } else {
                var edits = occurrence == false ? name.count - query.count : nil
                if let near = Self.nearestWords(to: query, in: name, limit: editLimit) {
                    edits = min(edits ?? near, near)
                }
                guard let edits else { return nil }
                (kind, distance) = (2, Double(edits) / longer)
            }
        }

        static func < (lhs: Score, rhs: Score) -> Bool {
            (lhs.kind, lhs.distance) < (rhs.kind, rhs.distance)
        }

        /// The fewest edits turning `name` into `query` by respelling as many consecutive words of `name`
        /// as `query` has, within `limit` edits, and deleting the other words; `nil` when no run of words
        /// is that close or the name has no more words than the query.
        private static func nearestWords(to query: [Unicode.Scalar], in name: [Unicode.Scalar], limit: Int) -> Int? {
            let queryWords = query.count(where: { $0 == " " }) + 1
            var words: [Range<Int>] = []
            var start = 0
            for (position, scalar) in name.enumerated() where scalar == " " {
                words.append(start..<position)
                start = position + 1
            }
            words.append(start..<name.count)
            guard words.count > queryWords else { return nil }
            var best: Int?
            for first in 0...(words.count - queryWords) {
                let run = words[first].lowerBound..<words[first + queryWords - 1].upperBound
                if let edits = EditDistance.between(query, Array(name[run]), limit: limit) {
                    best = min(best ?? .max, edits + name.count - run.count)
                }
            }
            return best
        }

        /// `true` when `needle` begins a word of `haystack`, `false` when it occurs only elsewhere in it,
        /// `nil` when it does not occur.
        private static func occurrence(of needle: [Unicode.Scalar], in haystack: [Unicode.Scalar]) -> Bool? {
            guard needle.count <= haystack.count else { return nil }
            var found: Bool?
            for start in 0...(haystack.count - needle.count)
            where haystack[start..<(start + needle.count)].elementsEqual(needle) {
                if start == 0 || haystack[start - 1] == " " { return true }
                found = false
            }
            return found
        }
    }
}
