/// Accumulates mentions and relation observations, then freezes them into a ``Graph``.
///
/// Weights and counts add up; evidence keeps the first `evidenceLimit` pieces in canonical order
/// (document identifier, then sentence index), whatever order the observations arrive in.
public struct GraphBuilder: Sendable {
    /// How many pieces of evidence each edge keeps.
    public let evidenceLimit: Int

    private var nodes: [NodeID: Node] = [:]
    private var edges: [EdgeKey: Edge] = [:]

    /// Creates an empty builder that keeps at most `evidenceLimit` pieces of evidence per edge.
    public init(evidenceLimit: Int) {
        self.evidenceLimit = max(0, evidenceLimit)
    }

    /// Records one mention of the entity `label` of type `type`, seen in the text as `surface`.
    /// Returns the entity's node identifier.
    @discardableResult
    public mutating func addMention(label: String, type: EntityType, surface: String) -> NodeID {
        addMention(id: NodeID(type: type, name: label), label: label, type: type, surface: surface)
    }

    /// Records one mention of the node `id` (derived from `type` and `label`), seen in the text as `surface`.
    @discardableResult
    public mutating func addMention(id: NodeID, label: String, type: EntityType, surface: String) -> NodeID {
        if var node = nodes[id] {
            node.mentions += 1
            if !node.aliases.contains(surface) {
                node.aliases.append(surface)
            }
            nodes[id] = node
        } else {
            nodes[id] = Node(label: label, type: type, aliases: [surface], mentions: 1)
        }
        return id
    }

    /// Sets an attribute on a node already recorded.
    public mutating func setAttribute(_ name: String, _ value: AttributeValue, on id: NodeID) {
        nodes[id]?.attributes[name] = value
    }

    /// Records one observation of `relation` from `source` to `target`, supported by `evidence`;
    /// `attributes` join those already recorded by ``GraphBuilder/merged(_:_:named:)``.
    public mutating func addRelation(
        from source: NodeID, _ relation: RelationType, to target: NodeID, evidence: Evidence,
        weight: Double = 1, rule: String? = nil, attributes: [String: AttributeValue] = [:]
    ) {
        let key = EdgeKey(source: source, relation: relation, target: target)
        add(Edge(key: key, weight: weight, count: 1, evidence: evidenceLimit > 0 ? [evidence] : [], rule: rule,
                 attributes: attributes))
    }

    /// Counts one more document for each of `ids` (node attribute `documents`).
    public mutating func countDocument(mentioning ids: some Sequence<NodeID>) {
        for id in ids {
            guard case .int(let count)? = nodes[id]?.attributes["documents"] else {
                nodes[id]?.attributes["documents"] = .int(1)
                continue
            }
            nodes[id]?.attributes["documents"] = .int(count + 1)
        }
    }

    /// Adds everything `other` recorded: mentions, counts and weights add up, aliases join, evidence
    /// keeps the first in canonical order, attributes join by ``GraphBuilder/merged(_:_:named:)``. The
    /// result does not depend on the order builders are merged in.
    public mutating func merge(_ other: GraphBuilder) {
        for node in other.nodes.values { add(node) }
        for edge in other.edges.values { add(edge) }
    }

    /// Adds the nodes and edges of a saved graph, as ``merge(_:)`` does.
    public mutating func merge(_ graph: Graph) {
        for node in graph.nodes { add(node) }
        for edge in graph.edges { add(edge) }
    }

    /// How two values of the attribute `name` join: `hedged` holds only if every statement was hedged;
    /// `ambiguous` if either says so; `documents` add up; `first_seen` keeps the earlier and `last_seen`
    /// the later; any other attribute keeps the value that sorts first, so that joining is commutative.
    public static func merged(_ kept: AttributeValue, _ new: AttributeValue, named name: String) -> AttributeValue {
        switch (name, kept, new) {
        case ("hedged", .boolean(let a), .boolean(let b)): .boolean(a && b)
        case ("ambiguous", .boolean(let a), .boolean(let b)): .boolean(a || b)
        case ("documents", .int(let a), .int(let b)): .int(a + b)
        case ("last_seen", _, _): kept.text >= new.text ? kept : new
        default: kept.text <= new.text ? kept : new
        }
    }

    private mutating func add(_ node: Node) {
        guard var mine = nodes[node.id] else {
            nodes[node.id] = node
            return
        }
        mine.mentions += node.mentions
        for alias in node.aliases where !mine.aliases.contains(alias) { mine.aliases.append(alias) }
        for (name, value) in node.attributes {
            mine.attributes[name] = mine.attributes[name].map { GraphBuilder.merged($0, value, named: name) } ?? value
        }
        nodes[node.id] = mine
    }

    private mutating func add(_ edge: Edge) {
        guard var mine = edges[edge.key] else {
            var edge = edge
            if edge.evidence.count > evidenceLimit { edge.evidence = Array(edge.evidence.sorted().prefix(evidenceLimit)) }
            edges[edge.key] = edge
            return
        }
        mine.weight += edge.weight
        mine.count += edge.count
        for evidence in edge.evidence { insert(evidence, into: &mine.evidence) }
        if let rule = edge.rule, mine.rule.map({ rule < $0 }) ?? true { mine.rule = rule }
        for (name, value) in edge.attributes {
            mine.attributes[name] = mine.attributes[name].map { GraphBuilder.merged($0, value, named: name) } ?? value
        }
        edges[edge.key] = mine
    }

    /// The graph built so far.
    public func build(metadata: GraphMetadata = GraphMetadata()) -> Graph {
        let sortedNodes = nodes.values.map { node in
            var node = node
            node.aliases.sort()
            return node
        }
        return Graph(nodes: sortedNodes, edges: edges.values, metadata: metadata)
    }

    private func insert(_ evidence: Evidence, into list: inout [Evidence]) {
        guard !list.contains(evidence) else { return }
        if list.count == evidenceLimit {
            guard let last = list.last, evidence < last else { return }
            list.removeLast()
        }
        let position = list.firstIndex { evidence < $0 } ?? list.endIndex
        list.insert(evidence, at: position)
    }
}
