import Testing
@testable import RelGraph

extension Queries {
    @Suite struct EgoNetwork {
        typealias G = QueryGraphs
        let graph = QueryGraphs.investigation

        func describe(_ graph: Graph) -> [String] {
            graph.edges.map { "\($0.source) \($0.relation) \($0.target)" }
        }

        @Test func keepsTheCentreItsNeighboursAndEveryEdgeAmongThem() {
            let ego = graph.egoNetwork(around: G.europol)
            #expect(ego.nodes.map(\.id) == [G.europol, G.politieAntwerpen, G.federaalParket, G.skyECC])
            #expect(describe(ego) == [
                "agency.Europol co_occurs agency.Politie_Antwerpen",
                "agency.Europol co_occurs agency.federaal_parket",
                "agency.Europol co_occurs platform.Sky_ECC",
                // Politie Antwerpen – federaal parket: an edge the walk from Europol never takes.
                "agency.Politie_Antwerpen co_occurs agency.federaal_parket",
                "platform.Sky_ECC cracked_by agency.Europol",
            ])
            #expect(ego.metadata == graph.metadata)
            #expect(ego.node(G.skyECC) == graph.node(G.skyECC))
            #expect(ego.edges(between: G.skyECC, and: G.europol) == graph.edges(between: G.skyECC, and: G.europol))
        }

        @Test func filterAppliesToNodesReachedAndToEdgesKept() {
            let heavy = graph.egoNetwork(around: G.europol, filter: NeighborFilter(minimumWeight: 2))
            #expect(heavy.nodes.map(\.id) == [G.europol, G.federaalParket, G.skyECC])
            #expect(describe(heavy) == [
                "agency.Europol co_occurs agency.federaal_parket",
                "platform.Sky_ECC cracked_by agency.Europol",
            ])
            let deeper = graph.egoNetwork(around: G.vanLeeuw, depth: 2, filter: NeighborFilter(entityTypes: [.agency, .person]))
            #expect(deeper.nodes.map(\.id) == [G.europol, G.politieAntwerpen, G.federaalParket, G.vanLeeuw])
            #expect(deeper.edges.count == 4)
        }

        @Test func depthZeroOrUnknownCentre() {
            let alone = graph.egoNetwork(around: G.skyECC, depth: 0)
            #expect(alone.nodes.map(\.id) == [G.skyECC] && alone.edges.isEmpty)
            let missing = graph.egoNetwork(around: NodeID(type: .platform, name: "Ennetcom"))
            #expect(missing.nodes.isEmpty && missing.edges.isEmpty && missing.metadata == graph.metadata)
        }
    }
}
