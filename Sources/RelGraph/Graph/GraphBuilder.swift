/// Accumulates mentions and relation observations, then freezes them into a ``Graph``.
///
/// Weights and counts add up; evidence keeps the first `evidenceLimit` pieces in canonical order
/// (document identifier, then sentence index), whatever order the observations arrive in. Nodes are
/// numbered as they arrive, so that the many relations between them are filed under small integer keys
/// rather than their identifiers' text.
public struct GraphBuilder: Sendable {
    /// How many pieces of evidence each edge keeps.
    public let evidenceLimit: Int

    /// A node as the builder numbers it, for callers that record many relations between the same nodes.
    public struct Handle: Hashable, Sendable {
        fileprivate let position: Int32
    }

    /// An edge's identity in builder numbers; a `co_occurs` pair is filed with its smaller number first.
    private struct Slot: Hashable {
        let source: Int32
        let target: Int32
        let relation: RelationType
    }

    /// What has been recorded for one edge.
    private struct Tally {
        var weight: Double
        var count: Int
        var evidence: [Evidence]
        var rule: String?
        /// `first_seen` and `last_seen`, held apart from the other attributes: nearly every edge of a dated
        /// corpus has both, and a dictionary for each edge would cost more than the edge.
        var seen: (first: AttributeValue, last: AttributeValue)?
        var attributes: [String: AttributeValue]

        /// One observation, on `date` if it has one.
        init(weight: Double, evidence: [Evidence], rule: String?, date: String?, attributes: [String: AttributeValue]) {
            self.weight = weight
            self.count = 1
            self.evidence = evidence
            self.rule = rule
            self.seen = date.map { (.string($0), .string($0)) }
            self.attributes = attributes
        }

        /// What a saved edge says, `first_seen` and `last_seen` among its attributes.
        init(weight: Double, count: Int, evidence: [Evidence], rule: String?, attributes: [String: AttributeValue]) {
            self.weight = weight
            self.count = count
            self.evidence = evidence
            self.rule = rule
            if let first = attributes["first_seen"], let last = attributes["last_seen"] {
                self.seen = (first, last)
                self.attributes = attributes.count == 2 ? [:] : attributes.filter { $0.key != "first_seen" && $0.key != "last_seen" }
            } else {
                self.attributes = attributes
            }
        }

        /// All the attributes, `first_seen` and `last_seen` included.
        var allAttributes: [String: AttributeValue] {
            guard let seen else { return attributes }
            var all = attributes
            all["first_seen"] = all["first_seen"].map { GraphBuilder.merged($0, seen.first, named: "first_seen") } ?? seen.first
            all["last_seen"] = all["last_seen"].map { GraphBuilder.merged($0, seen.last, named: "last_seen") } ?? seen.last
            return all
        }
    }

    private var positions: [NodeID: Int32] = [:]
    private var nodes: [Node] = []
    private var slots: [Slot: Int] = [:]
    private var edges: [(slot: Slot, tally: Tally)] = []

    /// Creates an empty builder that keeps at most `evidenceLimit` pieces of evidence per edge.
    public init(evidenceLimit: Int) {
        self.evidenceLimit = max(0, evidenceLimit)
    }

    /// Records one mention of the entity `label` of type `type`, seen in the text as `surface`.
    /// Returns the entity's node identifier.
    @discardableResult
    public mutating func addMention(label: String, type: EntityType, surface: String) -> NodeID {
        let id = NodeID(type: type, name: label)
        addMention(id: id, label: label, type: type, surface: surface)
        return id
    }

    /// Records one mention of the node `id` (derived from `type` and `label`), seen in the text as `surface`,
    /// and returns its handle.
    @discardableResult
    public mutating func addMention(id: NodeID, label: String, type: EntityType, surface: String) -> Handle {
        if let position = positions[id] {
            nodes[Int(position)].mentions += 1
            if !nodes[Int(position)].aliases.contains(surface) { nodes[Int(position)].aliases.append(surface) }
            return Handle(position: position)
        }
        return insert(Node(id: id, label: label, type: type, aliases: [surface], mentions: 1, attributes: [:]))
    }

    /// The handle of a node already recorded.
    public func handle(of id: NodeID) -> Handle? {
        positions[id].map(Handle.init(position:))
    }

