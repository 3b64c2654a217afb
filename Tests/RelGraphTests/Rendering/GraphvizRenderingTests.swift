import Foundation
import Testing
@testable import RelGraph

/// Renders with the real Graphviz: runs where it is installed, and always in CI.
@Suite(.enabled(if: RenderingTestSupport.shouldRunGraphviz, "needs Graphviz (libgvc6)"))
struct GraphvizRenderingTests {
    let renderer = GraphvizRenderer()

    /// A small named graph whose nodes are labelled `labels`, chained by edges.
    static func chain(_ labels: [String]) -> String {
        var dot = "digraph relgraph {\n"
        for (index, label) in labels.enumerated() {
            dot += "  n\(index) [label=\(RenderingTestSupport.quoted(label))];\n"
        }
        for index in labels.indices.dropFirst() {
            dot += "  n\(index - 1) -> n\(index);\n"
        }
        return dot + "}\n"
    }

    @Test(.enabled(if: ExternalTool.shouldRun("xmllint")))
    func smallGraphRendersToWellFormedSVGShowingItsLabels() throws {
        let svg = try renderer.render(dot: Self.chain(["Gent", "Brugge", "Antwerpen"]), layout: .dot)
        let text = String(decoding: svg, as: UTF8.self)
        #expect(text.contains("<svg"))
        let lint = try ExternalTool.run("xmllint", ["--noout", "-"], input: text)
        #expect(lint.status == 0, "xmllint: \(lint.stderr)")
        #expect(RenderingTestSupport.texts(inSVG: svg) == ["Gent", "Brugge", "Antwerpen"])
    }

    @Test(arguments: Layout.allCases)
    func everyEngineLaysOutASmallGraph(layout: Layout) throws {
        let labels = ["alpha", "beta", "gamma", "delta", "epsilon"]
        let svg = try renderer.render(dot: Self.chain(labels), layout: layout)
        #expect(Set(try #require(RenderingTestSupport.texts(inSVG: svg))) == Set(labels))
    }

    @Test func pngAndPDFComeOutWithTheirSignatures() throws {
        let dot = Self.chain(["a", "b"])
        #expect(try renderer.render(dot: dot, layout: .dot, format: .png).starts(with: [0x89, 0x50, 0x4E, 0x47]))
        #expect(try renderer.render(dot: dot, layout: .dot, format: .pdf).starts(with: Array("%PDF".utf8)))
    }

    @Test func sameDOTRendersToTheSameBytes() throws {
        let dot = Self.chain(["Gent", "Brugge"])
        #expect(try renderer.render(dot: dot, layout: .dot) == renderer.render(dot: dot, layout: .dot))
    }

    @Test func syntaxErrorBecomesInvalidDOTWithGraphvizsMessage() {
        #expect {
            _ = try renderer.render(dot: "digraph { a -> }", layout: .dot)
        } throws: { error in
            guard case .invalidDOT(let message) = error as? RenderingError else { return false }
            return message.contains("syntax error") && message.contains("line 1")
        }
        // Graphviz's parser recovers: the next render works.
        #expect(throws: Never.self) { try renderer.render(dot: "digraph { a -> b }", layout: .dot) }
    }

    @Test func onlyTheFirstGraphIsDrawnAndNothingLeaksIntoTheNextRender() throws {
        // Graphviz 2.43's parser keeps the rest of a line after a graph; the renderer must drain it.
        let first = try renderer.render(dot: "digraph A { first } digraph B { leftover }", layout: .dot)
        #expect(RenderingTestSupport.texts(inSVG: first) == ["first"])
        let next = try renderer.render(dot: "digraph C { next }", layout: .dot)
        #expect(RenderingTestSupport.texts(inSVG: next) == ["next"])
    }

    @Test func emptyOrNULContainingDOTIsInvalid() {
        #expect(throws: RenderingError.invalidDOT(message: "the DOT text holds no graph")) {
            try renderer.render(dot: "", layout: .dot)
        }
        #expect(throws: RenderingError.invalidDOT(message: "the DOT text contains a NUL character")) {
            try renderer.render(dot: "digraph { a\u{0} }", layout: .dot)
        }
    }

    @Test func concurrentRendersAllSucceed() async throws {
        let renderer = self.renderer
        let results = try await withThrowingTaskGroup(of: (Int, [String]?).self) { group in
            for index in 0..<12 {
                group.addTask {
                    let layout = Layout.allCases[index % Layout.allCases.count]
                    let svg = try renderer.render(dot: Self.chain(["task\(index)", "peer\(index)"]), layout: layout)
                    return (index, RenderingTestSupport.texts(inSVG: svg))
                }
            }
            var results: [Int: [String]?] = [:]
            for try await (index, texts) in group {
                results[index] = texts
            }
            return results
        }
        #expect(results.count == 12)
        for (index, texts) in results {
            #expect(texts.map(Set.init) == ["task\(index)", "peer\(index)"])
        }
    }

    @Test(.enabled(if: ExternalTool.shouldRun("xmllint")))
    func labelsWithMarkupQuotesAndNonASCIISurvive() throws {
        let labels = ["AT&T", "a < b > c", #"say "hi""#, "it's", #"C:\temp\n"#, "Frédéric Van Leeuw", "🚀 launch 👩‍💻",
                      "&amp; stays literal"]
        let svg = try renderer.render(dot: Self.chain(labels), layout: .dot)
        let lint = try ExternalTool.run("xmllint", ["--noout", "-"], input: String(decoding: svg, as: UTF8.self))
        #expect(lint.status == 0, "xmllint: \(lint.stderr)")
        #expect(RenderingTestSupport.texts(inSVG: svg) == labels)
    }

    @Test(.enabled(if: ExternalTool.shouldRun("xmllint")), arguments: [Layout.dot, .sfdp])
    func hostileGraphFromDOTWriterRendersToWellFormedSVGWithEveryLabel(layout: Layout) throws {
        let svg = try renderer.render(dot: DOTWriter().string(for: SampleGraphs.hostile), layout: layout)
        let lint = try ExternalTool.run("xmllint", ["--noout", "-"], input: String(decoding: svg, as: UTF8.self))
        #expect(lint.status == 0, "xmllint: \(lint.stderr)")
        let texts = Set(try #require(RenderingTestSupport.texts(inSVG: svg)))
        // A line break in a label becomes one <text> per line.
        for label in SampleGraphs.hostile.nodes.map(\.label) {
            for line in label.split(separator: "\n", omittingEmptySubsequences: false) {
                #expect(texts.contains(String(line)), "label line \(String(reflecting: String(line))) is not drawn")
            }
        }
    }
}
