import Foundation

/// Runs a program and reads its peak resident memory from the kernel: `wait4`'s `ru_maxrss`, the child's
/// own high-water mark (not the tests', not the system's).
enum PeakMemory {
    struct Run {
        /// The exit code (or 128 + the signal that ended it).
        let status: Int32
        /// The most memory the process ever had resident, in bytes.
        let peakBytes: Int
        /// What it wrote to standard error.
        let stderr: String
    }

    /// Runs `executable` with `arguments`, standard input from the file `input` (or `/dev/null`),
    /// standard output into the file `output` (or `/dev/null`), and returns its status and peak memory.
    static func run(_ executable: String, _ arguments: [String], input: String = "/dev/null", output: String = "/dev/null") throws -> Run {
        let errors = FileManager.default.temporaryDirectory.appendingPathComponent("relgraph-peak-\(UUID().uuidString).err").path
        defer { unlink(errors) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, input, O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, errors, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        let environment = ProcessInfo.processInfo.environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { environment.forEach { free($0) } }
        var pid = pid_t()
        let spawned = posix_spawn(&pid, executable, &actions, nil, argv, environment)
        guard spawned == 0 else { throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .EIO) }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 {
            guard errno == EINTR else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        }
        let exited = status & 0x7F == 0
        return Run(status: exited ? (status >> 8) & 0xFF : 128 + (status & 0x7F), peakBytes: Int(usage.ru_maxrss) * 1024,
                   stderr: (try? String(contentsOfFile: errors, encoding: .utf8)) ?? "")
    }
}
