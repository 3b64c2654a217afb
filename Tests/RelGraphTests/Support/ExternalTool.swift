import Foundation

/// Runs the real consumers of relgraph's outputs (Graphviz, xmllint, Python with networkx) from tests.
///
/// A test that needs a tool is enabled with `.enabled(if: ExternalTool.shouldRun("dot"))`: it runs where
/// the tool is installed, and always in CI (`CI` set), where a missing tool must fail the run rather
/// than skip it silently.
enum ExternalTool {
    struct Result {
        /// The exit code, or the number of the signal that ended the process.
        let status: Int32
        let stdout: String
        let stderr: String
        /// Whether a signal ended the process (a crash, or a kill).
        var signaled = false
    }

    struct NotFound: Error, CustomStringConvertible {
        let name: String
        var description: String { "\(name) is not installed (see .ci/run for what the tests need)" }
    }

    /// Whether a test that needs `name` should run: the tool is on the PATH, or this is CI.
    static func shouldRun(_ name: String) -> Bool {
        path(of: name) != nil || ProcessInfo.processInfo.environment["CI"] != nil
    }

    /// Whether a test that needs Python's `module` should run: it imports, or this is CI.
    static func shouldRunPython(module: String) -> Bool {
        if ProcessInfo.processInfo.environment["CI"] != nil { return true }
        return (try? run("python3", ["-c", "import \(module)"]).status) == 0
    }

    /// The absolute path of the executable `name` found on the PATH.
    static func path(of name: String) -> String? {
        let directories = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        return directories.map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Runs `name` with `arguments` in `directory` (the tests' own by default) with `environment` (the
    /// tests' by default), feeding it `input`, and returns its status and outputs.
    @discardableResult
    static func run(_ name: String, _ arguments: [String], input: String? = nil, in directory: URL? = nil,
                    environment: [String: String]? = nil) throws -> Result {
        guard let executable = name.hasPrefix("/") ? name : path(of: name) else { throw NotFound(name: name) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        if let environment { process.environment = environment }
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        // Feed the input and drain both pipes concurrently, so that neither side ever waits on a full
        // pipe (a tool that writes as it reads, such as `dot -Tcanon`, fills its output before it has read
        // a large input). A tool that stops reading early (on a syntax error) makes the rest of the input
        // fail with EPIPE rather than end the tests with SIGPIPE.
        signal(SIGPIPE, SIG_IGN)
        nonisolated(unsafe) var errorData = Data()
        let errorReader = Thread { errorData = stderr.fileHandleForReading.readDataToEndOfFile() }
        errorReader.start()
        let inputWriter = Thread {
            if let input {
                try? stdin.fileHandleForWriting.write(contentsOf: Data(input.utf8))
            }
            try? stdin.fileHandleForWriting.close()
        }
        inputWriter.start()
        let outputData = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        while !errorReader.isFinished || !inputWriter.isFinished { Thread.sleep(forTimeInterval: 0.001) }
        return Result(status: process.terminationStatus,
                      stdout: String(decoding: outputData, as: UTF8.self),
                      stderr: String(decoding: errorData, as: UTF8.self),
                      signaled: process.terminationReason == .uncaughtSignal)
    }

    /// A fresh temporary directory, removed by the caller with `FileManager.default.removeItem`.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("relgraph-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
