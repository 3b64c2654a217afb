import PropertyBased
import Testing
@testable import RelGraph

/// Random batches of documents, analysed in any order and split across any number of partial graphs (one
/// entity table and builder each, as the cores have), merged in any order, give the bytes of the
/// sequential build; and an edge keeps the first pieces of evidence whatever order they arrive in.
@Suite struct PartialGraphPropertyTests {
    private static let sentences = [
        "Sky ECC werd gekraakt door Europol.", "Europol werkte met de landelijke eenheid.",
        "Advocaat Karim B. werd opgepakt in Antwerpen.", "B. ontkent.", "EncroChat en Sky ECC vielen.",
        "De Nederlandse en Belgische politie werkten samen.", "Niets hier.", "Antwerpen, Mechelen en Rotterdam.",
        "Sahil M. zou EncroChat hebben gebruikt.", "M. zweeg in Amsterdam.",
    ]

    private static func documents(seed: Int) -> [Document] {
        var random = SplitMix(seed: UInt64(seed))
        return (0..<(1 + Int(random.next() % 12))).map { index in
            let count = 1 + Int(random.next() % 6)
            let text = (0..<count).map { _ in sentences[Int(random.next() % UInt64(sentences.count))] }
                .joined(separator: random.next() % 3 == 0 ? "\n\n" : " ")
            // Identifiers out of step with the order of arrival, and one repeated now and then.
            return Document(identifier: "doc\(random.next() % 9)-\(index % 3).txt", text: text, date: "2021-0\(1 + random.next() % 9)")
        }
    }

    @Test func anySplitAndOrderGivesTheSequentialBytes() async throws {
        let rules = try TestRules.rules()
        await propertyCheck(count: 60, input: Gen.int(in: 0...1_000_000)) { seed in
            let documents = Self.documents(seed: seed)
            for window in [CoOccurrenceWindow.sentence, .paragraph, .document] {
                let options = PipelineOptions(window: window, evidenceLimit: 2)
                let pipeline = Pipeline(rules: rules, options: options)
                let expected = GraphMLWriter().string(for: pipeline.build(documents: documents))

                let analyzer = DocumentAnalyzer(rules: rules)
                let collector = RelationCollector(window: window, catalog: analyzer.catalog, listThreshold: 50)
                var random = SplitMix(seed: UInt64(seed) &+ 7)
                let parts = 1 + Int(random.next() % 4)
                var builders = (0..<parts).map { _ in GraphBuilder(evidenceLimit: 2) }
                var scratches = (0..<parts).map { _ in analyzer.makeScratch() }
                var collecting = (0..<parts).map { _ in RelationCollector.Scratch() }
                var records = AnalysisRecords()
                for document in documents.shuffled(using: &random) {
                    let part = Int(random.next() % UInt64(parts))
                    var text = document.text
                    text.withUTF8 { text in
                        analyzer.analyze(text, document: document.identifier, into: &records, scratch: &scratches[part])
                        collector.collect(records, of: document, text: text, table: scratches[part].table,
                                          into: &builders[part], scratch: &collecting[part])
                    }
                }
                var merged = GraphBuilder(evidenceLimit: 2)
                for builder in builders.shuffled(using: &random) { merged.merge(builder) }
                merged.updateNodes(InitialsPolicy.markAmbiguous)
                let graph = merged.build(metadata: GraphMetadata(inputs: documents.map(\.identifier)))
                let sequential = pipeline.build(documents: documents)
                #expect(GraphMLWriter().string(for: Graph(nodes: graph.nodes, edges: graph.edges, metadata: sequential.metadata)) == expected,
                        "seed \(seed), window \(window), \(parts) partial graph(s)")
            }
        }
    }

    @Test func anEdgeKeepsTheFirstEvidenceWhateverTheOrderOfArrival() async {
        let pieces = (0..<8).flatMap { document in
            (0..<3).map { Evidence(document: "d\(document % 5).txt", sentence: $0, text: "zin \(document) \($0)") }
        }
        let expected = Array(Set(pieces).sorted().prefix(3))
        await propertyCheck(count: 100, input: Gen.int(in: 0...1_000_000)) { seed in
            var random = SplitMix(seed: UInt64(seed))
            var builder = GraphBuilder(evidenceLimit: 3)
            let a = builder.addMention(id: NodeID(type: .city, name: "A"), label: "A", type: .city, surface: "A")
            let b = builder.addMention(id: NodeID(type: .city, name: "B"), label: "B", type: .city, surface: "B")
            for piece in pieces.shuffled(using: &random) {
                builder.addRelation(from: a, .coOccurs, to: b, evidence: piece)
            }
            #expect(builder.build().edges.first?.evidence == expected, "seed \(seed)")
        }
    }
}

extension SplitMix: RandomNumberGenerator {}
