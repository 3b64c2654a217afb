import Foundation
import Testing
import RelGraph

extension SerializationTests {
    /// GraphML's yEd flavour: the plain data plus yFiles graphics, read by networkx and by relgraph alike.
    @Suite struct GraphMLYEdFlavorTests {
        private let yEd = GraphMLWriter(flavor: .yed)

        @Test func writesTheSmallGraphExactly() {
            #expect(yEd.string(for: SampleGraphs.small) == #"""
                <?xml version="1.0" encoding="UTF-8"?>
                <graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:y="http://www.yworks.com/xml/graphml" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://www.yworks.com/xml/schema/graphml/1.1/ygraphml.xsd">
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
                  <key id="nodegraphics" for="node" yfiles.type="nodegraphics"/>
                  <key id="edgegraphics" for="edge" yfiles.type="edgegraphics"/>
                  <graph id="G" edgedefault="directed">
                    <desc>relgraph 0.1.0; inputs: a.txt, b.txt</desc>
                    <node id="agency.Europol">
                      <data key="label">Europol</data>
                      <data key="name">Europol</data>
                      <data key="type">agency</data>
                      <data key="aliases">["Europol"]</data>
                      <data key="mentions">2</data>
                      <data key="nodegraphics">
                        <y:ShapeNode>
                          <y:Geometry x="0" y="0" width="73" height="30"/>
                          <y:Fill color="#56B4E9" transparent="false"/>
                          <y:BorderStyle color="#000000" type="line" width="1"/>
                          <y:NodeLabel textColor="#000000">Europol</y:NodeLabel>
                          <y:Shape type="rectangle"/>
                        </y:ShapeNode>
                      </data>
                    </node>
                    <node id="city.Antwerpen">
                      <data key="label">Antwerpen</data>
                      <data key="name">Antwerpen</data>
                      <data key="type">city</data>
                      <data key="aliases">["Antwerp","Antwerpen"]</data>
                      <data key="mentions">1</data>
                      <data key="nodegraphics">
                        <y:ShapeNode>
                          <y:Geometry x="127" y="0" width="87" height="30"/>
                          <y:Fill color="#F0E442" transparent="false"/>
                          <y:BorderStyle color="#000000" type="line" width="1"/>
                          <y:NodeLabel textColor="#000000">Antwerpen</y:NodeLabel>
                          <y:Shape type="trapezoid2"/>
                        </y:ShapeNode>
                      </data>
                    </node>
                    <node id="platform.Sky_ECC">
                      <data key="label">Sky ECC</data>
                      <data key="name">Sky ECC</data>
                      <data key="type">platform</data>
                      <data key="aliases">["SKY","Sky","Sky ECC"]</data>
                      <data key="mentions">3</data>
                      <data key="ambiguous">false</data>
                      <data key="nodegraphics">
                        <y:ShapeNode>
                          <y:Geometry x="0" y="70" width="73" height="30"/>
                          <y:Fill color="#009E73" transparent="false"/>
                          <y:BorderStyle color="#000000" type="line" width="1"/>
                          <y:NodeLabel textColor="#FFFFFF">Sky ECC</y:NodeLabel>
                          <y:Shape type="hexagon"/>
                        </y:ShapeNode>
                      </data>
                    </node>
                    <edge id="e0" source="city.Antwerpen" target="platform.Sky_ECC">
                      <data key="relation">co_occurs</data>
                      <data key="edge_label">co_occurs</data>
                      <data key="weight">2</data>
                      <data key="count">2</data>
                      <data key="evidence">[{"document":"a.txt","sentence":0,"text":"Sky ECC in Antwerpen."},{"document":"b.txt","sentence":1,"text":"Antwerpen and Sky."}]</data>
                      <data key="edgegraphics">
                        <y:PolyLineEdge>
                          <y:LineStyle color="#AAAAAA" type="line" width="2"/>
                          <y:Arrows source="none" target="none"/>
                        </y:PolyLineEdge>
                      </data>
                    </edge>
                    <edge id="e1" source="platform.Sky_ECC" target="agency.Europol">
                      <data key="relation">cracked_by</data>
                      <data key="edge_label">cracked_by</data>
                      <data key="weight">1</data>
                      <data key="count">1</data>
                      <data key="evidence">[{"document":"a.txt","sentence":2,"text":"Europol cracked Sky ECC."}]</data>
                      <data key="rule">cracked_by.active</data>
                      <data key="confidence">0.75</data>
                      <data key="edgegraphics">
                        <y:PolyLineEdge>
                          <y:LineStyle color="#333333" type="line" width="1"/>
                          <y:Arrows source="none" target="standard"/>
                          <y:EdgeLabel>cracked_by</y:EdgeLabel>
                        </y:PolyLineEdge>
                      </data>
                    </edge>
                  </graph>
                </graphml>

                """#)
        }

        @Test(arguments: ["small", "hostile", "mixed"])
        func withoutItsGraphicsItIsThePlainFlavourLineForLine(name: String) {
            let graph = Self.sample(name)
            var lines: [Substring] = []
            var inGraphics = false
            for line in yEd.string(for: graph).split(separator: "\n", omittingEmptySubsequences: false) {
                if line.contains("yfiles.type=") { continue }
                if line.hasSuffix("graphics\">") { inGraphics = true }
                if !inGraphics { lines.append(line) }
                if inGraphics, line == "      </data>" { inGraphics = false }
            }
            let plain = GraphMLWriter().string(for: graph).split(separator: "\n", omittingEmptySubsequences: false)
            #expect(lines.first == plain.first)
            #expect(lines.dropFirst(2) == plain.dropFirst(2)) // The second line, `<graphml …>`, adds the y: namespace.
        }

        @Test func graphicsKeysStepAsideForAttributesOfTheSameName() {
            let node = Node(label: "A", type: .city, aliases: [], mentions: 1,
                            attributes: ["nodegraphics": .string("mine"), "edgegraphics": .int(2)])
            let text = yEd.string(for: Graph(nodes: [node], edges: []))
            #expect(text.contains(#"<key id="nodegraphics" for="node" attr.name="nodegraphics" attr.type="string"/>"#))
            #expect(text.contains(#"<key id="nodegraphics_2" for="node" yfiles.type="nodegraphics"/>"#))
            #expect(text.contains(#"<key id="edgegraphics_2" for="edge" yfiles.type="edgegraphics"/>"#))
            #expect(text.contains(#"<data key="nodegraphics_2">"#))
        }

        @Test func readsBackAsTheSameGraph() throws {
            for name in ["small", "hostile", "mixed"] {
                let graph = Self.sample(name)
                #expect(try yEd.readBack(graph, extension: "graphml") == GraphMLWriter().readBack(graph, extension: "graphml"),
                        "\(name)")
            }
            #expect(try yEd.readBack(SampleGraphs.hostile, extension: "graphml") == SampleGraphs.hostile)
        }

        @Test(.enabled(if: ExternalTool.shouldRun("xmllint")))
        func xmllintAcceptsIt() throws {
            for name in ["small", "hostile", "mixed"] {
                let result = try ExternalTool.run("xmllint", ["--noout", "-"], input: yEd.string(for: Self.sample(name)))
                #expect(result.status == 0, "\(name): \(result.stderr)")
            }
        }

        @Test(.enabled(if: ExternalTool.shouldRunPython(module: "networkx")))
        func networkxReadsTheSameGraphAsFromThePlainFlavour() throws {
            for graph in [SampleGraphs.small, SampleGraphs.hostile] {
                let directory = try ExternalTool.temporaryDirectory()
                defer { try? FileManager.default.removeItem(at: directory) }
                let yEdFile = directory.appendingPathComponent("yed.graphml")
                let plainFile = directory.appendingPathComponent("plain.graphml")
                try yEd.string(for: graph).write(to: yEdFile, atomically: true, encoding: .utf8)
                try GraphMLWriter().string(for: graph).write(to: plainFile, atomically: true, encoding: .utf8)

                let summary = try NetworkXSummary.read(yEdFile)
                let expected = NetworkXSummary(expecting: graph) { _ in "float" }
                #expect(summary.nodes == expected.nodes)
                #expect(summary.edges == expected.edges)
                // Every node and edge attribute networkx reads is the plain flavour's, edge labels included;
                // the graphics add only yEd's position and shape.
                let comparison = try ExternalTool.run("python3", ["-c", Self.comparison, plainFile.path, yEdFile.path])
                #expect(comparison.status == 0, "\(comparison.stderr)")
                #expect(comparison.stdout == "same; added: shape_type x y\n")
            }
        }

        private static func sample(_ name: String) -> Graph {
            switch name {
            case "small": SampleGraphs.small
            case "hostile": SampleGraphs.hostile
            default: SampleGraphs.mixedAttributes
            }
        }

        /// Prints `same` when networkx reads the second file with the nodes and edges (and their data) of
        /// the first, ignoring the keys only the second has, which it lists.
        private static let comparison = #"""
            import sys
            import networkx as nx
            plain, yed = nx.read_graphml(sys.argv[1]), nx.read_graphml(sys.argv[2])
            added = set()
            def strip(data, base):
                added.update(set(data) - set(base))
                return {k: v for k, v in data.items() if k in base}
            nodes_same = dict(plain.nodes(data=True)) == {n: strip(d, plain.nodes[n]) for n, d in yed.nodes(data=True)}
            edges = lambda g: sorted((u, v, sorted(d.items())) for u, v, d in g.edges(data=True))
            edges_same = edges(plain) == edges(yed)
            print(("same" if nodes_same and edges_same else "different") + "; added: " + " ".join(sorted(added)))
            """#
    }
}
