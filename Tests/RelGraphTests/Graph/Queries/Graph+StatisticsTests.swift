import Testing
@testable import RelGraph

extension Queries {
    @Suite struct Statistics {
        typealias G = QueryGraphs

        /// Two components (Sky ECC, Europol, Antwerpen and the federaal parket; EncroChat and Roubaix) and
        /// the region Limburg on its own.
        let graph = QueryGraphs.graph([
            ("Sky ECC", .platform, ["Sky ECC"]), ("Europol", .agency, ["Europol"]),
            ("Antwerpen", .city, ["Antwerpen"]), ("federaal parket", .agency, ["federaal parket"]),
            ("EncroChat", .platform, ["EncroChat"]), ("Roubaix", .city, ["Roubaix"]),
            ("Limburg", .region, ["Limburg"]),
        ], [
            (G.skyECC, .crackedBy, G.europol, 3),
            (G.skyECC, .coOccurs, G.antwerpen, 2),
            (G.europol, .coOccurs, G.federaalParket, 1),
            (G.skyECC, .coOccurs, G.europol, 1),
            (G.encroChat, .operatesFrom, G.roubaix, 5),
        ])

        @Test func countsByTypeAndRelationMostFrequentFirst() {
            let statistics = graph.statistics()
            #expect(statistics.nodeCount == 7 && statistics.edgeCount == 5)
            #expect(statistics.nodesByType.map { "\($0.key) \($0.count)" } == ["agency 2", "city 2", "platform 2", "region 1"])
            #expect(statistics.edgesByRelation.map { "\($0.key) \($0.count)" }
                    == ["co_occurs 3", "cracked_by 1", "operates_from 1"])
        }

        @Test func degreeDistribution() {
            let degrees = graph.statistics().degrees
            #expect(degrees.minimum == 0 && degrees.maximum == 3)
            #expect(degrees.mean == 10.0 / 7 && degrees.median == 1)
            #expect(degrees.isolated == 1)
        }

        @Test func componentsCountTheIsolatedNodeAndIgnoreDirection() {
            let components = graph.statistics().components
            #expect(components.count == 3)
            #expect(components.largestSizes == [4, 2, 1])
            #expect(graph.statistics(top: 2).components.largestSizes == [4, 2])
        }

        @Test func topNodesByDegreeAndWeightedDegreeTiesByIdentifier() {
            let statistics = graph.statistics(top: 3)
            #expect(statistics.topByDegree.map(\.id) == [G.europol, G.skyECC, G.federaalParket])
            #expect(statistics.topByDegree.map(\.degree) == [3, 3, 1])
            #expect(statistics.topByWeightedDegree.map(\.id) == [G.skyECC, G.europol, G.roubaix])
            #expect(statistics.topByWeightedDegree.map(\.weightedDegree) == [6, 5, 5])
            #expect(graph.statistics(top: 0).topByDegree.isEmpty)
            #expect(graph.statistics().topByDegree.count == 7)
        }

        @Test func emptyGraphHasZeroes() {
            let statistics = Graph(nodes: [], edges: []).statistics()
            #expect(statistics.nodeCount == 0 && statistics.edgeCount == 0)
            #expect(statistics.degrees == .init(minimum: 0, maximum: 0, mean: 0, median: 0, isolated: 0))
            #expect(statistics.components.count == 0 && statistics.components.largestSizes.isEmpty)
            #expect(statistics.topByDegree.isEmpty && statistics.nodesByType.isEmpty)
        }

        @Test func medianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
            let pair = QueryGraphs.graph([("Sky ECC", .platform, ["Sky ECC"]), ("Europol", .agency, ["Europol"]),
                                         ("Antwerpen", .city, ["Antwerpen"]), ("Limburg", .region, ["Limburg"])],
                                        [(G.skyECC, .crackedBy, G.europol, 1), (G.skyECC, .coOccurs, G.antwerpen, 1)])
            // Degrees 2, 1, 1, 0.
            #expect(pair.statistics().degrees.median == 1)
            #expect(pair.statistics().degrees.mean == 1)
        }
    }
}
