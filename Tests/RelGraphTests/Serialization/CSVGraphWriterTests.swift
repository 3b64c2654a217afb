import Foundation
import Testing
import RelGraph

extension SerializationTests {
    @Suite struct CSVGraphWriterTests {
        /// Labels, rules and evidence with what CSV must quote (commas, quotes, CRLF, a bare CR, a bare LF)
        /// and what it must leave alone (spaces at the ends, a formula, an empty label).
        static let quoting: Graph = {
            let labels = ["Smith, John", "say \"hi\"", "two\r\nlines", "bare\rCR", " padded ", "=SUM(A1)", "\"", ",",
                          "", "new\nline"]
            let nodes = labels.enumerated().map { position, label in
                Node(label: label, type: .person, aliases: [label, label + ", alias \"x\""], mentions: position,
                     attributes: position % 2 == 0 ? ["documents": .int(position)] : [:])
            }
            let edges = (1..<nodes.count).map { position in
                Edge(key: EdgeKey(source: nodes[position - 1].id, relation: .worksFor, target: nodes[position].id),
                     weight: Double(position) / 4, count: position,
                     evidence: [Evidence(document: "dir, \"odd\".txt", sentence: position, text: labels[position]),
                                Evidence(document: "b.txt", sentence: 0, text: "plain")],
                     rule: position == 1 ? "rule, \"quoted\"\r\n" : nil,
                     attributes: ["hedged": .boolean(position == 2), "first_seen": .string("2021-0\(position)")])
            }
            return Graph(nodes: nodes, edges: edges)
        }()

        private static func lines(_ lines: [String]) -> String {
            lines.map { $0 + "\r\n" }.joined()
        }

