import Foundation
import Testing

/// The engines that build a dump in parts prove the bytes (issue 15): the Spark job (integrations/spark)
/// in `local[2]` with 8 partitions, and the GNU parallel recipe (integrations/parallel) with 1 MB blocks,
/// each write the GraphML of one `relgraph build` of the same dump, byte for byte. In CI (`CI` set) a
/// missing engine fails these tests rather than skipping them.
@Suite(.serialized) struct EngineRecipeTests {
    /// A new folder with `dump.jsonl`, about 50,000 generated messages with ids (6 MB, from the shared
    /// corpus generator), and `single.graphml`, its graph from one build.
    private func dumpAndItsGraph() throws -> URL {
        let folder = try ExternalTool.temporaryDirectory()
        let generator = RelGraphBinary.repository.deletingLastPathComponent().appendingPathComponent("shared/bench/gen_corpus.py").path
        let generated = try ExternalTool.run("python3", [generator, "--mb", "6", "--jsonl", "dump.jsonl", "--jobs", "1"], in: folder)
        try #require(generated.status == 0, "\(generator): \(generated.stderr)")
        let single = try RelGraphBinary.run(["build", "dump.jsonl", "--format", "graphml", "--output", "single.graphml", "--quiet"], in: folder)
        try #require(single.status == 0, "\(single.stderr)")
        return folder
    }

    private static let recipes = RelGraphBinary.repository.appendingPathComponent("integrations")

    private func expectSameBytes(_ name: String, in folder: URL, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let single = try Data(contentsOf: folder.appendingPathComponent("single.graphml"))
        let merged = try Data(contentsOf: folder.appendingPathComponent(name))
        #expect(merged == single, "\(name) (\(merged.count) bytes) differs from one build's GraphML (\(single.count) bytes)", sourceLocation: sourceLocation)
    }

    @Test(.enabled(if: ExternalTool.shouldRun("spark-submit") && ExternalTool.shouldRun("java") && ExternalTool.shouldRunPython(module: "pyspark")))
    func theSparkJobInEightPartitionsWritesTheBytesOfOneBuild() throws {
        let folder = try dumpAndItsGraph()
        defer { try? FileManager.default.removeItem(at: folder) }
        let job = try ExternalTool.run("spark-submit", ["--master", "local[2]", Self.recipes.appendingPathComponent("spark/relgraph_spark.py").path,
                                                        "dump.jsonl", "--relgraph", RelGraphBinary.url.path, "--partitions", "8",
                                                        "--format", "graphml", "--output", "spark.graphml"], in: folder)
        #expect(job.status == 0, "\(job.stdout.suffix(3000))\(job.stderr.suffix(3000))")
        #expect((job.stdout + job.stderr).contains("dump.jsonl in 8 parts: 8 partials"), "\(job.stdout.suffix(2000))")
        try expectSameBytes("spark.graphml", in: folder)
    }

    @Test(.enabled(if: ExternalTool.shouldRun("parallel")))
    func theGNUParallelRecipeInOneMegabyteBlocksWritesTheBytesOfOneBuild() throws {
        let folder = try dumpAndItsGraph()
        defer { try? FileManager.default.removeItem(at: folder) }
        var environment = ProcessInfo.processInfo.environment
        environment["RELGRAPH"] = RelGraphBinary.url.path
        environment["BLOCK"] = "1M"
        let recipe = try ExternalTool.run("bash", [Self.recipes.appendingPathComponent("parallel/relgraph-parallel.sh").path,
                                                  "dump.jsonl", "graphml", "parallel.graphml"], in: folder, environment: environment)
        #expect(recipe.status == 0, "\(recipe.stderr)")
        let parts = recipe.stderr.split(separator: " ").dropFirst().first.flatMap { Int($0) } ?? 0
        #expect(parts >= 5, "6 MB in 1 MB blocks is several parts: \(recipe.stderr)")
        try expectSameBytes("parallel.graphml", in: folder)
    }
}