    /// Sets an attribute on a node already recorded.
    public mutating func setAttribute(_ name: String, _ value: AttributeValue, on id: NodeID) {
        guard let position = positions[id] else { return }
        nodes[Int(position)].attributes[name] = value
    }

    /// Records one observation of `relation` from `source` to `target`, supported by `evidence`, made in a
    /// document of `date` (the edge's `first_seen` and `last_seen` take the extremes); `attributes` join
    /// those already recorded by ``GraphBuilder/merged(_:_:named:)``. A relation with an end that no
    /// mention recorded is left out.
    public mutating func addRelation(
        from source: NodeID, _ relation: RelationType, to target: NodeID, evidence: Evidence,
        weight: Double = 1, rule: String? = nil, date: String? = nil, attributes: [String: AttributeValue] = [:]
    ) {
        guard let source = handle(of: source), let target = handle(of: target) else { return }
        addRelation(from: source, relation, to: target, evidence: evidence, weight: weight, rule: rule, date: date, attributes: attributes)
    }

    /// Records one observation of `relation` between two nodes given by their handles.
    public mutating func addRelation(
        from source: Handle, _ relation: RelationType, to target: Handle, evidence: Evidence,
        weight: Double = 1, rule: String? = nil, date: String? = nil, attributes: [String: AttributeValue] = [:]
    ) {
        add(Tally(weight: weight, evidence: evidenceLimit > 0 ? [evidence] : [], rule: rule, date: date, attributes: attributes),
            to: slot(source.position, relation, target.position))
    }

    /// Counts one more document for each of `handles` (node attribute `documents`).
    public mutating func countDocument(mentioning handles: some Sequence<Handle>) {
        for handle in handles {
            let position = Int(handle.position)
            guard case .int(let count)? = nodes[position].attributes["documents"] else {
                nodes[position].attributes["documents"] = .int(1)
                continue
            }
            nodes[position].attributes["documents"] = .int(count + 1)
        }
    }

    /// Adds everything `other` recorded: mentions, counts and weights add up, aliases join, evidence
    /// keeps the first in canonical order, attributes join by ``GraphBuilder/merged(_:_:named:)``. The
    /// result does not depend on the order builders are merged in.
    public mutating func merge(_ other: GraphBuilder) {
        let renumbered = other.nodes.map { merge($0).position }
        for (otherSlot, tally) in other.edges {
            add(tally, to: slot(renumbered[Int(otherSlot.source)], otherSlot.relation, renumbered[Int(otherSlot.target)]))
        }
    }

    /// Adds the nodes and edges of a saved graph, as ``merge(_:)`` does.
    public mutating func merge(_ graph: Graph) {
        for node in graph.nodes { merge(node) }
        for edge in graph.edges {
            guard let source = positions[edge.source], let target = positions[edge.target] else { continue }
            add(Tally(weight: edge.weight, count: edge.count, evidence: edge.evidence, rule: edge.rule, attributes: edge.attributes),
                to: slot(source, edge.relation, target))
        }
    }

    /// How two values of the attribute `name` join: `hedged` holds only if every statement was hedged;
    /// `ambiguous` if either says so; `documents` add up; `first_seen` keeps the earlier and `last_seen`
    /// the later (comparing text by its UTF-8 bytes); any other attribute keeps the value whose text sorts
    /// first, so that joining is commutative.
    public static func merged(_ kept: AttributeValue, _ new: AttributeValue, named name: String) -> AttributeValue {
        switch (name, kept, new) {
        case ("hedged", .boolean(let a), .boolean(let b)): .boolean(a && b)
        case ("ambiguous", .boolean(let a), .boolean(let b)): .boolean(a || b)
        case ("documents", .int(let a), .int(let b)): .int(a + b)
        case ("last_seen", _, _): kept.text.utf8Precedes(new.text) ? new : kept
        default: new.text.utf8Precedes(kept.text) ? new : kept
        }
    }

    /// Applies `change` to every node recorded so far (whose identifier it cannot change).
    public mutating func updateNodes(_ change: (inout Node) -> Void) {
        for index in nodes.indices { change(&nodes[index]) }
    }

