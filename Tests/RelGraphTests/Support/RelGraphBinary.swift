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

    /// Runs `relgraph arguments` in `directory` with extra `environment` variables, reading `standardInput`
    /// (nothing when `nil`). With `unprivileged`, a test running as root runs it as `nobody` (through
    /// `setpriv`), so that permissions apply. `whileRunning` is called once the process has started, with
    /// it (to interrupt it, say); a run that outlasts `timeout` seconds is killed.
    static func run(_ arguments: [String], in directory: URL? = nil, environment: [String: String] = [:],
                    standardInput: URL? = nil, unprivileged: Bool = false, timeout: TimeInterval? = nil,
                    whileRunning: ((Process) -> Void)? = nil) throws -> ExternalTool.Result {
        let process = Process()
        if unprivileged, isRoot {
            guard let setpriv = ExternalTool.path(of: "setpriv") else { throw ExternalTool.NotFound(name: "setpriv") }
            process.executableURL = URL(fileURLWithPath: setpriv)
            process.arguments = ["--reuid=nobody", "--regid=nogroup", "--clear-groups", "--", try unprivilegedURL.get().path] + arguments
        } else {
            process.executableURL = url
            process.arguments = arguments
        }
        process.currentDirectoryURL = directory ?? repository
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = try standardInput.map { try FileHandle(forReadingFrom: $0) } ?? FileHandle.nullDevice
        try process.run()
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
}
