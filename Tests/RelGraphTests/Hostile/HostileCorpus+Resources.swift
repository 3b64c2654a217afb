import Foundation
@testable import RelGraph

/// Inputs that cost more than their size: endless or huge documents and messages, windows naming hundreds
/// of entities, thousands of variants of one name, labels a megabyte wide, a dump of bad rows. Every run
/// is under ``HostileCase/memoryLimit``; these cases also bound the work (edges, bytes, lines).
extension HostileCorpus {
    var resources: [HostileCase] { endlessInputs + lists + variants + wideOutput + layouts }

    /// Place names of the built-in pack, `count` of them, one word each.
    static func placeNames(_ count: Int) -> [String] {
        let words = DefaultRulePack.places.split(separator: "\n").compactMap { line -> String? in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count > 1, fields[0].hasSuffix("city") || fields[0].hasSuffix("country") else { return nil }
            let name = String(fields[1])
            return name.allSatisfy { $0.isLetter && $0.isASCII } ? name : nil
        }
        return Array(words.prefix(count))
    }

    /// Standard input that never ends, documents and messages past the size limit.
    var endlessInputs: [HostileCase] {
        let limit = ["--max-document-size", "1"]
        let big = String(repeating: "Sky ECC en Europol. ", count: 60_000) // 1.2 MB
        return [
            build("standard input from /dev/zero", ["-"], exit: .badInput, mentions: ["standard input", "64 MB"], standardInput: "zero") { sandbox in
                try sandbox.link("zero", to: "/dev/zero")
            },
            build("a text file of 1.2 MB over a 1 MB limit", ["big.txt"], exit: .badInput, mentions: ["big.txt", "1 MB", "--max-document-size"],
                  options: HostileFixtures.ruleOptions + limit) { try $0.write(big, to: "big.txt") },
            build("a JSON Lines message of 1.2 MB over a 1 MB limit", ["day.jsonl"], mentions: ["day.jsonl:2", "1 MB"],
                  options: HostileFixtures.ruleOptions + limit) { sandbox in
                try sandbox.write("{\"text\": \"Sky ECC en Europol.\"}\n{\"text\": \"\(big)\"}\n{\"text\": \"EncroChat.\"}\n", to: "day.jsonl")
            },
            build("a JSON Lines file of 3 MB without a line feed over a 1 MB limit", ["day.jsonl"], mentions: ["day.jsonl:1", "1 MB"],
                  options: HostileFixtures.ruleOptions + limit) { sandbox in
                try sandbox.write(Array("{\"text\": \"".utf8) + [UInt8](repeating: 0x61, count: 3 << 20), to: "day.jsonl")
            },
            build("a CSV message of 1.2 MB over a 1 MB limit", ["day.csv"], mentions: ["day.csv:3", "1 MB"],
                  options: HostileFixtures.ruleOptions + limit) { sandbox in
                try sandbox.write("id,text\n1,Sky ECC en Europol.\n2,\(big)\n", to: "day.csv")
            },
            build("a text file of 1.2 MB under the default limit", ["big.txt"]) { try $0.write(big, to: "big.txt") },
            // A message written with \u escapes (as Python's json.dumps writes accents) was decoded in time
            // quadratic in its length.
            build("a JSON Lines message of 4 MB written as \\u escapes", ["day.jsonl"]) { sandbox in
                let escaped = String(repeating: "Europol in Li\\u00e8ge \\u00e9n Sky ECC. ", count: 100_000)
                try sandbox.write("{\"id\": \"1\", \"text\": \"\(escaped)\"}\n", to: "day.jsonl")
            },
        ]
    }

