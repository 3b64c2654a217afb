import Foundation
import Testing
@testable import RelGraph

@Suite struct RenderingErrorTests {
    @Test func missingGraphvizSaysWhatToInstallAndWhatStillWorks() throws {
        let message = try #require(RenderingError.graphvizMissing(reason: "libgvc.so.6: cannot open").errorDescription)
        #expect(message.contains("apt-get install libgraphviz-dev"))
        #expect(message.contains("`graphviz`"))
        #expect(message.contains("DOT and GraphML output can still be written"))
        #expect(message.contains("libgvc.so.6: cannot open"))
    }

    @Test func unrecognizedEngineSuggestsRegisteringThePlugins() throws {
        let error = RenderingError.layoutFailed(engine: .dot, message: #"Layout type: "dot" not recognized. Use one of:"#)
        let message = try #require(error.errorDescription)
        #expect(message.contains("dot -c"))
        #expect(message.hasPrefix("Graphviz's dot layout failed: Layout type"))
    }

    @Test func graphvizMessagesAreQuotedAsTheyCame() {
        #expect(RenderingError.invalidDOT(message: "syntax error in line 1 near '}'").localizedDescription
            == "Graphviz could not read the DOT text: syntax error in line 1 near '}'")
        #expect(RenderingError.renderFailed(format: .svg, message: "boom").localizedDescription
            == "Graphviz could not render SVG: boom")
    }
}
