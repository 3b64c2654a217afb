import Foundation
import Testing
import RelGraph

extension SerializationTests {
    @Suite struct GEXFWriterTests {
        /// Two nodes and two dated edges: a month and a leap-year month, a day and a timestamp, a hedged
        /// typed relation and a `documents` count.
        static let dated: Graph = {
            let ann = Node(label: "Ann", type: .person, aliases: ["Ann"], mentions: 2, attributes: ["documents": .int(2)])
            let europol = Node(label: "Europol", type: .agency, aliases: ["Europol"], mentions: 1,
                               attributes: ["documents": .int(1)])
            return Graph(nodes: [ann, europol], edges: [
                Edge(key: EdgeKey(source: ann.id, relation: .worksFor, target: europol.id), weight: 1, count: 1,
                     evidence: [Evidence(document: "a.txt", sentence: 0, text: "Ann may work for Europol.")],
                     rule: "works_for.x", attributes: ["hedged": .boolean(true), "first_seen": .string("2021-02"),
                                                       "last_seen": .string("2024-02")]),
                Edge(key: EdgeKey(source: ann.id, relation: .coOccurs, target: europol.id), weight: 2.5, count: 3,
                     evidence: [], attributes: ["first_seen": .string("2021-03-10T08:00:00Z"),
                                                "last_seen": .string("2021-03-12")]),
            ], metadata: GraphMetadata(generator: "relgraph 0.1.0"))
        }()