    /// Sentences, paragraphs and documents naming hundreds of places: taken as lists, they add about one
    /// pair per entity, not one per pair of entities.
    var lists: [HostileCase] {
        let names = Self.placeNames(600)
        let oneSentence = names.joined(separator: " en ") + ".\n"
        let noPunctuation = String(repeating: names.joined(separator: " en ") + " ", count: 20)
        let inputs: [(name: String, text: String)] = [("one sentence naming 600 places", oneSentence),
                                                      ("120,000 words without punctuation naming 600 places", noPunctuation)]
        return inputs.flatMap { input in
            CoOccurrenceWindow.allCases.map { window in
                build("\(input.name), window \(window.rawValue)", ["list.txt"], mentions: ["named more than 50 entities", "--max-window-entities"],
                      options: ["--window", window.rawValue]) { sandbox in
                    try sandbox.write(input.text, to: "list.txt")
                }.verifying { sandbox in
                    Self.edgeBound(in: sandbox.path("out/graph.json"), atMost: 2 * names.count)
                }
            } + [build("\(input.name), every pair with --max-window-entities 1000", ["list.txt"],
                       options: ["--max-window-entities", "1000"]) { sandbox in
                try sandbox.write(String(input.text.prefix(3_000)) + ".\n", to: "list.txt")
            }]
        }
    }

    /// What `path` (a JSON graph) breaks of the bound on its edges.
    static func edgeBound(in path: String, atMost bound: Int) -> [String] {
        guard let data = FileManager.default.contents(atPath: path),
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let edges = object["edges"] as? [Any] else { return ["could not read the edges of \(path)"] }
        return edges.count <= bound ? [] : ["\(edges.count) edges, more than \(bound): a list's pairs must grow with its entities"]
    }

    /// One name written in 20,000 case variants, in a document (with a rule that ignores case) and across
    /// two merged graphs.
    var variants: [HostileCase] {
        let name = "trojan shield taskforce"
        let variants = (0..<20_000).map { number in
            HostileCorpus.caseVariant(number, of: name)
        }
        let graph: @Sendable ([String]) -> String = { aliases in
            let list = aliases.map { "\"\($0)\"" }.joined(separator: ", ")
            return "{\"nodes\": [{\"id\": \"a\", \"label\": \"Europol\", \"type\": \"agency\", \"aliases\": [\(list)]}], \"edges\": []}"
        }
        return [
            build("20,000 spellings of one name", ["input.txt"], options: HostileFixtures.ruleOptions + ["--rules", "variants.yaml"]) { sandbox in
                try sandbox.write("entities:\n  - {name: \(name), type: agency, case: ignore}\n", to: "variants.yaml")
                try sandbox.write(variants.joined(separator: " en Sky ECC. ") + ".\n", to: "input.txt")
            }.verifying { sandbox in
                // Not every variant is a match (a sentence may start inside one); thousands must be.
                Self.aliasCount(in: sandbox.path("out/graph.json"), of: name, atLeast: 5_000)
            },
            HostileCase("merge of two graphs with 20,000 aliases each", ["merge", "a.json", "b.json", "--format", "json", "--output", "out/graph.json"],
                        exit: .success, outputs: ["out/graph.json"]) { sandbox in
                try sandbox.folder("out")
                try sandbox.write(graph(Array(variants.prefix(15_000))), to: "a.json")
                try sandbox.write(graph(Array(variants.suffix(15_000))), to: "b.json")
            }.verifying { sandbox in
                Self.aliasCount(in: sandbox.path("out/graph.json"), of: "europol", atLeast: variants.count)
            },
        ]
    }

    /// `name` with its letters in capitals where `number` has a bit set (bit 0: the first letter): all
    /// variants differ while `number` is below 2 to the number of letters.
    static func caseVariant(_ number: Int, of name: String) -> String {
        var bit = 0
        return String(name.map { character in
            guard character.isLetter else { return character }
            defer { bit += 1 }
            return number >> bit & 1 == 1 ? Character(character.uppercased()) : character
        })
    }

