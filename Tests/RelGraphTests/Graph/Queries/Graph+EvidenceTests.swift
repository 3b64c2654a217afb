import Testing
@testable import RelGraph

extension Queries {
    @Suite struct EvidenceBetween {
        typealias G = QueryGraphs

        @Test func everyEdgeJoiningTwoNodesEitherWayByRelation() {
            let graph = QueryGraphs.graph(QueryGraphs.investigationMentions, [
                (G.encroChat, .usersMigratedTo, G.skyECC, 2),
                (G.skyECC, .successorOf, G.encroChat, 1),
                (G.skyECC, .coOccurs, G.encroChat, 3),
                (G.skyECC, .crackedBy, G.europol, 1),
                (G.encroChat, .crackedBy, G.europol, 1),
                (G.encroChat, .operatesFrom, G.roubaix, 1),
            ])
            let edges = graph.edges(between: G.skyECC, and: G.encroChat)
            #expect(edges.map(\.relation) == [.coOccurs, .successorOf, .usersMigratedTo])
            #expect(edges.map(\.source) == [G.encroChat, G.skyECC, G.encroChat])
            #expect(edges.map(\.evidence) == [[G.evidence(2)], [G.evidence(1)], [G.evidence(0)]])
            #expect(graph.edges(between: G.encroChat, and: G.skyECC) == edges)
            #expect(graph.edges(between: G.skyECC, and: G.roubaix).isEmpty)
            #expect(graph.edges(between: G.skyECC, and: NodeID(type: .platform, name: "Ennetcom")).isEmpty)
        }
    }
}
