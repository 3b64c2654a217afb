import Foundation
import Testing
@testable import RelGraph

/// Outputs are streamed into temporaries created exclusively under unpredictable names, renamed into
/// place only when all are complete, and a replaced file keeps its permissions.
@Suite struct OutputTransactionTests {
    private func folder() throws -> String {
        let path = try ExternalTool.temporaryDirectory().path
        return path
    }

    private func contents(_ path: String) -> String? {
        FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) }
    }

    @Test func temporariesAreUnpredictableAndGoneAfterwards() throws {
        let root = try folder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        var names: [String] = []
        for _ in 0..<2 {
            var transaction = OutputTransaction()
            try transaction.add(root + "/graph.dot") { sink in
                sink.write("digraph {}\n")
                names += ((try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []).filter { $0.hasSuffix(".tmp") }
            }
            try transaction.commit()
        }
        #expect(names.count == 2 && names[0] != names[1], "\(names)")
        // .graph.dot.HOST.PID.RANDOM.tmp: host, process and a random part.
        #expect(names.allSatisfy { $0.hasPrefix(".graph.dot.") && $0.split(separator: ".").count >= 6 && $0.contains(".\(getpid()).") })
        #expect(try FileManager.default.contentsOfDirectory(atPath: root) == ["graph.dot"])
        #expect(contents(root + "/graph.dot") == "digraph {}\n")
    }

    @Test func aLinkPlantedAtTheOldTemporaryNameIsNotFollowed() throws {
        let root = try folder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        try "secret\n".write(toFile: root + "/victim", atomically: false, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: root + "/.graph.dot.\(getpid()).tmp", withDestinationPath: root + "/victim")
        try AtomicFileWriter().write("digraph {}\n", to: root + "/graph.dot")
        #expect(contents(root + "/victim") == "secret\n")
        #expect(contents(root + "/graph.dot") == "digraph {}\n")
    }

    @Test func nothingIsRenamedUnlessEveryFileIsComplete() throws {
        let root = try folder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        try "earlier\n".write(toFile: root + "/graph.dot", atomically: false, encoding: .utf8)
        var transaction = OutputTransaction()
        #expect(throws: OutputTransaction.WriteError.self) {
            try transaction.add(root + "/graph.dot") { $0.write("new\n") }
            try transaction.add(root + "/missing/graph.graphml") { $0.write("<graphml/>\n") }
            try transaction.commit()
        }
        transaction.discard()
        #expect(contents(root + "/graph.dot") == "earlier\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: root) == ["graph.dot"])
    }

    @Test func aReplacedFileKeepsItsPermissions() throws {
        let root = try folder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let path = root + "/graph.json"
        try "{}\n".write(toFile: path, atomically: false, encoding: .utf8)
        chmod(path, 0o640)
        try AtomicFileWriter().write("{\"nodes\": []}\n", to: path)
        var status = stat()
        stat(path, &status)
        #expect(status.st_mode & 0o7777 == 0o640)
        #expect(contents(path) == "{\"nodes\": []}\n")
    }

    @Test func aStreamedFileIsWrittenInPiecesLargerThanTheBuffer() throws {
        let root = try folder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let piece = String(repeating: "x", count: 300_000)
        var transaction = OutputTransaction()
        try transaction.add(root + "/big.txt") { sink in
            for _ in 0..<10 { sink.write(piece) }
        }
        try transaction.commit()
        #expect(contents(root + "/big.txt")?.utf8.count == 3_000_000)
    }
}