    /// What is wrong with the aliases of the node labelled `label` (in any case) in the JSON graph at
    /// `path`, which must be at least `count`.
    static func aliasCount(in path: String, of label: String, atLeast count: Int) -> [String] {
        guard let data = FileManager.default.contents(atPath: path),
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let nodes = object["nodes"] as? [[String: Any]] else { return ["could not read the nodes of \(path)"] }
        let aliases = nodes.first { ($0["label"] as? String)?.lowercased() == label }?["aliases"] as? [String] ?? []
        return aliases.count >= count ? [] : ["\(aliases.count) aliases of \(label), fewer than \(count)"]
    }

    /// A label of a megabyte in the query tables, and a CSV dump of 100,000 bad rows.
    var wideOutput: [HostileCase] {
        let wide = String(repeating: "w", count: 1 << 20)
        // The wide label and ten others around A: padded to its width, the table would be 11 MB.
        let others = (0..<10).map { "{\"id\": \"n\($0)\", \"label\": \"N\($0)\", \"type\": \"agency\"}" }
        let edges = (["b"] + (0..<10).map { "n\($0)" }).map { "{\"source\": \"a\", \"target\": \"\($0)\", \"relation\": \"co_occurs\", \"weight\": 1}" }
        let graph = """
        {"nodes": [{"id": "a", "label": "A", "type": "person"}, {"id": "b", "label": "\(wide)", "type": "agency"}, \(others.joined(separator: ", "))],
         "edges": [\(edges.joined(separator: ", "))]}
        """
        let tables = [["neighbors", "g.json", "A"], ["stats", "g.json"]].map { arguments in
            HostileCase("\(arguments[0]) of a graph with a label of a megabyte", arguments, exit: .success) { sandbox in
                try sandbox.write(graph, to: "g.json")
            }.bounding(standardOutput: 4 << 20)
        }
        let rows = String(repeating: "1,\"Sky ECC en Europol.\n2,x\n", count: 50_000)
        let badRows = build("a CSV dump of 100,000 bad rows", ["day.csv"], mentions: ["day.csv:", "more warning(s) not shown"]) { sandbox in
            try sandbox.write("id,text,date\n" + rows, to: "day.csv")
        }
        return tables + [badRows]
    }
}

extension HostileCorpus {
    /// Drawings that would keep Graphviz busy for minutes: refused for their edges, or, when forced,
    /// stopped after --layout-timeout. Only where Graphviz is installed (always in CI).
    var layouts: [HostileCase] {
        guard fixtures.formats.contains(.svg) else { return [] }
        let names = Self.placeNames(60)
        let setup: @Sendable (Sandbox) throws -> Void = { sandbox in try sandbox.write(names.joined(separator: " en ") + ".\n", to: "sixty.txt") }
        let dense = ["--max-window-entities", "100"]
        return [
            build("60 places in one sentence, every pair", ["sixty.txt"], format: .svg, exit: .badInput, mentions: ["1770 edges", "--layout sfdp"],
                  options: dense, setup: setup),
            build("60 places in one sentence, every pair, forced past a 1 s layout budget", ["sixty.txt"], format: .svg, exit: .badInput,
                  mentions: ["did not finish within 1 s", "--layout-timeout"], options: dense + ["--force", "--layout-timeout", "1"], setup: setup),
            build("60 places in one sentence, as a list", ["sixty.txt"], format: .svg, options: [], setup: setup),
            // sfdp draws every pair of 30 places (435 edges) in seconds; 60 (1,770 edges, splines) took up to a
            // minute on a loaded CI machine.
            build("30 places in one sentence, every pair, with sfdp", ["thirty.txt"], format: .svg, options: dense + ["--layout", "sfdp"]) { sandbox in
                try sandbox.write(names.prefix(30).joined(separator: " en ") + ".\n", to: "thirty.txt")
            },
            HostileCase("build with no --format and a layout budget of 1 ms", ["build", "sixty.txt", "--output-dir", "out", "--force", "--layout-timeout", "0.001"],
                        exit: .badInput, mentions: ["--layout-timeout"], setup: setup),
        ]
    }
}
