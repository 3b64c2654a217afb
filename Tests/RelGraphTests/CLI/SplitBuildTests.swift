import Foundation
import Testing
@testable import RelGraph

/// A dump built in parts (`build --source-name NAME --part K/N`) and merged gives the bytes of one build of
/// the dump; overlapping partials are refused; partials travel one per line (`--compact`, `merge -`).
@Suite struct SplitBuildTests {
    /// 60 messages with ids that name entities of the built-in rules, with dates and senders.
    private static let messages: [String] = (1...60).map { number in
        let texts = ["Europol kraakte Sky ECC, zegt de politie in Antwerpen.", "Zending via Rotterdam, praat op EncroChat.",
                     "De Nederlandse politie en Europol lazen mee op Sky ECC.", "Karim B. werd in Mechelen opgepakt door de federale politie.",
                     "Alles via Antwerpen en Rotterdam."]
        return #"{"id": "m\#(number)", "date": "2021-03-\#(10 + number % 19)", "sender": "s\#(number % 7)", "text": "\#(texts[number % texts.count])"}"#
    }

    /// A folder holding `dump.jsonl` (the messages) and `part.K` files: the dump cut in `parts` by lines.
    private func splitDump(parts: Int) throws -> URL {
        let folder = try ExternalTool.temporaryDirectory()
        try (Self.messages.joined(separator: "\n") + "\n").write(to: folder.appendingPathComponent("dump.jsonl"), atomically: false, encoding: .utf8)
        let size = (Self.messages.count + parts - 1) / parts
        for part in 1...parts {
            let lines = Self.messages.dropFirst((part - 1) * size).prefix(size)
            try (lines.joined(separator: "\n") + "\n").write(to: folder.appendingPathComponent("part.\(part)"), atomically: false, encoding: .utf8)
        }
        return folder
    }

    /// Builds part `part` of `parts` of dump.jsonl from standard input, as one compact JSON line.
    private func buildPart(_ part: Int, of parts: Int, in folder: URL, extra: [String] = []) throws -> ExternalTool.Result {
        try RelGraphBinary.run(["build", "-", "--source-name", "dump.jsonl", "--part", "\(part)/\(parts)", "--format", "json", "--compact",
                                "--output", "-", "--quiet", "--sender-field", "sender"] + extra,
                               in: folder, standardInput: folder.appendingPathComponent("part.\(part)"))
    }

    private func write(_ text: String, to name: String, in folder: URL) throws {
        try text.write(to: folder.appendingPathComponent(name), atomically: false, encoding: .utf8)
    }

    @Test func standardInputWithASourceNameIsNamedAsABuildOfThatFile() throws {
        let folder = try splitDump(parts: 1)
        defer { try? FileManager.default.removeItem(at: folder) }
        let single = try RelGraphBinary.run(["build", "dump.jsonl", "--format", "json", "--output", "-", "--quiet"], in: folder)
        let named = try RelGraphBinary.run(["build", "-", "--source-name", "dump.jsonl", "--format", "json", "--output", "-", "--quiet"],
                                           in: folder, standardInput: folder.appendingPathComponent("dump.jsonl"))
        #expect(single.status == 0 && named.status == 0, "\(single.stderr)\(named.stderr)")
        #expect(named.stdout == single.stdout)
        #expect(named.stdout.contains(#""document": "dump.jsonl#m"#) && named.stdout.contains(#""inputs": ["dump.jsonl"]"#))
    }

    @Test func partsMergedFromStandardInputAreTheBytesOfOneBuild() throws {
        let folder = try splitDump(parts: 3)
        defer { try? FileManager.default.removeItem(at: folder) }
        var partials = ""
        for part in 1...3 {
            let built = try buildPart(part, of: 3, in: folder)
            #expect(built.status == 0, "\(built.stderr)")
            #expect(built.stdout.filter { $0 == "\n" }.count == 1 && built.stdout.hasSuffix("}\n"), "a compact partial is one line")
            #expect(built.stdout.contains(#""parts": [{"source": "dump.jsonl", "part": \#(part), "of": 3}]"#))
            partials += built.stdout
        }
        try write(partials, to: "partials.jsonl", in: folder)
        for format in ["graphml", "json"] {
            let single = try RelGraphBinary.run(["build", "dump.jsonl", "--sender-field", "sender", "--format", format, "--output", "-", "--quiet"], in: folder)
            let merged = try RelGraphBinary.run(["merge", "-", "--format", format], in: folder, standardInput: folder.appendingPathComponent("partials.jsonl"))
            #expect(merged.status == 0, "\(merged.stderr)")
            #expect(merged.stdout == single.stdout, "merge of the parts differs from one build in \(format)")
        }
        let fromFile = try RelGraphBinary.run(["merge", "partials.jsonl", "--format", "json"], in: folder)
        #expect(fromFile.status == 0 && !fromFile.stdout.contains("\"parts\""), "\(fromFile.stderr)")
    }

    @Test func aMergeOfSomePartsKeepsThemAndTheRestCompletesTheInput() throws {
        let folder = try splitDump(parts: 3)
        defer { try? FileManager.default.removeItem(at: folder) }
        for part in 1...3 { try write(try buildPart(part, of: 3, in: folder).stdout, to: "p\(part).json", in: folder) }
        let half = try RelGraphBinary.run(["merge", "p1.json", "p2.json", "--format", "json", "--compact", "--output", "half.json"], in: folder)
        #expect(half.status == 0, "\(half.stderr)")
        let halfText = try String(contentsOf: folder.appendingPathComponent("half.json"), encoding: .utf8)
        #expect(halfText.contains(#""parts": [{"source": "dump.jsonl", "part": 1, "of": 3}, {"source": "dump.jsonl", "part": 2, "of": 3}]"#))
        let whole = try RelGraphBinary.run(["merge", "half.json", "p3.json", "--format", "graphml"], in: folder)
        let single = try RelGraphBinary.run(["build", "dump.jsonl", "--sender-field", "sender", "--format", "graphml", "--output", "-", "--quiet"], in: folder)
        #expect(whole.status == 0 && whole.stdout == single.stdout, "\(whole.stderr)")
        let again = try RelGraphBinary.run(["merge", "half.json", "p2.json", "--format", "json"], in: folder)
        #expect(again.status == 1 && again.stderr.contains("half.json and p2.json were both built from part 2/3 of dump.jsonl"), "\(again.stderr)")
    }

