/// Parallel edges in a graph file: one source, relation and target more than once, as networkx's
/// `MultiDiGraph` and igraph write them.
extension Graph {
    /// The graph of `nodes` and `edges` read from one file, with parallel edges summed (weights, counts,
    /// evidence, attributes) exactly as ``GraphMerger`` sums one edge found in several files, rather than
    /// keeping the first. A file without parallel edges gives ``init(nodes:edges:metadata:)``'s graph.
    static func summingParallelEdges(nodes: [Node], edges: [Edge], metadata: GraphMetadata) -> Graph {
        // Layer k holds the k-th occurrence of each edge, so that no layer has parallel edges.
        var layers: [[Edge]] = [[]]
        var occurrences: [EdgeKey: Int] = [:]
        for edge in edges {
            let layer = occurrences[edge.key, default: 0]
            occurrences[edge.key] = layer + 1
            if layer == layers.count { layers.append([]) }
            layers[layer].append(edge)
        }
        guard layers.count > 1 else { return Graph(nodes: nodes, edges: edges, metadata: metadata) }
        // The nodes count once: the later layers carry them without mentions or documents.
        let bare = nodes.map { node in
            var attributes = node.attributes
            attributes["documents"] = nil
            return Node(id: node.id, label: node.label, type: node.type, aliases: node.aliases, mentions: 0, attributes: attributes)
        }
        var builder = GraphBuilder(evidenceLimit: Int.max)
        for (number, layer) in layers.enumerated() {
            builder.merge(Graph(nodes: number == 0 ? nodes : bare, edges: layer, metadata: metadata))
        }
        return builder.build(metadata: metadata)
    }
}
