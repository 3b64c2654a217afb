import Foundation

/// A run's output files, written all or nothing. Each file is streamed into a temporary file beside its
/// target, created exclusively (`O_CREAT | O_EXCL | O_NOFOLLOW`, never through a planted link) under a
/// name no one can guess (`.NAME.HOST.PID.RANDOM.tmp`); only once every file is complete are they renamed
/// into place, one after the other, with Ctrl-C (SIGINT, SIGTERM, SIGHUP) held off until the last is in
/// place. A failed or interrupted run removes its temporary files and leaves every earlier output as it
/// was. A replaced file keeps its permissions; a symbolic link keeps pointing where it did (the file it
/// leads to is replaced); a device or pipe (`/dev/null`) is written in place at commit, as it cannot be
/// replaced.
public struct OutputTransaction {
    /// A file that could not be written; no target was changed.
    public struct WriteError: Error, LocalizedError, Equatable {
        /// The file that was to be written.
        public let path: String
        /// Why it could not be written.
        public let reason: String

        /// A failed write of `path`, for `reason`.
        public init(path: String, reason: String) {
            self.path = path
            self.reason = reason
        }

        public var errorDescription: String? { "cannot write \(path): \(reason)" }
    }

    private enum Pending {
        /// A complete temporary file and the regular file it replaces.
        case replace(temporary: String, target: String, slot: Int)
        /// The bytes for a device or pipe, written at commit.
        case inPlace(path: String, bytes: [UInt8])
    }

    private var pending: [Pending] = []

    /// An empty transaction.
    public init() {}

    /// Streams the file `path` through `write` into a temporary file (or, for a device or pipe, into
    /// memory until ``commit()``). Throws if the file cannot be written; the temporary is then removed.
    public mutating func add(_ path: String, write: (inout FileSink) -> Void) throws {
        try add(path, streamed: true, write: write) { _, descriptor in
            var sink = FileSink(descriptor: descriptor)
            write(&sink)
            sink.flush()
            return sink.failure
        }
    }

    /// Has `fill` write the file `path` into an empty temporary file, which it is given by path (SQLite
    /// opens files itself). A device or pipe cannot take such a file: that is an error.
    public mutating func add(_ path: String, filling fill: (String) throws -> Void) throws {
        try add(path, streamed: false, write: { _ in }) { temporary, _ in
            do {
                try fill(temporary)
                return nil
            } catch {
                return "\(error)"
            }
        }
    }

    /// Makes the temporary file beside `path`'s target, has `produce` write it (it returns why it could
    /// not), and keeps it for ``commit()``; a device or pipe gets what `write` streams, if `streamed`
    /// (else it is refused).
    private mutating func add(_ path: String, streamed: Bool, write: (inout FileSink) -> Void,
                              produce: (String, Int32) -> String?) throws {
        var status = stat()
        var target = path
        if stat(path, &status) == 0 {
            switch status.st_mode & S_IFMT {
            case S_IFDIR:
                throw WriteError(path: path, reason: "it is a folder; give a file name")
            case S_IFREG:
                target = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
            default:
                guard streamed else {
                    throw WriteError(path: path, reason: "it is a device or pipe, and this format is a database file; give a regular file")
                }
                var sink = FileSink()
                write(&sink)
                pending.append(.inPlace(path: path, bytes: sink.collected))
                return
            }
        }
        let folder = (target as NSString).deletingLastPathComponent
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.isEmpty ? "." : folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw WriteError(path: path, reason: "the folder \(folder) does not exist")
        }
        let mode = stat(target, &status) == 0 ? status.st_mode & 0o7777 : nil
        let (temporary, descriptor) = try Self.createTemporary(beside: target, reporting: path)
        let slot = TemporaryFiles.register(temporary)
        var failure = produce(temporary, descriptor)
        if failure == nil, let mode, fchmod(descriptor, mode) != 0 { failure = String(cString: strerror(errno)) }
        if failure == nil, fsync(descriptor) != 0 { failure = String(cString: strerror(errno)) }
        if close(descriptor) != 0, failure == nil { failure = String(cString: strerror(errno)) }
        if let failure {
            unlink(temporary)
            TemporaryFiles.unregister(slot)
            throw WriteError(path: path, reason: failure)
        }
        pending.append(.replace(temporary: temporary, target: target, slot: slot))
    }

    /// Puts every file in place. If a rename fails, the files not yet renamed are removed and the error
    /// thrown (the ones before it are already in place: renames cannot be undone).
    public mutating func commit() throws {
        let files = pending
        pending = []
        let failure: WriteError? = SignalDeferral.deferringInterrupts {
            var failure: WriteError?
            for file in files {
                switch file {
                case .replace(let temporary, let target, let slot):
                    if failure == nil, rename(temporary, target) != 0 {
                        failure = WriteError(path: target, reason: String(cString: strerror(errno)))
                    }
                    if failure != nil { unlink(temporary) }
                    TemporaryFiles.unregister(slot)
                case .inPlace(let path, let bytes):
                    if failure == nil { failure = Self.writeInPlace(bytes, to: path) }
                }
            }
            return failure
        }
        if let failure { throw failure }
    }

    /// Removes the temporary files of everything added and not committed.
    public mutating func discard() {
        for case .replace(let temporary, _, let slot) in pending {
            unlink(temporary)
            TemporaryFiles.unregister(slot)
        }
        pending = []
    }

    /// Creates a temporary file beside `target`, exclusively, under an unpredictable name.
    private static func createTemporary(beside target: String, reporting path: String) throws -> (String, Int32) {
        let url = URL(fileURLWithPath: target)
        let folder = url.deletingLastPathComponent().path
        var host = [CChar](repeating: 0, count: 256)
        gethostname(&host, host.count - 1)
        let hostName = String(cString: host).filter { $0.isLetter || $0.isNumber || $0 == "-" }
        for _ in 0..<8 {
            let random = String(UInt64.random(in: 0...UInt64.max), radix: 36)
            let name = ".\(url.lastPathComponent).\(hostName).\(getpid()).\(random).tmp"
            let temporary = folder == "/" ? "/" + name : folder + "/" + name
            let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o666)
            if descriptor >= 0 { return (temporary, descriptor) }
            guard errno == EEXIST else { throw WriteError(path: path, reason: String(cString: strerror(errno))) }
        }
        throw WriteError(path: path, reason: "could not create a temporary file in \(folder)")
    }

    /// Writes `bytes` into the device or pipe at `path`; the error, if it could not.
    private static func writeInPlace(_ bytes: [UInt8], to path: String) -> WriteError? {
        let descriptor = open(path, O_WRONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return WriteError(path: path, reason: String(cString: strerror(errno))) }
        defer { close(descriptor) }
        var sink = FileSink(descriptor: descriptor)
        bytes.withUnsafeBufferPointer { sink.append($0) }
        sink.flush()
        return sink.failure.map { WriteError(path: path, reason: $0) }
    }
}
