import Foundation

/// Joins graphs built from disjoint sets of documents into the graph of all of them: mentions, weights,
/// counts and document counts add up, aliases join, evidence keeps the first `evidenceLimit` in canonical
/// order, `hedged` holds only if it holds everywhere, first/last seen take the extremes. Merging is
/// associative and commutative, so shards built anywhere (GNU parallel, a Slurm array, a Spark job calling
/// the binary) join into the same bytes as one build of everything.
///
/// Graphs are added one at a time, so that memory holds the merged graph and the graph being added, not
/// all of them; a graph built from an input (or a part of one, ``SourcePart``) that an earlier one was
/// built from too is refused, unless overlap is allowed, as it would count those documents twice.
public struct GraphMerger: Sendable {
    /// How many pieces of evidence each edge keeps.
    public let evidenceLimit: Int
    /// Whether graphs built from the same input, or the same part of one, are merged all the same.
    public let allowsOverlap: Bool
    private var builder: GraphBuilder
    private var sources = MergedSources()

    /// Creates a merger that keeps `evidenceLimit` pieces of evidence per edge and refuses overlapping
    /// graphs unless `allowsOverlap`.
    public init(evidenceLimit: Int, allowsOverlap: Bool = false) {
        self.evidenceLimit = evidenceLimit
        self.allowsOverlap = allowsOverlap
        self.builder = GraphBuilder(evidenceLimit: evidenceLimit)
    }

    /// Adds `graph`, read from `file` (which a refusal names). Throws, adding nothing, if it was built from
    /// an input or a part that a graph added before was built from, unless overlap is allowed.
    public mutating func add(_ graph: Graph, from file: String) throws(MergeError) {
        if !allowsOverlap { try sources.check(graph.metadata, from: file) }
        sources.record(graph.metadata, from: file)
        builder.merge(graph)
    }

    /// The graph of everything added: its inputs are all of theirs, and its parts those of inputs whose
    /// parts are not all there (parts 1…N of an input make the input whole, as a single build of it).
    public consuming func merged() -> Graph {
        builder.updateNodes(InitialsPolicy.markAmbiguous)
        return builder.build(metadata: sources.metadata)
    }

    /// The graph of everything `graphs` were built from, overlapping or not (as `merge --allow-overlap`),
    /// keeping `evidenceLimit` pieces of evidence per edge.
    public static func merging(_ graphs: [Graph], evidenceLimit: Int) -> Graph {
        var merger = GraphMerger(evidenceLimit: evidenceLimit, allowsOverlap: true)
        for graph in graphs {
            merger.sources.record(graph.metadata, from: "")
            merger.builder.merge(graph)
        }
        return merger.merged()
    }
}

/// The inputs and parts of the graphs merged so far, each with the file of the first graph that held it.
private struct MergedSources: Sendable {
    /// Inputs held whole.
    private var whole: [String: String] = [:]
    /// Parts of split inputs.
    private var parts: [SourcePart: String] = [:]
    /// For each split input, its first part met: every part of an input must come from one split.
    private var splits: [String: (part: SourcePart, file: String)] = [:]

    /// Throws if an input or part that `metadata` says its graph (from `file`) was built from was met
    /// before, or an input split otherwise.
    func check(_ metadata: GraphMetadata, from file: String) throws(MergeError) {
        let split = Set(metadata.parts.map(\.source))
        for part in metadata.parts {
            if let holder = whole[part.source] {
                throw .overlap(first: holder, second: file, shared: "\(part.source) (\(holder) the whole input, \(file) its \(part.index)/\(part.count))")
            }
            if let (other, holder) = splits[part.source], other.count != part.count {
                throw .differentSplits(first: holder, firstPart: other, second: file, secondPart: part)
            }
            if let holder = parts[part] { throw .overlap(first: holder, second: file, shared: part.description) }
        }
        for input in metadata.inputs where !split.contains(input) {
            if let holder = whole[input] ?? splits[input]?.file { throw .overlap(first: holder, second: file, shared: "the input \(input)") }
        }
    }

    /// Records what `metadata` says its graph (from `file`) was built from.
    mutating func record(_ metadata: GraphMetadata, from file: String) {
        let split = Set(metadata.parts.map(\.source))
        for part in metadata.parts {
            if parts[part] == nil { parts[part] = file }
            if splits[part.source] == nil { splits[part.source] = (part, file) }
        }
        for input in metadata.inputs where !split.contains(input) && whole[input] == nil { whole[input] = file }
    }

    /// The merged graph's metadata: every input, and the parts of inputs whose split is not complete.
    var metadata: GraphMetadata {
        let incomplete = Dictionary(grouping: parts.keys, by: \.source).values.filter { held in
            held.count != held[0].count || held.contains { $0.count != held[0].count }
        }
        return GraphMetadata(inputs: Array(Set(whole.keys).union(splits.keys)), parts: incomplete.flatMap { $0 })
    }
}

/// Why graphs cannot be merged as they are.
public enum MergeError: Error, Equatable, Sendable {
    /// The same graph file is given twice.
    case givenTwice(first: String, second: String)
    /// Two graphs were built from the same input or part (`shared` says which).
    case overlap(first: String, second: String, shared: String)
    /// Two graphs hold parts of one input split in different numbers of parts.
    case differentSplits(first: String, firstPart: SourcePart, second: String, secondPart: SourcePart)
}

extension MergeError: LocalizedError {
    public var errorDescription: String? {
        switch self {
        case .givenTwice(let first, let second):
            "\(second) is the graph \(first) again (the same file): merging a graph with itself counts everything twice; give it once"
        case .overlap(let first, let second, let shared):
            "\(first) and \(second) were both built from \(shared): merging them would count its documents twice; give each input or part once (--allow-overlap merges them all the same)"
        case .differentSplits(let first, let firstPart, let second, let secondPart):
            "\(first) holds \(firstPart) and \(second) holds \(secondPart): parts of different splits of one input overlap; merge the parts of one split (--allow-overlap merges them all the same)"
        }
    }
}
