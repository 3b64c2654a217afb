import Foundation
import Testing
@testable import RelGraph

@Suite struct PipelineTests {
    private let documents = [
        Document(identifier: "b.txt", text: "Sky ECC werd gekraakt door Europol. Europol werkte samen met de landelijke eenheid."),
        Document(identifier: "a.txt", text: "De landelijke eenheid en Europol onderzochten EncroChat.\n\nEncroChat viel in 2020."),
        Document(identifier: "c.txt", text: "Advocaat Karim B. werd opgepakt in Antwerpen. B. ontkent."),
    ]

    @Test func theSameInputGivesTheSameBytesWhateverTheOrder() throws {
        let pipeline = Pipeline(rules: try TestRules.rules())
        let forward = GraphMLWriter().string(for: pipeline.build(documents: documents))
        let backward = GraphMLWriter().string(for: pipeline.build(documents: documents.reversed()))
        #expect(forward == backward)
        #expect(DOTWriter().string(for: pipeline.build(documents: documents)) == DOTWriter().string(for: pipeline.build(documents: documents.shuffled())))
    }

    @Test func theGraphHoldsOnlyEntityNodesWithTheirEvidence() throws {
        let graph = Pipeline(rules: try TestRules.rules()).build(documents: documents)
        #expect(graph.nodes.map(\.label) == ["Europol", "landelijke eenheid", "Antwerpen", "Karim B.", "EncroChat", "Sky ECC"])
        let cracked = try #require(graph.edges.first { $0.relation == .crackedBy })
        #expect(cracked.rule == "cracked-by-nl")
        #expect(cracked.evidence == [Evidence(document: "b.txt", sentence: 0, text: "Sky ECC werd gekraakt door Europol.")])
        #expect(graph.node(NodeID(type: .person, name: "Karim B."))?.mentions == 2)
    }

    @Test func theMinimumWeightDropsLightEdges() throws {
        let pipeline = Pipeline(rules: try TestRules.rules(), options: PipelineOptions(minimumWeight: 2))
        let graph = pipeline.build(documents: documents)
        #expect(graph.edges.map { "\($0.source)-\($0.target)" } == ["agency.Europol-agency.landelijke_eenheid"])
    }

    @Test func theBuiltInRulePackLoads() throws {
        let rules = try RuleSet.builtIn()
        #expect(!rules.entityPatterns.isEmpty && !rules.relationPatterns.isEmpty && !rules.hedges.isEmpty)
    }
}
