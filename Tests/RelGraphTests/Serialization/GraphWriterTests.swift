import Testing
import RelGraph

/// The writers' suites, grouped so that `swift test --filter Serialization` runs them all.
@Suite enum SerializationTests {}

extension SerializationTests {
    @Suite struct GraphWriterTests {
        static let writers: [any GraphWriter] = [DOTWriter(), GraphMLWriter(), JSONGraphWriter()]

        @Test(arguments: writers.indices)
        func writingTwiceGivesTheSameBytes(writer index: Int) {
            let writer = GraphWriterTests.writers[index]
            for graph in [SampleGraphs.small, SampleGraphs.hostile, SampleGraphs.mixedAttributes] {
                #expect(Array(writer.string(for: graph).utf8) == Array(writer.string(for: graph).utf8))
            }
        }

        @Test(arguments: writers.indices)
        func insertionOrderDoesNotChangeTheOutput(writer index: Int) {
            let writer = GraphWriterTests.writers[index]
            let forwards = writer.string(for: GraphWriterTests.built(reversed: false))
            let backwards = writer.string(for: GraphWriterTests.built(reversed: true))
            #expect(forwards == backwards)
            #expect(forwards.contains("Sky ECC"))
        }

        @Test(arguments: writers.indices)
        func appendsToTheTargetInLargePieces(writer index: Int) {
            let writer = GraphWriterTests.writers[index]
            let graph = GraphWriterTests.large
            var pieces = Pieces()
            writer.write(graph, to: &pieces)
            #expect(pieces.all.joined() == writer.string(for: graph))
            #expect(pieces.all.count > 1)
            #expect(pieces.all.dropLast().allSatisfy { $0.utf8.count >= 1 << 16 })
        }

        /// The same mentions, attributes and observations, fed to a builder in one order or the reverse.
        static func built(reversed: Bool) -> Graph {
            var builder = GraphBuilder(evidenceLimit: 2)
            var mentions: [(String, EntityType, String)] = [
                ("Sky ECC", .platform, "Sky ECC"), ("Sky ECC", .platform, "SKY"), ("Sky ECC", .platform, "Sky"),
                ("Europol", .agency, "Europol"), ("Antwerpen", .city, "Antwerp"), ("Antwerpen", .city, "Antwerpen"),
            ]
            if reversed { mentions.reverse() }
            for (label, type, surface) in mentions {
                builder.addMention(label: label, type: type, surface: surface)
            }
            let sky = NodeID(type: .platform, name: "Sky ECC"), europol = NodeID(type: .agency, name: "Europol")
            let antwerpen = NodeID(type: .city, name: "Antwerpen")
            var attributes: [(String, AttributeValue)] = [("ambiguous", .boolean(false)), ("score", .double(0.5)),
                                                          ("wikidata", .string("Q1"))]
            if reversed { attributes.reverse() }
            for (name, value) in attributes {
                builder.setAttribute(name, value, on: sky)
            }
            var observations: [(NodeID, RelationType, NodeID, Evidence, String?)] = [
                (sky, .crackedBy, europol, Evidence(document: "a.txt", sentence: 2, text: "x"), "cracked_by.b"),
                (sky, .crackedBy, europol, Evidence(document: "b.txt", sentence: 0, text: "y"), "cracked_by.a"),
                (sky, .coOccurs, antwerpen, Evidence(document: "b.txt", sentence: 1, text: "z"), nil),
                (antwerpen, .coOccurs, sky, Evidence(document: "a.txt", sentence: 0, text: "w"), nil),
                (antwerpen, .coOccurs, sky, Evidence(document: "a.txt", sentence: 5, text: "v"), nil),
            ]
            if reversed { observations.reverse() }
            for (source, relation, target, evidence, rule) in observations {
                builder.addRelation(from: source, relation, to: target, evidence: evidence, rule: rule,
                                    attributes: ["hedged": .boolean(false), "source_tool": .string("test")])
            }
            return builder.build(metadata: GraphMetadata(generator: "relgraph 0.1.0",
                                                         inputs: reversed ? ["b.txt", "a.txt"] : ["a.txt", "b.txt"]))
        }

        /// 500 nodes and 5,000 edges: enough text for several pieces in every format.
        static let large: Graph = {
            let nodes = (0..<500).map { Node(label: "Entity \($0)", type: .person, aliases: ["E\($0)"], mentions: $0) }
            let edges = (0..<5_000).map { index in
                let target = nodes[(index / 500 + 1 + index) % 500].id
                return Edge(key: EdgeKey(source: nodes[index % 500].id, relation: .coOccurs, target: target),
                            weight: Double(index % 7 + 1), count: index % 7 + 1,
                            evidence: [Evidence(document: "doc\(index).txt", sentence: index,
                                                text: "Sentence \(index) names both.")])
            }
            return Graph(nodes: nodes, edges: edges, metadata: SampleGraphs.metadata)
        }()
    }
}

/// A target that keeps each piece a writer hands it.
private struct Pieces: TextOutputStream {
    var all: [String] = []

    mutating func write(_ string: String) {
        all.append(string)
    }
}
