import Foundation

/// Labels, ids, aliases, attributes, rule names, document names and evidence holding each character that
/// means something in DOT, XML, JSON or CSV, written in every format by `merge` (from a JSON graph, which
/// can say anything) and recognised by a `build` (from a rule file that names them).
extension HostileCorpus {
    /// The special characters and sequences, each in its own graph.
    static let specialCharacters: [String] = [
        // DOT
        "\"", "\\", "\\\"", "{}[];,=", "->", "--", "<<b>bold</b>>", "/* // */", "\n#", "\\n\\l\\N\\G", "&", "&amp;&#x41;",
        "%s%n", "node", "strict subgraph", "2abc", "-1.5",
        // XML
        "<", ">", "'", "]]>", "<!-- -->", "<?xml ?>", "<![CDATA[", "&lt;", "&#0;", "\u{1}", "\u{8}\u{B}\u{C}", "\u{1F}\u{7F}",
        "\u{85}", "\u{FFFE}", "\u{FFFF}", "\u{FFFD}\u{FEFF}", "\r", "\r\n", "\t", "\n",
        // JSON
        "\u{0}", "/", "\u{2028}\u{2029}", "🛰️ 👩‍👩‍👧", "e\u{301}", "\u{202E}\u{A0}",
        // CSV, shells, paths
        "=cmd|' /C calc'!A0", "@SUM(1)", "$(touch pwned) `id`", "../../etc/passwd",
    ]

    /// The node-link JSON of a small graph in which `special` is in every text a writer escapes.
    static func labelGraph(_ special: String) -> Data {
        let nodes: [[String: Any]] = [
            ["id": "a", "label": "A\(special)B", "type": "person", "aliases": ["A\(special)B", special], "mentions": 1, "note": special],
            ["id": "b", "label": special, "type": "agency"],
            ["id": "c", "label": "\(special)\(special)start", "type": "city"],
            ["id": "d\(special)id", "label": "end\(special)", "type": "platform"],
        ]
        let evidence: [[String: Any]] = [["document": "doc\(special).txt", "sentence": 0, "text": "A\(special)B en \(special)."]]
        let edges: [[String: Any]] = [
            ["source": "a", "target": "b", "relation": "cracked_by", "weight": 2, "evidence": evidence, "rule": "rule\(special)"],
            ["source": "b", "target": "c", "relation": "co_occurs", "weight": 1, "evidence": evidence],
            ["source": "c", "target": "d\(special)id", "relation": "co_occurs", "weight": 1],
        ]
        let graph: [String: Any] = ["directed": true, "graph": ["generator": "relgraph", "inputs": ["doc\(special).txt"]],
                                    "nodes": nodes, "edges": edges]
        return (try? JSONSerialization.data(withJSONObject: graph, options: [.sortedKeys])) ?? Data()
    }

    /// The labels of ``labelGraph(_:)`` that every format must carry back.
    static func labels(_ special: String) -> [String] {
        ["A\(special)B", "\(special)\(special)start", "end\(special)"]
    }

    /// A rule file naming an entity with `special` in it, in a YAML double-quoted string.
    static func labelRules(_ special: String) -> String {
        let escaped = special.unicodeScalars.map { scalar in
            (0x20..<0x7F).contains(scalar.value) && scalar != "\"" && scalar != "\\"
                ? String(scalar) : String(format: "\\U%08X", scalar.value)
        }.joined()
        return "entities:\n  - {name: \"Ring A\(escaped)B\", type: person}\n"
    }

    var labels: [HostileCase] {
        let fixtures = fixtures
        return Self.specialCharacters.flatMap { special in
            let name = special.debugDescription
            let merged = fixtures.formats.map { format in
                HostileCase("labels with \(name) in \(format.rawValue)", ["merge", "labels.json", "--format", format.rawValue, "--output", "out/graph.\(format.rawValue)"],
                            exit: .success, outputs: HostileFixtures.files(of: format), labels: Self.labels(special)) { sandbox in
                    try fixtures.prepare(sandbox, earlier: format)
                    try sandbox.write(Self.labelGraph(special), to: "labels.json")
                }
            }
            let built = build("an entity named with \(name)", ["input.txt"], options: HostileFixtures.ruleOptions + ["--rules", "labels.yaml"]) { sandbox in
                try sandbox.write(Self.labelRules(special), to: "labels.yaml")
                try sandbox.write(HostileFixtures.text + "Ring A\(special)B sprak met Europol.\n", to: "input.txt")
            }
            return merged + [built]
        }
    }
}
