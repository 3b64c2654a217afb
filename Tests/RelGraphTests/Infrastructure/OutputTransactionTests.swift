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

    private func status(_ path: String) -> stat {
        var status = stat()
        lstat(path, &status)
        return status
    }

    private static let isRoot = geteuid() == 0

    @Test(.enabled(if: isRoot)) func aLinkOwnedByAnotherUserInASharedFolderIsRefused() throws {
        let root = try folder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        chmod(root, 0o1777)
        try "secret\n".write(toFile: root + "/victim", atomically: false, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: root + "/graph.json", withDestinationPath: root + "/victim")
        lchown(root + "/graph.json", 65534, 65534)
        #expect {
            try AtomicFileWriter().write("{}\n", to: root + "/graph.json")
        } throws: { error in
            (error as? OutputTransaction.WriteError)?.reason.contains("symbolic link owned by another user") == true
        }
        #expect(contents(root + "/victim") == "secret\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: root).sorted() == ["graph.json", "victim"])
    }

    @Test func aLinkOfOurOwnIsFollowedAndKept() throws {
        let root = try folder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        chmod(root, 0o1777)
        try FileManager.default.createDirectory(atPath: root + "/runs", withIntermediateDirectories: false)
        try "old\n".write(toFile: root + "/runs/graph.json", atomically: false, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: root + "/latest.json", withDestinationPath: "runs/graph.json")
        try FileManager.default.createSymbolicLink(atPath: root + "/chain.json", withDestinationPath: "latest.json")
        try AtomicFileWriter().write("{}\n", to: root + "/chain.json")
        #expect(contents(root + "/runs/graph.json") == "{}\n")
        #expect(status(root + "/latest.json").st_mode & S_IFMT == S_IFLNK)
        #expect(status(root + "/chain.json").st_mode & S_IFMT == S_IFLNK)
    }

    @Test(.enabled(if: isRoot)) func aSystemLinkInAFolderOnlyItsOwnerWritesIsFollowed() throws {
        // /dev/stdout is root's link in root's /dev; here a link of another user in that user's own folder.
        let root = try folder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.createDirectory(atPath: root + "/theirs", withIntermediateDirectories: false)
        try "old\n".write(toFile: root + "/target.json", atomically: false, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: root + "/theirs/graph.json", withDestinationPath: root + "/target.json")
        lchown(root + "/theirs/graph.json", 65534, 65534)
        chown(root + "/theirs", 65534, 65534)
        chmod(root + "/theirs", 0o755)
        try AtomicFileWriter().write("{}\n", to: root + "/theirs/graph.json")
        #expect(contents(root + "/target.json") == "{}\n")
    }

    @Test(.enabled(if: isRoot)) func aReplacedFileKeepsItsOwnerGroupAndMode() throws {
        let root = try folder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let path = root + "/graph.graphml"
        try "<graphml/>\n".write(toFile: path, atomically: false, encoding: .utf8)
        chown(path, 65534, 65534)
        chmod(path, 0o600)
        try AtomicFileWriter().write("<graphml></graphml>\n", to: path)
        let after = status(path)
        #expect(after.st_uid == 65534 && after.st_gid == 65534)
        #expect(after.st_mode & 0o7777 == 0o600)
    }

    @Test func aNewFileGetsTheUmasksMode() throws {
        let root = try folder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let line = try String(contentsOfFile: "/proc/self/status", encoding: .utf8).split(separator: "\n").first { $0.hasPrefix("Umask:") }
        let umask = try #require(line.flatMap { mode_t($0.dropFirst(6).trimmingCharacters(in: .whitespaces), radix: 8) })
        try AtomicFileWriter().write("{}\n", to: root + "/new.json")
        #expect(status(root + "/new.json").st_mode & 0o7777 == 0o666 & ~umask)
    }

    @Test func aFileLosesItsHardLinksWhenReplaced() throws {
        // Documented in the README: the other name keeps the old contents.
        let root = try folder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        try "old\n".write(toFile: root + "/graph.json", atomically: false, encoding: .utf8)
        link(root + "/graph.json", root + "/copy.json")
        try AtomicFileWriter().write("new\n", to: root + "/graph.json")
        #expect(contents(root + "/graph.json") == "new\n")
        #expect(contents(root + "/copy.json") == "old\n")
    }

    @Test(arguments: ["directly", "through a link", "as a hard link"])
    func anInputIsNeverWrittenOver(named how: String) throws {
        let root = try folder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let input = root + "/input.json"
        try "input\n".write(toFile: input, atomically: false, encoding: .utf8)
        let output = how == "directly" ? input : root + "/output.json"
        if how == "through a link" { try FileManager.default.createSymbolicLink(atPath: output, withDestinationPath: "input.json") }
        if how == "as a hard link" { link(input, output) }
        var transaction = OutputTransaction(protecting: [try #require(FileIdentity(path: input))])
        #expect {
            try transaction.add(output) { $0.write("output\n") }
        } throws: { error in
            (error as? OutputTransaction.WriteError)?.reason.contains("one of the inputs") == true
        }
        transaction.discard()
        #expect(contents(input) == "input\n")
    }

    @Test func anEmptyPathIsRefusedWithAMessage() throws {
        var transaction = OutputTransaction()
        #expect {
            try transaction.add("") { $0.write("x") }
        } throws: { error in
            (error as? OutputTransaction.WriteError)?.localizedDescription.contains("an empty path") == true
        }
    }

    @Test func aFolderUnderAFileIsRefusedNamingTheFile() throws {
        let root = try folder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        try "x".write(toFile: root + "/file", atomically: false, encoding: .utf8)
        #expect {
            try AtomicFileWriter().createFolder(root + "/file/a/b")
        } throws: { error in
            (error as? OutputTransaction.WriteError)?.reason == "\(root)/file is a file, not a folder; give a folder that is not under a file"
        }
    }

    /// A process id that was in use and no longer is.
    private func deadProcess() throws -> pid_t {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/true")
        try process.run()
        process.waitUntilExit()
        return process.processIdentifier
    }

    @Test func leftoversOfDeadProcessesOfThisHostAreRemovedAndNoOthers() throws {
        let root = try folder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let dead = try deadProcess()
        let host = TemporaryFiles.host
        let names = [
            "dead": ".graph.json.\(host).\(dead).k3j9x.tmp",
            "other target": ".notes.dot.\(host).\(dead).a1.tmp",
            "alive": ".graph.json.\(host).\(getpid()).k3j9x.tmp",
            "other host": ".graph.json.otherhost\(host).\(dead).k3j9x.tmp",
            "not ours": ".graph.json.\(dead).tmp",
            "user file": "graph.json.\(host).\(dead).k3j9x.tmp",
        ]
        for name in names.values { try "x".write(toFile: root + "/" + name, atomically: false, encoding: .utf8) }
        try AtomicFileWriter().write("{}\n", to: root + "/graph.json")
        let left = Set(try FileManager.default.contentsOfDirectory(atPath: root))
        #expect(!left.contains(names["dead"]!) && !left.contains(names["other target"]!))
        for kept in ["alive", "other host", "not ours", "user file"] { #expect(left.contains(names[kept]!), "\(kept) removed") }
    }

    /// Whether this process may mount a file system (root in a container that allows it).
    private static let canMount: Bool = {
        guard isRoot, let folder = try? ExternalTool.temporaryDirectory().path else { return false }
        defer { _ = try? ExternalTool.run("umount", [folder]); try? FileManager.default.removeItem(atPath: folder) }
        return (try? ExternalTool.run("mount", ["-t", "tmpfs", "-o", "size=64k", "tmpfs", folder]))?.status == 0
    }()

    @Test(.enabled(if: canMount)) func aFullDiskLeavesEveryEarlierOutputUntouched() throws {
        let root = try folder()
        defer { _ = try? ExternalTool.run("umount", [root]); try? FileManager.default.removeItem(atPath: root) }
        #expect(try ExternalTool.run("mount", ["-t", "tmpfs", "-o", "size=64k", "tmpfs", root]).status == 0)
        try "earlier dot\n".write(toFile: root + "/graph.dot", atomically: false, encoding: .utf8)
        try "earlier graphml\n".write(toFile: root + "/graph.graphml", atomically: false, encoding: .utf8)
        var transaction = OutputTransaction()
        #expect {
            try transaction.add(root + "/graph.dot") { $0.write("digraph {}\n") }
            try transaction.add(root + "/graph.graphml") { $0.write(String(repeating: "<node/>\n", count: 40_000)) }
            try transaction.commit()
        } throws: { error in
            (error as? OutputTransaction.WriteError)?.reason.contains("No space left") == true
        }
        transaction.discard()
        #expect(contents(root + "/graph.dot") == "earlier dot\n")
        #expect(contents(root + "/graph.graphml") == "earlier graphml\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: root).sorted() == ["graph.dot", "graph.graphml"])
    }
}
