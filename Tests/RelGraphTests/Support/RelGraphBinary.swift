import Foundation

/// Runs the `relgraph` executable that `swift build` put beside the test bundle, as a user would.
enum RelGraphBinary {
    /// The repository's root folder.
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// The built executable.
    static var url: URL {
        URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("relgraph")
    }

    /// Whether this process runs as root, where permissions do not stop a read and an unreadable file
    /// needs a run as another user.
    static var isRoot: Bool { getuid() == 0 }

    /// The executable as `nobody` can run it: the built one if every folder above it lets others in, or
    /// else (a checkout under /root, say) a copy in the temporary folder, made once per build folder.
    private static let unprivilegedURL: Result<URL, any Error> = Result {
        var folder = url.deletingLastPathComponent()
        var reachable = true
        while folder.path != "/" {
            var status = stat()
            reachable = reachable && stat(folder.path, &status) == 0 && status.st_mode & S_IXOTH != 0
            folder.deleteLastPathComponent()
        }
        guard !reachable else { return url }
        let copies = FileManager.default.temporaryDirectory.appendingPathComponent("relgraph-binary" + url.deletingLastPathComponent().path.replacingOccurrences(of: "/", with: "_"))
        try FileManager.default.createDirectory(at: copies, withIntermediateDirectories: true)
        chmod(copies.path, 0o755)
        let copy = copies.appendingPathComponent("relgraph"), fresh = copies.appendingPathComponent("relgraph.\(getpid())")
        try FileManager.default.copyItem(at: url, to: fresh)
        chmod(fresh.path, 0o755)
        guard rename(fresh.path, copy.path) == 0 else { throw CocoaError(.fileWriteUnknown) }
        return copy
    }

    /// Where a run's standard output or error goes: read by the test, or somewhere a write fails.
    enum Stream: Sendable {
        /// A pipe the test reads.
        case captured
        /// `/dev/full`: every write fails with ENOSPC.
        case full
        /// Closed (`>&-`).
        case closed
        /// A pipe whose reader has gone (`| head` after it stopped reading): every write fails with EPIPE.
        case brokenPipe
    }

    /// Runs `relgraph arguments` in `directory` with extra `environment` variables, reading `standardInput`
    /// (nothing when `nil`). With `unprivileged`, a test running as root runs it as `nobody` (through
    /// `setpriv`), so that permissions apply. With `memoryLimit`, the process (not the tests) may map at most
    /// that many bytes (`RLIMIT_AS`, set by `sh`'s `ulimit -v` before it runs relgraph). `whileRunning` is
    /// called once the process has started, with it (to interrupt it, say); a run that outlasts `timeout`
    /// seconds is killed.
    static func run(_ arguments: [String], in directory: URL? = nil, environment: [String: String] = [:],
                    standardInput: URL? = nil, standardOutput: Stream = .captured, standardError: Stream = .captured,
                    unprivileged: Bool = false, memoryLimit: Int? = nil, timeout: TimeInterval? = nil,
                    whileRunning: ((Process) -> Void)? = nil) throws -> ExternalTool.Result {
        let process = Process()
        var command = [url.path] + arguments
        if unprivileged, isRoot {
            guard let setpriv = ExternalTool.path(of: "setpriv") else { throw ExternalTool.NotFound(name: "setpriv") }
            command = [setpriv, "--reuid=nobody", "--regid=nogroup", "--clear-groups", "--", try unprivilegedURL.get().path] + arguments
        }
        let limit = memoryLimit.map { "ulimit -v \($0 / 1024) && " } ?? ""
        let closing = (standardOutput == .closed ? " >&-" : "") + (standardError == .closed ? " 2>&-" : "")
        if limit.isEmpty, closing.isEmpty {
            process.executableURL = URL(fileURLWithPath: command[0])
            process.arguments = Array(command.dropFirst())
        } else {
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            process.arguments = ["-c", limit + "exec \"$0\" \"$@\"" + closing] + command
        }
        process.currentDirectoryURL = directory ?? repository
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let output = Pipe(), errors = Pipe()
        process.standardOutput = try handle(for: standardOutput, captured: output)
        process.standardError = try handle(for: standardError, captured: errors)
        process.standardInput = try standardInput.map { try FileHandle(forReadingFrom: $0) } ?? FileHandle.nullDevice
        try process.run()
        // A pipe the child did not get is closed here, so that its reader below sees its end.
        if standardOutput == .full || standardOutput == .brokenPipe { try output.fileHandleForWriting.close() }
        if standardError == .full || standardError == .brokenPipe { try errors.fileHandleForWriting.close() }
        let deadline = timeout.map { Date().addingTimeInterval($0) }
        nonisolated(unsafe) var outputData = Data(), errorData = Data()
        let readers = [Thread { outputData = output.fileHandleForReading.readDataToEndOfFile() },
                       Thread { errorData = errors.fileHandleForReading.readDataToEndOfFile() }]
        readers.forEach { $0.start() }
        whileRunning?(process)
        while process.isRunning {
            if let deadline, Date() > deadline { kill(process.processIdentifier, SIGKILL) }
            Thread.sleep(forTimeInterval: 0.005)
        }
        process.waitUntilExit()
        while readers.contains(where: { !$0.isFinished }) { Thread.sleep(forTimeInterval: 0.001) }
        return ExternalTool.Result(status: process.terminationStatus, stdout: String(decoding: outputData, as: UTF8.self),
                                   stderr: String(decoding: errorData, as: UTF8.self),
                                   signaled: process.terminationReason == .uncaughtSignal)
    }

    /// What the child gets as a stream that goes `stream`'s way (`captured`: `pipe`'s writing end).
    private static func handle(for stream: Stream, captured pipe: Pipe) throws -> Any {
        switch stream {
        case .captured, .closed: // A closed one is closed by the shell that runs relgraph.
            return pipe
        case .full:
            guard let full = FileHandle(forWritingAtPath: "/dev/full") else { throw CocoaError(.fileNoSuchFile) }
            return full
        case .brokenPipe:
            let broken = Pipe()
            try broken.fileHandleForReading.close()
            return broken.fileHandleForWriting
        }
    }
}
