import Foundation
@testable import RelGraph

/// Output files as an adversary lays them out: links planted at the output's name, outputs that are the
/// inputs, earlier outputs among the inputs of a rerun, the same file named twice, leftovers of a killed
/// run, and confidential files whose permissions a rewrite must keep.
extension HostileCorpus {
    var outputFiles: [HostileCase] {
        plantedLinks + outputsThatAreInputs + rerunsOverEarlierOutputs + sameFileTwice + permissionsKept + leftovers
    }

    /// The case's JSON file at `path`, parsed.
    private static func json(_ sandbox: Sandbox, _ path: String) -> [String: Any]? {
        FileManager.default.contents(atPath: sandbox.path(path)).flatMap { try? JSONSerialization.jsonObject(with: $0) as? [String: Any] }
    }

    /// What is wrong when `relative` does not hold `text`.
    private static func holds(_ sandbox: Sandbox, _ relative: String, _ text: String) -> [String] {
        FileManager.default.contents(atPath: sandbox.path(relative)) == Data(text.utf8) ? [] : ["\(relative) was changed"]
    }

    /// A link at the output's name, owned by another user (`nobody`) in a folder everyone writes in, that
    /// leads to a file of the victim's: refused, in every format (only as root, who can give a link away).
    private var plantedLinks: [HostileCase] {
        guard geteuid() == 0 else { return [] }
        return fixtures.formats.map { format in
            let target = HostileFixtures.files(of: format)[0]
            return build("\(target) is a link another user planted", ["input.txt"], format: format, exit: .badInput,
                         mentions: [target, "symbolic link owned by another user"]) { sandbox in
                try sandbox.write(HostileFixtures.text, to: "input.txt")
                try sandbox.write("victim's file\n", to: "victim.txt")
                try? FileManager.default.removeItem(atPath: sandbox.path(target))
                try sandbox.link(target, to: sandbox.path("victim.txt"))
                lchown(sandbox.path(target), 65534, 65534)
            }.verifying { Self.holds($0, "victim.txt", "victim's file\n") }
        }
    }

    /// `--output` naming an input directly, through a link, as a hard link, or a document inside an input
    /// folder; `merge` and `subgraph` writing over the graph they read.
    private var outputsThatAreInputs: [HostileCase] {
        let text = HostileFixtures.text
        let graphJSON = fixtures.graphJSON
        let ways: [(String, [String], String, @Sendable (Sandbox) throws -> Void)] = [
            ("directly", ["input.txt"], "input.txt", { _ in }),
            ("through a link", ["input.txt"], "link.txt", { try $0.link("link.txt", to: "input.txt") }),
            ("as a hard link", ["input.txt"], "hard.txt", { link($0.path("input.txt"), $0.path("hard.txt")) }),
            ("as a document in an input folder", ["docs"], "docs/input.txt", { sandbox in
                try sandbox.write(text, to: "docs/input.txt")
            }),
            ("as a link to a document in an input folder", ["docs"], "out.json", { sandbox in
                try sandbox.write(text, to: "docs/input.txt")
                try sandbox.link("out.json", to: "docs/input.txt")
            }),
        ]
        let builds = ways.map { way in
            HostileCase("output is an input: build --output \(way.1[0]) \(way.0)",
                        ["build"] + way.1 + ["--format", "json", "--output", way.2] + HostileFixtures.ruleOptions,
                        exit: .badInput, mentions: ["input", "also the output"]) { sandbox in
                try sandbox.write(HostileFixtures.rules, to: "rules.yaml")
                try sandbox.write(text, to: "input.txt")
                try way.3(sandbox)
            }
        }
        let graphs: @Sendable (Sandbox) throws -> Void = { sandbox in
            try sandbox.write(graphJSON, to: "g.json")
            try sandbox.write(graphJSON, to: "h.json")
            try sandbox.link("latest.json", to: "g.json")
        }
        return builds + [
            HostileCase("output is an input: merge --output one of the graphs", ["merge", "g.json", "h.json", "--format", "json", "--output", "h.json"],
                        exit: .badInput, mentions: ["h.json", "one of the inputs"], setup: graphs),
            HostileCase("output is an input: merge --output a link to one of the graphs",
                        ["merge", "g.json", "h.json", "--format", "graphml", "--output", "latest.json"],
                        exit: .badInput, mentions: ["latest.json", "one of the inputs"], setup: graphs),
            HostileCase("output is an input: subgraph --output its graph", ["subgraph", "g.json", "Sky ECC", "--format", "json", "--output", "g.json"],
                        exit: .badInput, mentions: ["g.json", "one of the inputs"], setup: graphs),
        ]
    }

