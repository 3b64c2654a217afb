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
            try GraphExporter(layout: .dot).encode(chain(of: 151), as: .svg)
        }
        let message = RenderingError.tooLarge(engine: .dot, nodes: 151, edges: 150, limit: 150).localizedDescription
        for advice in ["151 nodes", "--layout sfdp", "--min-weight", "relgraph subgraph", "--force"] {
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
        #expect(try !GraphExporter(layout: .dot).encode(chain(of: 400), as: .dot).isEmpty)
    }
}
