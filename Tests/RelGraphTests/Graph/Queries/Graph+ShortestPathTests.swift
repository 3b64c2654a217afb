import Testing
@testable import RelGraph

extension Queries {
    @Suite struct ShortestPath {
        typealias G = QueryGraphs
        let graph = QueryGraphs.investigation

        /// Each step as `from -relation-> to`, reversed steps as `from <-relation- to`.
        func describe(_ path: [PathStep]?) -> [String]? {
            path?.map { step in
                step.isReversed ? "\(step.from) <-\(step.relation)- \(step.to)" : "\(step.from) -\(step.relation)-> \(step.to)"
            }
        }

        /// Sky ECC and the federaal parket joined through Europol and through Antwerpen, two hops each,
        /// with the given weights on each hop, and directly when `direct` is given.
        func diamond(viaEuropol: Double, viaAntwerpen: Double, direct: Double? = nil) -> Graph {
            var relations: [QueryGraphs.Relation] = [
                (G.skyECC, .coOccurs, G.europol, viaEuropol), (G.europol, .coOccurs, G.federaalParket, viaEuropol),
                (G.skyECC, .coOccurs, G.antwerpen, viaAntwerpen), (G.antwerpen, .coOccurs, G.federaalParket, viaAntwerpen),
            ]
            if let direct {
                relations.append((G.skyECC, .coOccurs, G.federaalParket, direct))
            }
            return QueryGraphs.graph(QueryGraphs.investigationMentions, relations)
        }

        @Test func fewestHopsThroughTheHeaviestEdges() {
            #expect(describe(graph.shortestPath(from: G.skyECC, to: G.vanLeeuw)) == [
                "platform.Sky_ECC -cracked_by-> agency.Europol",
                "agency.Europol -co_occurs-> agency.federaal_parket",
                "agency.federaal_parket <-works_for- person.Fr-C3-A9d-C3-A9ric_Van_Leeuw",
            ])
            let path = graph.shortestPath(from: G.skyECC, to: G.vanLeeuw)
            #expect(path?.map(\.weight) == [3, 4, 2])
            #expect(path?.last?.evidence == [G.evidence(5)])
        }

        @Test func amongEquallyShortPathsTheHeaviestWins() {
            let heavierThroughAntwerpen = diamond(viaEuropol: 1, viaAntwerpen: 2)
            #expect(heavierThroughAntwerpen.shortestPath(from: G.skyECC, to: G.federaalParket)?.map(\.to)
                    == [G.antwerpen, G.federaalParket])
            let heavierThroughEuropol = diamond(viaEuropol: 2, viaAntwerpen: 1)
            #expect(heavierThroughEuropol.shortestPath(from: G.skyECC, to: G.federaalParket)?.map(\.to)
                    == [G.europol, G.federaalParket])
        }

        @Test func equallyHeavyPathsGoThroughTheSmallestIdentifiers() {
            // agency.Europol comes before city.Antwerpen.
            let even = diamond(viaEuropol: 1.5, viaAntwerpen: 1.5)
            #expect(even.shortestPath(from: G.skyECC, to: G.federaalParket)?.map(\.to) == [G.europol, G.federaalParket])
            #expect(even.shortestPath(from: G.federaalParket, to: G.skyECC)?.map(\.to) == [G.europol, G.skyECC])
        }

        @Test func hopsCountBeforeWeight() {
            let withWeakDirectEdge = diamond(viaEuropol: 5, viaAntwerpen: 5, direct: 0.5)
            #expect(describe(withWeakDirectEdge.shortestPath(from: G.skyECC, to: G.federaalParket)) == [
                "platform.Sky_ECC -co_occurs-> agency.federaal_parket",
            ])
        }

        @Test func sameNodeIsAnEmptyPathAndUnreachableIsNil() {
            #expect(graph.shortestPath(from: G.europol, to: G.europol) == [])
            #expect(graph.shortestPath(from: G.skyECC, to: G.limburg) == nil)
            #expect(graph.shortestPath(from: G.limburg, to: G.janLimburg) == nil)
            #expect(graph.shortestPath(from: G.skyECC, to: NodeID(type: .platform, name: "Ennetcom")) == nil)
        }

        @Test func directionDecidesWhichWayDirectedEdgesAreWalked() {
            let outgoing = NeighborFilter(direction: .outgoing)
            // works_for points from Van Leeuw to the federaal parket: the last hop would walk it backward.
            #expect(graph.shortestPath(from: G.skyECC, to: G.vanLeeuw, filter: outgoing) == nil)
            #expect(describe(graph.shortestPath(from: G.vanLeeuw, to: G.skyECC, filter: outgoing)) == [
                "person.Fr-C3-A9d-C3-A9ric_Van_Leeuw -works_for-> agency.federaal_parket",
                "agency.federaal_parket -co_occurs-> agency.Europol",
                "agency.Europol -co_occurs-> platform.Sky_ECC",
            ])
            let incoming = NeighborFilter(direction: .incoming)
            #expect(describe(graph.shortestPath(from: G.federaalParket, to: G.vanLeeuw, filter: incoming)) == [
                "agency.federaal_parket <-works_for- person.Fr-C3-A9d-C3-A9ric_Van_Leeuw",
            ])
            #expect(graph.shortestPath(from: G.vanLeeuw, to: G.federaalParket, filter: incoming) == nil)
        }

        @Test func filtersApplyToEdgesAndToTheNodesInBetween() {
            // Through cities only: Antwerpen, then Politie Antwerpen itself (the end is exempt).
            let cities = NeighborFilter(entityTypes: [.city])
            #expect(graph.shortestPath(from: G.skyECC, to: G.politieAntwerpen, filter: cities)?.map(\.to)
                    == [G.antwerpen, G.politieAntwerpen])
            #expect(graph.shortestPath(from: G.skyECC, to: G.vanLeeuw, filter: cities) == nil)
            let heavy = NeighborFilter(minimumWeight: 2)
            #expect(graph.shortestPath(from: G.skyECC, to: G.belgie, filter: heavy) == nil)
            let typed = NeighborFilter(relations: [.crackedBy, .worksFor, .coOccurs])
            #expect(graph.shortestPath(from: G.skyECC, to: G.europol, filter: typed)?.map(\.relation) == [.crackedBy])
            #expect(graph.shortestPath(from: G.skyECC, to: G.europol, filter: NeighborFilter(relations: [.coOccurs]))?
                .map(\.relation) == [.coOccurs])
        }
    }
}
