import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import RelGraph

/// The SVG relgraph writes (DOTWriter's text drawn by GraphvizRenderer), read as XML: the legend is drawn
/// by the graph itself, not by a node, and every node carries its type and mentions as a tooltip.
@Suite(.enabled(if: RenderingTestSupport.shouldRunGraphviz, "needs Graphviz (libgvc6)"))
struct SVGLegendAndTooltipTests {
    @Test(arguments: [Layout.dot, .sfdp])
    func theLegendListsEachTypePresentWithItsColour(layout: Layout) throws {
        let graph = SampleGraphs.hostile
        let svg = try DrawnSVG(GraphvizRenderer().render(dot: DOTWriter().string(for: graph), layout: layout))
        let types = Set(graph.nodes.map(\.type)).sorted()
        #expect(svg.graphTexts == ["entity types"] + types.map(\.name))
        // Graphviz writes colours in lower case; the first fill is the white background.
        #expect(svg.graphFills.dropFirst() == ArraySlice(types.map { NodeStyle(for: $0).fillColor.lowercased() }))
    }

    @Test(arguments: [Layout.dot, .sfdp])
    func theExportedLegendDrawsEachTypesShapeInItsColour(layout: Layout) throws {
        let graph = SampleGraphs.hostile
        let file = try #require(try GraphExporter(layout: layout).files(for: graph, as: .svg, at: "g.svg").first)
        let svg = try DrawnSVG(Data(file.bytes))
        let styles = Set(graph.nodes.map(\.type)).sorted().map { NodeStyle(for: $0) }
        #expect(svg.graphTexts == ["entity types"] + Set(graph.nodes.map(\.type)).sorted().map(\.name))
        // Each swatch is now the type's outline, in its colour, where Graphviz put the swatch.
        #expect(svg.graphShapes.map(\.fill) == styles.map(\.fillColor))
        #expect(svg.graphFills.dropFirst().isEmpty)
        for (shape, style) in zip(svg.graphShapes, styles) {
            let rings = shape.path.split(separator: "M").count
            #expect(rings == style.shape.rings.count, "\(style.shape): \(shape.path)")
        }
    }

    @Test func everyNodeIsAGroupTitledWithItsIdAndATooltipOfTypeAndMentions() throws {
        let graph = SampleGraphs.hostile
        let svg = try DrawnSVG(GraphvizRenderer().render(dot: DOTWriter().string(for: graph), layout: .dot))
        // In a quoted DOT id only `\"` is an escape, so an id's backslash is kept doubled.
        let expected = Dictionary(uniqueKeysWithValues: graph.nodes.map { node in
            (node.id.rawValue.replacingOccurrences(of: "\\", with: "\\\\"),
             "\(node.type) · \(node.mentions) \(node.mentions == 1 ? "mention" : "mentions")")
        })
        #expect(svg.nodeTooltips == expected)
        #expect(svg.nodeTooltips["platform.-22Encro-22Chat"] == "platform · 11 mentions")
        #expect(svg.nodeTooltips["raw id \"<&>' x"] == "person · 0 mentions")
    }

    @Test(.enabled(if: ExternalTool.shouldRun("xmllint")))
    func theSVGOfTheSampleCorpusIsValidXMLWithTheLegend() throws {
        let folder = RelGraphBinary.repository.appendingPathComponent("examples").path
        let graph = try Pipeline(rules: RuleSet.builtIn()).build(inputs: [folder], diagnostics: { _ in })
        let data = Data(try #require(try GraphExporter().files(for: graph, as: .svg, at: "graph.svg").first?.bytes))
        let lint = try ExternalTool.run("xmllint", ["--noout", "-"], input: String(decoding: data, as: UTF8.self))
        #expect(lint.status == 0, "\(lint.stderr)")
        let svg = try DrawnSVG(data)
        #expect(svg.graphTexts == ["entity types"] + Set(graph.nodes.map(\.type)).sorted().map(\.name))
        #expect(svg.nodeTooltips.count == graph.nodes.count)
        #expect(svg.nodeTooltips["platform.Sky_ECC"]?.hasPrefix("platform · ") == true)
    }
}

/// What a Graphviz SVG draws, read with `XMLDocument`: the graph's own shapes (its label, here the legend)
/// and each node's group.
private struct DrawnSVG {
    struct Malformed: Error {}

    /// The texts the graph draws itself, outside any node or edge, in document order.
    let graphTexts: [String]
    /// The fill colours of the polygons the graph draws itself, in document order.
    let graphFills: [String]
    /// The fill and path data of the paths the graph draws itself (the legend's shapes), in document order.
    let graphShapes: [(fill: String, path: String)]
    /// Each node group's `<title>` (the node's id) with the tooltip (`xlink:title`) of its link.
    let nodeTooltips: [String: String]

    init(_ svg: Data) throws {
        let document = try XMLDocument(data: svg, options: [.nodeLoadExternalEntitiesNever])
        guard let graph = document.rootElement()?.elements(forName: "g").first(where: { $0.cssClass == "graph" }) else {
            throw Malformed()
        }
        let children = graph.children?.compactMap { $0 as? XMLElement } ?? []
        graphTexts = children.filter { $0.name == "text" }.map { $0.stringValue ?? "" }
        graphFills = children.filter { $0.name == "polygon" }.compactMap { $0.value(of: "fill") }.filter { $0 != "none" }
        graphShapes = children.filter { $0.name == "path" }.compactMap { path in
            path.value(of: "fill").flatMap { fill in path.value(of: "d").map { (fill, $0) } }
        }
        var tooltips: [String: String] = [:]
        for node in children where node.cssClass == "node" {
            guard let title = node.elements(forName: "title").first?.stringValue,
                  let tooltip = node.elements(forName: "g").first?.elements(forName: "a").first?.value(of: "xlink:title")
            else { throw Malformed() }
            tooltips[title] = tooltip
        }
        nodeTooltips = tooltips
    }
}

private extension XMLElement {
    /// The value of the attribute named `name` (as written, prefix included). FoundationXML's
    /// `attribute(forName:)` finds nothing in a document with a default namespace, such as SVG, on Linux.
    func value(of name: String) -> String? {
        attributes?.first { $0.name == name }?.stringValue
    }

    /// The element's `class` attribute.
    var cssClass: String? { value(of: "class") }
}
