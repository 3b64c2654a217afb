import Foundation

/// Writes one file all at once or not at all, through an ``OutputTransaction`` of that one file; and
/// makes output folders.
public struct AtomicFileWriter: Sendable {
    /// Creates a writer.
    public init() {}

    /// Replaces the file at `path` with `bytes`, atomically (see ``OutputTransaction``).
    public func write(_ bytes: some Collection<UInt8>, to path: String) throws {
        var transaction = OutputTransaction()
        let data = Array(bytes)
        do {
            try transaction.add(path) { sink in data.withUnsafeBufferPointer { sink.append($0) } }
            try transaction.commit()
        } catch {
            transaction.discard()
            throw error
        }
    }

    /// Replaces the file at `path` with the UTF-8 bytes of `text`, atomically.
    public func write(_ text: String, to path: String) throws {
        try write(text.utf8, to: path)
    }

    /// Creates the folder `path` and its parents if it does not exist; fails if `path`, or the nearest of
    /// its parents that exists, is a file.
    public func createFolder(_ path: String) throws {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else {
                throw OutputTransaction.WriteError(path: path, reason: "it is a file, not a folder")
            }
            return
        }
        var parent = (path as NSString).deletingLastPathComponent
        while !parent.isEmpty, parent != "/", !FileManager.default.fileExists(atPath: parent, isDirectory: &isDirectory) {
            parent = (parent as NSString).deletingLastPathComponent
        }
        if !parent.isEmpty, FileManager.default.fileExists(atPath: parent, isDirectory: &isDirectory), !isDirectory.boolValue {
            throw OutputTransaction.WriteError(path: path, reason: "\(parent) is a file, not a folder; give a folder that is not under a file")
        }
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            throw OutputTransaction.WriteError(path: path, reason: "cannot create the folder (\(error.localizedDescription))")
        }
    }
}
