import Foundation
import Testing
import RelGraph

extension SerializationTests {
    @Suite struct JSONGraphWriterTests {
        @Test func writesTheSmallGraphExactly() {
            #expect(JSONGraphWriter().string(for: SampleGraphs.small) == #"""
                {
                  "directed": true,
                  "multigraph": false,
                  "graph": {"generator": "relgraph 0.1.0", "inputs": ["a.txt", "b.txt"]},
                  "nodes": [
                    {"id": "agency.Europol", "label": "Europol", "type": "agency", "aliases": ["Europol"], "mentions": 2},
                    {"id": "city.Antwerpen", "label": "Antwerpen", "type": "city", "aliases": ["Antwerp", "Antwerpen"], "mentions": 1},
                    {"id": "platform.Sky_ECC", "label": "Sky ECC", "type": "platform", "aliases": ["SKY", "Sky", "Sky ECC"], "mentions": 3, "ambiguous": false}
                  ],
                  "edges": [
                    {"source": "city.Antwerpen", "target": "platform.Sky_ECC", "relation": "co_occurs", "weight": 2, "count": 2, "evidence": [{"document": "a.txt", "sentence": 0, "text": "Sky ECC in Antwerpen."}, {"document": "b.txt", "sentence": 1, "text": "Antwerpen and Sky."}]},
                    {"source": "platform.Sky_ECC", "target": "agency.Europol", "relation": "cracked_by", "weight": 1, "count": 1, "evidence": [{"document": "a.txt", "sentence": 2, "text": "Europol cracked Sky ECC."}], "rule": "cracked_by.active", "confidence": 0.75}
                  ]
                }

                """#)
        }

        @Test func writesAnEmptyGraph() {
            #expect(JSONGraphWriter().string(for: Graph(nodes: [Node](), edges: [Edge]())) == """
                {
                  "directed": true,
                  "multigraph": false,
                  "graph": {"generator": "relgraph \(RelGraphVersion.current)", "inputs": []},
                  "nodes": [],
                  "edges": []
                }

                """)
        }

        @Test func escapesStringsAndKeepsNonASCIIRaw() throws {
            let text = JSONGraphWriter().string(for: SampleGraphs.hostile)
            #expect(text.contains(#""aliases": ["\"Encro\"Chat", "EncroChat", "Encro\\Chat\u0001", "tab\there \"quoted\""]"#))
            #expect(text.contains(#""label": "🛰️""#) && text.contains(#""label": "Line one\nLine two""#))
            #expect(!text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
            // Foundation reads it back with the same strings.
            let object = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
            let labels = (object?["nodes"] as? [[String: Any]] ?? []).compactMap { $0["label"] as? String }
            #expect(labels == SampleGraphs.hostile.nodes.map(\.label))
        }

        @Test func marksParallelEdgesAsAMultigraphWithKeys() {
            let text = JSONGraphWriter().string(for: SampleGraphs.hostile)
            #expect(text.contains("\"multigraph\": true"))
            #expect(text.contains(#""key": "operator_of", "relation": "operator_of""#))
            #expect(!JSONGraphWriter().string(for: SampleGraphs.small).contains("\"key\""))
        }

        @Test func writesTypedAttributesAndNullForNumbersJSONCannotHold() {
            let graph = Graph(nodes: [
                Node(label: "A", type: .city, aliases: [], mentions: 1,
                     attributes: ["n": .int(-3), "x": .double(.infinity), "b": .boolean(true), "s": .string("\"")]),
            ], edges: [])
            #expect(JSONGraphWriter().string(for: graph).contains(
                #""mentions": 1, "b": true, "n": -3, "s": "\"", "x": null}"#))
        }

        @Test(.enabled(if: ExternalTool.shouldRunPython(module: "networkx")))
        func networkxReadsTheHostileGraphBack() throws {
            for graph in [SampleGraphs.small, SampleGraphs.hostile] {
                let directory = try ExternalTool.temporaryDirectory()
                defer { try? FileManager.default.removeItem(at: directory) }
                let file = directory.appendingPathComponent("graph.json")
                try JSONGraphWriter().string(for: graph).write(to: file, atomically: true, encoding: .utf8)
                let summary = try NetworkXSummary.read(file)
                // JSON does not tell 2 from 2.0: whole weights come back as Python ints.
                let expected = NetworkXSummary(expecting: graph) { $0 == $0.rounded() ? "int" : "float" }
                #expect(summary.nodes == expected.nodes)
                #expect(summary.edges == expected.edges)
            }
        }
    }
}
