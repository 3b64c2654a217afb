import Foundation

/// A run's output files, written all or nothing. Each file is streamed into a temporary file beside its
/// target, created exclusively (`O_CREAT | O_EXCL | O_NOFOLLOW`, never through a planted link) under a
/// name no one can guess (`.NAME.HOST.PID.RANDOM.tmp`); only once every file is complete are they renamed
/// into place, one after the other, with Ctrl-C (SIGINT, SIGTERM, SIGHUP) held off until the last is in
/// place. A failed or interrupted run removes its temporary files and leaves every earlier output as it
/// was. A replaced file keeps its mode, and its owner and group as far as the user may set them (a new
/// file gets 0666 less the umask); being replaced by a rename, it loses its hard links (the other names
/// keep the old contents). A symbolic link owned by the user running relgraph keeps pointing where it did
/// (the file it leads to is replaced); one that another user could have planted is refused. A device or
/// pipe (`/dev/null`) is written in place at commit, as it cannot be replaced. An input of the run is
/// never written over.
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

    /// The files the run reads, which it must never replace.
    private let inputs: Set<FileIdentity>

    /// An empty transaction that refuses to write over any of `inputs`.
    public init(protecting inputs: Set<FileIdentity> = []) {
        self.inputs = inputs
    }

    /// Throws if `path` is one of the inputs the transaction protects: a run checks it before it reads
    /// them, so that this refusal comes before any other.
    public func requireNotAnInput(_ path: String) throws {
        var status = stat()
        if stat(path, &status) == 0 { try refuse(path, status) }
    }

    private func refuse(_ path: String, _ status: stat) throws {
        if inputs.contains(FileIdentity(status)) {
            throw WriteError(path: path, reason: "it is one of the inputs (the same file, or a link to it); write the output to another file")
        }
    }

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
        guard !path.isEmpty else {
            throw WriteError(path: "\"\"", reason: "an empty path; give a file name, or - for standard output")
        }
        var status = stat()
        var target = path
        if stat(path, &status) == 0 {
            try refuse(path, status)
            let followed = try Self.followingTrustedLinks(path)
            switch status.st_mode & S_IFMT {
            case S_IFDIR:
                throw WriteError(path: path, reason: "it is a folder; give a file name")
            case S_IFREG:
                target = followed
            default:
                guard streamed else {
                    throw WriteError(path: path, reason: "it is a device or pipe, and this format is a database file; give a regular file")
                }
                var sink = FileSink()
                write(&sink)
                pending.append(.inPlace(path: followed, bytes: sink.collected))
                return
            }
        }
        let folder = (target as NSString).deletingLastPathComponent
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.isEmpty ? "." : folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw WriteError(path: path, reason: "the folder \(folder) does not exist")
        }
        let replaced = stat(target, &status) == 0 ? status : nil
        let (temporary, descriptor) = try TemporaryFiles.create(beside: target, reporting: path)
        let slot = TemporaryFiles.register(temporary)
        var failure = produce(temporary, descriptor)
        if failure == nil, let replaced { failure = Self.keepOwnerAndMode(of: replaced, on: descriptor) }
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

    /// The file that writing `path` replaces: `path`, or the file its symbolic links lead to, each of
    /// which must be trusted: owned by the user running relgraph, or by the owner of a folder that no one
    /// else can write in (as `/dev/stdout` is). A link that someone else could have planted in a shared
    /// folder is refused, the rule the kernel's `protected_symlinks` applies in sticky folders.
    private static func followingTrustedLinks(_ path: String) throws -> String {
        var current = path
        for _ in 0..<40 {  // Linux's limit on links followed in one path
            var link = stat()
            guard lstat(current, &link) == 0, link.st_mode & S_IFMT == S_IFLNK else { return current }
            let folder = (current as NSString).deletingLastPathComponent
            var parent = stat()
            let placedByFolderOwner = stat(folder.isEmpty ? "." : folder, &parent) == 0 && parent.st_uid == link.st_uid
                && parent.st_mode & (S_IWGRP | S_IWOTH) == 0
            guard link.st_uid == geteuid() || placedByFolderOwner else {
                throw WriteError(path: path, reason: "\(current) is a symbolic link owned by another user (uid \(link.st_uid)) in a folder others can write in; relgraph follows only links of its own user: remove the link, or write to another file")
            }
            guard let destination = try? FileManager.default.destinationOfSymbolicLink(atPath: current) else { return current }
            current = destination.hasPrefix("/") || folder.isEmpty ? destination : folder + "/" + destination
        }
        throw WriteError(path: path, reason: "a symbolic link that loops")
    }

    /// Gives the temporary file `descriptor` the owner, group and mode of the file it replaces (owner and
    /// group as far as the user may: a non-root user can keep only a group of their own); the error, if
    /// the mode cannot be set.
    private static func keepOwnerAndMode(of replaced: stat, on descriptor: Int32) -> String? {
        var own = stat()
        if fstat(descriptor, &own) == 0, own.st_uid != replaced.st_uid || own.st_gid != replaced.st_gid,
           fchown(descriptor, replaced.st_uid, replaced.st_gid) != 0 {
            _ = fchown(descriptor, uid_t.max, replaced.st_gid)
        }
        return fchmod(descriptor, replaced.st_mode & 0o7777) == 0 ? nil : String(cString: strerror(errno))
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
