import Testing
@testable import RelGraph

@Suite struct GraphBuilderTests {
    /// A builder kept for a whole run (as each core's is) numbers every document it is given; a dump of
    /// dated messages moves `last_seen` on with nearly every message. What edges no longer cite is dropped,
    /// so the tables stay near what the edges hold, and the graph is what it would have been.
    @Test func aBuilderKeptForAWholeRunHoldsWhatItsEdgesCiteNotEveryDocument() {
        var builder = GraphBuilder(evidenceLimit: 3)
        let anna = builder.addMention(id: NodeID(type: .person, name: "Anna"), label: "Anna", type: .person, surface: "Anna")
        let europol = builder.addMention(id: NodeID(type: .agency, name: "Europol"), label: "Europol", type: .agency, surface: "Europol")
        let messages = 50_000
        for message in 0..<messages {
            let stamp = "2021-03-09T" + String(100_000 + message)
            builder.beginDocument("dump.jsonl:" + String(1_000_000 + message), sentences: 1, date: stamp)
            builder.addCoOccurrence(of: anna, and: europol, sentence: 0, slot: 0) { "Anna belt Europol, bericht \(message)." }
        }
        let stored = builder.storedCounts
        #expect(stored.documents < 10_000 && stored.texts < 10_000 && stored.dates < 10_000)
        let edge = try! #require(builder.build().edges.first)
        #expect(edge.count == messages)
        #expect(edge.evidence.map(\.document) == ["dump.jsonl:1000000", "dump.jsonl:1000001", "dump.jsonl:1000002"])
        #expect(edge.evidence.map(\.text) == ["Anna belt Europol, bericht 0.", "Anna belt Europol, bericht 1.", "Anna belt Europol, bericht 2."])
        #expect(edge.attributes["first_seen"] == .string("2021-03-09T100000"))
        #expect(edge.attributes["last_seen"] == .string("2021-03-09T" + String(100_000 + messages - 1)))
    }

    /// An edge's evidence outgrows the room it was given in the shared pool (four pieces) and moves; the
    /// first pieces in canonical order stay, whatever order they come in.
    @Test func evidenceBeyondTheFirstRoomKeepsTheFirstInCanonicalOrder() {
        let limit = 10
        let offered = (0..<40).map { Evidence(document: "doc\($0 % 8)", sentence: $0 / 8, text: "zin \($0)") }
        var generator = SplitMix(seed: 7)
        for _ in 0..<5 {
            var builder = GraphBuilder(evidenceLimit: limit)
            let a = builder.addMention(label: "A", type: .agency, surface: "A")
            let b = builder.addMention(label: "B", type: .agency, surface: "B")
            for evidence in offered.shuffled(using: &generator) {
                builder.addRelation(from: a, .coOccurs, to: b, evidence: evidence)
            }
            let edge = try! #require(builder.build().edges.first)
            #expect(edge.evidence == Array(offered.sorted().prefix(limit)))
            #expect(edge.count == offered.count)
        }
    }
}
