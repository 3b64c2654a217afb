import Foundation
import Testing
@testable import RelGraph

/// Proves the no-Graphviz path in a child process, because the C loader decides once per process.
///
/// The child is this test binary, filtered to `GraphvizAbsentProbe`, with RELGRAPH_DISABLE_GRAPHVIZ=1: the
/// loader then behaves exactly as on a machine without libgvc.
@Suite struct RenderingWithoutGraphvizTests {
    static let probeVariable = "RELGRAPH_DISABLE_GRAPHVIZ"

    #if os(Linux)
    @Test(.enabled(if: ProcessInfo.processInfo.environment[probeVariable] == nil))
    func withoutGraphvizRenderingThrowsGraphvizMissing() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        process.arguments = ["--testing-library", "swift-testing", "--filter", "GraphvizAbsentProbe"]
        process.environment = ProcessInfo.processInfo.environment.merging([Self.probeVariable: "1"]) { $1 }
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let log = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "child run failed:\n\(log)")
        #expect(log.contains("Test run with 1 test"), "the probe did not run:\n\(log)")
    }
    #endif
}

/// Runs only in the child process started above, where Graphviz is disabled.
@Suite(.enabled(if: ProcessInfo.processInfo.environment[RenderingWithoutGraphvizTests.probeVariable] == "1",
                "runs only in the child process of withoutGraphvizRenderingThrowsGraphvizMissing"))
struct GraphvizAbsentProbe {
    @Test func rendererReportsGraphvizMissing() throws {
        #expect(!GraphvizRenderer.isAvailable)
        let error = try #require(throws: RenderingError.self) {
            try GraphvizRenderer().render(dot: "digraph { a -> b }", layout: .dot)
        }
        #expect(error == .graphvizMissing(reason: "disabled by RELGRAPH_DISABLE_GRAPHVIZ"))
        #expect(error.localizedDescription.contains("apt-get install libgraphviz-dev"))
    }
}
