import Testing
@testable import RelGraph

@Suite struct InitialsTests {
    private let documents = [
        Document(identifier: "a.txt", text: "Advocaat Karim B. werd opgepakt in Antwerpen."),
        Document(identifier: "b.txt", text: "In Rotterdam hield de politie een zekere Karim B. aan."),
        Document(identifier: "c.txt", text: "Minister van Justitie Hilde Peeters reageerde. Peeters was tevreden."),
    ]

    @Test func aPersonNamedByAnInitialAcrossDocumentsIsMarkedAmbiguous() throws {
        let graph = Pipeline(rules: try TestRules.rules()).build(documents: documents)
        let karim = try #require(graph.nodes.first { $0.label == "Karim B." })
        #expect(karim.attributes["ambiguous"] == .boolean(true))
        #expect(graph.nodes.first { $0.label == "Hilde Peeters" }?.attributes["ambiguous"] == nil)
    }

    @Test func perDocumentKeepsThemApart() throws {
        let pipeline = Pipeline(rules: try TestRules.rules(), options: PipelineOptions(initials: .perDocument))
        let people = pipeline.build(documents: documents).nodes.filter { $0.type == .person }.map(\.label)
        #expect(people == ["Hilde Peeters", "Karim B. (a.txt)", "Karim B. (b.txt)"])
    }
}
