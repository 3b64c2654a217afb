import Foundation
@testable import RelGraph

/// What used to end in a signal: labels that are long runs of backslashes (DOT splits long strings),
/// counts near `Int.max` added up by `merge`, and standard output or error that cannot be written.
extension HostileCorpus {
    /// Runs of backslashes around and past the length at which a DOT string is cut into pieces (an odd
    /// run, an even one, one that ends a piece exactly, one among multi-byte characters).
    static let backslashRuns: [(name: String, text: String)] = [
        ("8,001 backslashes", String(repeating: "\\", count: 8_001)),
        ("8,000 backslashes and a quote", String(repeating: "\\", count: 8_000) + "\""),
        ("20,000 backslashes", String(repeating: "\\", count: 20_000)),
        ("backslashes among 'é's", String(repeating: "é\\", count: 9_000)),
        ("a label of 40,000 'é's after one backslash", "\\" + String(repeating: "é", count: 40_000)),
    ]

    var crashes: [HostileCase] { backslashLabels + largeCounts + failedWrites }

    /// Backslash runs as labels: merged from a JSON graph in every format, a message's sender built into
    /// DOT, and a subgraph of such a graph written as DOT.
    var backslashLabels: [HostileCase] {
        let fixtures = fixtures
        return Self.backslashRuns.flatMap { run in
            let merged = fixtures.formats.map { format in
                HostileCase("labels of \(run.name) in \(format.rawValue)", ["merge", "labels.json", "--format", format.rawValue, "--output", "out/graph.\(format.rawValue)"],
                            exit: .success, outputs: HostileFixtures.files(of: format), labels: Self.labels(run.text)) { sandbox in
                    try fixtures.prepare(sandbox, earlier: format)
                    try sandbox.write(Self.labelGraph(run.text), to: "labels.json")
                }
            }
            let sender = build("a message sent by \(run.name)", ["day.jsonl"], format: .dot, options: HostileFixtures.ruleOptions + ["--sender-field", "from"]) { sandbox in
                let record = try JSONSerialization.data(withJSONObject: ["from": run.text, "text": HostileFixtures.text])
                try sandbox.write(Array(record) + [0x0A], to: "day.jsonl")
            }
            let subgraph = HostileCase("subgraph --format dot of a node labelled with \(run.name)",
                                       ["subgraph", "labels.json", "a", "--format", "dot", "--output", "out/graph.dot"],
                                       exit: .success, outputs: ["out/graph.dot"]) { sandbox in
                try fixtures.prepare(sandbox, earlier: .dot)
                try sandbox.write(Self.labelGraph(run.text), to: "labels.json")
            }
            return merged + [sender, subgraph]
        }
    }

    /// A JSON graph whose counts are `count`: a node's mentions and documents, an edge's count.
    static func countGraph(_ count: String) -> String {
        """
        {"directed": true, "graph": {"generator": "relgraph"}, "nodes": [
          {"id": "a", "label": "A", "type": "person", "mentions": \(count), "documents": \(count)},
          {"id": "b", "label": "B", "type": "agency", "mentions": \(count)}],
         "edges": [{"source": "a", "target": "b", "relation": "co_occurs", "weight": 1, "count": \(count),
                    "evidence": [{"document": "d.txt", "sentence": 0, "text": "A en B."}]}]}
        """
    }

