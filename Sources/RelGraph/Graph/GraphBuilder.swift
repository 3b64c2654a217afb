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
        let id = NodeID(type: type, name: label)
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

    /// Records one observation of `relation` from `source` to `target`, supported by `evidence`.
    ///
    /// `attributes` are kept from the first observation; `combine` decides how a later observation's
    /// value for the same attribute joins the one kept (by default the kept one stays).
    public mutating func addRelation(
        from source: NodeID, _ relation: RelationType, to target: NodeID, evidence: Evidence,
        weight: Double = 1, rule: String? = nil, attributes: [String: AttributeValue] = [:],
        combine: (AttributeValue, AttributeValue) -> AttributeValue = { kept, _ in kept }
    ) {
        let key = EdgeKey(source: source, relation: relation, target: target)
        guard var edge = edges[key] else {
            edges[key] = Edge(key: key, weight: weight, count: 1,
                              evidence: evidenceLimit > 0 ? [evidence] : [], rule: rule, attributes: attributes)
            return
        }
        edge.weight += weight
        edge.count += 1
        insert(evidence, into: &edge.evidence)
        if let rule, edge.rule.map({ rule < $0 }) ?? true {
            edge.rule = rule
        }
        for (name, value) in attributes {
            edge.attributes[name] = edge.attributes[name].map { combine($0, value) } ?? value
        }
        edges[key] = edge
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
