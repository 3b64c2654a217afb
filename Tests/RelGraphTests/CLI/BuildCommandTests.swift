import Foundation
import Testing
@testable import RelGraph

@Suite(.serialized) struct BuildCommandTests {
    private let examples = RelGraphBinary.repository.appendingPathComponent("examples").path
    private var graphvizExpected: Bool { GraphvizRenderer.isAvailable || ProcessInfo.processInfo.environment["CI"] != nil }

    @Test func versionIsPrinted() throws {
        let result = try RelGraphBinary.run(["--version"])
        #expect(result.status == 0 && result.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == RelGraphVersion.current)
    }

    @Test func theDefaultRunWritesDOTGraphMLSQLiteAndSVGToTheOutputFolder() throws {
        let folder = try ExternalTool.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("nested/out").path
        let result = try RelGraphBinary.run(["build", examples, "--output-dir", output])
        #expect(result.status == 0, "\(result.stderr)")
        let files = try FileManager.default.contentsOfDirectory(atPath: output).sorted()
        #expect(files == ["graph.dot", "graph.graphml"] + (graphvizExpected ? ["graph.html"] : []) + ["graph.sqlite"] + (graphvizExpected ? ["graph.svg"] : []))
        #expect(result.stderr.contains("entities"))
        let graphml = try String(contentsOfFile: output + "/graph.graphml", encoding: .utf8)
        #expect(graphml.contains(">Sky ECC</data>") && graphml.contains(">cracked_by</data>"))
        let stats = try RelGraphBinary.run(["stats", output + "/graph.sqlite", "--top", "1"])
        #expect(stats.status == 0 && stats.stdout.contains("Sky ECC (platform)"), "\(stats.stderr)")
    }

    @Test func withoutGraphvizTheDefaultRunSkipsSVGAndHTMLAndSaysSo() throws {
        let folder = try ExternalTool.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try RelGraphBinary.run(["build", examples, "--output-dir", folder.path],
                                            environment: ["RELGRAPH_DISABLE_GRAPHVIZ": "1"])
        #expect(result.status == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["graph.dot", "graph.graphml", "graph.sqlite"])
        #expect(result.stderr.contains("SVG and HTML skipped") && result.stderr.contains("graphviz"))
        let svg = try RelGraphBinary.run(["build", examples, "--format", "svg", "--output", folder.path + "/map.svg"],
                                         environment: ["RELGRAPH_DISABLE_GRAPHVIZ": "1"])
        #expect(svg.status == 1 && svg.stderr.contains("libgraphviz-dev"))
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/map.svg"))
    }

    @Test func drawingOptionsSelectWhatDOTDrawsAndAreRefusedForOtherFormats() throws {
        let typed = try RelGraphBinary.run(["build", examples, "--format", "dot", "--output", "-", "--draw-relation", "cracked_by",
                                            "--draw-relation", "seized_by"])
        #expect(typed.status == 0, "\(typed.stderr)")
        let drawn = Set(typed.stdout.split(separator: "\n").filter { $0.contains(" -> ") }.compactMap { line in
            line.range(of: "tooltip=\"").map { String(line[$0.upperBound...].prefix { $0 != " " }) }
        })
        #expect(drawn == ["cracked_by", "seized_by"])
        let hidden = try RelGraphBinary.run(["build", examples, "--format", "dot", "--output", "-", "--hide-cooccurrence"])
        #expect(hidden.status == 0 && !hidden.stdout.contains("dir=\"none\"") && hidden.stdout.contains("label=\"cracked_by\""))
        for (arguments, message) in [(["--format", "json", "--hide-cooccurrence"], "--hide-cooccurrence selects what DOT, SVG and HTML draw"),
                                     (["--format", "csv", "--output", "x", "--draw-relation", "seized_by"], "--draw-relation"),
                                     (["--draw-relation", "not a name"], "'not a name' is not a relation name"),
                                     (["--hide-cooccurrence", "--draw-relation", "co_occurs"], "contradict")] {
            let result = try RelGraphBinary.run(["build", examples] + arguments)
            #expect(result.status == 64 && result.stderr.contains(message), "\(arguments): \(result.stderr)")
        }
    }

