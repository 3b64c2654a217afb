import Foundation
import Testing
@testable import RelGraph

/// Memory per document is a small multiple of its size (issue 11): a long document's sentences are split
/// again in the second pass rather than all their tokens kept from the first, which took about 20 times
/// the document's size.
@Suite struct DocumentMemoryTests {
    @Test func aLongDocumentCostsLessThanTenTimesItsSize() throws {
        let folder = try ExternalTool.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        func path(_ name: String) -> String { folder.appendingPathComponent(name).path }
        try HostileFixtures.text.write(toFile: path("small.txt"), atomically: false, encoding: .utf8)
        let sentence = "Volgens de speurders las Europol maandenlang mee op Sky ECC, waarna men in Antwerpen "
            + "talloze berichten kon lezen en ontcijferen. "
        let size = 8_000_000
        try String(repeating: sentence, count: size / sentence.utf8.count).write(toFile: path("long.txt"), atomically: false, encoding: .utf8)
        func peak(_ input: String) throws -> Int {
            // The built-in pack: its entity patterns are what split sentences into tokens in the first pass.
            let run = try PeakMemory.run(RelGraphBinary.url.path, ["build", path(input), "--format", "json", "--output", path("\(input).json"),
                                                                   "--quiet"])
            #expect(run.status == 0, "\(input): \(run.stderr)")
            return run.peakBytes
        }
        let small = try peak("small.txt"), long = try peak("long.txt")
        // Both are the processes' own peaks, in bytes; the difference is what the long document cost.
        #expect(long - small <= 10 * size, "a \(size)-byte document peaked at \(long) bytes, a small one at \(small)")
    }

    /// A document that names an entity every dozen bytes: its later blocks are recognized again in pass 2
    /// rather than kept from pass 1, which took 28 times the document's size.
    @Test func aLongDocumentDenseWithEntitiesCostsLessThanTenTimesItsSize() throws {
        let folder = try ExternalTool.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        func path(_ name: String) -> String { folder.appendingPathComponent(name).path }
        try HostileFixtures.text.write(toFile: path("small.txt"), atomically: false, encoding: .utf8)
        let sentence = "In Antwerpen, Gent, Brugge, Rotterdam en Amsterdam werkten Europol, de FBI en de Franse politie "
            + "samen tegen Sky ECC en EncroChat. "
        let size = 8_000_000
        try String(repeating: sentence, count: size / sentence.utf8.count).write(toFile: path("dense.txt"), atomically: false, encoding: .utf8)
        func peak(_ input: String) throws -> Int {
            let run = try PeakMemory.run(RelGraphBinary.url.path, ["build", path(input), "--format", "json", "--output", path("\(input).json"),
                                                                   "--quiet"])
            #expect(run.status == 0, "\(input): \(run.stderr)")
            return run.peakBytes
        }
        let small = try peak("small.txt"), dense = try peak("dense.txt")
        #expect(dense - small <= 10 * size, "a \(size)-byte document peaked at \(dense) bytes, a small one at \(small)")
        // Every sentence's mentions are counted, those of the blocks recognized again included.
        let graph = try String(contentsOfFile: path("dense.txt.json"), encoding: .utf8)
        #expect(graph.contains("\"label\": \"Europol\", \"type\": \"agency\", \"aliases\": [\"Europol\"], \"mentions\": \(size / sentence.utf8.count),"))
    }
}
