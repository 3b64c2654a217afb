import Testing
@testable import RelGraph

@Suite struct RelationCollectorTests {
    private let text = """
    Europol werkte met de landelijke eenheid. Sky ECC was het doelwit.

    EncroChat viel eerder. Europol was er ook bij.
    """

    private func graph(window: CoOccurrenceWindow) throws -> Graph {
        let pipeline = Pipeline(rules: try TestRules.rules(), options: PipelineOptions(window: window, evidenceLimit: 2))
        return pipeline.build(documents: [Document(identifier: "doc.txt", text: text)])
    }

    private func coOccurrences(_ graph: Graph) -> [String] {
        graph.edges.filter { $0.relation == .coOccurs }.map { edge in
            let labels = [edge.source, edge.target].compactMap { graph.node($0)?.label }.sorted()
            return "\(labels.joined(separator: "~"))=\(AttributeValue.format(edge.weight))"
        }.sorted()
    }

    @Test func theSentenceWindowLinksEntitiesOfOneSentence() throws {
        #expect(coOccurrences(try graph(window: .sentence)) == ["Europol~landelijke eenheid=1"])
    }

    @Test func theParagraphWindowLinksEntitiesOfOneParagraph() throws {
        #expect(coOccurrences(try graph(window: .paragraph)) == [
            "EncroChat~Europol=1", "Europol~Sky ECC=1", "Europol~landelijke eenheid=1", "Sky ECC~landelijke eenheid=1",
        ])
    }

    /// "X van Europol" is stated by an entity pattern's link and by a relation pattern: one statement, one
    /// observation (it was weight 2 from one sentence), under the rule found first.
    @Test func aStatementTwoRulesFindCountsOnce() throws {
        let text = "Dat zegt Jan Peeters van Europol."
        let graph = Pipeline(rules: try TestRules.rules()).build(documents: [Document(identifier: "d.txt", text: text)])
        let worksFor = graph.edges.filter { $0.relation == .worksFor }
        #expect(worksFor.count == 1)
        #expect(worksFor.allSatisfy { $0.weight == 1 && $0.count == 1 })
        // The analysis keeps each rule's find, for `rules --try`.
        let analysis = try TestRules.analyze("Dat zegt Jan Peeters van Europol.")
        #expect(analysis.sentences[0].relations.count == 2)
    }

    @Test func theDocumentWindowCountsEachPairOnce() throws {
        let graph = try graph(window: .document)
        #expect(graph.edges.count == 6)
        #expect(graph.edges.allSatisfy { $0.weight == 1 })
    }

    @Test func evidenceIsTheSentenceWhereThePairIsFirstComplete() throws {
        let graph = try graph(window: .paragraph)
        let edge = try #require(graph.edges.first { graph.node($0.source)?.label == "EncroChat" || graph.node($0.target)?.label == "EncroChat" })
        #expect(edge.evidence == [Evidence(document: "doc.txt", sentence: 3, text: "Europol was er ook bij.")])
    }

    @Test func mentionsCountEveryMentionAndKeepEverySurfaceForm() throws {
        let graph = Pipeline(rules: try TestRules.rules()).build(documents: [
            Document(identifier: "a.txt", text: "Sky ECC en SKY ECC. Sky-accounts."),
        ])
        let node = try #require(graph.nodes.first)
        #expect(node.mentions == 3)
        #expect(node.aliases == ["SKY ECC", "Sky", "Sky ECC"])
    }
}