    @Test func oneFormatGoesToStandardOutputAndIsTheSameWhateverTheInputOrder() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: examples).sorted().map { examples + "/" + $0 }
        let forward = try RelGraphBinary.run(["build"] + files + ["--format", "graphml", "--output", "-"])
        let backward = try RelGraphBinary.run(["build"] + files.reversed() + ["--format", "graphml", "--output", "-"])
        #expect(forward.status == 0 && forward.stdout.hasPrefix("<?xml"))
        #expect(forward.stdout == backward.stdout)
    }

    @Test func standardInputIsADocument() throws {
        let folder = try ExternalTool.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("in.txt")
        try Data("Europol en de landelijke eenheid onderzochten EncroChat.".utf8).write(to: input)
        let process = try ExternalTool.run("sh", ["-c", "\(RelGraphBinary.url.path) build - --format json --output - < \(input.path)"])
        #expect(process.status == 0)
        #expect(process.stdout.contains("\"document\": \"-\"") || process.stdout.contains("\"document\":\"-\""))
    }

    @Test func invalidUTF8IsReportedOncePerFileAndIsNotFatal() throws {
        let folder = try ExternalTool.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("broken.txt")
        try Data(Array("Europol en ".utf8) + [0xFF, 0xFE] + Array(" Sky ECC.".utf8)).write(to: file)
        let result = try RelGraphBinary.run(["build", file.path, "--format", "json", "--output", "-"])
        #expect(result.status == 0)
        #expect(result.stderr.components(separatedBy: "invalid UTF-8").count == 2)
        #expect(result.stderr.contains("warning: \(file.path): 2 invalid UTF-8 sequence(s) replaced"))
        #expect(result.stdout.contains("Sky ECC"))
    }

    @Test func gexfAndCSVAreWrittenForGephiAndSpreadsheets() throws {
        let folder = try ExternalTool.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let gexf = folder.appendingPathComponent("graph.gexf").path
        #expect(try RelGraphBinary.run(["build", examples, "--format", "gexf", "--output", gexf]).status == 0)
        #expect(try String(contentsOfFile: gexf, encoding: .utf8).contains("<gexf xmlns=\"http://gexf.net/1.3\""))
        let csv = try RelGraphBinary.run(["build", examples, "--format", "csv", "--output", folder.appendingPathComponent("graph.csv").path])
        #expect(csv.status == 0, "\(csv.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
            == ["graph.edges.csv", "graph.evidence.csv", "graph.gexf", "graph.nodes.csv"])
        let toStandardOutput = try RelGraphBinary.run(["build", examples, "--format", "csv", "--output", "-"])
        #expect(toStandardOutput.status == 64 && toStandardOutput.stderr.contains("several files"))
    }

    @Test func theYEdFlavourGoesWhereverGraphMLIsWritten() throws {
        let folder = try ExternalTool.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let plain = try RelGraphBinary.run(["build", examples, "--format", "graphml", "--output", "-"])
        let yEd = try RelGraphBinary.run(["build", examples, "--format", "graphml", "--graphml-flavor", "yed", "--output", "-"])
        #expect(yEd.status == 0 && yEd.stdout.contains("<y:ShapeNode>") && !plain.stdout.contains("y:"))
        let explicitPlain = try RelGraphBinary.run(["build", examples, "--format", "graphml", "--graphml-flavor", "plain", "--output", "-"])
        #expect(explicitPlain.stdout == plain.stdout)
        // Without --format, the flavour applies to graph.graphml.
        let defaults = try RelGraphBinary.run(["build", examples, "--graphml-flavor", "yed", "--output-dir", folder.path])
        #expect(defaults.status == 0, "\(defaults.stderr)")
        #expect(try String(contentsOfFile: folder.path + "/graph.graphml", encoding: .utf8) == yEd.stdout)
        // merge and subgraph take it too.
        let json = folder.appendingPathComponent("graph.json").path
        #expect(try RelGraphBinary.run(["build", examples, "--format", "json", "--output", json]).status == 0)
        let merged = try RelGraphBinary.run(["merge", json, "--format", "graphml", "--graphml-flavor", "yed"])
        #expect(merged.status == 0 && merged.stdout.contains("<y:ShapeNode>"), "\(merged.stderr)")
        let ego = try RelGraphBinary.run(["subgraph", json, "Sky ECC", "--format", "graphml", "--graphml-flavor", "yed"])
        #expect(ego.status == 0 && ego.stdout.contains("<y:NodeLabel textColor=\"#FFFFFF\">Sky ECC</y:NodeLabel>"), "\(ego.stderr)")
    }

    @Test func aGraphMLFlavourWithAnotherFormatIsAUsageError() throws {
        let json = RelGraphBinary.repository.appendingPathComponent("README.md").path // Never read: refused first.
        for arguments in [["build", examples, "--format", "dot"], ["merge", json, "--format", "svg"],
                          ["subgraph", json, "Sky ECC", "--format", "json"]] {
            let result = try RelGraphBinary.run(arguments + ["--graphml-flavor", "yed"])
            #expect(result.status == 64, "\(arguments)")
            #expect(result.stderr.contains("--graphml-flavor applies only to GraphML, not to --format \(arguments.last ?? "")"),
                    "\(result.stderr)")
        }
        let unknown = try RelGraphBinary.run(["build", examples, "--format", "graphml", "--graphml-flavor", "gephi"])
        #expect(unknown.status == 64 && unknown.stderr.contains("plain") && unknown.stderr.contains("yed"))
    }

    @Test func usageErrorsExitWith64AndExplain() throws {
        let result = try RelGraphBinary.run(["build", examples, "--output", "x.graphml"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("--format"))
        #expect(try RelGraphBinary.run(["build", examples, "--window", "page"]).status == 64)
    }

    @Test func badInputExitsWith1AndLeavesEarlierOutputsUntouched() throws {
        let folder = try ExternalTool.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("graph.graphml").path
        try Data("earlier".utf8).write(to: URL(fileURLWithPath: target))
        let result = try RelGraphBinary.run(["build", examples, "/no/such/folder", "--format", "graphml", "--output", target])
        #expect(result.status == 1)
        #expect(result.stderr.contains("/no/such/folder"))
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "earlier")
    }

    @Test func theHelpTeachesWithExamples() throws {
        let help = try RelGraphBinary.run(["build", "--help"]).stdout
        for text in ["--format", "--window", "--min-weight", "--layout", "relgraph build examples/", "standard output"] {
            #expect(help.contains(text), "help lacks \(text)")
        }
    }
}

@Suite struct AtomicFileWriterTests {
    @Test func aWriteReplacesTheFileAndLeavesNoTemporaryFile() throws {
        let folder = try ExternalTool.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("graph.dot").path
        try AtomicFileWriter().write("first", to: path)
        try AtomicFileWriter().write("second", to: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "second")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["graph.dot"])
    }

    @Test func aFailedWriteLeavesTheTargetAsItWas() throws {
        let folder = try ExternalTool.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(throws: OutputTransaction.WriteError.self) {
            try AtomicFileWriter().write("x", to: folder.appendingPathComponent("missing/graph.dot").path)
        }
        // A folder in the way of the rename: the write fails, and nothing is left behind.
        let blocked = folder.appendingPathComponent("graph.svg")
        try FileManager.default.createDirectory(at: blocked.appendingPathComponent("inside"), withIntermediateDirectories: true)
        #expect(throws: OutputTransaction.WriteError.self) { try AtomicFileWriter().write("x", to: blocked.path) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["graph.svg"])
    }
}
