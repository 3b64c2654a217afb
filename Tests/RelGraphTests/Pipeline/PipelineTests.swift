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

@Suite struct ParallelPipelineTests {
    @Test func theParallelBuildEqualsTheSequentialOneAcrossBatches() throws {
        let folder = try ExternalTool.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let sentences = [
            "Sky ECC werd gekraakt door Europol.", "Advocaat Karim B. werd opgepakt in Antwerpen.",
            "De landelijke eenheid en Europol onderzochten EncroChat.", "Veel klanten zijn overgestapt van EncroChat naar Sky ECC.",
            "In Rotterdam en Mechelen vielen speurders binnen.", "B. ontkent alles.",
        ]
        var documents: [Document] = []
        for index in 0..<300 {
            let text = (0..<3).map { sentences[(index * 7 + $0 * 5) % sentences.count] }.joined(separator: " ")
            let name = String(format: "doc-%03d.txt", index)
            try Data(text.utf8).write(to: folder.appendingPathComponent(name))
            documents.append(Document(identifier: folder.path + "/" + name, text: text))
        }
        let pipeline = Pipeline(rules: try TestRules.rules())
        let parallel = try pipeline.build(inputs: [folder.path], diagnostics: { _ in })
        var sequential = pipeline.build(documents: documents)
        sequential = Graph(nodes: sequential.nodes, edges: sequential.edges, metadata: GraphMetadata(inputs: [folder.path]))
        #expect(GraphMLWriter().string(for: parallel) == GraphMLWriter().string(for: sequential))
        #expect(parallel.node(NodeID(type: .person, name: "Karim B."))?.attributes["ambiguous"] == .boolean(true))
    }

    @Test func mergingPartialGraphsEqualsBuildingTheUnion() throws {
        let pipeline = Pipeline(rules: try TestRules.rules(), options: PipelineOptions(evidenceLimit: 2))
        let a = [Document(identifier: "a1.txt", text: "Sky ECC werd gekraakt door Europol. Advocaat Karim B. is opgepakt."),
                 Document(identifier: "a2.txt", text: "Europol werkte met de landelijke eenheid.")]
        let b = [Document(identifier: "b1.txt", text: "Europol en de landelijke eenheid kraakten EncroChat. Karim B. zwijgt."),
                 Document(identifier: "b2.txt", text: "Sky ECC zou zijn gekraakt door Europol.")]
        let union = pipeline.build(documents: a + b)
        let merged = GraphMerger.merging([pipeline.build(documents: b), pipeline.build(documents: a)], evidenceLimit: 2)
        #expect(GraphMLWriter().string(for: merged) == GraphMLWriter().string(for: union))
        #expect(JSONGraphWriter().string(for: merged) == JSONGraphWriter().string(for: union))
    }
}
