import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import RelGraph

extension SerializationTests {
    @Suite struct DOTWriterTests {
        @Test func writesTheSmallGraphExactly() {
            #expect(DOTWriter().string(for: SampleGraphs.small) == #"""
                digraph "relgraph" {
                  graph [comment="relgraph 0.1.0; inputs: a.txt, b.txt", fontname="Helvetica,Arial,sans-serif", overlap="false", splines="true"];
                  node [fontname="Helvetica,Arial,sans-serif", fontsize="11", style="filled"];
                  edge [fontname="Helvetica,Arial,sans-serif", fontsize="9"];
                  "agency.Europol" [label="Europol", shape="box", fillcolor="#56B4E9", fontcolor="#000000", tooltip="agency · 2 mentions"];
                  "city.Antwerpen" [label="Antwerpen", shape="house", fillcolor="#F0E442", fontcolor="#000000", tooltip="city · 1 mention"];
                  "platform.Sky_ECC" [label="Sky ECC", shape="hexagon", fillcolor="#009E73", fontcolor="#FFFFFF", tooltip="platform · 3 mentions"];
                  "city.Antwerpen" -> "platform.Sky_ECC" [dir="none", color="#AAAAAA", penwidth="2", tooltip="co_occurs · weight 2"];
                  "platform.Sky_ECC" -> "agency.Europol" [label="cracked_by", color="#333333", penwidth="1", tooltip="cracked_by · weight 1"];
                  graph [fontsize="12", labelloc="b", labeljust="l", label=<<table border="1" color="#BBBBBB" cellborder="0" cellspacing="3" cellpadding="2"><tr><td colspan="2" align="left"><b>entity types</b></td></tr><tr><td bgcolor="#56B4E9" width="20" height="14" fixedsize="true"></td><td align="left">agency</td></tr><tr><td bgcolor="#F0E442" width="20" height="14" fixedsize="true"></td><td align="left">city</td></tr><tr><td bgcolor="#009E73" width="20" height="14" fixedsize="true"></td><td align="left">platform</td></tr></table>>];
                }

                """#)
        }

        @Test func escapesLabelsForTheLanguageAndForGraphvizLabelProcessing() {
            let graph = Graph(nodes: [
                Node(id: NodeID(rawValue: "id \"q\" \\"), label: "\"Encro\"Chat trail\\ R&D \\N\r\nnext\u{1}\u{FFFE}",
                     type: .person, aliases: [], mentions: 1, attributes: [:]),
            ], edges: [])
            let text = DOTWriter().string(for: graph)
            #expect(text.contains(#"  "id \"q\" \\" [label="\"Encro\"Chat trail\\ R&amp;D \\N\nnext", shape="ellipse""#))
            #expect(!text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
        }

        @Test func legendIsTheGraphsLabelListingTheTypesPresentWithTheirColours() {
            let text = DOTWriter().string(for: SampleGraphs.hostile)
            let legend = text.split(separator: "\n").filter { $0.hasPrefix("  graph [fontsize=") }
            #expect(legend.count == 1)
            let satellite = NodeStyle(for: SampleGraphs.satellite)
            #expect(legend.first?.contains("<td bgcolor=\"\(satellite.fillColor)\" width=\"20\" height=\"14\" "
                + "fixedsize=\"true\"></td><td align=\"left\">satellite</td>") == true)
            for type in Set(SampleGraphs.hostile.nodes.map(\.type.name)) {
                #expect(legend.first?.contains("<td align=\"left\">\(type)</td>") == true)
            }
            #expect(!DOTWriter().string(for: SampleGraphs.small).contains(">person</td>"))
            #expect(text.contains("shape=\"\(NodeStyle.defaultShape.graphvizName)\""))
            #expect(!DOTWriter().string(for: Graph(nodes: [Node](), edges: [Edge]())).contains("entity types"))
        }

        @Test(.enabled(if: ExternalTool.shouldRun("dot")))
        func graphvizParsesTheHostileGraphWithEveryNode() throws {
            let dot = DOTWriter().string(for: SampleGraphs.hostile)
            let canon = try ExternalTool.run("dot", ["-Tcanon"], input: dot)
            #expect(canon.status == 0, "\(canon.stderr)")
            #expect(canon.stderr.isEmpty, "\(canon.stderr)")

            let json = try ExternalTool.run("dot", ["-Tjson"], input: dot)
            #expect(json.status == 0, "\(json.stderr)")
            let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
            let names = (object?["objects"] as? [[String: Any]] ?? []).compactMap { $0["name"] as? String }
            // In a quoted DOT id only `\"` is an escape, so an id's backslash is kept doubled; `&` is
            // written `&amp;` (Graphviz passes entities on to its SVG, where `&#0;` would be ill-formed).
            let expected = SampleGraphs.hostile.nodes.map {
                $0.id.rawValue.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "&", with: "&amp;")
            }
            // The legend is the graph's label, not a node: every object is an entity.
            #expect(Set(names) == Set(expected))
            #expect(names.count == expected.count)
            // One line per pair: the co-occurrence beside `cracked_by` is drawn by that relation's line.
            let edges = (object?["edges"] as? [[String: Any]] ?? []).count
            #expect(edges == SampleGraphs.hostile.edges.count - 1)
        }

        @Test(.enabled(if: ExternalTool.shouldRun("dot") && ExternalTool.shouldRun("xmllint")))
        func graphvizDrawsEveryLabelLiterally() throws {
            let svg = try ExternalTool.run("dot", ["-Tsvg"], input: DOTWriter().string(for: SampleGraphs.hostile))
            #expect(svg.status == 0, "\(svg.stderr)")
            let lint = try ExternalTool.run("xmllint", ["--noout", "-"], input: svg.stdout)
            #expect(lint.status == 0, "\(lint.stderr)")

            let svgTexts = SVGTexts(svg.stdout)
            #expect(svgTexts.isWellFormed)
            let texts = Set(svgTexts.texts)
            for label in SampleGraphs.hostileLabels {
                for line in label.split(separator: "\n") {
                    #expect(texts.contains(String(line)), "the SVG does not show \(line.debugDescription)")
                }
            }
            // `&` stays literal: the SVG escapes it once, as `R&amp;D`, and shows `&amp;` as `&amp;amp;`.
            #expect(svg.stdout.contains(">R&amp;D &lt;script&gt;<"))
            #expect(svg.stdout.contains(">Back\\N slash &amp;amp; \\l<"))
        }
    }
}

/// The text of every `<text>` element of an SVG document, character references decoded.
private final class SVGTexts: NSObject, XMLParserDelegate {
    private(set) var texts: [String] = []
    /// Whether the parser read the whole document.
    private(set) var isWellFormed = false
    private var current: String?

    init(_ svg: String) {
        super.init()
        let parser = XMLParser(data: Data(svg.utf8))
        parser.delegate = self
        isWellFormed = parser.parse()
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
        if elementName == "text" { current = "" }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        current?.append(string)
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?) {
        if elementName == "text", let text = current {
            texts.append(text)
            current = nil
        }
    }
}
