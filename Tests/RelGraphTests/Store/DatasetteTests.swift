import Foundation
import Testing

/// Datasette, a real consumer: it serves a built graph.sqlite with the metadata `build` writes, searches
/// the evidence for a phrase and facets the edges by relation (Tests/Consumers/check_datasette.py).
@Suite struct DatasetteTests {
    @Test(.enabled(if: ExternalTool.shouldRun("datasette")))
    func datasetteServesSearchesAndFacetsTheGraph() throws {
        let folder = try ExternalTool.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let graph = folder.appendingPathComponent("graph.sqlite").path, metadata = folder.appendingPathComponent("graph.json").path
        let build = try RelGraphBinary.run(["build", "examples", "--format", "sqlite", "--output", graph,
                                            "--datasette-metadata", metadata, "--quiet"])
        #expect(build.status == 0, "\(build.stderr)")
        let script = RelGraphBinary.repository.appendingPathComponent("Tests/Consumers/check_datasette.py").path
        let check = try ExternalTool.run("python3", [script, graph, metadata, "\"Sky ECC\""])
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
        #expect(check.stdout.contains("0 failed"))
    }
}