    /// A rerun over a folder that holds relgraph's earlier outputs (its CSV tables, which a build would
    /// read as message dumps, and the default `out/` folder) reads only the documents.
    private var rerunsOverEarlierOutputs: [HostileCase] {
        let fixtures = fixtures
        let onlyTheDocument: @Sendable (Sandbox) -> [String] = { sandbox in
            guard let inputs = Self.json(sandbox, "result.json").flatMap({ ($0["graph"] as? [String: Any])?["inputs"] }) else {
                return ["result.json has no inputs"]
            }
            let documents = (Self.json(sandbox, "result.json")?["nodes"] as? [[String: Any]])?.compactMap { $0["documents"] as? Int } ?? []
            return documents.allSatisfy { $0 <= 1 } ? [] : ["the rerun read its own outputs (inputs \(inputs), documents \(documents))"]
        }
        return [
            HostileCase("rerun: the earlier CSV tables beside the document", ["build", ".", "--format", "json", "--output", "result.json"]
                        + HostileFixtures.ruleOptions, exit: .success, outputs: ["result.json"]) { sandbox in
                try fixtures.prepare(sandbox, earlier: .csv)
                try sandbox.write(HostileFixtures.text, to: "input.txt")
            }.verifying(onlyTheDocument),
            HostileCase("rerun: the earlier CSV tables written to the input folder itself", ["build", ".", "--format", "csv", "--output", "graph"]
                        + HostileFixtures.ruleOptions, exit: .success, outputs: ["graph.nodes.csv"]) { sandbox in
                try fixtures.prepare(sandbox, earlier: .csv)
                for table in ["nodes", "edges", "evidence"] {
                    try FileManager.default.moveItem(atPath: sandbox.path("out/graph.\(table).csv"), toPath: sandbox.path("graph.\(table).csv"))
                }
                try sandbox.write(HostileFixtures.text, to: "input.txt")
            },
            HostileCase("rerun: build . with the default output folder holding a document", ["build", "."] + HostileFixtures.ruleOptions,
                        exit: .success, outputs: ["out/graph.dot"]) { sandbox in
                try sandbox.write(HostileFixtures.rules, to: "rules.yaml")
                try sandbox.write(HostileFixtures.text, to: "input.txt")
                try sandbox.write(HostileFixtures.text, to: "out/notes.txt")
            }.verifying { sandbox in
                let dot = FileManager.default.contents(atPath: sandbox.path("out/graph.dot")).map { String(decoding: $0, as: UTF8.self) } ?? ""
                return dot.contains("weight 1\"") && !dot.contains("weight 2") ? [] : ["the run read out/notes.txt in its output folder"]
            },
        ]
    }

    /// The same file named twice (`ex` and `./ex`, a link, a hard link) counts once: the edges are those
    /// of one copy.
    private var sameFileTwice: [HostileCase] {
        let expected = fixtures.graphJSON
        let ways: [(String, [String], @Sendable (Sandbox) throws -> Void)] = [
            ("a folder and ./folder", ["ex", "./ex"], { _ in }),
            ("a folder and folder/", ["ex", "ex/"], { _ in }),
            ("a file and the folder that holds it", ["ex", "ex/input.txt"], { _ in }),
            ("a file and a link to it", ["ex/input.txt", "link.txt"], { try $0.link("link.txt", to: "ex/input.txt") }),
            ("a file and a hard link to it", ["ex/input.txt", "hard.txt"], { link($0.path("ex/input.txt"), $0.path("hard.txt")) }),
            ("a folder and a link to it", ["ex", "alias"], { try $0.link("alias", to: "ex") }),
        ]
        return ways.map { way in
            HostileCase("same file twice: \(way.0)", ["build"] + way.1 + ["--format", "json", "--output", "result.json"] + HostileFixtures.ruleOptions,
                        exit: .success, outputs: ["result.json"]) { sandbox in
                try sandbox.write(HostileFixtures.rules, to: "rules.yaml")
                try sandbox.write(HostileFixtures.text, to: "ex/input.txt")
                try way.2(sandbox)
            }.verifying { sandbox in
                // The documents' names differ (ex/input.txt, link.txt); weights and counts must not.
                func tallies(_ graph: [String: Any]?) -> [String] {
                    ((graph?["edges"] as? [[String: Any]]) ?? []).map { edge in
                        ["source", "target", "relation", "weight", "count"].map { "\(edge[$0] ?? "")" }.joined(separator: " ")
                    }.sorted()
                }
                let once = tallies((try? JSONSerialization.jsonObject(with: expected)) as? [String: Any])
                let edges = tallies(Self.json(sandbox, "result.json"))
                return !once.isEmpty && edges == once ? [] : ["the edges differ from one copy's: \(edges) instead of \(once)"]
            }
        }
    }

