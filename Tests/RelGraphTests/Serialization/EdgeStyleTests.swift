import Testing
import RelGraph

extension SerializationTests {
    @Suite struct EdgeStyleTests {
        @Test func widensEdgesWithWeightUpToACap() {
            #expect(EdgeStyle.width(forWeight: 0.5) == 1)
            #expect(EdgeStyle.width(forWeight: 1) == 1)
            #expect(EdgeStyle.width(forWeight: 4) == 3)
            #expect(EdgeStyle.width(forWeight: 3) == 2.58)
            #expect(EdgeStyle.width(forWeight: 1e9) == EdgeStyle.maximumWidth)
            #expect(EdgeStyle.width(forWeight: .nan) == 1)
        }

        @Test func coOccurrencesAreLightAndUndirectedTypedRelationsDarkArrowsWithTheirName() throws {
            let edges = SampleGraphs.small.edges
            let coOccurrence = EdgeStyle(for: try #require(edges.first { $0.relation == .coOccurs }))
            #expect(coOccurrence.color == "#AAAAAA" && !coOccurrence.isDirected && coOccurrence.label == nil)
            #expect(coOccurrence.width == 2)
            let cracked = EdgeStyle(for: try #require(edges.first { $0.relation == .crackedBy }))
            #expect(cracked.color == "#333333" && cracked.isDirected && cracked.label == "cracked_by")
            #expect(cracked.width == 1)
        }
    }
}
