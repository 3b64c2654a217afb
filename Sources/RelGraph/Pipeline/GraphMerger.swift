/// Joins graphs built from disjoint sets of documents into the graph of all of them: mentions, weights,
/// counts and document counts add up, aliases join, evidence keeps the first `evidenceLimit` in canonical
/// order, `hedged` holds only if it holds everywhere, first/last seen take the extremes. Merging is
/// associative and commutative, so shards built anywhere (GNU parallel, a Slurm array, a Spark job calling
/// the binary) join into the same bytes as one build of everything.
public struct GraphMerger: Sendable {
    /// How many pieces of evidence each edge keeps.
    public let evidenceLimit: Int

    /// Creates a merger that keeps `evidenceLimit` pieces of evidence per edge.
    public init(evidenceLimit: Int) {
        self.evidenceLimit = evidenceLimit
    }

    /// The graph of everything `graphs` were built from; its inputs are all of theirs.
    public func merge(_ graphs: [Graph]) -> Graph {
        var builder = GraphBuilder(evidenceLimit: evidenceLimit)
        for graph in graphs { builder.merge(graph) }
        let metadata = GraphMetadata(inputs: Array(Set(graphs.flatMap(\.metadata.inputs))))
        builder.updateNodes(InitialsPolicy.markAmbiguous)
        return builder.build(metadata: metadata)
    }
}
