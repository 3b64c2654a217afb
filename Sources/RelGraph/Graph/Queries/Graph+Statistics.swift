extension Graph {
    /// Counts, the degree distribution, the connected components and the `top` best-connected nodes.
    ///
    /// Components are found by union–find over every edge, taken as undirected; `top` bounds both the
    /// lists of nodes and the list of component sizes. Ties rank by identifier, so the same graph always
    /// gives the same statistics. O(V log V + E α(V)).
    public func statistics(top: Int = 10) -> GraphStatistics {
        GraphStatistics(nodes: nodes.map(\.id),
                        nodesByType: Self.tally(nodes.map(\.type)), edgesByRelation: Self.tally(edges.map(\.relation)),
                        top: top) { body in
            var position: [NodeID: Int] = [:]
            position.reserveCapacity(nodes.count)
            for (index, node) in nodes.enumerated() { position[node.id] = index }
            for edge in edges {
                if let source = position[edge.source], let target = position[edge.target] { body(source, target, edge.weight) }
            }
        }
    }

    static func tally<Key: Hashable & Sendable>(_ keys: [Key]) -> [Key: Int] {
        var counts: [Key: Int] = [:]
        for key in keys { counts[key, default: 0] += 1 }
        return counts
    }
}

extension GraphStatistics {
    /// The statistics of the graph whose node identifiers are `nodes` (in identifier order) and whose
    /// edges `forEachEdge` hands over as (source position, target position, weight); the counts per type
    /// and relation already tallied. What ``Graph/statistics(top:)`` and a graph read from SQLite share.
    public init(nodes: [NodeID], nodesByType: [EntityType: Int], edgesByRelation: [RelationType: Int], top: Int,
                forEachEdge: ((Int, Int, Double) -> Void) -> Void) {
        let top = max(0, top)
        var degrees = [Int](repeating: 0, count: nodes.count)
        var weights = [Double](repeating: 0, count: nodes.count)
        var components = UnionFind(count: nodes.count)
        var edgeCount = 0
        forEachEdge { source, target, weight in
            edgeCount += 1
            degrees[source] += 1
            weights[source] += weight
            if target != source {
                degrees[target] += 1
                weights[target] += weight
            }
            components.union(source, target)
        }
        let ranked = nodes.indices.map { GraphStatistics.RankedNode(id: nodes[$0], degree: degrees[$0], weightedDegree: weights[$0]) }
        let byDegree = ranked.sorted { ($0.degree, $1.id) > ($1.degree, $0.id) }
        let byWeight = ranked.sorted {
            (Self.rank($0.weightedDegree), $1.id) > (Self.rank($1.weightedDegree), $0.id)
        }
        let componentSizes = components.sizes.sorted(by: >)
        self.init(
            nodeCount: nodes.count,
            edgeCount: edgeCount,
            nodesByType: Self.ordered(nodesByType),
            edgesByRelation: Self.ordered(edgesByRelation),
            degrees: Self.summary(of: byDegree.map(\.degree)),
            components: GraphStatistics.ComponentSummary(count: componentSizes.count, largestSizes: Array(componentSizes.prefix(top))),
            topByDegree: Array(byDegree.prefix(top)),
            topByWeightedDegree: Array(byWeight.prefix(top))
        )
    }

    private static func ordered<Key: Hashable & Comparable & Sendable>(_ counts: [Key: Int]) -> [GraphStatistics.Tally<Key>] {
        counts.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.map { GraphStatistics.Tally(key: $0.key, count: $0.value) }
    }

    private static func summary(of descending: [Int]) -> GraphStatistics.DegreeSummary {
        guard let maximum = descending.first, let minimum = descending.last else {
            return GraphStatistics.DegreeSummary(minimum: 0, maximum: 0, mean: 0, median: 0, isolated: 0)
        }
        let middle = descending.count / 2
        let median = descending.count.isMultiple(of: 2)
            ? Double(descending[middle - 1] + descending[middle]) / 2
            : Double(descending[middle])
        return GraphStatistics.DegreeSummary(
            minimum: minimum, maximum: maximum,
            mean: Double(descending.reduce(0, +)) / Double(descending.count), median: median,
            isolated: descending.reversed().prefix { $0 == 0 }.count)
    }

    /// A weight in a total order, NaN ranking below every other.
    private static func rank(_ weight: Double) -> Double {
        weight.isNaN ? -.infinity : weight
    }
}

/// Disjoint sets over `0..<count`, with union by size and path halving.
private struct UnionFind {
    private var parent: [Int]
    private var size: [Int]

    init(count: Int) {
        parent = Array(0..<count)
        size = Array(repeating: 1, count: count)
    }

    mutating func find(_ element: Int) -> Int {
        var element = element
        while parent[element] != element {
            parent[element] = parent[parent[element]]
            element = parent[element]
        }
        return element
    }

    mutating func union(_ a: Int, _ b: Int) {
        var (a, b) = (find(a), find(b))
        guard a != b else { return }
        if size[a] < size[b] { swap(&a, &b) }
        parent[b] = a
        size[a] += size[b]
    }

    /// The size of each set, in the order of the sets' roots.
    var sizes: [Int] {
        parent.indices.filter { parent[$0] == $0 }.map { size[$0] }
    }
}