    /// The graph built so far. Nodes and edges are put in the graph's order by integer ranks, not by
    /// comparing their identifiers' text again and again.
    public func build(metadata: GraphMetadata = GraphMetadata()) -> Graph {
        let nodeOrder = nodes.indices.sorted { nodes[$0].id < nodes[$1].id }
        var rank = [Int32](repeating: 0, count: nodes.count)
        for (sorted, position) in nodeOrder.enumerated() { rank[position] = Int32(sorted) }
        let relations = Set(edges.map(\.slot.relation)).sorted()
        let relationRank = Dictionary(uniqueKeysWithValues: relations.enumerated().map { ($1, Int32($0)) })
        // Each edge's key as ranks, which sort as the key does: source, relation, target.
        let ranked = edges.indices.map { index -> (source: Int32, relation: Int32, target: Int32, index: Int) in
            let slot = edges[index].slot
            var (source, target) = (rank[Int(slot.source)], rank[Int(slot.target)])
            if slot.relation == .coOccurs, target < source { swap(&source, &target) }
            return (source, relationRank[slot.relation] ?? 0, target, index)
        }.sorted { ($0.source, $0.relation, $0.target) < ($1.source, $1.relation, $1.target) }
        let sortedEdges = ranked.map { entry -> Edge in
            let (slot, tally) = edges[entry.index]
            return Edge(key: EdgeKey(source: nodes[Int(slot.source)].id, relation: slot.relation, target: nodes[Int(slot.target)].id),
                        weight: tally.weight, count: tally.count, evidence: tally.evidence, rule: tally.rule, attributes: tally.allAttributes)
        }
        let sortedNodes = nodeOrder.map { position in
            var node = nodes[position]
            Graph.normalizeAliases(of: &node)
            return node
        }
        return Graph(sortedNodes: sortedNodes, sortedEdges: sortedEdges, metadata: metadata)
    }

    private mutating func insert(_ node: Node) -> Handle {
        let position = Int32(nodes.count)
        positions[node.id] = position
        nodes.append(node)
        return Handle(position: position)
    }

    @discardableResult
    private mutating func merge(_ node: Node) -> Handle {
        guard let position = positions[node.id] else { return insert(node) }
        let index = Int(position)
        nodes[index].mentions += node.mentions
        for alias in node.aliases where !nodes[index].aliases.contains(alias) { nodes[index].aliases.append(alias) }
        for (name, value) in node.attributes {
            nodes[index].attributes[name] = nodes[index].attributes[name].map { GraphBuilder.merged($0, value, named: name) } ?? value
        }
        return Handle(position: position)
    }

    private func slot(_ source: Int32, _ relation: RelationType, _ target: Int32) -> Slot {
        relation == .coOccurs && target < source
            ? Slot(source: target, target: source, relation: relation)
            : Slot(source: source, target: target, relation: relation)
    }

    private mutating func add(_ tally: Tally, to slot: Slot) {
        guard let index = slots[slot] else {
            var tally = tally
            if tally.evidence.count > evidenceLimit { tally.evidence = Array(tally.evidence.sorted().prefix(evidenceLimit)) }
            slots[slot] = edges.count
            edges.append((slot, tally))
            return
        }
        edges[index].tally.weight += tally.weight
        edges[index].tally.count += tally.count
        // A static helper: calling a method of `self` here would copy `self`, and so the whole edge list.
        let limit = evidenceLimit
        for evidence in tally.evidence { GraphBuilder.insert(evidence, into: &edges[index].tally.evidence, limit: limit) }
        if let rule = tally.rule, edges[index].tally.rule.map({ rule.utf8Precedes($0) }) ?? true { edges[index].tally.rule = rule }
        if let new = tally.seen {
            edges[index].tally.seen = edges[index].tally.seen.map { kept in
                (GraphBuilder.merged(kept.first, new.first, named: "first_seen"), GraphBuilder.merged(kept.last, new.last, named: "last_seen"))
            } ?? new
        }
        for (name, value) in tally.attributes {
            edges[index].tally.attributes[name] = edges[index].tally.attributes[name].map { GraphBuilder.merged($0, value, named: name) } ?? value
        }
    }

    private static func insert(_ evidence: Evidence, into list: inout [Evidence], limit: Int) {
        guard !list.contains(evidence) else { return }
        if list.count == limit {
            guard let last = list.last, evidence < last else { return }
            list.removeLast()
        }
        let position = list.firstIndex { evidence < $0 } ?? list.endIndex
        list.insert(evidence, at: position)
    }
}
