import Foundation

/// What `readdir` says of one entry of a folder.
enum DirectoryEntry {
    /// The entry's file name.
    static func name(of entry: UnsafeMutablePointer<dirent>) -> String {
        withUnsafeBytes(of: entry.pointee.d_name) { String(cString: $0.bindMemory(to: CChar.self).baseAddress!) }
    }
}
