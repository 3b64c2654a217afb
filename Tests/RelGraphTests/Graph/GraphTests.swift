import Testing
@testable import RelGraph

@Suite struct GraphTests {
    @Test func nodeIdentifiersAreInjectiveAndReadable() {
        #expect(NodeID(type: .platform, name: "Sky ECC").rawValue == "platform.Sky_ECC")
        #expect(NodeID(type: .platform, name: "AT&T").rawValue == "platform.AT-26T")
        #expect(NodeID(type: .person, name: "Frédéric Van Leeuw").rawValue == "person.Fr-C3-A9d-C3-A9ric_Van_Leeuw")
        #expect(NodeID(type: .agency, name: "a_b") != NodeID(type: .agency, name: "a b"))
        #expect(NodeID(type: .agency, name: "a-2D") != NodeID(type: .agency, name: "a-"))
        let xmlName = /[A-Za-z_][A-Za-z0-9_.\-]*/
        for name in ["R&D <script>", "Line\none", "🛰️", "2abc", "a:b", "é"] {
            #expect(NodeID(type: .media, name: name).rawValue.wholeMatch(of: xmlName) != nil)
        }
    }

    @Test func coOccurrenceKeysIgnoreDirection() {
        let a = NodeID(type: .city, name: "Gent"), b = NodeID(type: .city, name: "Brugge")
        #expect(EdgeKey(source: a, relation: .coOccurs, target: b) == EdgeKey(source: b, relation: .coOccurs, target: a))
        #expect(EdgeKey(source: a, relation: .locatedIn, target: b) != EdgeKey(source: b, relation: .locatedIn, target: a))
    }

    @Test func builderSumsWeightsAndKeepsFirstEvidenceInCanonicalOrder() {
        var builder = GraphBuilder(evidenceLimit: 2)
        let a = builder.addMention(label: "Gent", type: .city, surface: "Gent")
        let b = builder.addMention(label: "Brugge", type: .city, surface: "Bruges")
        for (document, sentence) in [("b.txt", 0), ("a.txt", 4), ("a.txt", 1)] {
            builder.addRelation(from: a, .coOccurs, to: b, evidence: Evidence(document: document, sentence: sentence, text: "…"))
        }
        let graph = builder.build()
        let edge = try! #require(graph.edges.first)
        #expect(edge.weight == 3 && edge.count == 3)
        #expect(edge.evidence.map { "\($0.document)#\($0.sentence)" } == ["a.txt#1", "a.txt#4"])
        #expect(graph.edges(touching: a).count == 1 && graph.degree(of: b) == 1)
    }

    @Test func filteringByWeightDropsNodesLeftWithoutEdges() {
        var builder = GraphBuilder(evidenceLimit: 1)
        let a = builder.addMention(label: "A", type: .city, surface: "A")
        let b = builder.addMention(label: "B", type: .city, surface: "B")
        let c = builder.addMention(label: "C", type: .city, surface: "C")
        builder.addMention(label: "Alone", type: .city, surface: "Alone")
        let evidence = Evidence(document: "d", sentence: 0, text: "")
        builder.addRelation(from: a, .coOccurs, to: b, evidence: evidence)
        builder.addRelation(from: a, .coOccurs, to: b, evidence: evidence)
        builder.addRelation(from: b, .coOccurs, to: c, evidence: evidence)
        let filtered = builder.build().filtered(minimumWeight: 2)
        #expect(filtered.nodes.map(\.label) == ["A", "Alone", "B"])
        #expect(filtered.edges.count == 1)
    }
}

@Suite struct IdentifierTests {
    @Test func builtInNamesAreValidIdentifiers() {
        for type in EntityType.builtIn { #expect(EntityType(type.name) == type) }
        for relation in RelationType.builtIn { #expect(RelationType(relation.name) == relation) }
        #expect(EntityType("Person") == nil && EntityType("2x") == nil && RelationType("co-occurs") == nil)
    }
}
