import Foundation
import Testing
@testable import RelGraph

/// Inputs from pipes, options given oddly, weights at the edge of a double, rule files printed and read
/// again, and folder trees deeper than the descriptors a process may hold: each ends in a result or a
/// plain message.
@Suite struct AwkwardInvocationTests {
    private static let rules = "entities:\n  - {name: Europol, type: agency}\n  - {name: Sky ECC, type: platform}\n"
    private static let text = "Sky ECC werd gekraakt door Europol.\n"

    /// A folder with the rules, a document, and its graph in JSON and GraphML.
    private func folder() throws -> URL {
        let folder = try ExternalTool.temporaryDirectory()
        try Self.rules.write(to: folder.appendingPathComponent("rules.yaml"), atomically: false, encoding: .utf8)
        try Self.text.write(to: folder.appendingPathComponent("input.txt"), atomically: false, encoding: .utf8)
        try #"{"text": "Sky ECC werd gekraakt door Europol."}"#.appending("\n")
            .write(to: folder.appendingPathComponent("dump.jsonl"), atomically: false, encoding: .utf8)
        for format in ["json", "graphml"] {
            let result = try RelGraphBinary.run(["build", "input.txt", "--no-default-rules", "--rules", "rules.yaml", "--format", format,
                                                 "--output", "g.\(format)", "-q"], in: folder)
            #expect(result.status == 0, "\(result.stderr)")
        }
        return folder
    }

    /// Runs `script` in bash in `folder`, with `relgraph` for the binary.
    private func bash(_ script: String, in folder: URL) throws -> ExternalTool.Result {
        try ExternalTool.run("bash", ["-c", "cd \"$1\" && BINARY=\"$2\" && relgraph() { \"$BINARY\" \"$@\"; } && \(script)", "bash", folder.path,
                                      RelGraphBinary.url.path])
    }

