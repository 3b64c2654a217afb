/// The query commands over a SQLite graph. A traversal loads, step by step, the edges touching the nodes
/// it expands (without their evidence) into a small in-memory ``Graph`` and runs the same algorithm as
/// for a graph read whole, so the answers are the same; the evidence is read only for the edges shown.
extension SQLiteGraph: QueryableGraph {
    public func resolve(_ query: String) throws(GraphReadError) -> EntityLookup {
        try reading { () throws(SQLiteError) in try resolveName(query) }
    }

    public func node(_ id: NodeID) throws(GraphReadError) -> Node? {
        try reading { () throws(SQLiteError) in try key(of: id).flatMap { key throws(SQLiteError) in try fullNode(key: key) } }
    }

    public func neighbors(of start: NodeID, depth: Int, filter: NeighborFilter, limit: Int?) throws(GraphReadError) -> [Neighbor] {
        try reading { () throws(SQLiteError) in
            let (found, loaded) = try reach(from: start, depth: depth, filter: filter)
            let shown = limit.map { Array(found.prefix($0)) } ?? found
            return try shown.map { (neighbor) throws(SQLiteError) in
                Neighbor(id: neighbor.id, depth: neighbor.depth, via: try withEvidence(neighbor.via, loaded: loaded))
            }
        }
    }

    /// What ``Graph/neighbors(of:depth:filter:)`` finds, with the edges read on the way (without evidence).
    private func reach(from start: NodeID, depth: Int, filter: NeighborFilter) throws(SQLiteError) -> ([Neighbor], LoadedEdges) {
        var loaded = LoadedEdges()
        guard let startKey = try key(of: start), try briefNode(key: startKey) != nil, depth > 0 else { return ([], loaded) }
        var frontier = [startKey]
        var found: [Neighbor] = []
        for layer in 1...depth where !frontier.isEmpty {
            for key in frontier { try loaded.expand(key, from: self) }
            found = loaded.graph(of: self).neighbors(of: start, depth: layer, filter: filter)
            frontier = found.filter { $0.depth == layer }.compactMap { loaded.nodeKeys[$0.id] }
        }
        return (found, loaded)
    }

    public func edges(between a: NodeID, and b: NodeID) throws(GraphReadError) -> [Edge] {
        try reading { () throws(SQLiteError) in
            guard let first = try key(of: a), let second = try key(of: b) else { return [] }
            let row = try statement("""
                SELECT edge FROM edges WHERE source = ?1 AND target = ?2
                UNION ALL SELECT edge FROM edges WHERE source = ?2 AND target = ?1 AND ?1 <> ?2
                """)
            try row.bind(.integer(first), .integer(second))
            var keys: [Int] = []
            while try row.step() { keys.append(row.int(0)) }
            var edges: [Edge] = []
            for key in keys { if let edge = try fullEdge(key: key) { edges.append(edge) } }
            return edges.sorted { ($0.relation, $0.source, $0.target) < ($1.relation, $1.source, $1.target) }
        }
    }

    public func shortestPath(from start: NodeID, to goal: NodeID, filter: NeighborFilter) throws(GraphReadError) -> [PathStep]? {
        try reading { () throws(SQLiteError) in
            guard let startKey = try key(of: start), let goalKey = try key(of: goal),
                  try briefNode(key: startKey) != nil, try briefNode(key: goalKey) != nil
            else { return nil }
            var loaded = LoadedEdges()
            loaded.include(startKey, from: self)
            loaded.include(goalKey, from: self)
            guard try PathSearch(start: start, goal: goal, filter: filter).meet(loading: &loaded, from: self) else { return nil }
            guard let steps = loaded.graph(of: self).shortestPath(from: start, to: goal, filter: filter) else { return nil }
            return try steps.map { (step) throws(SQLiteError) in try withEvidence(step, loaded: loaded) }
        }
    }

