import Foundation

/// One hostile input: what to lay out in a fresh folder, the `relgraph` command to run there, and what
/// must come of it: the documented exit code, a message naming the file and what is wrong, and outputs
/// that their consumers read (or, on failure, earlier outputs left as they were).
struct HostileCase: Sendable {
    /// The exit codes the README documents.
    enum Exit: Int32, Sendable {
        case success = 0
        case badInput = 1
        case usage = 64
    }

    /// A unique name, printed when the case fails.
    let name: String
    /// The command line after `relgraph`; paths are relative to the case's folder.
    private(set) var arguments: [String]
    /// The exit code the run must end with.
    let exit: Exit
    /// Text standard error must hold: the file's name and what is wrong with it.
    let mentions: [String]
    /// Files (relative paths) a successful run must have written.
    let outputs: [String]
    /// Labels the written JSON, GraphML, GEXF and CSV files must carry exactly.
    let labels: [String]
    /// A file (relative path) fed to standard input.
    let standardInput: String?
    /// Whether the run needs permissions to apply (as `nobody` when the tests run as root).
    let unprivileged: Bool
    /// Where the run's standard output and error go (``RelGraphBinary/Stream``): read, or somewhere a
    /// write fails (a message can then not be checked).
    private(set) var standardOutput = RelGraphBinary.Stream.captured
    private(set) var standardError = RelGraphBinary.Stream.captured
    /// The most bytes standard output may hold (`nil`: no bound).
    private(set) var standardOutputLimit: Int?
    /// Seconds after which a run is killed and counted as failed: a hang is a failure, not a wait.
    static let timeout: TimeInterval = 60
    /// The bytes every run may map (`RLIMIT_AS`), so that a case whose memory is unbounded fails here
    /// rather than passes on a machine with plenty.
    static let memoryLimit = 1 << 30
    /// Lays out the case's files in its folder.
    let setup: @Sendable (Sandbox) throws -> Void
    /// Checks of the folder after the run, beyond the common ones; each returns what is wrong.
    private(set) var checks: [@Sendable (Sandbox) -> [String]] = []

    init(_ name: String, _ arguments: [String], exit: Exit, mentions: [String] = [], outputs: [String] = [],
         labels: [String] = [], standardInput: String? = nil, unprivileged: Bool = false,
         setup: @escaping @Sendable (Sandbox) throws -> Void = { _ in }) {
        self.name = name
        self.arguments = arguments
        self.exit = exit
        self.mentions = mentions
        self.outputs = outputs
        self.labels = labels
        self.standardInput = standardInput
        self.unprivileged = unprivileged
        self.setup = setup
    }

    /// The case with `change` applied to its arguments.
    func withArguments(_ change: ([String]) -> [String]) -> HostileCase {
        var changed = self
        changed.arguments = change(arguments)
        return changed
    }

    /// The case with its standard output and error sent where `output` and `error` say.
    func sending(output: RelGraphBinary.Stream, error: RelGraphBinary.Stream = .captured) -> HostileCase {
        var changed = self
        changed.standardOutput = output
        changed.standardError = error
        return changed
    }

    /// The case with standard output bounded to `standardOutput` bytes.
    func bounding(standardOutput bytes: Int) -> HostileCase {
        var changed = self
        changed.standardOutputLimit = bytes
        return changed
    }

    /// The case with one more check of the folder after the run.
    func verifying(_ check: @escaping @Sendable (Sandbox) -> [String]) -> HostileCase {
        var changed = self
        changed.checks.append(check)
        return changed
    }
}

/// A case's own folder, where its inputs and outputs live. Everything in it is writable by anyone
/// (cases may run as `nobody`) unless locked on purpose.
struct Sandbox: Sendable {
    let root: URL

    /// Creates the folder `root`.
    init(root: URL) throws {
        self.root = root
        try makeFolder(root.path)
    }

    /// The absolute path of `relative`.
    func path(_ relative: String) -> String {
        root.appendingPathComponent(relative).path
    }

    /// Writes `bytes` to `relative`, creating its folders.
    func write(_ bytes: some Sequence<UInt8>, to relative: String) throws {
        try folder((relative as NSString).deletingLastPathComponent)
        try Data(bytes).write(to: URL(fileURLWithPath: path(relative)))
    }

    /// Writes the UTF-8 bytes of `text` to `relative`.
    func write(_ text: String, to relative: String) throws {
        try write(Array(text.utf8), to: relative)
    }

    /// Creates the folder `relative` and its parents.
    func folder(_ relative: String) throws {
        guard !relative.isEmpty else { return }
        var current = root
        for component in relative.split(separator: "/") {
            current.appendPathComponent(String(component))
            try makeFolder(current.path)
        }
    }

    /// Creates a symbolic link at `relative` that points to `destination` (as given: relative to the link).
    func link(_ relative: String, to destination: String) throws {
        try folder((relative as NSString).deletingLastPathComponent)
        try FileManager.default.createSymbolicLink(atPath: path(relative), withDestinationPath: destination)
    }

    /// Takes every permission off `relative`, file or folder.
    func lock(_ relative: String) {
        chmod(path(relative), 0)
    }

    /// Runs `script` with `sh` in the folder (for what FileManager cannot do, such as paths past PATH_MAX).
    func shell(_ script: String) throws {
        let result = try ExternalTool.run("sh", ["-c", "cd -P \"$0\" && \(script)", root.path])
        guard result.status == 0 else { throw SetupFailed(description: "sh: \(script.prefix(80)): \(result.stderr)") }
    }

    /// Gives back every permission that cases took off inside `folder`, and removes it (with `rm`, which,
    /// unlike FileManager, removes paths past PATH_MAX and names that are not UTF-8).
    static func remove(_ folder: URL) {
        _ = try? ExternalTool.run("chmod", ["-R", "u+rwx", folder.path])
        _ = try? ExternalTool.run("rm", ["-rf", folder.path])
    }

    private func makeFolder(_ path: String) throws {
        var isDirectory: ObjCBool = false
        if !FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
        }
        chmod(path, 0o777)
    }

    struct SetupFailed: Error, CustomStringConvertible {
        let description: String
    }
}
