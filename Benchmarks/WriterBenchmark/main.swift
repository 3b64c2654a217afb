// Times writing a large graph the way `relgraph build` and `merge` write it (GraphExporter, then an atomic
// file write), without the text pipeline in front:
//
//     swift build -c release --product relgraph-writer-benchmark
//     .build/release/relgraph-writer-benchmark [NODES] [EDGES] [FORMAT …]
//
// defaults: 100,000 nodes, 1,000,000 edges, graphml. The graph is built through GraphBuilder from a fixed
// seed: labels of every built-in type, co-occurrences skewed towards a core of frequent entities, one piece
// of evidence and a date per edge, as a dated corpus gives them. Prints, per format, the median of three
// runs of the write, the size written and the peak RSS of the process.

import Foundation
import RelGraph

/// A small deterministic generator (SplitMix64), so that every run writes the same graph.
struct SplitMix64 {
    var state: UInt64

    mutating func next(below bound: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return Int((z ^ (z >> 31)) % UInt64(bound))
    }
}

func makeGraph(nodes nodeCount: Int, edges edgeCount: Int) -> Graph {
    let types: [EntityType] = [.person, .agency, .platform, .city, .country, .region, .media, .account]
    let words = ["Sky", "ECC", "Haven", "Politie", "Parket", "Unit", "Van", "Berg", "Lédam", "Ørsted", "Müller", "Noord"]
    var random = SplitMix64(state: 1)
    var builder = GraphBuilder(evidenceLimit: 3)
    let handles = (0..<nodeCount).map { index in
        let label = "\(words[random.next(below: words.count)]) \(words[random.next(below: words.count)]) \(index)"
        return builder.addMention(id: NodeID(type: types[index % types.count], name: label), label: label,
                                  type: types[index % types.count], surface: label)
    }
    let core = max(2, nodeCount / 20)
    var added = 0
    var seen = Set<Int>()
    while added < edgeCount {
        let a = random.next(below: 2) == 0 ? random.next(below: core) : random.next(below: nodeCount)
        let b = random.next(below: nodeCount)
        guard a != b, seen.insert(min(a, b) * nodeCount + max(a, b)).inserted else { continue }
        let month = 1 + random.next(below: 12)
        builder.addRelation(from: handles[a], .coOccurs, to: handles[b],
                            evidence: Evidence(document: "corpus/\(a % 1000)/\(b).txt", sentence: random.next(below: 40),
                                               text: "Entiteit \(a) sprak met entiteit \(b) in \(words[random.next(below: words.count)]) in maand \(month)."),
                            weight: Double(1 + random.next(below: 9)), date: "2021-\(month < 10 ? "0" : "")\(month)")
        added += 1
    }
    return builder.build(metadata: GraphMetadata(generator: "relgraph-writer-benchmark", inputs: ["synthetic"]))
}

func peakRSSMegabytes() -> Int {
    let status = (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)) ?? ""
    let line = status.split(separator: "\n").first { $0.hasPrefix("VmHWM:") }
    return (line?.split(separator: " ").dropFirst().first.flatMap { Int($0) } ?? 0) / 1024
}

let arguments = Array(CommandLine.arguments.dropFirst())
let nodeCount = arguments.first.flatMap { Int($0) } ?? 100_000
let edgeCount = arguments.dropFirst().first.flatMap { Int($0) } ?? 1_000_000
let formats = arguments.dropFirst(2).compactMap { OutputFormat(rawValue: $0) }
guard nodeCount >= 2, edgeCount <= nodeCount * (nodeCount - 1) / 2 else {
    FileHandle.standardError.write(Data("usage: relgraph-writer-benchmark [NODES ≥ 2] [EDGES ≤ NODES·(NODES−1)/2] [FORMAT …]\n".utf8))
    exit(64)
}

let buildStart = Date()
let graph = makeGraph(nodes: nodeCount, edges: edgeCount)
print("graph: \(graph.nodes.count) nodes, \(graph.edges.count) edges, built in \(String(format: "%.2f", Date().timeIntervalSince(buildStart))) s")
let folder = FileManager.default.temporaryDirectory.appendingPathComponent("relgraph-writer-benchmark-\(getpid())").path
try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(atPath: folder) }
print("format    median s  (runs)                 MB written   MB/s")
for format in formats.isEmpty ? [.graphml] : formats {
    var seconds: [Double] = []
    var size = 0
    for _ in 0..<3 {
        let start = Date()
        let files = try GraphExporter(force: true).files(for: graph, as: format, at: "\(folder)/graph.\(format.fileExtension)")
        var transaction = OutputTransaction()
        for file in files { try transaction.add(file) }
        try transaction.commit()
        seconds.append(Date().timeIntervalSince(start))
        size = try files.reduce(0) { $0 + ((try FileManager.default.attributesOfItem(atPath: $1.path)[.size] as? Int) ?? 0) }
    }
    let median = seconds.sorted()[1]
    let runs = seconds.map { String(format: "%.2f", $0) }.joined(separator: " ")
    print("\(format.rawValue.padding(toLength: 9, withPad: " ", startingAt: 0)) \(String(format: "%8.2f", median))  (\(runs))   \(String(format: "%10.1f", Double(size) / 1e6))   \(String(format: "%5.0f", Double(size) / 1e6 / median))")
}
print("peak RSS: \(peakRSSMegabytes()) MB")
