import Foundation

/// Runs hostile cases against the real binary, each in a folder of its own under `root`, and says what
/// went wrong with each: a signal, an undocumented exit code, a message that does not name the file, a
/// temporary file left behind, an earlier output changed by a failed run.
struct HostileRunner: Sendable {
    /// What one case did.
    struct Outcome: Sendable {
        let name: String
        /// What went wrong; empty when the case passed (so far: its outputs are checked afterwards).
        var problems: [String]
        /// The files the run wrote, with the labels they must carry, for the consumers to read.
        var written: [OutputConsumers.File] = []
        /// How long the run took, in seconds.
        var seconds: TimeInterval = 0
    }

    let root: URL

    /// Text in standard error that only a crash or a library's noise leaves.
    private static let crashMarkers = ["Fatal error", "Program crashed", "Backtrace", "CoreFoundation:", "Segmentation fault"]

    /// Lays out `hostileCase` in folder number `index`, runs it and checks what it did.
    func run(_ hostileCase: HostileCase, index: Int) -> Outcome {
        let sandbox: Sandbox
        do {
            sandbox = try Sandbox(root: root.appendingPathComponent("case-\(index)"))
            try hostileCase.setup(sandbox)
        } catch {
            return Outcome(name: hostileCase.name, problems: ["setup failed: \(error)"])
        }
        let before = FolderSnapshot(of: sandbox.root)
        let started = Date()
        let result: ExternalTool.Result
        do {
            result = try RelGraphBinary.run(hostileCase.arguments, in: sandbox.root,
                                            standardInput: hostileCase.standardInput.map { URL(fileURLWithPath: sandbox.path($0)) },
                                            standardOutput: hostileCase.standardOutput, standardError: hostileCase.standardError,
                                            unprivileged: hostileCase.unprivileged, memoryLimit: HostileCase.memoryLimit,
                                            timeout: HostileCase.timeout)
        } catch {
            return Outcome(name: hostileCase.name, problems: ["could not run relgraph: \(error)"])
        }
        let seconds = Date().timeIntervalSince(started)
        let after = FolderSnapshot(of: sandbox.root)
        var problems = Self.problems(of: result, expected: hostileCase, seconds: seconds)
        let changed = after.changes(since: before)
        problems += after.temporaryFiles.map { "left a temporary file: \($0)" }
        problems += hostileCase.checks.flatMap { $0(sandbox) }
        if hostileCase.exit == .success {
            problems += hostileCase.outputs.filter { !changed.contains($0) }.map { "did not write \($0)" }
        } else {
            problems += changed.map { "a failed run changed \($0)" }
        }
        let written = changed.filter(after.regularFiles.contains).map { path in
            OutputConsumers.File(path: sandbox.path(path), labels: hostileCase.labels)
        }
        return Outcome(name: hostileCase.name, problems: problems, written: written, seconds: seconds)
    }

    private static func problems(of result: ExternalTool.Result, expected: HostileCase, seconds: TimeInterval) -> [String] {
        if result.signaled {
            let killed = seconds >= HostileCase.timeout ? " after the \(Int(HostileCase.timeout)) s time limit" : ""
            return ["killed by signal \(result.status)\(killed); stderr: \(excerpt(result.stderr))"]
        }
        var problems: [String] = []
        if result.status != expected.exit.rawValue {
            problems.append("exit code \(result.status), expected \(expected.exit.rawValue); stderr: \(excerpt(result.stderr))")
        }
        if expected.standardOutput == .brokenPipe, expected.standardError == .captured, !result.stderr.isEmpty {
            problems.append("a reader that has gone must end the run quietly: \(excerpt(result.stderr))")
        }
        for mention in expected.mentions where !result.stderr.contains(mention) {
            problems.append("standard error does not say \(mention.debugDescription): \(excerpt(result.stderr))")
        }
        if let limit = expected.standardOutputLimit, result.stdout.utf8.count > limit {
            problems.append("standard output holds \(result.stdout.utf8.count) bytes, more than \(limit)")
        }
        if result.stderr.utf8.count > 100_000 {
            problems.append("standard error holds \(result.stderr.utf8.count) bytes: messages must quote files, not print them")
        }
        for marker in crashMarkers where result.stderr.contains(marker) {
            problems.append("standard error holds \(marker.debugDescription): \(excerpt(result.stderr))")
        }
        return problems
    }

    private static func excerpt(_ text: String) -> String {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        return (trimmed.count > 300 ? String(trimmed.prefix(300)) + "…" : trimmed).debugDescription
    }
}

/// The files under a folder, each with what identifies its content, to tell what a run wrote.
struct FolderSnapshot {
    /// Path relative to the folder (files, links and the like; not folders) → size, modification time,
    /// inode, mode and, for small regular files, a hash of the bytes.
    private var files: [String: [Int]] = [:]
    /// The paths of `files` that are regular files.
    private(set) var regularFiles = Set<String>()

    /// Files larger than this are told apart by size, time and inode only.
    private static let hashedSize = 4 << 20

    init(of folder: URL) {
        visit(folder.path, relative: "")
    }

    /// The files added, changed or removed since `earlier`.
    func changes(since earlier: FolderSnapshot) -> [String] {
        Set(files.keys).union(earlier.files.keys).filter { files[$0] != earlier.files[$0] }.sorted()
    }

    /// The temporary files an atomic write leaves if it is cut short (`.NAME.PID.tmp`).
    var temporaryFiles: [String] {
        files.keys.filter { ($0 as NSString).lastPathComponent.hasPrefix(".") && $0.hasSuffix(".tmp") }.sorted()
    }

    private mutating func visit(_ path: String, relative: String) {
        var status = stat()
        guard lstat(path, &status) == 0 else { return }
        let identity = [Int(status.st_size), Int(status.st_mtim.tv_sec), Int(status.st_mtim.tv_nsec), Int(status.st_ino),
                        Int(status.st_mode)]
        switch status.st_mode & S_IFMT {
        case S_IFDIR:
            guard let entries = try? FileManager.default.contentsOfDirectory(atPath: path) else { return }
            for entry in entries {
                visit(path + "/" + entry, relative: relative.isEmpty ? entry : relative + "/" + entry)
            }
        case S_IFREG:
            regularFiles.insert(relative)
            guard status.st_size <= Self.hashedSize, let data = FileManager.default.contents(atPath: path) else {
                files[relative] = identity
                return
            }
            var hasher = Hasher()
            data.withUnsafeBytes { hasher.combine(bytes: $0) }
            files[relative] = identity + [hasher.finalize()]
        default:
            files[relative] = identity
        }
    }
}
