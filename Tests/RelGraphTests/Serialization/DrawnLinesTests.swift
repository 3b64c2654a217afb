import Foundation
import Testing
@testable import RelGraph

extension SerializationTests {
    /// What DOT (and so SVG and HTML) draws: one line per pair where a typed relation and a co-occurrence
    /// join it, and only the edges an ``EdgeSelection`` keeps.
    @Suite struct DrawnLinesTests {
        /// ``SampleGraphs/hostile``'s first entity and its sixth are joined by `cracked_by` (weight 3), by
        /// `operator_of` the other way, and by a co-occurrence (weight 2.5).
        private var pair: (typed: [Int], coOccurrence: Int) {
            let edges = SampleGraphs.hostile.edges
            let ends = Set([edges.first { $0.relation == .crackedBy }?.source, edges.first { $0.relation == .crackedBy }?.target])
            let joining = edges.indices.filter { ends == Set([edges[$0].source, edges[$0].target]) }
            return (joining.filter { edges[$0].relation != .coOccurs }, joining.first { edges[$0].relation == .coOccurs } ?? -1)
        }

        @Test func aCoOccurrenceBesideATypedRelationIsDrawnByTheFirstTypedLine() throws {
            let lines = DrawnLines(SampleGraphs.hostile)
            let first = try #require(pair.typed.first)
            #expect(pair.typed.count == 2)
            #expect(lines.line[pair.coOccurrence] == first)
            #expect(lines.coOccurrence == [first: pair.coOccurrence])
            let own = SampleGraphs.hostile.edges.indices.filter(lines.drawsOwnLine)
            #expect(own.count == SampleGraphs.hostile.edges.count - 1)
        }

        @Test func theTypedLinesTooltipGivesTheCoOccurrenceWeight() throws {
            let dot = DOTWriter().string(for: SampleGraphs.hostile)
            let typed = SampleGraphs.hostile.edges[try #require(pair.typed.first)]
            #expect(dot.contains("tooltip=\"\(typed.relation.name) · weight \(AttributeValue.format(typed.weight)); co_occurs · weight 2.5\""))
            #expect(!dot.contains("tooltip=\"co_occurs · weight 2.5\""))
            // A pair joined only by a co-occurrence keeps its own grey line.
            #expect(dot.contains("tooltip=\"co_occurs · weight 1024\""))
        }

        @Test(.enabled(if: ExternalTool.shouldRun("dot")))
        func graphvizDrawsNoGreyLineBesideATypedOne() throws {
            let json = try ExternalTool.run("dot", ["-Tjson"], input: DOTWriter().string(for: SampleGraphs.hostile))
            #expect(json.status == 0, "\(json.stderr)")
            let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
            let edges = object?["edges"] as? [[String: Any]] ?? []
            #expect(edges.count == SampleGraphs.hostile.edges.count - 1)
            func pair(_ edge: [String: Any]) -> Set<Int> { Set([edge["tail"] as? Int ?? -1, edge["head"] as? Int ?? -1]) }
            let typedPairs = Set(edges.filter { $0["dir"] as? String != "none" }.map(pair))
            let greyPairs = edges.filter { $0["dir"] as? String == "none" }.map(pair)
            #expect(!greyPairs.isEmpty && greyPairs.allSatisfy { !typedPairs.contains($0) })
        }

        @Test func aSelectionKeepsEveryEntityAndOnlyTheEdgesItDraws() throws {
            let graph = SampleGraphs.hostile
            let typed = graph.drawing(EdgeSelection(hidingCoOccurrence: true))
            #expect(typed.nodes == graph.nodes)
            #expect(typed.edges == graph.edges.filter { $0.relation != .coOccurs })
            let cracked = graph.drawing(EdgeSelection(relations: [.crackedBy, .coOccurs]))
            #expect(Set(cracked.edges.map(\.relation)) == [.crackedBy, .coOccurs])
            #expect(graph.drawing(EdgeSelection()) == graph)
            let coOccurrence = try #require(graph.edges.first { $0.relation == .coOccurs })
            #expect(EdgeSelection().draws(coOccurrence) && !EdgeSelection(hidingCoOccurrence: true).draws(coOccurrence))
            #expect(!EdgeSelection(relations: [.crackedBy]).draws(coOccurrence))
        }

        @Test func withoutCoOccurrencesTheDOTHasNoGreyLine() throws {
            let files = try GraphExporter(selection: EdgeSelection(hidingCoOccurrence: true))
                .files(for: SampleGraphs.hostile, as: .dot, at: "g.dot")
            let dot = String(decoding: try #require(files.first).bytes, as: UTF8.self)
            #expect(!dot.contains("co_occurs") && !dot.contains("dir=\"none\""))
            #expect(dot.contains("tooltip=\"cracked_by · weight 3\""))
            for node in SampleGraphs.hostile.nodes { #expect(dot.contains("tooltip=\"\(node.type.name) · ")) }
            // The other formats carry every edge.
            let json = try GraphExporter(selection: EdgeSelection(hidingCoOccurrence: true))
                .files(for: SampleGraphs.hostile, as: .json, at: "g.json")
            #expect(String(decoding: try #require(json.first).bytes, as: UTF8.self).contains("\"relation\": \"co_occurs\""))
        }

        @Test func numberedElementsAndNoLegendForThePage() {
            let dot = DOTWriter(drawsLegend: false, numbersElements: true).string(for: SampleGraphs.small)
            #expect(dot.contains("\"agency.Europol\" [id=\"n0\", label=\"Europol\""))
            #expect(dot.contains("\"city.Antwerpen\" -> \"platform.Sky_ECC\" [id=\"e0\", dir=\"none\""))
            #expect(dot.contains("\"platform.Sky_ECC\" -> \"agency.Europol\" [id=\"e1\", label=\"cracked_by\""))
            #expect(!dot.contains("entity types"))
        }
    }
}
