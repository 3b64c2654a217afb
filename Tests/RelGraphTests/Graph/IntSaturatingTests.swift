import Testing
@testable import RelGraph

@Suite struct IntSaturatingTests {
    @Test func sumsPastTheEndsAreHeldThere() {
        #expect(Int.max.addingSaturated(Int.max) == .max)
        #expect(Int.max.addingSaturated(1) == .max)
        #expect(Int.min.addingSaturated(-1) == .min)
        #expect(Int.max.addingSaturated(Int.min) == -1)
        #expect(40.addingSaturated(2) == 42)
    }

    /// Two graphs whose counts are Int.max merge into Int.max, not a trap.
    @Test func mergingCountsNearIntMaxSaturates() {
        let node = Node(label: "A", type: .person, mentions: .max, attributes: ["documents": .int(.max)])
        let graph = Graph(nodes: [node], edges: [])
        let merged = GraphMerger.merging([graph, graph], evidenceLimit: 3)
        #expect(merged.nodes.first?.mentions == .max)
        #expect(merged.nodes.first?.attributes["documents"] == .int(.max))
    }
}