        @Test func writesTheSmallGraphExactly() {
            let tables = CSVGraphWriter().tables(for: SampleGraphs.small)
            #expect(tables.nodes == CSVGraphWriterTests.lines([
                "id,label,type,mentions,documents,aliases",
                #"agency.Europol,Europol,agency,2,,"[""Europol""]""#,
                #"city.Antwerpen,Antwerpen,city,1,,"[""Antwerp"", ""Antwerpen""]""#,
                #"platform.Sky_ECC,Sky ECC,platform,3,,"[""SKY"", ""Sky"", ""Sky ECC""]""#,
            ]))
            #expect(tables.edges == CSVGraphWriterTests.lines([
                "source,target,source_label,target_label,relation,weight,count,rule,hedged,first_seen,last_seen",
                "city.Antwerpen,platform.Sky_ECC,Antwerpen,Sky ECC,co_occurs,2,2,,,,",
                "platform.Sky_ECC,agency.Europol,Sky ECC,Europol,cracked_by,1,1,cracked_by.active,,,",
            ]))
            #expect(tables.evidence == CSVGraphWriterTests.lines([
                "source,target,relation,document,sentence,text",
                "city.Antwerpen,platform.Sky_ECC,co_occurs,a.txt,0,Sky ECC in Antwerpen.",
                "city.Antwerpen,platform.Sky_ECC,co_occurs,b.txt,1,Antwerpen and Sky.",
                "platform.Sky_ECC,agency.Europol,cracked_by,a.txt,2,Europol cracked Sky ECC.",
            ]))
        }

        @Test func writesDocumentsHedgesAndDates() {
            let tables = CSVGraphWriter().tables(for: GEXFWriterTests.dated)
            #expect(tables.nodes == CSVGraphWriterTests.lines([
                "id,label,type,mentions,documents,aliases",
                #"agency.Europol,Europol,agency,1,1,"[""Europol""]""#,
                #"person.Ann,Ann,person,2,2,"[""Ann""]""#,
            ]))
            #expect(tables.edges == CSVGraphWriterTests.lines([
                "source,target,source_label,target_label,relation,weight,count,rule,hedged,first_seen,last_seen",
                "agency.Europol,person.Ann,Europol,Ann,co_occurs,2.5,3,,,2021-03-10T08:00:00Z,2021-03-12",
                "person.Ann,agency.Europol,Ann,Europol,works_for,1,1,works_for.x,true,2021-02,2024-02",
            ]))
            #expect(tables.evidence == CSVGraphWriterTests.lines([
                "source,target,relation,document,sentence,text",
                "person.Ann,agency.Europol,works_for,a.txt,0,Ann may work for Europol.",
            ]))
        }

        @Test func quotesOnlyWhatNeedsQuotes() {
            let nodes = CSVGraphWriter().tables(for: CSVGraphWriterTests.quoting).nodes
            let rows = nodes.components(separatedBy: "\r\n")
            #expect(rows.contains(#"person.-2C,",",person,7,,"["","", "",, alias \""x\""""]""#))
            #expect(rows.contains(#"person.-3DSUM-28A1-29,=SUM(A1),person,5,,"[""=SUM(A1)"", ""=SUM(A1), alias \""x\""""]""#))
            #expect(nodes.contains("\"two\r\nlines\"") && nodes.contains("\"bare\rCR\"") && nodes.contains("\"new\nline\""))
            #expect(nodes.contains(", padded ,"))
        }

        @Test func writesAnEmptyGraphAsHeaders() {
            let tables = CSVGraphWriter().tables(for: Graph(nodes: [Node](), edges: [Edge]()))
            #expect(tables.nodes == "id,label,type,mentions,documents,aliases\r\n")
            #expect(tables.edges.hasPrefix("source,target,") && tables.edges.hasSuffix("last_seen\r\n"))
            #expect(tables.evidence == "source,target,relation,document,sentence,text\r\n")
        }

        @Test(.enabled(if: ExternalTool.shouldRunPython(module: "csv")))
        func pythonsCSVModuleReadsHostileTablesBack() throws {
            for graph in [CSVGraphWriterTests.quoting, SampleGraphs.hostile] {
                let tables = CSVGraphWriter().tables(for: graph)
                let directory = try ExternalTool.temporaryDirectory()
                defer { try? FileManager.default.removeItem(at: directory) }
                for (name, text) in [("nodes", tables.nodes), ("edges", tables.edges), ("evidence", tables.evidence)] {
                    try Data(text.utf8).write(to: directory.appendingPathComponent(name + ".csv"))
                }
                let result = try ExternalTool.run("python3", ["-c", CSVGraphWriterTests.pythonScript, directory.path])
                try #require(result.status == 0, "\(result.stderr)")
                let read = try JSONDecoder().decode([String: [[String]]].self, from: Data(result.stdout.utf8))

                let nodes = try #require(read["nodes"])
                #expect(nodes.first == CSVGraphWriter.nodeColumns)
                #expect(nodes.dropFirst().map { Array($0.prefix(5)) } == graph.nodes.map { node in
                    [node.id.rawValue, node.label, node.type.name, String(node.mentions),
                     node.attributes["documents"]?.text ?? ""]
                })
                let aliases = try nodes.dropFirst().map { row in
                    try JSONDecoder().decode([String].self, from: Data(try #require(row.last).utf8))
                }
                #expect(aliases == graph.nodes.map(\.aliases))

                let edges = try #require(read["edges"])
                #expect(edges.first == CSVGraphWriter.edgeColumns)
                #expect(Array(edges.dropFirst()) == graph.edges.map { edge in
                    [edge.source.rawValue, edge.target.rawValue, graph.node(edge.source)?.label ?? "?",
                     graph.node(edge.target)?.label ?? "?", edge.relation.name, AttributeValue.format(edge.weight),
                     String(edge.count), edge.rule ?? "", edge.attributes["hedged"]?.text ?? "",
                     edge.attributes["first_seen"]?.text ?? "", edge.attributes["last_seen"]?.text ?? ""]
                })

                let evidence = try #require(read["evidence"])
                #expect(evidence.first == CSVGraphWriter.evidenceColumns)
                #expect(Array(evidence.dropFirst()) == graph.edges.flatMap { edge in
                    edge.evidence.map { piece in
                        [edge.source.rawValue, edge.target.rawValue, edge.relation.name, piece.document,
                         String(piece.sentence), piece.text]
                    }
                })
            }
        }

        /// Reads `nodes.csv`, `edges.csv` and `evidence.csv` from a directory with Python's `csv` module,
        /// strictly, and prints their rows as JSON.
        static let pythonScript = #"""
            import csv, json, os, sys
            tables = {}
            for name in ("nodes", "edges", "evidence"):
                with open(os.path.join(sys.argv[1], name + ".csv"), newline="", encoding="utf-8") as f:
                    tables[name] = list(csv.reader(f, strict=True))
            print(json.dumps(tables))
            """#
    }
}
