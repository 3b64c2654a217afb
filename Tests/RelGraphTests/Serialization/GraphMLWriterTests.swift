import Foundation
import Testing
import RelGraph

extension SerializationTests {
    @Suite struct GraphMLWriterTests {
        @Test func writesTheSmallGraphExactly() {
            #expect(GraphMLWriter().string(for: SampleGraphs.small) == #"""
                <?xml version="1.0" encoding="UTF-8"?>
                <graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
                  <key id="label" for="node" attr.name="label" attr.type="string"/>
                  <key id="name" for="node" attr.name="name" attr.type="string"/>
                  <key id="type" for="node" attr.name="type" attr.type="string"/>
                  <key id="aliases" for="node" attr.name="aliases" attr.type="string"/>
                  <key id="mentions" for="node" attr.name="mentions" attr.type="int"/>
                  <key id="ambiguous" for="node" attr.name="ambiguous" attr.type="boolean"/>
                  <key id="relation" for="edge" attr.name="relation" attr.type="string"/>
                  <key id="edge_label" for="edge" attr.name="label" attr.type="string"/>
                  <key id="weight" for="edge" attr.name="weight" attr.type="double"/>
                  <key id="count" for="edge" attr.name="count" attr.type="int"/>
                  <key id="evidence" for="edge" attr.name="evidence" attr.type="string"/>
                  <key id="rule" for="edge" attr.name="rule" attr.type="string"/>
                  <key id="confidence" for="edge" attr.name="confidence" attr.type="double"/>
                  <graph id="G" edgedefault="directed">
                    <desc>relgraph 0.1.0; inputs: a.txt, b.txt</desc>
                    <node id="agency.Europol">
                      <data key="label">Europol</data>
                      <data key="name">Europol</data>
                      <data key="type">agency</data>
                      <data key="aliases">["Europol"]</data>
                      <data key="mentions">2</data>
                    </node>
                    <node id="city.Antwerpen">
                      <data key="label">Antwerpen</data>
                      <data key="name">Antwerpen</data>
                      <data key="type">city</data>
                      <data key="aliases">["Antwerp","Antwerpen"]</data>
                      <data key="mentions">1</data>
                    </node>
                    <node id="platform.Sky_ECC">
                      <data key="label">Sky ECC</data>
                      <data key="name">Sky ECC</data>
                      <data key="type">platform</data>
                      <data key="aliases">["SKY","Sky","Sky ECC"]</data>
                      <data key="mentions">3</data>
                      <data key="ambiguous">false</data>
                    </node>
                    <edge id="e0" source="city.Antwerpen" target="platform.Sky_ECC">
                      <data key="relation">co_occurs</data>
                      <data key="edge_label">co_occurs</data>
                      <data key="weight">2</data>
                      <data key="count">2</data>
                      <data key="evidence">[{"document":"a.txt","sentence":0,"text":"Sky ECC in Antwerpen."},{"document":"b.txt","sentence":1,"text":"Antwerpen and Sky."}]</data>
                    </edge>
                    <edge id="e1" source="platform.Sky_ECC" target="agency.Europol">
                      <data key="relation">cracked_by</data>
                      <data key="edge_label">cracked_by</data>
                      <data key="weight">1</data>
                      <data key="count">1</data>
                      <data key="evidence">[{"document":"a.txt","sentence":2,"text":"Europol cracked Sky ECC."}]</data>
                      <data key="rule">cracked_by.active</data>
                      <data key="confidence">0.75</data>
                    </edge>
                  </graph>
                </graphml>

                """#)
        }

        @Test func escapesMarkupAndReplacesCharactersXMLForbids() {
            let graph = Graph(nodes: [
                Node(id: NodeID(rawValue: "a\"<&>'\t\n\rb"), label: "x\u{1}\u{FFFF}y & <z> \"q\" 'a' \r\t é 🛰️",
                     type: .person, aliases: ["<\u{FFFE}\u{1}&\"\\>"], mentions: 1, attributes: [:]),
            ], edges: [])
            let text = GraphMLWriter().string(for: graph)
            // Inside the JSON of `aliases`, what XML cannot hold is spelled as a JSON escape instead.
            #expect(text.contains(#"<data key="aliases">["&lt;\ufffe\u0001&amp;\"\\&gt;"]</data>"#))
            #expect(text.contains(#"<node id="a&quot;&lt;&amp;&gt;&apos;&#9;&#10;&#13;b">"#))
            #expect(text.contains("<data key=\"label\">x��y &amp; &lt;z&gt; \"q\" 'a' &#13;\t é 🛰️</data>"))
            #expect(!text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" && $0 != "\t" })
        }

        @Test func widensMixedTypesAndNamesKeysAfterTheirAttributes() throws {
            let text = GraphMLWriter().string(for: SampleGraphs.mixedAttributes)
            let keys = text.split(separator: "\n").filter { $0.contains("<key ") }
                .map { $0.trimmingCharacters(in: .whitespaces) }
            #expect(keys == [
                #"<key id="label" for="node" attr.name="label" attr.type="string"/>"#,
                #"<key id="name" for="node" attr.name="name" attr.type="string"/>"#,
                #"<key id="type" for="node" attr.name="type" attr.type="string"/>"#,
                #"<key id="aliases" for="node" attr.name="aliases" attr.type="string"/>"#,
                #"<key id="mentions" for="node" attr.name="mentions" attr.type="int"/>"#,
                #"<key id="_9_odd_name__" for="node" attr.name="9 odd name/ü" attr.type="int"/>"#,
                #"<key id="big" for="node" attr.name="big" attr.type="double"/>"#,
                #"<key id="d3_2" for="node" attr.name="d3" attr.type="string"/>"#,
                #"<key id="flag" for="node" attr.name="flag" attr.type="string"/>"#,
                #"<key id="ok" for="node" attr.name="ok" attr.type="boolean"/>"#,
                #"<key id="score" for="node" attr.name="score" attr.type="double"/>"#,
                #"<key id="relation" for="edge" attr.name="relation" attr.type="string"/>"#,
                #"<key id="edge_label" for="edge" attr.name="label" attr.type="string"/>"#,
                #"<key id="weight" for="edge" attr.name="weight" attr.type="double"/>"#,
                #"<key id="count" for="edge" attr.name="count" attr.type="int"/>"#,
                #"<key id="evidence" for="edge" attr.name="evidence" attr.type="string"/>"#,
                #"<key id="rule" for="edge" attr.name="rule" attr.type="string"/>"#,
                #"<key id="edge_d7" for="edge" attr.name="d7" attr.type="int"/>"#,
                #"<key id="hedged" for="edge" attr.name="hedged" attr.type="boolean"/>"#,
                #"<key id="edge_score" for="edge" attr.name="score" attr.type="int"/>"#,
            ])
            // Values follow their key's type: an int under a double key is still written as a number,
            // a boolean under a string key as `true`.
            #expect(text.contains("<data key=\"score\">1</data>") && text.contains("<data key=\"score\">2.5</data>"))
            #expect(text.contains("<data key=\"flag\">true</data>") && text.contains("<data key=\"flag\">yes</data>"))
            #expect(text.contains("<data key=\"big\">1099511627776</data>"))
            #expect(text.contains("<data key=\"hedged\">false</data>") && !text.contains("False"))
            // An attribute named like a field does not shadow it.
            #expect(text.components(separatedBy: "<data key=\"label\">").count == 3)
            #expect(!text.contains("shadow"))
        }

        @Test(.enabled(if: ExternalTool.shouldRun("xmllint")))
        func xmllintAcceptsTheHostileGraph() throws {
            for graph in [SampleGraphs.small, SampleGraphs.hostile, SampleGraphs.mixedAttributes] {
                let graphML = GraphMLWriter().string(for: graph)
                let result = try ExternalTool.run("xmllint", ["--noout", "-"], input: graphML)
                #expect(result.status == 0, "\(result.stderr)")
            }
        }

        @Test(.enabled(if: ExternalTool.shouldRunPython(module: "networkx")))
        func networkxReadsTheHostileGraphBack() throws {
            for graph in [SampleGraphs.small, SampleGraphs.hostile] {
                let directory = try ExternalTool.temporaryDirectory()
                defer { try? FileManager.default.removeItem(at: directory) }
                let file = directory.appendingPathComponent("graph.graphml")
                try GraphMLWriter().string(for: graph).write(to: file, atomically: true, encoding: .utf8)
                let summary = try NetworkXSummary.read(file)
                let expected = NetworkXSummary(expecting: graph) { _ in "float" }
                #expect(summary.nodes == expected.nodes)
                #expect(summary.edges == expected.edges)
            }
        }
    }
}