    public func statistics(top: Int) throws(GraphReadError) -> GraphStatistics {
        try reading { () throws(SQLiteError) in
            var ids: [NodeID] = []
            let nodes = try statement("SELECT id FROM nodes ORDER BY node")
            try nodes.bind()
            while try nodes.step() { ids.append(NodeID(rawValue: nodes.text(0))) }
            var types: [EntityType: Int] = [:]
            let byType = try statement("SELECT type, count(*) FROM nodes GROUP BY type")
            try byType.bind()
            while try byType.step() { if let type = EntityType(byType.text(0)) { types[type, default: 0] += byType.int(1) } }
            var relations: [RelationType: Int] = [:]
            let byRelation = try statement("SELECT relation, count(*) FROM edges GROUP BY relation")
            try byRelation.bind()
            while try byRelation.step() {
                if let relation = RelationType(byRelation.text(0)) { relations[relation, default: 0] += byRelation.int(1) }
            }
            let edges = try statement("SELECT source, target, weight FROM edges ORDER BY edge")
            try edges.bind()
            var failure: SQLiteError?
            let statistics = GraphStatistics(nodes: ids, nodesByType: types, edgesByRelation: relations, top: top) { body in
                do {
                    while try edges.step() {
                        let (source, target) = (edges.int(0) - 1, edges.int(1) - 1)
                        if ids.indices.contains(source), ids.indices.contains(target) { body(source, target, edges.double(2)) }
                    }
                } catch let error as SQLiteError {
                    failure = error
                } catch {}
            }
            if let failure { throw failure }
            return statistics
        }
    }

    public func egoNetwork(around center: NodeID, depth: Int, filter: NeighborFilter) throws(GraphReadError) -> Graph {
        try reading { () throws(SQLiteError) in
            // The members only: their edges are read whole below, evidence included, once.
            let reached = try reach(from: center, depth: depth, filter: filter).0
            guard let centerKey = try key(of: center), let centerNode = try fullNode(key: centerKey) else {
                return Graph(nodes: [], edges: [], metadata: metadata)
            }
            var members: [Int: Node] = [centerKey: centerNode]
            for neighbor in reached {
                if let key = try key(of: neighbor.id), let node = try fullNode(key: key) { members[key] = node }
            }
            var loaded = LoadedEdges()
            var kept: [Edge] = []
            for key in members.keys.sorted() {
                try loaded.expand(key, from: self)
            }
            let memberIDs = Set(members.values.map(\.id))
            for (edgeKey, edge) in loaded.edges.sorted(by: { $0.key < $1.key })
            where memberIDs.contains(edge.source) && memberIDs.contains(edge.target) && filter.allows(edge) {
                if let full = try fullEdge(key: edgeKey) { kept.append(full) }
            }
            return Graph(nodes: Array(members.values), edges: kept, metadata: metadata)
        }
    }

    /// `step` with its edge read whole (evidence, attributes).
    private func withEvidence(_ step: PathStep, loaded: LoadedEdges) throws(SQLiteError) -> PathStep {
        guard let key = loaded.edgeKeys[step.edge.key], let edge = try fullEdge(key: key) else { return step }
        return PathStep(from: step.from, to: step.to, edge: edge, isReversed: step.isReversed)
    }

    /// The edge with key `key`, whole: its typed fields, other attributes and evidence in order.
    func fullEdge(key: Int) throws(SQLiteError) -> Edge? {
        let row = try statement("""
            SELECT source.id, target.id, edges.relation, edges.weight, edges.count, edges.rule, edges.hedged,
                   edges.documents, edges.first_seen, edges.last_seen
            FROM edges JOIN nodes AS source ON source.node = edges.source JOIN nodes AS target ON target.node = edges.target
            WHERE edges.edge = ?
            """)
        try row.bind(.integer(key))
        guard try row.step(), let relation = RelationType(row.text(2)) else { return nil }
        let edgeKey = EdgeKey(source: NodeID(rawValue: row.text(0)), relation: relation, target: NodeID(rawValue: row.text(1)))
        let (weight, count, rule) = (row.double(3), row.int(4), row.isNull(5) ? nil : row.text(5))
        var attributes: [String: AttributeValue] = [:]
        if !row.isNull(6) { attributes["hedged"] = .boolean(row.int(6) != 0) }
        if !row.isNull(7) { attributes["documents"] = .int(row.int(7)) }
        if !row.isNull(8) { attributes["first_seen"] = .string(row.text(8)) }
        if !row.isNull(9) { attributes["last_seen"] = .string(row.text(9)) }
        attributes.merge(try self.attributes(of: key, in: "edge_attributes", keyColumn: "edge")) { kept, _ in kept }
        let evidence = try statement("""
            SELECT documents.name, sentences.position, sentences.text FROM evidence
            JOIN sentences ON sentences.sentence = evidence.sentence JOIN documents ON documents.document = sentences.document
            WHERE evidence.edge = ? ORDER BY evidence.rank
            """)
        try evidence.bind(.integer(key))
        var pieces: [Evidence] = []
        while try evidence.step() {
            pieces.append(Evidence(document: evidence.text(0), sentence: evidence.int(1), text: evidence.text(2)))
        }
        return Edge(key: edgeKey, weight: weight, count: count, evidence: pieces, rule: rule, attributes: attributes)
    }
}