    /// Counts near the ends of `Int` in two graphs merged (in every format), and read by the queries.
    var largeCounts: [HostileCase] {
        let fixtures = fixtures
        let counts = ["9223372036854775807", "9223372036854775806", "-9223372036854775808", "9223372036854775808", "1e300"]
        return counts.flatMap { count in
            let setup: @Sendable (Sandbox) throws -> Void = { sandbox in
                try sandbox.write(Self.countGraph(count), to: "a.json")
                try sandbox.write(Self.countGraph(count).replacingOccurrences(of: "A en B.", with: "B en A."), to: "b.json")
            }
            let merged = fixtures.formats.map { format in
                HostileCase("merge of counts of \(count) in \(format.rawValue)", ["merge", "a.json", "b.json", "--format", format.rawValue, "--output", "out/graph.\(format.rawValue)"],
                            exit: .success, outputs: HostileFixtures.files(of: format), labels: ["A", "B"]) { sandbox in
                    try fixtures.prepare(sandbox, earlier: format)
                    try setup(sandbox)
                }.verifying { sandbox in
                    // Int.max twice stays Int.max (saturated), whatever the format says it in.
                    guard count == "9223372036854775807", format == .json else { return [] }
                    let merged = (try? String(contentsOfFile: sandbox.path("out/graph.json"), encoding: .utf8)) ?? ""
                    return merged.contains("\"mentions\": 9223372036854775807") && merged.contains("\"count\": 9223372036854775807")
                        ? [] : ["Int.max + Int.max is not held at Int.max: \(merged.prefix(600))"]
                }
            }
            let queries = [["stats", "a.json"], ["neighbors", "a.json", "A"], ["explain", "a.json", "A", "B"], ["path", "a.json", "A", "B"],
                           ["stats", "a.json", "--json"], ["explain", "a.json", "A", "B", "--json"]].map { arguments in
                HostileCase("\(arguments.joined(separator: " ")) with counts of \(count)", arguments, exit: .success, setup: setup)
            }
            return merged + queries
        }
    }

    /// Every command that writes to standard output, with it full, closed or a pipe whose reader has gone;
    /// and a build whose standard error cannot be written.
    var failedWrites: [HostileCase] {
        let fixtures = fixtures
        let setup: @Sendable (Sandbox) throws -> Void = { sandbox in
            try sandbox.write(HostileFixtures.rules, to: "rules.yaml")
            try sandbox.write(HostileFixtures.text, to: "input.txt")
            try sandbox.write(fixtures.graphJSON, to: "g.json")
        }
        let commands: [[String]] = [
            ["build", "input.txt", "--format", "json", "--output", "-"] + HostileFixtures.ruleOptions,
            ["build", "input.txt", "--format", "dot", "--output", "-"] + HostileFixtures.ruleOptions,
            ["entities", "input.txt"] + HostileFixtures.ruleOptions,
            ["rules", "--no-default-rules", "--rules", "rules.yaml"],
            ["stats", "g.json"], ["stats", "g.json", "--json"],
            ["neighbors", "g.json", "Sky ECC"], ["neighbors", "g.json", "Sky ECC", "--json"],
            ["path", "g.json", "Sky ECC", "Europol"], ["explain", "g.json", "Sky ECC", "Europol"],
            ["subgraph", "g.json", "Sky ECC", "--format", "graphml", "--output", "-"],
            ["merge", "g.json", "--format", "json", "--output", "-"],
        ]
        let streams: [(name: String, stream: RelGraphBinary.Stream, mentions: [String])] = [
            ("full", .full, ["standard output", "No space left"]),
            ("closed", .closed, ["standard output"]),
            ("a broken pipe", .brokenPipe, []), // Quietly, as `cat` ends.
        ]
        let output = commands.flatMap { arguments in
            streams.map { stream in
                HostileCase("\(arguments.joined(separator: " ")) to standard output \(stream.name)",
                            arguments, exit: .badInput, mentions: stream.mentions, setup: setup).sending(output: stream.stream)
            }
        }
        let errors = [("full", RelGraphBinary.Stream.full), ("closed", .closed)].flatMap { name, stream in
            [HostileCase("build with standard error \(name)", ["build", "input.txt", "--format", "json", "--output", "out/graph.json"] + HostileFixtures.ruleOptions,
                         exit: .badInput, outputs: ["out/graph.json"], setup: setup).sending(output: .captured, error: stream),
             HostileCase("build of a missing file with standard error \(name)", ["build", "missing.txt"] + HostileFixtures.ruleOptions,
                         exit: .badInput, setup: setup).sending(output: .captured, error: stream)]
        }
        return output + errors
    }
}
