import Foundation
import PropertyBased
import Testing
@testable import RelGraph

extension SerializationTests {
    /// The writers and readers on random graphs (``CorpusSpec``, `Gen.corpus`): what GraphML and JSON
    /// write reads back equal and rewrites to the same bytes, Graphviz parses every DOT file with all its
    /// nodes and edges, and the bytes depend on the graph only, not on how it was built.
    ///
    /// A failure names the shrunk corpus and a seed: `.fixedSeed(…)` on the test replays it. What the
    /// properties found is kept as examples: the reader bugs they found in GraphReaderTests, the writer and
    /// builder bugs below.
    @Suite struct WriterPropertyTests {
        @Test func graphMLReadsBackEqual() async {
            await propertyCheck(count: 100, input: Gen.corpus()) { corpus in
                try Self.expectReadBackEqual(corpus.graph(), writer: GraphMLWriter(), extension: "graphml")
            }
        }

        @Test func jsonReadsBackEqual() async {
            await propertyCheck(count: 100, input: Gen.corpus()) { corpus in
                try Self.expectReadBackEqual(corpus.graph(), writer: JSONGraphWriter(), extension: "json")
            }
        }

        /// Batches of graphs go to one `dot -Tcanon` and one `gc -n -e` each, which read one graph after
        /// the other from their input.
        @Test(.enabled(if: ExternalTool.shouldRun("dot") && ExternalTool.shouldRun("gc")))
        func graphvizParsesTheDOTWithEveryNodeAndEdge() async {
            await propertyCheck(count: 6, input: Gen.corpus().array(of: 1...25)) { corpora in
                let graphs = corpora.map { $0.graph() }
                let dot = graphs.map { DOTWriter().string(for: $0) }.joined()
                let canon = try ExternalTool.run("dot", ["-Tcanon"], input: dot)
                #expect(canon.status == 0 && canon.stderr.isEmpty, "\(canon.stderr)")
                let counts = try ExternalTool.run("gc", ["-n", "-e"], input: dot)
                #expect(counts.status == 0, "\(counts.stderr)")
                let parsed = counts.stdout.split(separator: "\n").prefix(graphs.count)
                    .map { $0.split(separator: " ").prefix(2).compactMap { Int($0) } }
                // Every node and no other (the legend is the graph's label), and a line per edge but the
                // co-occurrences a typed relation's line draws.
                #expect(parsed == graphs.map { graph in
                    [graph.nodes.count, graph.edges.indices.filter(DrawnLines(graph).drawsOwnLine).count]
                })
            }
        }

        /// Writing twice gives the same bytes, and so does the same corpus built with its documents in
        /// reverse order, in two shards merged, or given to `Graph` in reverse order. Text is in NFC: aliases
        /// are told apart as Swift compares strings, so two spellings of one text in different normalisation
        /// forms are one alias, the one seen first.
        @Test func writingDependsOnTheGraphOnly() async {
            await propertyCheck(count: 50, input: Gen.corpus(precomposed: true), Gen.int(in: 0...5)) { corpus, cut in
                let graph = corpus.graph()
                let rebuilt = [
                    corpus.graph(order: corpus.documents.indices.reversed()),
                    corpus.graph(shardedAt: cut),
                    Graph(nodes: graph.nodes.reversed(), edges: graph.edges.reversed(),
                          metadata: GraphMetadata(generator: graph.metadata.generator, inputs: graph.metadata.inputs.reversed())),
                ]
                for writer in GraphWriterTests.writers {
                    let text = writer.string(for: graph)
                    #expect(writer.string(for: graph) == text)
                    for other in rebuilt {
                        #expect(writer.string(for: other) == text)
                    }
                }
            }
        }

        // What the properties found in the writers and the builder, fixed.

        /// Graphviz 2.43 refuses a quoted string with a run of more than 16,384 bytes without `"` or `\`
        /// (its lexer's buffer), such as the identifier of a long name or the `comment` of a build from a
        /// thousand files: DOTWriter writes such a string in pieces joined by `+`.
        @Test(.enabled(if: ExternalTool.shouldRun("dot")))
        func graphvizReadsQuotedStringsPastItsLexerBuffer() throws {
            let graphs = [
                Graph(nodes: [Node(label: String(repeating: "é", count: 3_000), type: .person)], edges: [Edge]()),
                Graph(nodes: [Node](), edges: [Edge](),
                      metadata: GraphMetadata(inputs: (1...1_000).map { "notes/article-\($0).txt" })),
            ]
            for graph in graphs {
                let canon = try ExternalTool.run("dot", ["-Tcanon"], input: DOTWriter().string(for: graph))
                #expect(canon.status == 0, "\(canon.stderr)")
            }
        }

        /// Identifiers read from another tool's file can hold a carriage return; DOTWriter writes it `\x0D`,
        /// so that two such identifiers stay two nodes.
        @Test(.enabled(if: ExternalTool.shouldRun("gc")))
        func graphvizSeesEveryNodeWhoseIdentifierHasACarriageReturn() throws {
            let graph = Graph(nodes: ["a", "a\r"].map {
                Node(id: NodeID(rawValue: $0), label: "", type: .person, aliases: [], mentions: 0, attributes: [:])
            }, edges: [Edge]())
            let counts = try ExternalTool.run("gc", ["-n"], input: DOTWriter().string(for: graph))
            #expect(counts.stdout.split(separator: " ").first.flatMap { Int($0) } == 2)
        }

        /// Two edges name one attribute "é" with different bytes (composed, and e + U+0301): they share one
        /// GraphML key, whose name is what reads back, so data follows the keys' order, not each edge's own
        /// bytes; it was written after `hedged` for one spelling and before it once read back.
        @Test func attributesNamedAlikeInOtherBytesWriteTheSameOnceReadBack() throws {
            let a = Node(label: "a", type: .person), b = Node(label: "b", type: .person)
            let edges = [("e\u{301}", RelationType.coOccurs), ("\u{E9}", RelationType.seizedBy)].map { name, relation in
                Edge(key: EdgeKey(source: a.id, relation: relation, target: b.id), weight: 1, count: 1, evidence: [],
                     attributes: [name: .double(0.5), "hedged": .boolean(false)])
            }
            let graph = Graph(nodes: [a, b], edges: edges)
            let writer = GraphMLWriter()
            #expect(writer.string(for: try writer.readBack(graph, extension: "graphml")) == writer.string(for: graph))
        }

        /// `String.<` orders "\u{E9}a" and "e\u{301}" neither way although they differ, so a rule chosen by it
        /// would be whichever came first; GraphBuilder compares UTF-8 bytes (as it does for evidence,
        /// attributes and aliases).
        @Test func theRuleKeptDoesNotDependOnTheOrderOfObservations() {
            func rule(_ rules: [String]) -> [UInt8] {
                var builder = GraphBuilder(evidenceLimit: 1)
                let platform = builder.addMention(label: "A", type: .platform, surface: "A")
                let agency = builder.addMention(label: "B", type: .agency, surface: "B")
                for (index, rule) in rules.enumerated() {
                    builder.addRelation(from: platform, .seizedBy, to: agency,
                                        evidence: Evidence(document: "d", sentence: index, text: "s"), rule: rule)
                }
                return Array(builder.build().edges.first?.rule?.utf8 ?? "".utf8)
            }
            #expect(rule(["\u{E9}a", "e\u{301}"]) == rule(["e\u{301}", "\u{E9}a"]))
        }

        /// Expects `graph` to read back equal after `writer` wrote it, and to be written again byte for byte.
        private static func expectReadBackEqual(_ graph: Graph, writer: some GraphWriter, extension ext: String) throws {
            let read = try writer.readBack(graph, extension: ext)
            #expect(read.metadata == graph.metadata)
            #expect(read.nodes == graph.nodes)
            #expect(read.edges == graph.edges)
            #expect(writer.string(for: read) == writer.string(for: graph))
        }
    }
}