    @Test func twoPartialsOfTheSamePartAreRefusedWithBothNamedUnlessOverlapIsAllowed() throws {
        let folder = try splitDump(parts: 2)
        defer { try? FileManager.default.removeItem(at: folder) }
        try write(try buildPart(1, of: 2, in: folder).stdout, to: "a.json", in: folder)
        try write(try buildPart(1, of: 2, in: folder).stdout, to: "b.json", in: folder)
        let refused = try RelGraphBinary.run(["merge", "a.json", "b.json", "--format", "json", "--output", "out.json"], in: folder)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("a.json and b.json were both built from part 1/2 of dump.jsonl") && refused.stderr.contains("--allow-overlap"),
                "\(refused.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("out.json").path))
        let allowed = try RelGraphBinary.run(["merge", "a.json", "b.json", "--format", "json", "--allow-overlap"], in: folder)
        #expect(allowed.status == 0, "\(allowed.stderr)")
    }

    @Test(arguments: [["p.json", "p.json"], ["p.json", "./p.json"], ["p.json", "link.json"]])
    func oneGraphGivenTwiceIsRefused(graphs: [String]) throws {
        let folder = try splitDump(parts: 1)
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try RelGraphBinary.run(["build", "dump.jsonl", "--format", "json", "--output", "p.json", "--quiet"], in: folder).status == 0)
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("link.json").path, withDestinationPath: "p.json")
        let refused = try RelGraphBinary.run(["merge"] + graphs + ["--format", "json"], in: folder)
        #expect(refused.status == 1 && refused.stderr.contains("\(graphs[1]) is the graph \(graphs[0]) again"), "\(refused.stderr)")
    }

    @Test func aWholeInputAndOneOfItsPartsOrPartsOfTwoSplitsAreRefused() throws {
        let folder = try splitDump(parts: 2)
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try RelGraphBinary.run(["build", "dump.jsonl", "--format", "json", "--output", "whole.json", "--quiet"], in: folder).status == 0)
        try write(try buildPart(2, of: 2, in: folder).stdout, to: "half.json", in: folder)
        let wholeAndPart = try RelGraphBinary.run(["merge", "whole.json", "half.json", "--format", "json"], in: folder)
        #expect(wholeAndPart.status == 1 && wholeAndPart.stderr.contains("whole.json and half.json were both built from dump.jsonl"), "\(wholeAndPart.stderr)")
        try write(try buildPart(1, of: 3, in: folder).stdout, to: "third.json", in: folder)
        let splits = try RelGraphBinary.run(["merge", "half.json", "third.json", "--format", "json"], in: folder)
        #expect(splits.status == 1 && splits.stderr.contains("part 2/2 of dump.jsonl") && splits.stderr.contains("part 1/3 of dump.jsonl"), "\(splits.stderr)")
    }

    @Test func aLineOfStandardInputThatIsNoGraphIsRefusedWithItsLine() throws {
        let folder = try splitDump(parts: 1)
        defer { try? FileManager.default.removeItem(at: folder) }
        try write(try buildPart(1, of: 1, in: folder).stdout + "\n{\"nodes\": [\n", to: "lines.jsonl", in: folder)
        let refused = try RelGraphBinary.run(["merge", "-", "--format", "json"], in: folder, standardInput: folder.appendingPathComponent("lines.jsonl"))
        #expect(refused.status == 1 && refused.stderr.contains("standard input:3:") && refused.stderr.contains("one graph per line"), "\(refused.stderr)")
        try write("\n", to: "empty.jsonl", in: folder)
        let empty = try RelGraphBinary.run(["merge", "-", "--format", "json"], in: folder, standardInput: folder.appendingPathComponent("empty.jsonl"))
        #expect(empty.status == 1 && empty.stderr.contains("holds no graph"), "\(empty.stderr)")
    }

    @Test(arguments: [
        (["build", "-", "--part", "1/2", "--format", "json"], "--part of standard input needs --source-name"),
        (["build", "dump.jsonl", "--part", "1/2", "--format", "graphml"], "add --format json"),
        (["build", "dump.jsonl", "--part", "3/2", "--format", "json"], "--part"),
        (["build", "dump.jsonl", "--part", "1/2", "--format", "json", "--min-weight", "2"], "--min-weight"),
        (["build", "dump.jsonl", "dump.jsonl", "--source-name", "x.jsonl"], "name one input"),
        (["build", ".", "--source-name", "x.jsonl"], "not the folder"),
        (["build", "dump.jsonl", "--compact", "--format", "graphml"], "--compact writes JSON"),
        (["merge", "-", "-", "--format", "json"], "given more than once"),
    ])
    func splitOptionsThatCannotWorkAreUsageErrors(arguments: [String], message: String) throws {
        let folder = try splitDump(parts: 1)
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try RelGraphBinary.run(arguments, in: folder)
        #expect(result.status == 64 && result.stderr.contains(message), "\(result.stderr)")
    }
}