/// The edges a traversal has read so far, without evidence, and the nodes at their ends.
struct LoadedEdges {
    /// Edges by their key in the file.
    private(set) var edges: [Int: Edge] = [:]
    /// The file's key of each edge read.
    private(set) var edgeKeys: [EdgeKey: Int] = [:]
    /// The file's key of each node read.
    private(set) var nodeKeys: [NodeID: Int] = [:]
    private var nodes: [Int: Node] = [:]
    private var expanded = Set<Int>()

    /// Adds the node with key `key` (already read by the graph) even if no edge reaches it.
    mutating func include(_ key: Int, from graph: SQLiteGraph) {
        guard let node = graph.knownNode(key: key) else { return }
        nodes[key] = node
        nodeKeys[node.id] = key
    }

    /// Reads every edge touching the node with key `key`, and the nodes at their other ends; once per node.
    mutating func expand(_ key: Int, from graph: SQLiteGraph) throws(SQLiteError) {
        guard expanded.insert(key).inserted else { return }
        include(key, from: graph)
        let row = try graph.statement("""
            SELECT edge, source, target, relation, weight, count FROM edges WHERE source = ?1
            UNION ALL SELECT edge, source, target, relation, weight, count FROM edges WHERE target = ?1 AND source <> ?1
            """)
        try row.bind(.integer(key))
        var unknown: [Int] = []
        var rows: [(edge: Int, source: Int, target: Int, relation: RelationType, weight: Double, count: Int)] = []
        while try row.step() {
            guard edges[row.int(0)] == nil, let relation = RelationType(row.text(3)) else { continue }
            rows.append((row.int(0), row.int(1), row.int(2), relation, row.double(4), row.int(5)))
            for end in [row.int(1), row.int(2)] where nodes[end] == nil && graph.knownNode(key: end) == nil { unknown.append(end) }
        }
        for end in unknown { _ = try graph.briefNode(key: end) }
        for found in rows {
            guard let source = graph.knownNode(key: found.source), let target = graph.knownNode(key: found.target) else { continue }
            include(found.source, from: graph)
            include(found.target, from: graph)
            let edgeKey = EdgeKey(source: source.id, relation: found.relation, target: target.id)
            edges[found.edge] = Edge(key: edgeKey, weight: found.weight, count: found.count, evidence: [])
            edgeKeys[edgeKey] = found.edge
        }
    }

    /// What has been read, as a graph to run the in-memory algorithms on.
    func graph(of graph: SQLiteGraph) -> Graph {
        Graph(nodes: nodes.values, edges: edges.values, metadata: graph.metadata)
    }
}

extension SQLiteGraph {
    /// The whole graph, every node and edge read whole (for `merge`, and for converting a SQLite graph
    /// to another format); the query commands read only what they need instead.
    public func wholeGraph() throws(GraphReadError) -> Graph {
        try reading { () throws(SQLiteError) in
            var keys: [Int] = []
            let nodes = try statement("SELECT node FROM nodes ORDER BY node")
            try nodes.bind()
            while try nodes.step() { keys.append(nodes.int(0)) }
            var all: [Node] = []
            for key in keys { if let node = try fullNode(key: key) { all.append(node) } }
            keys = []
            let edges = try statement("SELECT edge FROM edges ORDER BY edge")
            try edges.bind()
            while try edges.step() { keys.append(edges.int(0)) }
            var kept: [Edge] = []
            for key in keys { if let edge = try fullEdge(key: key) { kept.append(edge) } }
            return Graph(nodes: all, edges: kept, metadata: metadata)
        }
    }
}
