import Foundation
@testable import RelGraph

/// Saved graphs that are truncated, malformed, huge or hostile (XML external entities, entity
/// expansion), each read by `stats` and by a `merge` that must then leave its earlier output as it was.
extension HostileCorpus {
    /// A graph file, and what must come of reading it.
    struct GraphFile: Sendable {
        let name: String
        let bytes: [UInt8]
        var exit: HostileCase.Exit = .badInput
        /// What the message must say besides the file's name.
        var mentions: [String] = []
    }

    /// A GraphML document with keys for label, type, flag, mentions and weight, holding `body` in its graph.
    static func graphML(_ body: String, prolog: String = "") -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        \(prolog)<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
          <key id="label" for="node" attr.name="label" attr.type="string"/>
          <key id="type" for="node" attr.name="type" attr.type="string"/>
          <key id="flag" for="node" attr.name="flag" attr.type="boolean"/>
          <key id="mentions" for="node" attr.name="mentions" attr.type="int"/>
          <key id="aliases" for="node" attr.name="aliases" attr.type="string"/>
          <key id="weight" for="edge" attr.name="weight" attr.type="double"/>
          <key id="evidence" for="edge" attr.name="evidence" attr.type="string"/>
          <graph edgedefault="directed">
            \(body)
          </graph>
        </graphml>

