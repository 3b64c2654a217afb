extension Graph {
    /// Counts, the degree distribution, the connected components and the `top` best-connected nodes.
    ///
    /// Components are found by union–find over every edge, taken as undirected; `top` bounds both the
    /// lists of nodes and the list of component sizes. Ties rank by identifier, so the same graph always
    /// gives the same statistics. O(V log V + E α(V)).
    public func statistics(top: Int = 10) -> GraphStatistics {
        let top = max(0, top)
        let ranked = nodes.map { node in
            GraphStatistics.RankedNode(id: node.id, degree: degree(of: node.id),
                                       weightedDegree: edges(touching: node.id).reduce(0) { $0 + $1.weight })
        }
        let byDegree = ranked.sorted { ($0.degree, $1.id) > ($1.degree, $0.id) }
        let byWeight = ranked.sorted {
            (Self.rank($0.weightedDegree), $1.id) > (Self.rank($1.weightedDegree), $0.id)
        }
        return GraphStatistics(
            nodeCount: nodes.count,
            edgeCount: edges.count,
            nodesByType: Self.tally(nodes.map(\.type)),
            edgesByRelation: Self.tally(edges.map(\.relation)),
            degrees: Self.summary(of: byDegree.map(\.degree)),
            components: GraphStatistics.ComponentSummary(
                count: componentSizes.count, largestSizes: Array(componentSizes.prefix(top))),
            topByDegree: Array(byDegree.prefix(top)),
            topByWeightedDegree: Array(byWeight.prefix(top))
        )
    }

    /// The node counts of the connected components, largest first. O(V + E α(V)).
    private var componentSizes: [Int] {
        var position: [NodeID: Int] = [:]
        position.reserveCapacity(nodes.count)
        for (index, node) in nodes.enumerated() {
            position[node.id] = index
        }
        var components = UnionFind(count: nodes.count)
        for edge in edges {
            if let source = position[edge.source], let target = position[edge.target] {
                components.union(source, target)
            }
        }
        return components.sizes.sorted(by: >)
    }

    /// Counts of each key, most frequent first, then by key.
    private static func tally<Key: Hashable & Comparable & Sendable>(_ keys: [Key]) -> [GraphStatistics.Tally<Key>] {
        var counts: [Key: Int] = [:]
        for key in keys {
            counts[key, default: 0] += 1
        }
        return counts.sorted { ($0.value, $1.key) > ($1.value, $0.key) }
            .map { GraphStatistics.Tally(key: $0.key, count: $0.value) }
    }

    /// The summary of degrees sorted in descending order.
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