    /// A confidential earlier output (0600, another owner) keeps its mode and owner when rewritten.
    private var permissionsKept: [HostileCase] {
        fixtures.formats.filter { $0 != .svg }.map { format in
            let target = HostileFixtures.files(of: format)[0]
            return build("\(target) 0600 keeps its mode and owner", ["input.txt"], format: format) { sandbox in
                try sandbox.write(HostileFixtures.text, to: "input.txt")
                chmod(sandbox.path(target), 0o600)
                if geteuid() == 0 { chown(sandbox.path(target), 65534, 65534) }
            }.verifying { sandbox in
                var status = stat()
                guard stat(sandbox.path(target), &status) == 0 else { return ["\(target) is gone"] }
                var problems: [String] = []
                if status.st_mode & 0o7777 != 0o600 { problems.append("\(target) has mode \(String(status.st_mode & 0o7777, radix: 8))") }
                if geteuid() == 0, status.st_uid != 65534 || status.st_gid != 65534 { problems.append("\(target) changed owner") }
                return problems
            }
        }
    }

    /// The temporary file a run killed with `kill -9` left: removed by the next run that writes there.
    private var leftovers: [HostileCase] {
        [build("a killed run's temporary file beside the output", ["input.txt"]) { sandbox in
            try sandbox.write(HostileFixtures.text, to: "input.txt")
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/bin/true")
            try process.run()
            process.waitUntilExit()
            try sandbox.write(String(repeating: "{", count: 10_000), to: "out/.graph.json.\(TemporaryFiles.host).\(process.processIdentifier).x7q2.tmp")
        }]
    }

    /// GraphML in encodings a scan of bytes cannot read (an entity declaration in UTF-7 is `+ADw-!ENTITY`):
    /// refused by the encoding they declare or start in, before the check for entities.
    var graphMLEncodings: [GraphFile] {
        let body = #"<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph edgedefault="directed"><node id="a"/></graph></graphml>"#
        func declaring(_ encoding: String, _ rest: String, quote: String = "\"", bom: Bool = false) -> [UInt8] {
            (bom ? [0xEF, 0xBB, 0xBF] : []) + Array("<?xml version=\"1.0\" encoding=\(quote)\(encoding)\(quote)?>\n\(rest)".utf8)
        }
        let utf7Entity = "+ADw-!DOCTYPE graphml +AFs-+ADw-!ENTITY xxe SYSTEM +ACI-file:///etc/passwd+ACI-+AD4-+AF0-+AD4-\n" + body
        return [
            GraphFile(name: "an entity hidden in UTF-7", bytes: declaring("UTF-7", utf7Entity), mentions: ["UTF-7", "encoding"]),
            GraphFile(name: "UTF-7 declared in single quotes after a byte order mark", bytes: declaring("utf-7", body, quote: "'", bom: true),
                      mentions: ["utf-7", "encoding"]),
            GraphFile(name: "Latin-1 declared", bytes: declaring("ISO-8859-1", body), mentions: ["ISO-8859-1", "UTF-8"]),
            GraphFile(name: "EBCDIC", bytes: [0x4C, 0x6F, 0xA7, 0x94, 0x93, 0x40], mentions: ["EBCDIC"]),
            GraphFile(name: "an encoding name with an escape in it", bytes: declaring("x\u{1B}[31m", body), mentions: ["\\u{1B}"]),
            GraphFile(name: "ASCII declared", bytes: declaring("US-ASCII", body), exit: .success),
        ]
    }
}
