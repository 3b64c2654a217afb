import Foundation

/// The temporary files of the outputs being written, so that a run stopped from outside (Ctrl-C,
/// SIGTERM, SIGHUP) removes them on its way out rather than leaving them beside the targets. Kept in a
/// fixed table of C strings, which the signal handler can read without allocating.
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
}
