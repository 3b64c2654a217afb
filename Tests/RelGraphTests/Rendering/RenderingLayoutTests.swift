import Testing
@testable import RelGraph

@Suite struct RenderingLayoutTests {
    @Test func automaticPicksDotUpToOneHundredNodesAndSfdpAbove() {
        #expect(Layout.automatic(nodeCount: 0) == .dot)
        #expect(Layout.automatic(nodeCount: 1) == .dot)
        #expect(Layout.automatic(nodeCount: 100) == .dot)
        #expect(Layout.automatic(nodeCount: 101) == .sfdp)
        #expect(Layout.automatic(nodeCount: 100_000) == .sfdp)
    }

    @Test func rawValuesAreGraphvizEngineNames() {
        #expect(Layout.allCases.map(\.rawValue) == ["dot", "neato", "fdp", "sfdp", "circo"])
        #expect(RenderFormat.allCases.map(\.rawValue) == ["svg", "png", "pdf"])
    }
}
