import Foundation

/// Writes a file all at once or not at all: the bytes go to a temporary file beside the target, which is
/// then renamed over it, so an interrupted or failed run never leaves a truncated file and leaves any
/// earlier version of the target untouched.
public struct AtomicFileWriter: Sendable {
    /// A write that could not be completed; the target is unchanged.
    public struct WriteError: Error, LocalizedError, Equatable {
        /// The file that was to be written.
        public let path: String
        /// Why it could not be written.
        public let reason: String

        public var errorDescription: String? { "cannot write \(path): \(reason)" }
    }

    /// Creates a writer.
    public init() {}

    /// Replaces the file at `path` with `bytes`, atomically. A symbolic link keeps pointing where it did
    /// (the file it leads to is replaced); a device or pipe (`/dev/null`, `/dev/stdout`) is written to as
    /// it is, since it cannot be replaced. Ctrl-C (or SIGTERM, SIGHUP) during the write takes effect once
    /// the file is in place.
    public func write(_ bytes: some Collection<UInt8>, to path: String) throws {
        var status = stat()
        var target = URL(fileURLWithPath: path)
        if stat(path, &status) == 0 {
            switch status.st_mode & S_IFMT {
            case S_IFDIR:
                throw WriteError(path: path, reason: "it is a folder; give a file name")
            case S_IFREG:
                target = target.resolvingSymlinksInPath()
            default:
                return try writeInPlace(Array(bytes), to: path)
            }
        }
        let directory = target.deletingLastPathComponent()
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw WriteError(path: path, reason: "the folder \(directory.path) does not exist")
        }
        let temporary = directory.appendingPathComponent(".\(target.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        let data = Array(bytes)
        let failure: String? = SignalDeferral.deferringInterrupts {
            let descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
            guard descriptor >= 0 else { return String(cString: strerror(errno)) }
            var failure = Self.writeAll(data, to: descriptor)
            if failure == nil, fsync(descriptor) != 0 {
                failure = String(cString: strerror(errno))
            }
            close(descriptor)
            if failure == nil, rename(temporary.path, target.path) != 0 {
                failure = String(cString: strerror(errno))
            }
            if failure != nil { unlink(temporary.path) }
            return failure
        }
        if let failure {
            throw WriteError(path: path, reason: failure)
        }
    }

    /// Writes `data` into the device or pipe at `path`.
    private func writeInPlace(_ data: [UInt8], to path: String) throws {
        let descriptor = open(path, O_WRONLY)
        guard descriptor >= 0 else { throw WriteError(path: path, reason: String(cString: strerror(errno))) }
        defer { close(descriptor) }
        if let failure = Self.writeAll(data, to: descriptor) { throw WriteError(path: path, reason: failure) }
    }

    /// Writes all of `data` to `descriptor`; the reason it could not, if it could not.
    private static func writeAll(_ data: [UInt8], to descriptor: Int32) -> String? {
        data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Foundation.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return String(cString: strerror(errno))
                }
                offset += written
            }
            return nil
        }
    }

    /// Creates the folder `path` and its parents if it does not exist; fails if `path` is a file.
    public func createFolder(_ path: String) throws {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else {
                throw WriteError(path: path, reason: "it is a file, not a folder")
            }
            return
        }
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            throw WriteError(path: path, reason: "cannot create the folder (\(error.localizedDescription))")
        }
    }

    /// Replaces the file at `path` with the UTF-8 bytes of `text`, atomically.
    public func write(_ text: String, to path: String) throws {
        try write(text.utf8, to: path)
    }
}
