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

    /// Replaces the file at `path` with `bytes`, atomically.
    public func write(_ bytes: some Collection<UInt8>, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent()
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw WriteError(path: path, reason: "the folder \(directory.path) does not exist")
        }
        let temporary = directory.appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        let descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else {
            throw WriteError(path: path, reason: String(cString: strerror(errno)))
        }
        var failure: String?
        let data = Array(bytes)
        data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Foundation.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    failure = String(cString: strerror(errno))
                    return
                }
                offset += written
            }
        }
        if failure == nil, fsync(descriptor) != 0 {
            failure = String(cString: strerror(errno))
        }
        close(descriptor)
        if failure == nil, rename(temporary.path, url.path) != 0 {
            failure = String(cString: strerror(errno))
        }
        if let failure {
            unlink(temporary.path)
            throw WriteError(path: path, reason: failure)
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
