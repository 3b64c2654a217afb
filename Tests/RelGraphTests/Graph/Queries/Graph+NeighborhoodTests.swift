import Testing
@testable import RelGraph

extension Queries {
    @Suite struct Neighborhood {
        typealias G = QueryGraphs
        let graph = QueryGraphs.investigation

        /// Each neighbour as `id@depth<-previous relation weight`, reversed steps marked with `~`.
        func describe(_ neighbors: [Neighbor]) -> [String] {
            neighbors.map { neighbor in
                let reversed = neighbor.via.isReversed ? "~" : ""
                return "\(neighbor.id)@\(neighbor.depth)<-\(neighbor.via.from) \(reversed)\(neighbor.via.relation) "
                    + AttributeValue.format(neighbor.via.weight)
            }
        }

        @Test func depthOneListsDirectNeighboursStrongestFirst() {
            #expect(describe(graph.neighbors(of: G.skyECC)) == [
                "agency.Europol@1<-platform.Sky_ECC cracked_by 3",
                "city.Antwerpen@1<-platform.Sky_ECC co_occurs 2",
                "city.Vancouver@1<-platform.Sky_ECC operates_from 1",
                "platform.EncroChat@1<-platform.Sky_ECC ~users_migrated_to 1",
            ])
        }

        @Test func depthTwoAddsTheNextLayerThroughTheStrongestEdge() {
            let neighbors = graph.neighbors(of: G.skyECC, depth: 2)
            #expect(describe(neighbors.filter { $0.depth == 2 }) == [
                // Reached from Europol (1) and from Antwerpen (5): the stronger edge is reported.
                "agency.Politie_Antwerpen@2<-city.Antwerpen co_occurs 5",
                "agency.federaal_parket@2<-agency.Europol co_occurs 4",
                "country.Belgi-C3-AB@2<-city.Antwerpen located_in 1",
            ])
            #expect(neighbors.count == 7)
            #expect(neighbors.first?.previous == nil)
            #expect(neighbors.first { $0.id == G.politieAntwerpen }?.previous == G.antwerpen)
            #expect(neighbors.first { $0.id == G.federaalParket }?.via.evidence == [G.evidence(4)])
        }

        @Test func depthIsALimitAndEachNodeComesOnce() {
            let all = graph.neighbors(of: G.skyECC, depth: 10)
            #expect(all.map(\.id).count == Set(all.map(\.id)).count)
            #expect(all.count == 8)
            #expect(describe(all.filter { $0.depth == 3 }) == [
                "person.Fr-C3-A9d-C3-A9ric_Van_Leeuw@3<-agency.federaal_parket ~works_for 2",
            ])
            #expect(!all.contains { $0.id == G.limburg || $0.id == G.skyECC })
            #expect(graph.neighbors(of: G.skyECC, depth: 0).isEmpty)
            #expect(graph.neighbors(of: G.limburg, depth: 3).isEmpty)
            #expect(graph.neighbors(of: NodeID(type: .platform, name: "Ennetcom")).isEmpty)
        }

        @Test func outgoingFollowsDirectedEdgesForwardAndCoOccurrencesBothWays() {
            let outgoing = graph.neighbors(of: G.skyECC, filter: NeighborFilter(direction: .outgoing))
            #expect(describe(outgoing) == [
                "agency.Europol@1<-platform.Sky_ECC cracked_by 3",
                "city.Antwerpen@1<-platform.Sky_ECC co_occurs 2",
                "city.Vancouver@1<-platform.Sky_ECC operates_from 1",
            ])
        }

        @Test func incomingFollowsDirectedEdgesBackwardAndCoOccurrencesBothWays() {
            let incoming = graph.neighbors(of: G.skyECC, filter: NeighborFilter(direction: .incoming))
            #expect(describe(incoming) == [
                "city.Antwerpen@1<-platform.Sky_ECC co_occurs 2",
                // cracked_by points away from Sky ECC, so only the co-occurrence reaches Europol.
                "agency.Europol@1<-platform.Sky_ECC co_occurs 1",
                "platform.EncroChat@1<-platform.Sky_ECC ~users_migrated_to 1",
            ])
        }

        @Test func typeFilterNeitherReportsNorWalksThroughOtherTypes() {
            let agencies = graph.neighbors(of: G.skyECC, depth: 3, filter: NeighborFilter(entityTypes: [.agency]))
            #expect(describe(agencies) == [
                "agency.Europol@1<-platform.Sky_ECC cracked_by 3",
                "agency.federaal_parket@2<-agency.Europol co_occurs 4",
                // Not through Antwerpen, a city: only the weaker edge from Europol remains.
                "agency.Politie_Antwerpen@2<-agency.Europol co_occurs 1",
            ])
            let people = NeighborFilter(entityTypes: [.person])
            #expect(graph.neighbors(of: G.skyECC, depth: 3, filter: people).isEmpty)
            let peopleAndAgencies = NeighborFilter(entityTypes: [.person, .agency])
            #expect(graph.neighbors(of: G.skyECC, depth: 3, filter: peopleAndAgencies).map(\.id).last == G.vanLeeuw)
        }

        @Test func relationFilterFollowsOnlyTheRelationsGiven() {
            let coOccurrences = graph.neighbors(of: G.skyECC, depth: 2, filter: NeighborFilter(relations: [.coOccurs]))
            #expect(describe(coOccurrences) == [
                "city.Antwerpen@1<-platform.Sky_ECC co_occurs 2",
                "agency.Europol@1<-platform.Sky_ECC co_occurs 1",
                "agency.Politie_Antwerpen@2<-city.Antwerpen co_occurs 5",
                "agency.federaal_parket@2<-agency.Europol co_occurs 4",
            ])
        }

        @Test func weightFilterDropsLightEdges() {
            let heavy = graph.neighbors(of: G.skyECC, depth: 2, filter: NeighborFilter(minimumWeight: 2))
            #expect(heavy.map(\.id) == [G.europol, G.antwerpen, G.politieAntwerpen, G.federaalParket])
        }

        @Test func sameGraphBuiltInAnotherOrderGivesTheSameNeighbours() {
            let shuffled = QueryGraphs.graph(QueryGraphs.investigationMentions, QueryGraphs.investigationRelations,
                                             backwards: true)
            for start in [G.skyECC, G.europol, G.antwerpen] {
                #expect(shuffled.neighbors(of: start, depth: 3) == graph.neighbors(of: start, depth: 3))
            }
        }
    }
}
