import Foundation
import Testing
@testable import RelGraph

/// Memory per document is a small multiple of its size (issue 11): a long document's sentences are split
/// again in the second pass rather than all their tokens kept from the first (which took about 20 times the
/// document's size), and its later blocks are recognised again rather than their entities kept (28 times,
/// for text dense with entities).
@Suite struct DocumentMemoryTests {
    /// What a build of `sentence` repeated to about `size` bytes cost beyond a build of a small document,
    /// in bytes of the processes' own peaks, and the graph it wrote (JSON). The built-in pack: its entity
    /// patterns are what split sentences into tokens in the first pass.
    private func cost(of sentence: String, size: Int) throws -> (bytes: Int, graph: String) {
        let folder = try ExternalTool.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        func path(_ name: String) -> String { folder.appendingPathComponent(name).path }
        try HostileFixtures.text.write(toFile: path("small.txt"), atomically: false, encoding: .utf8)
        try String(repeating: sentence, count: size / sentence.utf8.count).write(toFile: path("long.txt"), atomically: false, encoding: .utf8)
        func peak(_ input: String) throws -> Int {
            let run = try PeakMemory.run(RelGraphBinary.url.path, ["build", path(input), "--format", "json", "--output", path("\(input).json"),
                                                                   "--quiet"])
            #expect(run.status == 0, "\(input): \(run.stderr)")
            return run.peakBytes
        }
        let small = try peak("small.txt"), long = try peak("long.txt")
        return (long - small, try String(contentsOfFile: path("long.txt.json"), encoding: .utf8))
    }

    @Test func aLongDocumentCostsLessThanTenTimesItsSize() throws {
        let sentence = "Volgens de speurders las Europol maandenlang mee op Sky ECC, waarna men in Antwerpen "
            + "talloze berichten kon lezen en ontcijferen. "
        let size = 8_000_000
        let bytes = try cost(of: sentence, size: size).bytes
        #expect(bytes <= 10 * size, "a \(size)-byte document cost \(bytes) bytes more than a small one")
    }

    /// A document that names an entity every dozen bytes.
    @Test func aLongDocumentDenseWithEntitiesCostsLessThanTenTimesItsSize() throws {
        let sentence = "In Antwerpen, Gent, Brugge, Rotterdam en Amsterdam werkten Europol, de FBI en de Franse politie "
            + "samen tegen Sky ECC en EncroChat. "
        let size = 8_000_000
        let (bytes, graph) = try cost(of: sentence, size: size)
        #expect(bytes <= 10 * size, "a \(size)-byte document cost \(bytes) bytes more than a small one")
        // Every sentence's mentions are counted, those of the blocks recognised again included.
        #expect(graph.contains("\"label\": \"Europol\", \"type\": \"agency\", \"aliases\": [\"Europol\"], \"mentions\": \(size / sentence.utf8.count),"))
    }
}
