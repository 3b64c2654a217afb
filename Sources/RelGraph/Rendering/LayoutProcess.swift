import Foundation

/// Lays out DOT text in a child process, killed when it overruns its budget: Graphviz's layout cannot be
/// cancelled inside a process, and `dot` on a dense graph runs for many minutes. The child is relgraph run
/// again with a hidden subcommand that reads DOT on standard input and writes the drawing on standard
/// output (``GraphvizRenderer`` in the child); its limits, memory included, are the parent's.
public struct LayoutProcess: Sendable {
    /// The program to run: the relgraph executable.
    public let executable: URL
    /// The arguments that select its hidden layout subcommand; `--engine` and `--format` follow them.
    public let arguments: [String]
    /// How long a layout may take, in seconds, before it is killed.
    public let budget: Double

    /// A layout run as `executable arguments --engine ENGINE --format FORMAT`, killed after `budget` seconds.
    public init(executable: URL, arguments: [String], budget: Double) {
        self.executable = executable
        self.arguments = arguments
        self.budget = budget
    }

    /// Lays out `dot` with `layout` in the child and returns the drawing encoded as `format`.
    public func render(dot: String, layout: Layout, format: RenderFormat) throws(RenderingError) -> Data {
        try GraphvizRenderer.requireAvailable()
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments + ["--engine", layout.rawValue, "--format", format.rawValue]
        let input = Pipe(), output = Pipe(), errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        do {
            try process.run()
        } catch {
            throw .layoutFailed(engine: layout, message: "could not start \(executable.path): \(error.localizedDescription)")
        }
        // Feed and drain concurrently, so that neither side waits on a full pipe; a child that dies early
        // makes the rest of the input fail with EPIPE (relgraph ignores SIGPIPE), not end this process.
        nonisolated(unsafe) var drawing = Data(), message = Data()
        let workers = [Thread { drawing = output.fileHandleForReading.readDataToEndOfFile() },
                       Thread { message = errors.fileHandleForReading.readDataToEndOfFile() },
                       Thread {
                           var text = dot
                           _ = text.withUTF8 { FileSink.write($0, to: input.fileHandleForWriting.fileDescriptor) }
                           try? input.fileHandleForWriting.close()
                       }]
        workers.forEach { $0.start() }
        let deadline = Date().addingTimeInterval(budget)
        var killed = false
        while process.isRunning {
            if !killed, Date() > deadline {
                kill(process.processIdentifier, SIGKILL)
                killed = true
            }
            Thread.sleep(forTimeInterval: 0.01)
        }
        process.waitUntilExit()
        while workers.contains(where: { !$0.isFinished }) { Thread.sleep(forTimeInterval: 0.001) }
        if killed { throw .layoutTimedOut(engine: layout, seconds: budget) }
        guard process.terminationReason == .exit, process.terminationStatus == 0 else {
            let text = String(decoding: message, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            let reason = text.isEmpty ? "the layout process ended with status \(process.terminationStatus)" : text
            throw .layoutFailed(engine: layout, message: String(reason.prefix(2_000)))
        }
        return drawing
    }

    /// For the child: ends this process as soon as its parent is gone. A parent stopped by Ctrl-C or
    /// killed cannot kill its child, and `dot` would go on laying out a drawing nobody will read, for
    /// minutes; a thread watches the parent's process id instead (every 0.1 s; the layout itself cannot
    /// be interrupted).
    public static func endWithParent() {
        let parent = getppid()
        Thread.detachNewThread {
            while getppid() == parent { Thread.sleep(forTimeInterval: 0.1) }
            _exit(EXIT_FAILURE)
        }
    }
}
