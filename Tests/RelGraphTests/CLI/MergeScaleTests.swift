import Foundation
import Testing
@testable import RelGraph

/// Merging many partials holds the merged graph and the partial being read, not all of them: 1,000
/// partials merge within twice the memory `relgraph stats` needs to read the merged graph (issue 15).
@Suite struct MergeScaleTests {
    /// Part `part` of 1,000 of `dump.jsonl`: 100 of 20,000 possible co-occurrences among 2,000 people, each
    /// with the evidence of two messages of its own (so that merged edges are offered more evidence than
    /// they keep). Deterministic.
    private static func partial(_ part: Int) -> Graph {
        var random = SplitMix(seed: UInt64(part))
        var builder = GraphBuilder(evidenceLimit: 3)
        for number in 0..<100 {
            let pair = Int(random.next() % 20_000)
            let (first, second) = (pair % 2_000, (pair % 2_000 + 1 + pair / 2_000) % 2_000)
            let ends = [first, second].map { builder.addMention(label: "Person \($0)", type: .person, surface: "Person \($0)") }
            for message in 0..<2 {
                let id = "dump.jsonl#\(part)-\(number)-\(message)"
                builder.addRelation(from: ends.min()!, .coOccurs, to: ends.max()!,
                                    evidence: Evidence(document: id, sentence: 0, text: "Person \(first) sprak Person \(second) in bericht \(id)."))
            }
        }
        return builder.build(metadata: GraphMetadata(inputs: ["dump.jsonl"], parts: [SourcePart(source: "dump.jsonl", index: part, count: 1_000)!]))
    }

    @Test func athousandPartialsMergeWithinTwiceTheMemoryOfReadingTheMergedGraph() throws {
        let folder = try ExternalTool.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let partials = folder.appendingPathComponent("partials.jsonl").path, merged = folder.appendingPathComponent("merged.json").path
        var lines = ""
        for part in 1...1_000 { lines += JSONGraphWriter(compact: true).string(for: Self.partial(part)) }
        try lines.write(toFile: partials, atomically: false, encoding: .utf8)
        let binary = RelGraphBinary.url.path
        let merge = try PeakMemory.run(binary, ["merge", "-", "--format", "json", "--output", merged], input: partials)
        #expect(merge.status == 0, "\(merge.stderr)")
        let stats = try PeakMemory.run(binary, ["stats", merged])
        #expect(stats.status == 0, "\(stats.stderr)")
        let graph = try JSONGraphReader().read(contentsOf: merged)
        #expect(graph.metadata.inputs == ["dump.jsonl"] && graph.metadata.parts.isEmpty, "parts 1…1000 make the input whole")
        #expect(graph.edges.count > 10_000 && graph.edges.allSatisfy { $0.evidence.count <= 3 })
        // Both figures are the processes' own peaks, in bytes: the merge may use at most twice what reading its result takes.
        #expect(merge.peakBytes <= 2 * stats.peakBytes,
                "merge of \(lines.utf8.count) bytes of partials peaked at \(merge.peakBytes) bytes, stats of the merged graph at \(stats.peakBytes)")
    }
}
