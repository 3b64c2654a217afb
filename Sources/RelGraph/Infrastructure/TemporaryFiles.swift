import Foundation

/// The temporary files of the outputs being written: created beside their targets, exclusively, under
/// names no one can guess (`.NAME.HOST.PID.RANDOM.tmp`), and recorded so that a run stopped from outside
/// (Ctrl-C, SIGTERM, SIGHUP) removes them on its way out rather than leaving them beside the targets
/// (kept in a fixed table of C strings, which the signal handler can read without allocating). What a
/// run killed outright (`kill -9`, a power cut) leaves, the next run that writes in that folder removes:
/// only the temporaries of this host whose process no longer exists, never another host's, since a
/// process id says nothing about a process on another machine sharing a network folder.
enum TemporaryFiles {
    private static let capacity = 256
    nonisolated(unsafe) private static let paths: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?> = {
        let paths = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(capacity: capacity)
        paths.initialize(repeating: nil, count: capacity)
        return paths
    }()
    private static let lock = NSLock()
    nonisolated(unsafe) private static var handlersInstalled = false

    /// Records `path` for removal if the process is stopped by a signal; returns its slot (-1 when the
    /// table is full: the file is then only removed by its owner).
    static func register(_ path: String) -> Int {
        lock.lock()
        defer { lock.unlock() }
        if !handlersInstalled {
            for number in [SIGINT, SIGTERM, SIGHUP] {
                signal(number) { number in
                    TemporaryFiles.removeAll()
                    signal(number, SIG_DFL)
                    raise(number)
                }
            }
            handlersInstalled = true
        }
        guard let slot = (0..<capacity).first(where: { paths[$0] == nil }) else { return -1 }
        paths[slot] = strdup(path)
        return slot
    }

    /// Forgets the path in `slot` (the file was renamed into place or removed).
    static func unregister(_ slot: Int) {
        guard slot >= 0 else { return }
        lock.lock()
        defer { lock.unlock() }
        let path = paths[slot]
        paths[slot] = nil
        free(path)
    }

    /// Removes every registered file: what the signal handler does.
    private static func removeAll() {
        for slot in 0..<capacity {
            if let path = paths[slot] { unlink(path) }
        }
    }

    /// Creates a temporary file beside `target` with mode 0666 less the umask, exclusively
    /// (`O_CREAT | O_EXCL | O_NOFOLLOW`: never through a planted link), under an unpredictable name; first
    /// removes the leftovers of dead processes of this host in that folder. Errors name `path`.
    static func create(beside target: String, reporting path: String) throws -> (path: String, descriptor: Int32) {
        let url = URL(fileURLWithPath: target)
        let folder = url.deletingLastPathComponent().path
        removeLeftovers(in: folder)
        for _ in 0..<8 {
            let random = String(UInt64.random(in: 0...UInt64.max), radix: 36)
            let name = ".\(url.lastPathComponent).\(host).\(getpid()).\(random).tmp"
            let temporary = folder == "/" ? "/" + name : folder + "/" + name
            let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o666)
            if descriptor >= 0 { return (temporary, descriptor) }
            guard errno == EEXIST else { throw OutputTransaction.WriteError(path: path, reason: String(cString: strerror(errno))) }
        }
        throw OutputTransaction.WriteError(path: path, reason: "could not create a temporary file in \(folder)")
    }

    /// This machine's name as temporaries carry it: letters, digits and `-` only, so never a `.`.
    static let host: String = {
        var name = [CChar](repeating: 0, count: 256)
        gethostname(&name, name.count - 1)
        return String(decoding: name.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self).filter { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }
    }()

    /// Removes the regular files in `folder` named as this host's temporaries whose process is gone.
    static func removeLeftovers(in folder: String) {
        guard let directory = opendir(folder) else { return }
        var leftovers: [String] = []
        while let entry = readdir(directory) {
            let name = DirectoryEntry.name(of: entry)
            guard name.hasPrefix("."), name.hasSuffix(".tmp") else { continue }
            let parts = name.split(separator: ".", omittingEmptySubsequences: false)
            // "", NAME…, HOST, PID, RANDOM, "tmp"
            guard parts.count >= 6, parts[parts.count - 4] == host, let pid = pid_t(parts[parts.count - 3]), pid > 0,
                  !parts[parts.count - 2].isEmpty, parts[parts.count - 2].allSatisfy({ $0.isASCII && ($0.isNumber || $0.isLowercase) }),
                  kill(pid, 0) != 0, errno == ESRCH else { continue }
            leftovers.append(folder + "/" + name)
        }
        closedir(directory)
        for path in leftovers {
            var status = stat()
            if lstat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG { unlink(path) }
        }
    }
}