        @Test func writesTheSmallGraphExactly() {
            #expect(GEXFWriter().string(for: SampleGraphs.small) == #"""
                <?xml version="1.0" encoding="UTF-8"?>
                <gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">
                  <meta>
                    <creator>relgraph 0.1.0</creator>
                    <description>inputs: a.txt, b.txt</description>
                  </meta>
                  <graph defaultedgetype="directed" mode="static">
                    <attributes class="node">
                      <attribute id="type" title="type" type="string"/>
                      <attribute id="aliases" title="aliases" type="string"/>
                      <attribute id="mentions" title="mentions" type="integer"/>
                      <attribute id="documents" title="documents" type="integer"/>
                      <attribute id="ambiguous" title="ambiguous" type="boolean"/>
                    </attributes>
                    <attributes class="edge">
                      <attribute id="relation" title="relation" type="string"/>
                      <attribute id="count" title="count" type="integer"/>
                      <attribute id="evidence" title="evidence" type="string"/>
                      <attribute id="rule" title="rule" type="string"/>
                      <attribute id="hedged" title="hedged" type="boolean"/>
                      <attribute id="confidence" title="confidence" type="double"/>
                    </attributes>
                    <nodes count="3">
                      <node id="agency.Europol" label="Europol">
                        <attvalues>
                          <attvalue for="type" value="agency"/>
                          <attvalue for="aliases" value="[&quot;Europol&quot;]"/>
                          <attvalue for="mentions" value="2"/>
                        </attvalues>
                        <viz:color r="86" g="180" b="233"/>
                        <viz:size value="14"/>
                      </node>
                      <node id="city.Antwerpen" label="Antwerpen">
                        <attvalues>
                          <attvalue for="type" value="city"/>
                          <attvalue for="aliases" value="[&quot;Antwerp&quot;, &quot;Antwerpen&quot;]"/>
                          <attvalue for="mentions" value="1"/>
                        </attvalues>
                        <viz:color r="240" g="228" b="66"/>
                        <viz:size value="14"/>
                      </node>
                      <node id="platform.Sky_ECC" label="Sky ECC">
                        <attvalues>
                          <attvalue for="type" value="platform"/>
                          <attvalue for="aliases" value="[&quot;SKY&quot;, &quot;Sky&quot;, &quot;Sky ECC&quot;]"/>
                          <attvalue for="mentions" value="3"/>
                          <attvalue for="ambiguous" value="false"/>
                        </attvalues>
                        <viz:color r="0" g="158" b="115"/>
                        <viz:size value="15.66"/>
                      </node>
                    </nodes>
                    <edges count="2">
                      <edge id="e0" source="city.Antwerpen" target="platform.Sky_ECC" label="co_occurs" kind="co_occurs" weight="2">
                        <attvalues>
                          <attvalue for="relation" value="co_occurs"/>
                          <attvalue for="count" value="2"/>
                          <attvalue for="evidence" value="[{&quot;document&quot;: &quot;a.txt&quot;, &quot;sentence&quot;: 0, &quot;text&quot;: &quot;Sky ECC in Antwerpen.&quot;}, {&quot;document&quot;: &quot;b.txt&quot;, &quot;sentence&quot;: 1, &quot;text&quot;: &quot;Antwerpen and Sky.&quot;}]"/>
                        </attvalues>
                      </edge>
                      <edge id="e1" source="platform.Sky_ECC" target="agency.Europol" label="cracked_by" kind="cracked_by" weight="1">
                        <attvalues>
                          <attvalue for="relation" value="cracked_by"/>
                          <attvalue for="count" value="1"/>
                          <attvalue for="evidence" value="[{&quot;document&quot;: &quot;a.txt&quot;, &quot;sentence&quot;: 2, &quot;text&quot;: &quot;Europol cracked Sky ECC.&quot;}]"/>
                          <attvalue for="rule" value="cracked_by.active"/>
                          <attvalue for="confidence" value="0.75"/>
                        </attvalues>
                      </edge>
                    </edges>
                  </graph>
                </gexf>

                """#)
        }

        @Test func writesDatedEdgesAsADynamicGraph() {
            #expect(GEXFWriter().string(for: GEXFWriterTests.dated) == #"""
                <?xml version="1.0" encoding="UTF-8"?>
                <gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">
                  <meta>
                    <creator>relgraph 0.1.0</creator>
                  </meta>
                  <graph defaultedgetype="directed" mode="dynamic" timeformat="date">
                    <attributes class="node">
                      <attribute id="type" title="type" type="string"/>
                      <attribute id="aliases" title="aliases" type="string"/>
                      <attribute id="mentions" title="mentions" type="integer"/>
                      <attribute id="documents" title="documents" type="integer"/>
                    </attributes>
                    <attributes class="edge">
                      <attribute id="relation" title="relation" type="string"/>
                      <attribute id="count" title="count" type="integer"/>
                      <attribute id="evidence" title="evidence" type="string"/>
                      <attribute id="rule" title="rule" type="string"/>
                      <attribute id="hedged" title="hedged" type="boolean"/>
                      <attribute id="first_seen" title="first_seen" type="string"/>
                      <attribute id="last_seen" title="last_seen" type="string"/>
                    </attributes>
                    <nodes count="2">
                      <node id="agency.Europol" label="Europol">
                        <attvalues>
                          <attvalue for="type" value="agency"/>
                          <attvalue for="aliases" value="[&quot;Europol&quot;]"/>
                          <attvalue for="mentions" value="1"/>
                          <attvalue for="documents" value="1"/>
                        </attvalues>
                        <viz:color r="86" g="180" b="233"/>
                        <viz:size value="15.66"/>
                      </node>
                      <node id="person.Ann" label="Ann">
                        <attvalues>
                          <attvalue for="type" value="person"/>
                          <attvalue for="aliases" value="[&quot;Ann&quot;]"/>
                          <attvalue for="mentions" value="2"/>
                          <attvalue for="documents" value="2"/>
                        </attvalues>
                        <viz:color r="230" g="159" b="0"/>
                        <viz:size value="15.66"/>
                      </node>
                    </nodes>
                    <edges count="2">
                      <edge id="e0" source="agency.Europol" target="person.Ann" label="co_occurs" kind="co_occurs" weight="2.5" start="2021-03-10" end="2021-03-12">
                        <attvalues>
                          <attvalue for="relation" value="co_occurs"/>
                          <attvalue for="count" value="3"/>
                          <attvalue for="evidence" value="[]"/>
                          <attvalue for="first_seen" value="2021-03-10T08:00:00Z"/>
                          <attvalue for="last_seen" value="2021-03-12"/>
                        </attvalues>
                      </edge>
                      <edge id="e1" source="person.Ann" target="agency.Europol" label="works_for" kind="works_for" weight="1" start="2021-02-01" end="2024-02-29">
                        <attvalues>
                          <attvalue for="relation" value="works_for"/>
                          <attvalue for="count" value="1"/>
                          <attvalue for="evidence" value="[{&quot;document&quot;: &quot;a.txt&quot;, &quot;sentence&quot;: 0, &quot;text&quot;: &quot;Ann may work for Europol.&quot;}]"/>
                          <attvalue for="rule" value="works_for.x"/>
                          <attvalue for="hedged" value="true"/>
                          <attvalue for="first_seen" value="2021-02"/>
                          <attvalue for="last_seen" value="2024-02"/>
                        </attvalues>
                      </edge>
                    </edges>
                  </graph>
                </gexf>

                """#)
        }

        @Test(arguments: [
            ("2021-03", false, "2021-03-01"), ("2021-03", true, "2021-03-31"), ("2024-02", true, "2024-02-29"),
            ("2023-02", true, "2023-02-28"), ("1900-02", true, "1900-02-28"), ("2000-02", true, "2000-02-29"),
            ("2021-04", true, "2021-04-30"), ("2021", false, "2021-01-01"), ("2021", true, "2021-12-31"),
            ("2021-02-10", true, "2021-02-10"), ("2021-02-10T23:59:59+05:00", false, "2021-02-10"),
            ("2021-02-10 08:00", true, "2021-02-10"),
        ])
        func normalisesDates(text: String, asEnd: Bool, expected: String) {
            #expect(GEXFWriter.date(from: text, asEnd: asEnd) == expected)
        }

        @Test(arguments: ["", "March 2021", "2021-13", "2021-00", "2021-02-30", "2021-2-1", "21-02", "2021-02-",
                          "2021-02-10-01", "２０２１-02", "T", "-2021"])
        func refusesWhatIsNotADate(text: String) {
            #expect(GEXFWriter.date(from: text, asEnd: false) == nil)
            #expect(GEXFWriter.date(from: text, asEnd: true) == nil)
        }

        @Test func dropsAnEndBeforeItsStartAndDatesThatDoNotRead() {
            let a = Node(label: "A", type: .city, aliases: ["A"], mentions: 1)
            let b = Node(label: "B", type: .city, aliases: ["B"], mentions: 1)
            let graph = Graph(nodes: [a, b], edges: [
                Edge(key: EdgeKey(source: a.id, relation: .locatedIn, target: b.id), weight: 1, count: 1, evidence: [],
                     attributes: ["first_seen": .string("2021-05"), "last_seen": .string("2021-04")]),
                Edge(key: EdgeKey(source: b.id, relation: .locatedIn, target: a.id), weight: 1, count: 1, evidence: [],
                     attributes: ["first_seen": .string("soon"), "last_seen": .int(2021)]),
            ])
            let text = GEXFWriter().string(for: graph)
            #expect(text.contains(#"weight="1" start="2021-05-01">"#))
            #expect(!text.contains("end=\""))
            #expect(text.contains(#"<edge id="e1" source="city.B" target="city.A" label="located_in" kind="located_in" weight="1">"#))
            // Mixed types widen as in GraphML: `last_seen` is a string and an int, so a string column.
            #expect(text.contains(#"<attribute id="last_seen" title="last_seen" type="string"/>"#))
            // Without any date that reads, the graph is static.
            let undated = Graph(nodes: [a, b], edges: [graph.edges[1]])
            #expect(GEXFWriter().string(for: undated).contains(#"<graph defaultedgetype="directed" mode="static">"#))
        }

        @Test func sizesNodesByDegree() {
            #expect(GEXFWriter.nodeSize(forDegree: 0) == 10)
            #expect(GEXFWriter.nodeSize(forDegree: 1) == 14)
            #expect(GEXFWriter.nodeSize(forDegree: 2) == 15.66)
            #expect(GEXFWriter.nodeSize(forDegree: 100) == 50)
        }

        @Test func widensMixedTypesAndKeepsFieldsUnshadowed() {
            let text = GEXFWriter().string(for: SampleGraphs.mixedAttributes)
            let declarations = text.split(separator: "\n").filter { $0.contains("<attribute ") }
                .map { $0.trimmingCharacters(in: .whitespaces) }
            #expect(declarations == [
                #"<attribute id="type" title="type" type="string"/>"#,
                #"<attribute id="aliases" title="aliases" type="string"/>"#,
                #"<attribute id="mentions" title="mentions" type="integer"/>"#,
                #"<attribute id="documents" title="documents" type="integer"/>"#,
                #"<attribute id="9 odd name/ü" title="9 odd name/ü" type="integer"/>"#,
                #"<attribute id="big" title="big" type="long"/>"#,
                #"<attribute id="d3" title="d3" type="string"/>"#,
                #"<attribute id="flag" title="flag" type="string"/>"#,
                #"<attribute id="ok" title="ok" type="boolean"/>"#,
                #"<attribute id="score" title="score" type="double"/>"#,
                #"<attribute id="relation" title="relation" type="string"/>"#,
                #"<attribute id="count" title="count" type="integer"/>"#,
                #"<attribute id="evidence" title="evidence" type="string"/>"#,
                #"<attribute id="rule" title="rule" type="string"/>"#,
                #"<attribute id="hedged" title="hedged" type="boolean"/>"#,
                #"<attribute id="d7" title="d7" type="integer"/>"#,
                #"<attribute id="score" title="score" type="integer"/>"#,
            ])
            #expect(text.contains(#"<attvalue for="big" value="1099511627776"/>"#))
            #expect(text.contains(#"<attvalue for="score" value="1"/>"#) && text.contains(#"<attvalue for="score" value="2.5"/>"#))
            #expect(text.contains(#"<attvalue for="flag" value="true"/>"#) && text.contains(#"<attvalue for="flag" value="yes"/>"#))
            #expect(!text.contains("shadow"))
        }

        @Test func escapesMarkupAndReplacesCharactersXMLForbids() {
            let graph = Graph(nodes: [
                Node(id: NodeID(rawValue: "a\"<&>'\t\n\rb"), label: "x\u{1}\u{FFFF}y & <z> \"q\" 'a' \r\t é 🛰️",
                     type: .person, aliases: ["<\u{FFFE}\u{1}&\"\\>"], mentions: 1, attributes: [:]),
            ], edges: [], metadata: GraphMetadata(generator: "gen <1> & \u{1}", inputs: ["a&b.txt"]))
            let text = GEXFWriter().string(for: graph)
            #expect(text.contains(#"<node id="a&quot;&lt;&amp;&gt;&apos;&#9;&#10;&#13;b" label="x��y &amp; &lt;z&gt; &quot;q&quot; &apos;a&apos; &#13;&#9; é 🛰️">"#))
            // The JSON keeps a control character as an escape; XML cannot hold U+FFFE, so U+FFFD stands in.
            #expect(text.contains(#"<attvalue for="aliases" value="[&quot;&lt;�\u0001&amp;\&quot;\\&gt;&quot;]"/>"#))
            #expect(text.contains("<creator>gen &lt;1&gt; &amp; �</creator>"))
            #expect(text.contains("<description>inputs: a&amp;b.txt</description>"))
            #expect(!text.unicodeScalars.contains { ($0.value < 0x20 && $0 != "\n") || $0 == "\u{FFFE}" || $0 == "\u{FFFF}" })
        }

        @Test func writesTheSameBytesWhateverTheBuildOrder() {
            let graph = SampleGraphs.hostile
            let shuffled = Graph(nodes: graph.nodes.reversed(), edges: graph.edges.reversed(), metadata: graph.metadata)
            #expect(GEXFWriter().string(for: shuffled) == GEXFWriter().string(for: graph))
        }

        @Test(.enabled(if: ExternalTool.shouldRun("xmllint")))
        func xmllintAcceptsEveryGraph() throws {
            for graph in [SampleGraphs.small, SampleGraphs.hostile, SampleGraphs.mixedAttributes, GEXFWriterTests.dated] {
                let result = try ExternalTool.run("xmllint", ["--noout", "-"], input: GEXFWriter().string(for: graph))
                #expect(result.status == 0, "\(result.stderr)")
            }
        }

        @Test(.enabled(if: ExternalTool.shouldRunPython(module: "networkx")))
        func networkxReadsTheHostileGraphBackAsGEXF13() throws {
            for graph in [SampleGraphs.small, SampleGraphs.hostile, GEXFWriterTests.dated] {
                let directory = try ExternalTool.temporaryDirectory()
                defer { try? FileManager.default.removeItem(at: directory) }
                let file = directory.appendingPathComponent("graph.gexf")
                try GEXFWriter().string(for: graph).write(to: file, atomically: true, encoding: .utf8)
                let result = try ExternalTool.run("python3", ["-c", GEXFWriterTests.networkxScript, file.path])
                try #require(result.status == 0, "\(result.stderr)")
                let summary = try JSONDecoder().decode(GEXFSummary.self, from: Data(result.stdout.utf8))
                #expect(summary.nodes == Dictionary(uniqueKeysWithValues: graph.nodes.map { node in
                    (node.id.rawValue, GEXFSummary.NodeSummary(label: node.label, type: node.type.name,
                                                               aliases: node.aliases, mentions: node.mentions))
                }))
                let expectedEdges = graph.edges.map { edge in
                    GEXFSummary.EdgeSummary(source: edge.source.rawValue, target: edge.target.rawValue,
                                            label: edge.relation.name, weight: edge.weight, count: edge.count,
                                            evidence: edge.evidence.map { [$0.document, String($0.sentence), $0.text] },
                                            rule: edge.rule)
                }
                #expect(summary.edges == expectedEdges.sorted(by: GEXFSummary.EdgeSummary.order))
            }
        }

        /// What networkx reads from a GEXF file: labels and columns of nodes, relations, weights and
        /// evidence of edges.
        struct GEXFSummary: Decodable, Equatable {
            struct NodeSummary: Decodable, Equatable {
                let label: String
                let type: String
                let aliases: [String]
                let mentions: Int
            }

            struct EdgeSummary: Decodable, Equatable {
                let source: String
                let target: String
                let label: String
                let weight: Double
                let count: Int
                let evidence: [[String]]
                let rule: String?

                static func order(_ lhs: EdgeSummary, _ rhs: EdgeSummary) -> Bool {
                    (lhs.source, lhs.target, lhs.label) < (rhs.source, rhs.target, rhs.label)
                }
            }

            let nodes: [String: NodeSummary]
            let edges: [EdgeSummary]
        }

        /// Reads a GEXF 1.3 file with networkx and prints a ``GEXFSummary`` as JSON; fails unless every
        /// node has a colour and size and `mentions` and `count` are read as integers.
        static let networkxScript = #"""
            import json, sys
            import networkx as nx
            assert "1.3" in nx.readwrite.gexf.GEXF.versions
            g = nx.read_gexf(sys.argv[1], version="1.3")
            nodes = {}
            for n, d in g.nodes(data=True):
                assert type(d["mentions"]) is int and set(d["viz"]) == {"color", "size"}, d
                nodes[n] = {"label": d["label"], "type": d["type"], "aliases": json.loads(d["aliases"]),
                            "mentions": d["mentions"]}
            edges = []
            for u, v, d in g.edges(data=True):
                assert type(d["count"]) is int and d["relation"] == d["label"], d
                edges.append({"source": u, "target": v, "label": d["label"], "weight": d["weight"],
                              "count": d["count"], "rule": d.get("rule"),
                              "evidence": [[e["document"], str(e["sentence"]), e["text"]]
                                           for e in json.loads(d["evidence"])]})
            edges.sort(key=lambda e: (e["source"], e["target"], e["label"]))
            print(json.dumps({"nodes": nodes, "edges": edges}))
            """#
    }
}