        """
    }

    /// The GraphML files: cuts of a real one, and documents malformed, hostile or huge.
    func graphMLFiles() -> [GraphFile] {
        let real = Array(fixtures.graphML)
        let cuts = [0.05, 0.2, 0.35, 0.5, 0.65, 0.8, 0.95].map { fraction in
            GraphFile(name: "GraphML cut at \(Int(fraction * 100)) %", bytes: Array(real.prefix(Int(Double(real.count) * fraction))))
        } + [GraphFile(name: "GraphML without its last tag", bytes: Array(real.dropLast(11)), mentions: ["cut short"])]
        let node = #"<node id="a"><data key="label">A</data></node>"#
        let twoNodes = node + #"<node id="b"><data key="label">B</data></node>"#
        func file(_ name: String, _ text: String, exit: HostileCase.Exit = .badInput, _ mentions: String...) -> GraphFile {
            GraphFile(name: name, bytes: Array(text.utf8), exit: exit, mentions: mentions)
        }
        let laughs = "<!DOCTYPE graphml [<!ENTITY lol \"lol\">" + (1...9).map { level in
            "<!ENTITY lol\(level) \"" + String(repeating: "&lol\(level == 1 ? "" : String(level - 1));", count: 10) + "\">"
        }.joined() + "]>\n"
        let malformed = [
            file("mismatched tags", Self.graphML(#"<node id="a"><data key="label">A</data></edge>"#), "not well-formed"),
            file("an unclosed attribute quote", Self.graphML(#"<node id="a><data key="label">A</data></node>"#), "not well-formed"),
            file("a bare ampersand", Self.graphML(#"<node id="a"><data key="label">R&D</data></node>"#), "not well-formed"),
            file("a bare <", Self.graphML(#"<node id="a"><data key="label">a < b</data></node>"#), "not well-formed"),
            file("an undeclared key", Self.graphML(#"<node id="a"><data key="nope">x</data></node>"#), "nope"),
            file("an int that is not a number", Self.graphML(#"<node id="a"><data key="mentions">many</data></node>"#), "not a valid int"),
            file("a boolean that is not one", Self.graphML(#"<node id="a"><data key="flag">maybe</data></node>"#), "not a valid boolean"),
            file("a weight that is not a number", Self.graphML(twoNodes + #"<edge source="a" target="b"><data key="weight">heavy</data></edge>"#),
                 "not a valid double"),
            file("two nodes with one id", Self.graphML(node + node), "two nodes have the id 'a'"),
            file("an edge to a missing node", Self.graphML(node + #"<edge source="a" target="zz"/>"#), "'zz'"),
            file("a node without an id", Self.graphML("<node/>"), "without an id"),
            file("an edge without a target", Self.graphML(node + #"<edge source="a"/>"#), "without source or target"),
            file("a nested graph", Self.graphML(#"<node id="a"><graph edgedefault="directed"/></node>"#), "nested graphs"),
            file("a hyperedge", Self.graphML(twoNodes + #"<hyperedge><endpoint node="a"/></hyperedge>"#), "hyperedge"),
            file("a port", Self.graphML(#"<node id="a"><port name="p"/></node>"#), "port"),
            file("a type that is not an identifier", Self.graphML(#"<node id="a"><data key="type">Not A Type</data></node>"#), "lower-case identifier"),
            file("aliases that are not JSON", Self.graphML(#"<node id="a"><data key="aliases">[oops</data></node>"#), "aliases"),
            file("evidence that is not JSON", Self.graphML(twoNodes + #"<edge source="a" target="b"><data key="evidence">{]</data></edge>"#),
                 "evidence"),
            file("another root element", "<?xml version=\"1.0\"?>\n<gexf><graph/></gexf>\n", "graphml"),
            file("plain text", "Sky ECC werd gekraakt door Europol.\n", "graphml"),
            file("JSON", String(decoding: fixtures.graphJSON, as: UTF8.self), "graphml"),
            file("an empty file", "", "no XML element"),
            file("a byte order mark alone", "\u{FEFF}", "no XML element"),
            file("text after the end", Self.graphML(node) + "<graphml/>junk", "not well-formed"),
            file("elements nested 10,000 deep", Self.graphML(#"<node id="a">"# + String(repeating: "<x>", count: 10_000)
                                                            + String(repeating: "</x>", count: 10_000) + "</node>"), exit: .success),
            GraphFile(name: "a NUL byte", bytes: Array(Self.graphML(#"<node id="a"><data key="label">A"#).utf8) + [0]
                      + Array("B</data></node>".utf8), mentions: ["not well-formed"]),
            GraphFile(name: "invalid UTF-8", bytes: Array(Self.graphML(#"<node id="a"><data key="label">caf"#).utf8) + [0xE9]
                      + Array("</data></node>".utf8), mentions: ["not well-formed"]),
            GraphFile(name: "UTF-16", bytes: [0xFF, 0xFE] + Self.graphML(node).utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] },
                      mentions: ["UTF-8"]),
        ]
        let hostile = [
            file("an external entity that reads /etc/passwd",
                 Self.graphML(#"<node id="a"><data key="label">&xxe;</data></node>"#,
                              prolog: "<!DOCTYPE graphml [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n"), "entity"),
            file("an external entity on the network",
                 Self.graphML(#"<node id="a"><data key="label">&xxe;</data></node>"#,
                              prolog: "<!DOCTYPE graphml [<!ENTITY xxe SYSTEM \"http://127.0.0.1:9/secret\">]>\n"), "entity"),
            file("a parameter entity", Self.graphML(node, prolog: "<!DOCTYPE graphml [<!ENTITY % p SYSTEM \"file:///etc/passwd\"> %p;]>\n"),
                 "entity"),
            file("a billion laughs", Self.graphML(#"<node id="a"><data key="label">&lol9;</data></node>"#, prolog: laughs), "entity"),
            file("an internal entity", Self.graphML(#"<node id="a"><data key="label">&x;</data></node>"#,
                                                    prolog: "<!DOCTYPE graphml [<!ENTITY x \"Sky ECC\">]>\n"), "entity"),
            file("an entity declared after a comment", Self.graphML(node, prolog: "<!-- <graphml> -->\n<!DOCTYPE graphml [<!-- x --><!ENTITY x \"y\">]>\n"),
                 "entity"),
            file("an external DTD, which is not fetched", Self.graphML(node, prolog: "<!DOCTYPE graphml SYSTEM \"http://127.0.0.1:9/graphml.dtd\">\n"),
                 exit: .success),
            file("an XInclude, which is not followed",
                 Self.graphML(#"<node id="a"><data key="label"><xi:include xmlns:xi="http://www.w3.org/2001/XInclude" href="/etc/passwd" parse="text"/></data></node>"#),
                 exit: .success),
        ]
        let nodes = (0..<5000).map { #"<node id="n\#($0)"><data key="label">Entity \#($0)</data><data key="type">person</data></node>"# }
        let edges = (0..<10_000).map { #"<edge source="n\#($0 % 5000)" target="n\#(($0 * 7 + 1) % 5000)"><data key="weight">2</data></edge>"# }
        let huge = [
            file("5,000 nodes and 10,000 edges", Self.graphML(nodes.joined(separator: "\n") + edges.joined(separator: "\n")), exit: .success),
            file("a label of two million characters",
                 Self.graphML(#"<node id="a"><data key="label">"# + String(repeating: "x", count: 2_000_000) + "</data></node>"), exit: .success),
            file("everything on one line", Self.graphML(nodes.prefix(2000).joined()).replacingOccurrences(of: "\n", with: " "), exit: .success),
        ]
        return cuts + malformed + hostile + huge + graphMLEncodings
    }

    /// The JSON graph files: cuts of a real one, and documents malformed or deep.
    func jsonFiles() -> [GraphFile] {
        let real = Array(fixtures.graphJSON)
        let cuts = [0.1, 0.4, 0.7, 0.99].map { fraction in
            GraphFile(name: "JSON cut at \(Int(fraction * 100)) %", bytes: Array(real.prefix(Int(Double(real.count) * fraction))),
                      mentions: ["not valid JSON"])
        }
        func file(_ name: String, _ text: String, exit: HostileCase.Exit = .badInput, _ mentions: String...) -> GraphFile {
            GraphFile(name: name, bytes: Array(text.utf8), exit: exit, mentions: mentions)
        }
        let node = #"{"id": "a", "label": "A"}"#
        return cuts + [
            file("an array at the top", "[]", "expected a JSON object"),
            file("nodes that are not an array", #"{"nodes": {}, "edges": []}"#, "\"nodes\""),
            file("a node without an id", #"{"nodes": [{"label": "A"}], "edges": []}"#, "node 0"),
            file("two nodes with one id", #"{"nodes": [\#(node), \#(node)], "edges": []}"#, "two nodes have the id 'a'"),
            file("an edge to a missing node", #"{"nodes": [\#(node)], "edges": [{"source": "a", "target": "zz"}]}"#, "'zz'"),
            file("evidence without text", #"{"nodes": [\#(node)], "edges": [{"source": "a", "target": "a", "evidence": [{"document": "x"}]}]}"#,
                 "evidence"),
            file("a nested attribute", #"{"nodes": [{"id": "a", "extra": {"deep": 1}}], "edges": []}"#, "'extra'"),
            file("arrays nested 100,000 deep", #"{"nodes": "# + String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
                 + #", "edges": []}"#, "JSON"),
            file("a lone surrogate", #"{"nodes": [{"id": "a", "label": "\ud800"}], "edges": []}"#, "JSON"),
            file("a number past any integer", #"{"nodes": [{"id": "a", "mentions": 1e400}], "edges": []}"#, "JSON"),
            file("an empty file", "", "JSON"),
            GraphFile(name: "invalid UTF-8", bytes: Array(#"{"nodes": [{"id": "caf"#.utf8) + [0xE9] + Array(#""}], "edges": []}"#.utf8),
                      mentions: ["JSON"]),
        ]
    }

    /// SQLite graphs cut short or damaged, and files that are not relgraph's SQLite graphs.
    func sqliteFiles() -> [GraphFile] {
        let real = Array(fixtures.graphSQLite)
        let cuts = [0.1, 0.5, 0.9].map { fraction in
            GraphFile(name: "SQLite cut at \(Int(fraction * 100)) %", bytes: Array(real.prefix(Int(Double(real.count) * fraction))))
        }
        var zeroedPages = real
        for page in stride(from: 4096, to: zeroedPages.count, by: 8192) {
            zeroedPages.replaceSubrange(page..<min(page + 4096, zeroedPages.count), with: repeatElement(0, count: min(4096, zeroedPages.count - page)))
        }
        return cuts + [
            GraphFile(name: "text named .sqlite", bytes: Array("Sky ECC en Europol\n".utf8), mentions: ["not a SQLite database"]),
            GraphFile(name: "an empty .sqlite", bytes: [], mentions: ["not a graph relgraph wrote"]),
            GraphFile(name: "SQLite with every other page zeroed", bytes: zeroedPages),
            GraphFile(name: "SQLite header, then noise", bytes: Array("SQLite format 3\0".utf8) + (0..<5000).map { UInt8(truncatingIfNeeded: $0 &* 7919) }),
        ]
    }

    /// Each graph file read by `stats` and merged into an earlier output; and paths that are not graph files.
    var graphFiles: [HostileCase] {
        let files = graphMLFiles().map { ("g.graphml", $0) } + jsonFiles().map { ("g.json", $0) } + sqliteFiles().map { ("g.sqlite", $0) }
        let fixtures = fixtures
        let read = files.flatMap { path, file in
            let layOut: @Sendable (Sandbox) throws -> Void = { try $0.write(file.bytes, to: path) }
            let mentions = file.exit == .success ? [] : [path] + file.mentions
            return [
                HostileCase("stats \(path): \(file.name)", ["stats", path], exit: file.exit, mentions: mentions, setup: layOut),
                HostileCase("merge \(path): \(file.name)", ["merge", path, "--format", "json", "--output", "out/graph.json"], exit: file.exit,
                            mentions: mentions, outputs: file.exit == .success ? ["out/graph.json"] : []) { sandbox in
                    try fixtures.prepare(sandbox, earlier: .json)
                    try layOut(sandbox)
                },
            ]
        }
        let paths: [(name: String, path: String, mention: String, unprivileged: Bool, setup: @Sendable (Sandbox) throws -> Void)] = [
            ("a missing graph", "missing.graphml", "no such file", false, { _ in }),
            ("a folder named like a graph", "folder.graphml", "folder", false, { try $0.folder("folder.graphml") }),
            ("a folder named like a JSON graph", "folder.json", "folder", false, { try $0.folder("folder.json") }),
            ("a device", "/dev/zero", "not a regular file", false, { _ in }),
            ("an unreadable graph", "secret.graphml", "cannot be read", true, { sandbox in
                try sandbox.write(fixtures.graphML, to: "secret.graphml")
                sandbox.lock("secret.graphml")
            }),
            ("an unreadable graph without an extension", "secret", "cannot be read", true, { sandbox in
                try sandbox.write(fixtures.graphML, to: "secret")
                sandbox.lock("secret")
            }),
        ]
        let badPaths = paths.map { entry in
            HostileCase("stats: \(entry.name)", ["stats", entry.path], exit: .badInput, mentions: [entry.path, entry.mention],
                        unprivileged: entry.unprivileged, setup: entry.setup)
        }
        let sqliteSchemas: [(name: String, sql: String, mention: String)] = [
            ("a SQLite database of another program", "CREATE TABLE people (name TEXT)", "not a graph relgraph wrote"),
            ("a SQLite graph of a newer schema", "UPDATE graph SET value = '2' WHERE name = 'schema_version'", "newer relgraph"),
        ]
        var foreignDatabases: [HostileCase] = []
        for entry in sqliteSchemas {
            let start: Data = entry.sql.hasPrefix("UPDATE") ? fixtures.graphSQLite : Data()
            let setup: @Sendable (Sandbox) throws -> Void = { sandbox in
                try sandbox.write(start, to: "g.sqlite")
                try SQLiteDatabase(path: sandbox.path("g.sqlite"), access: .readWrite).execute(entry.sql)
            }
            foreignDatabases.append(HostileCase("stats: \(entry.name)", ["stats", "g.sqlite"], exit: .badInput,
                                                mentions: ["g.sqlite", entry.mention], setup: setup))
            foreignDatabases.append(HostileCase("neighbors: \(entry.name)", ["neighbors", "g.sqlite", "Sky ECC"], exit: .badInput,
                                                mentions: ["g.sqlite", entry.mention], setup: setup))
        }
        let mixed = HostileCase("merge: a good graph and a cut one", ["merge", "good.json", "cut.graphml", "--format", "graphml", "--output", "out/graph.graphml"],
                                exit: .badInput, mentions: ["cut.graphml"]) { sandbox in
            try fixtures.prepare(sandbox, earlier: .graphml)
            try sandbox.write(fixtures.graphJSON, to: "good.json")
            try sandbox.write(fixtures.graphML.prefix(fixtures.graphML.count / 2), to: "cut.graphml")
        }
        return read + badPaths + foreignDatabases + [mixed]
    }
}
