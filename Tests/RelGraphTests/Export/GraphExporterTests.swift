import Foundation
import Testing
@testable import RelGraph

@Suite struct GraphExporterTests {
    private func chain(of count: Int) -> Graph {
        var builder = GraphBuilder(evidenceLimit: 0)
        var previous: NodeID?
        for index in 0..<count {
            let id = builder.addMention(label: "Entiteit \(index)", type: .agency, surface: "e\(index)")
            if let previous { builder.addRelation(from: previous, .coOccurs, to: id, evidence: Evidence(document: "d", sentence: 0, text: "")) }
            previous = id
        }
        return builder.build()
    }

    @Test func aGraphTooLargeForTheEngineIsRefusedWithItsSizeAndWhatToDo() {
        #expect(throws: RenderingError.tooLarge(engine: .dot, nodes: 151, edges: 150, limit: 150)) {
            try GraphExporter(layout: .dot).files(for: chain(of: 151), as: .svg, at: "map.svg")
        }
        let message = RenderingError.tooLarge(engine: .dot, nodes: 151, edges: 150, limit: 150).localizedDescription
        for advice in ["151 nodes", "--layout sfdp", "--min-weight", "relgraph subgraph", "--force"] {
            #expect(message.contains(advice), "\(advice)")
        }
    }

    /// 33 nodes, every pair joined (528 edges): few nodes, but dot spent 77 s on such a graph.
    @Test func aDenseGraphIsRefusedForItsEdgesThoughItHasFewNodes() throws {
        var builder = GraphBuilder(evidenceLimit: 0)
        let ids = (0..<33).map { builder.addMention(label: "Plaats \($0)", type: .city, surface: "p\($0)") }
        for (position, first) in ids.enumerated() {
            for second in ids[(position + 1)...] {
                builder.addRelation(from: first, .coOccurs, to: second, evidence: Evidence(document: "d", sentence: 0, text: ""))
            }
        }
        let dense = builder.build()
        #expect(throws: RenderingError.tooLarge(engine: .dot, nodes: 33, edges: 528, limit: 150)) {
            try GraphExporter(layout: .dot).files(for: dense, as: .svg, at: "map.svg")
        }
        #expect(RenderingError.tooLarge(engine: .dot, nodes: 33, edges: 528, limit: 150).localizedDescription.contains("400 edges"))
        #expect(!Layout.sfdp.isTooLarge(nodes: 33, edges: 528))
    }

    @Test func aLayoutStoppedAfterItsBudgetSaysHowToGiveItLonger() {
        let message = RenderingError.layoutTimedOut(engine: .dot, seconds: 2).localizedDescription
        for advice in ["2 s", "--layout-timeout", "--layout sfdp", "--min-weight"] {
            #expect(message.contains(advice), "\(advice)")
        }
    }

    @Test func theAutomaticEngineStaysWithinItsLimits() {
        for nodes in [1, 100, 101, 5_000, 20_000] {
            let engine = Layout.automatic(nodeCount: nodes)
            #expect(nodes <= engine.largestGraph, "\(nodes) nodes → \(engine)")
        }
    }

    @Test func textFormatsHaveNoSizeLimit() throws {
        let files = try GraphExporter(layout: .dot).files(for: chain(of: 400), as: .dot, at: "graph.dot")
        #expect(files.map(\.path) == ["graph.dot"])
        #expect(String(decoding: files[0].bytes, as: UTF8.self).contains("\"agency.Entiteit_399\""))
    }

    @Test func graphMLIsPlainUnlessTheYEdFlavourIsAsked() throws {
        let graph = chain(of: 3)
        let plain = try GraphExporter().files(for: graph, as: .graphml, at: "g.graphml")
        #expect(plain.map(\.bytes) == [Array(GraphMLWriter().string(for: graph).utf8)])
        let yEd = try GraphExporter(graphMLFlavor: .yed).files(for: graph, as: .graphml, at: "g.graphml")
        #expect(yEd.map(\.bytes) == [Array(GraphMLWriter(flavor: .yed).string(for: graph).utf8)])
        // The flavour touches GraphML only.
        #expect(try GraphExporter(graphMLFlavor: .yed).files(for: graph, as: .dot, at: "g.dot").map(\.bytes)
            == GraphExporter().files(for: graph, as: .dot, at: "g.dot").map(\.bytes))
    }

    @Test func csvIsThreeTablesNamedAfterThePath() throws {
        let files = try GraphExporter().files(for: chain(of: 3), as: .csv, at: "out/graph.csv")
        #expect(files.map(\.path) == ["out/graph.nodes.csv", "out/graph.edges.csv", "out/graph.evidence.csv"])
        #expect(String(decoding: files[1].bytes, as: UTF8.self).split(separator: "\r\n").count == 3)  // header + 2 edges
    }
}
