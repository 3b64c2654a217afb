import Foundation
import Testing
@testable import RelGraph

/// Runs that end early (Ctrl-C during a render, a bad rule file, an unreadable document midway) leave no
/// half-written file and no temporary file, and earlier outputs byte for byte as they were; a single
/// 200 MB line is read in bounded memory.
@Suite struct InterruptedRunTests {
    private static var graphvizExpected: Bool { GraphvizRenderer.isAvailable || ProcessInfo.processInfo.environment["CI"] != nil }

    /// 400 entities and 1,200 sentences naming three each: a graph `dot` takes minutes to lay out.
    private static func layOutLargeGraph(in sandbox: Sandbox) throws {
        let names = (0..<400).map { "Cell\($0)" }
        try sandbox.write("entities:\n" + names.map { "  - {name: \($0), type: agency}\n" }.joined(), to: "large.yaml")
        var generator = SplitMix(seed: 400)
        let sentences = (0..<1200).map { _ in
            (0..<3).map { _ in names[Int(generator.next() % 400)] }.joined(separator: " en ") + " werkten samen.\n"
        }
        try sandbox.write(sentences.joined(), to: "large.txt")
    }

    @Test(.enabled(if: graphvizExpected), arguments: [0.3, 2.0], [true, false])
    func anInterruptedRenderLeavesTheEarlierFileOrNone(after seconds: Double, withEarlierOutput: Bool) throws {
        let sandbox = try Sandbox(root: try ExternalTool.temporaryDirectory())
        defer { Sandbox.remove(sandbox.root) }
        try Self.layOutLargeGraph(in: sandbox)
        let earlier = Data("<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n".utf8)
        if withEarlierOutput { try sandbox.write(earlier, to: "out/graph.svg") } else { try sandbox.folder("out") }
        let result = try RelGraphBinary.run(
            ["build", "large.txt", "--no-default-rules", "--rules", "large.yaml", "--format", "svg", "--force", "--layout", "dot",
             "--output", "out/graph.svg"], in: sandbox.root, timeout: 120
        ) { process in
            Thread.sleep(forTimeInterval: seconds)
            process.interrupt()
        }
        #expect(result.signaled && result.status == SIGINT || result.status == 130,
                "the run was not interrupted (status \(result.status)): \(result.stderr.prefix(300))")
        let left = try FileManager.default.contentsOfDirectory(atPath: sandbox.path("out"))
        #expect(left == (withEarlierOutput ? ["graph.svg"] : []), "left in out/: \(left)")
        if withEarlierOutput {
            #expect(FileManager.default.contents(atPath: sandbox.path("out/graph.svg")) == earlier)
        }
        // The layout child ends with its parent: it ran on for minutes once.
        var running = Self.processes(in: sandbox.root)
        let deadline = Date().addingTimeInterval(5)
        while !running.isEmpty, Date() < deadline {
            Thread.sleep(forTimeInterval: 0.1)
            running = Self.processes(in: sandbox.root)
        }
        #expect(running.isEmpty, "still running in the run's folder after it was interrupted: \(running)")
    }

    /// The processes whose working directory is `directory` (from `/proc`, so none where there is no `/proc`).
    private static func processes(in directory: URL) -> [String] {
        let resolved = directory.resolvingSymlinksInPath().path
        let pids = (try? FileManager.default.contentsOfDirectory(atPath: "/proc"))?.filter { Int32($0) != nil } ?? []
        return pids.filter { (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/\($0)/cwd")) == resolved }
            .map { pid in
                let command = FileManager.default.contents(atPath: "/proc/\(pid)/cmdline").map { String(decoding: $0, as: UTF8.self) } ?? ""
                return "\(pid) \(command.replacingOccurrences(of: "\0", with: " "))"
            }
    }

    /// The default run's three outputs, written once, then a run that fails.
    @Test(arguments: ["a bad rule file", "an unreadable document midway"])
    func aFailedRunLeavesEarlierOutputsByteIdentical(failure: String) throws {
        let sandbox = try Sandbox(root: try ExternalTool.temporaryDirectory())
        defer { Sandbox.remove(sandbox.root) }
        try sandbox.write(HostileFixtures.rules, to: "rules.yaml")
        for index in 0..<500 { try sandbox.write(HostileFixtures.text, to: "docs/\(index).txt") }
        let build = ["build", "docs", "--output-dir", "out", "--no-default-rules", "--rules", "rules.yaml"]
        #expect(try RelGraphBinary.run(build, in: sandbox.root).status == 0)
        let names = try FileManager.default.contentsOfDirectory(atPath: sandbox.path("out")).sorted()
        let earlier = names.map { FileManager.default.contents(atPath: sandbox.path("out/" + $0)) }
        #expect(names.count >= 2)

        let result: ExternalTool.Result
        if failure == "a bad rule file" {
            try sandbox.write("entities:\n  - {name: X, type: galaxy}\n", to: "bad.yaml")
            result = try RelGraphBinary.run(build + ["--rules", "bad.yaml"], in: sandbox.root)
            #expect(result.stderr.contains("bad.yaml:2:"))
        } else {
            sandbox.lock("docs/250.txt")
            result = try RelGraphBinary.run(build, in: sandbox.root, unprivileged: true)
            #expect(result.stderr.contains("docs/250.txt"))
        }
        #expect(result.status == 1 && !result.signaled)
        #expect(try FileManager.default.contentsOfDirectory(atPath: sandbox.path("out")).sorted() == names)
        #expect(names.map { FileManager.default.contents(atPath: sandbox.path("out/" + $0)) } == earlier)
    }

    @Test func aSingle200MBLineIsReadInBoundedMemory() throws {
        let sandbox = try Sandbox(root: try ExternalTool.temporaryDirectory())
        defer { Sandbox.remove(sandbox.root) }
        try sandbox.write(HostileFixtures.rules, to: "rules.yaml")
        // An encoded blob with no space or line break in it, written a megabyte at a time: the test never
        // holds the line.
        FileManager.default.createFile(atPath: sandbox.path("line.txt"), contents: nil)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: sandbox.path("line.txt")))
        let pattern = Array("QUJDRGVmZ2hpamtsbW5vcHFyc3R1dnd4eXo0MjA".utf8)
        let chunk = Data((0..<(1 << 20)).map { pattern[$0 % pattern.count] })
        for _ in 0..<200 { try handle.write(contentsOf: chunk) }
        try handle.close()

        nonisolated(unsafe) var peak = 0
        let result = try RelGraphBinary.run(["build", "line.txt", "--format", "json", "--output", "out.json"] + HostileFixtures.ruleOptions,
                                            in: sandbox.root, timeout: 600) { process in
            while process.isRunning {
                peak = max(peak, Self.peakResidentKilobytes(of: process.processIdentifier) ?? peak)
                Thread.sleep(forTimeInterval: 0.05)
            }
        }
        #expect(!result.signaled && (result.status == 0 || result.status == 1), "\(result.status): \(result.stderr.prefix(300))")
        if result.status == 0 {
            let data = try Data(contentsOf: URL(fileURLWithPath: sandbox.path("out.json")))
            #expect((try? JSONSerialization.jsonObject(with: data)) != nil)
        } else {
            #expect(result.stderr.contains("line.txt"))
        }
        // The bytes read, a copy to decode them and the text: about three times the line, and never more
        // than five.
        #expect(peak < 1_000_000, "peak resident memory \(peak) kB for a 200 MB line")
    }

    /// The peak resident memory of the process `pid` so far, in kB (Linux's VmHWM), if the system says.
    private static func peakResidentKilobytes(of pid: Int32) -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }) else { return nil }
        return line.split(whereSeparator: \.isWhitespace).dropFirst().first.flatMap { Int($0) }
    }
}