    @Test(arguments: [
        "relgraph stats <(cat g.json)",
        "relgraph stats <(cat g.graphml)",
        "cat g.graphml | relgraph stats /dev/stdin",
        // The same graph twice: refused as overlapping unless allowed.
        "relgraph merge <(cat g.json) <(cat g.graphml) --allow-overlap --format json --output - >/dev/null && relgraph stats g.json",
        "relgraph build input.txt --no-default-rules --rules <(cat rules.yaml) --format json --output - -q | relgraph stats /dev/stdin",
        "relgraph build <(cat dump.jsonl) --input-format jsonl --no-default-rules --rules rules.yaml --format json --output - -q | relgraph stats /dev/stdin",
    ])
    func aPipeIsReadOnce(script: String) throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try bash(script, in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("2 entities, 1 edges"), "\(result.stdout)")
    }

    @Test(arguments: [
        (["build", "input.txt", "--format", "json", "--format", "dot"], "--format is given 2 times"),
        (["build", "input.txt", "--format", "json", "-o", "a.json", "--output=b.json"], "--output is given 2 times"),
        (["merge", "g.json", "--format", "json", "--format=graphml"], "--format is given 2 times"),
        (["build", "input.txt", "--format", "json", "--output", ""], "--output is empty"),
        (["subgraph", "g.json", "Europol", "--format", "json", "--output", ""], "--output is empty"),
        (["neighbors", "g.json", "Europol", "--min-weight", "nan"], "--min-weight must be a number"),
        (["path", "g.json", "Europol", "Sky ECC", "--min-weight=-inf"], "--min-weight must be a number"),
    ])
    func anOddOptionIsAUsageError(arguments: [String], message: String) throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try RelGraphBinary.run(arguments + (arguments[0] == "build" ? ["--no-default-rules", "--rules", "rules.yaml"] : []), in: folder)
        #expect(result.status == 64, "\(result.stderr)")
        #expect(result.stderr.contains(message), "\(result.stderr)")
    }

    @Test func anOutputFolderUnderAFileIsNamed() throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try RelGraphBinary.run(["build", "input.txt", "--output-dir", "input.txt/out", "--no-default-rules", "--rules", "rules.yaml"], in: folder)
        #expect(result.status == 1)
        #expect(result.stderr.contains("input.txt is a file, not a folder"), "\(result.stderr)")
    }

    /// A JSON graph whose one edge weighs `weight` (written as it stands in the file).
    private static func heavyGraph(_ weight: String) -> String {
        #"{"directed": true, "multigraph": true, "graph": {}, "nodes": [{"id": "a", "label": "A", "type": "person"}, {"id": "b", "label": "B", "type": "person"}], "edges": [{"source": "a", "target": "b", "relation": "knows", "weight": \#(weight)}]}"#
    }

    @Test func weightsThatSumPastTheLargestDoubleStayFiniteAndAreNeverNull() throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.heavyGraph("1.5e308").write(to: folder.appendingPathComponent("a.json"), atomically: false, encoding: .utf8)
        try Self.heavyGraph("1.7e308").write(to: folder.appendingPathComponent("b.json"), atomically: false, encoding: .utf8)
        let result = try RelGraphBinary.run(["merge", "a.json", "b.json", "--format", "json"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(!result.stdout.contains("null") && result.stdout.contains("\"weight\": 1.7976931348623157e+308"), "\(result.stdout)")
    }

    @Test(arguments: ["inf", "-Infinity", "nan"])
    func aWeightThatIsNoFiniteNumberIsRefused(weight: String) throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let graph = try String(contentsOf: folder.appendingPathComponent("g.graphml"), encoding: .utf8)
            .replacingOccurrences(of: #"<data key="weight">1</data>"#, with: #"<data key="weight">\#(weight)</data>"#)
        #expect(graph.contains(weight))
        try graph.write(to: folder.appendingPathComponent("a.graphml"), atomically: false, encoding: .utf8)
        let result = try RelGraphBinary.run(["stats", "a.graphml"], in: folder)
        #expect(result.status == 1)
        #expect(result.stderr.contains("a.graphml") && result.stderr.contains("not a finite number"), "\(result.stderr)")
        // JSON cannot spell an infinite number; one out of range is refused as such.
        try Self.heavyGraph("1e999").write(to: folder.appendingPathComponent("a.json"), atomically: false, encoding: .utf8)
        let json = try RelGraphBinary.run(["stats", "a.json"], in: folder)
        #expect(json.status == 1 && json.stderr.contains("out of range"), "\(json.stderr)")
    }

    @Test func whatRulesPrintsRulesCheckAccepts() throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let names = ["a: b", "#hash", "'q'", "[x]", "*star", "yes", "null", "x\\ny", "tab\\there", "a\\u001Bb", "\\u2028sep", "\\uFEFFbom", "\\u0085nel", "del\\u007F"]
        let file = "entities:\n" + names.map { "  - {name: \"\($0)\", type: person}\n" }.joined()
        try file.write(to: folder.appendingPathComponent("odd\nname.yaml"), atomically: false, encoding: .utf8)
        for builtIn in [false, true] {
            let options = builtIn ? [] : ["--no-default-rules"]
            let printed = try RelGraphBinary.run(["rules", "--rules", "odd\nname.yaml"] + options, in: folder)
            #expect(printed.status == 0, "\(printed.stderr)")
            try printed.stdout.write(to: folder.appendingPathComponent("printed.yaml"), atomically: false, encoding: .utf8)
            let checked = try RelGraphBinary.run(["rules", "--check", "printed.yaml", "--no-default-rules"], in: folder)
            #expect(checked.status == 0, "\(checked.stderr)")
            let again = try RelGraphBinary.run(["rules", "--rules", "printed.yaml", "--no-default-rules"], in: folder)
            #expect(again.stdout.components(separatedBy: "\n").filter { !$0.contains("#") } == printed.stdout.components(separatedBy: "\n").filter { !$0.contains("#") })
        }
        let empty = try RelGraphBinary.run(["rules", "--rules", "rules.yaml", "--no-default-rules"], in: folder)
        #expect(empty.stdout.contains("entity_patterns: []") && empty.stdout.contains("relation_patterns: []"))
    }

    @Test func aFolderTreeDeeperThanTheDescriptorLimitIsWalked() throws {
        let folder = try folder()
        defer { _ = try? ExternalTool.run("rm", ["-rf", folder.path]) }
        var path = folder.appendingPathComponent("deep")
        for level in 0..<60 { path.appendPathComponent("l\(level)") }
        try FileManager.default.createDirectory(at: path, withIntermediateDirectories: true)
        try Self.text.write(to: path.appendingPathComponent("doc.txt"), atomically: false, encoding: .utf8)
        // 40 descriptors: fewer than the tree's levels, enough for a run that holds one folder open at a time.
        let result = try bash("ulimit -n 40 && relgraph build deep --no-default-rules --rules rules.yaml --format json --output - -q | relgraph stats /dev/stdin", in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("2 entities, 1 edges"), "\(result.stdout)")
    }

    @Test func controlCharactersInLabelsNeverReachTheTerminalAndQueriesAnswerAlikeFromJSONAndGraphML() throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let forged = "Sky\u{1B}[31mECC\rDEPTH  NEIGHBOUR\u{202E}"
        let graph: [String: Any] = [
            "directed": true, "graph": [:],
            "nodes": [["id": "a", "label": forged, "type": "platform"], ["id": "b", "label": "Europol", "type": "agency"]],
            "edges": [["source": "a", "target": "b", "relation": "cracked_by", "weight": 1,
                       "evidence": [["document": "doc\r.txt", "sentence": 1, "text": "forged\u{1B}]0;title\u{7}"]]]],
        ]
        try JSONSerialization.data(withJSONObject: graph).write(to: folder.appendingPathComponent("c.json"))
        #expect(try RelGraphBinary.run(["merge", "c.json", "--format", "graphml", "--output", "c.graphml"], in: folder).status == 0)
        for file in ["c.json", "c.graphml"] {
            for command in [["neighbors", file, "Europol"], ["explain", file, "Europol", forged], ["path", file, forged, "Europol"],
                            ["stats", file], ["neighbors", file, "nobody"]] {
                let result = try RelGraphBinary.run(command, in: folder)
                let shown = result.stdout + result.stderr
                #expect(!shown.unicodeScalars.contains { ($0.value < 0x20 && $0 != "\n") || $0 == "\u{202E}" }, "\(command): \(shown.debugDescription)")
                if command[0] != "neighbors" || command[2] == "Europol" { #expect(result.status == 0, "\(command): \(result.stderr)") }
            }
            let table = try RelGraphBinary.run(["neighbors", file, "Europol"], in: folder).stdout
            #expect(table.contains(file == "c.json" ? "Sky\\u{1B}[31mECC\\u{D}DEPTH  NEIGHBOUR\\u{202E}" : "Sky\u{FFFD}[31mECC\\u{D}DEPTH  NEIGHBOUR\\u{202E}"),
                    "\(table)")
        }
    }
}
