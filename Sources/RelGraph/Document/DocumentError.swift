import Foundation

/// Why the inputs could not be read.
public enum DocumentError: Error, Equatable, Sendable {
    /// A path given on the command line does not exist.
    case notFound(path: String)
    /// A file or folder exists but cannot be read.
    case unreadable(path: String, reason: String)
    /// A symbolic link that loops or leads to nothing.
    case brokenLink(path: String)
    /// A device or socket, which is no document (a device such as /dev/zero would never end).
    case notADocument(path: String, kind: String)
    /// A folder holds no document or message dump.
    case noDocuments(folder: String)
    /// No input was given at all.
    case noInputs
    /// An input is also a file the run writes (directly, through a link or as a hard link).
    case isAnOutput(path: String)
    /// A document larger than the loader's ``DocumentLoader/documentSizeLimit`` (in bytes).
    case tooLarge(path: String, limit: Int)
}

extension DocumentError: LocalizedError {
    public var errorDescription: String? {
        switch self {
        case .notFound(let path) where path.isEmpty:
            "an empty path was given; give a text file, a folder of .txt/.md files, or - for standard input"
        case .notFound(let path) where path.contains("\u{FFFD}"):
            "\(path): no such file or folder; \(Self.undecodableName)"
        case .notFound(let path):
            "\(path): no such file or folder; give a text file, a folder of .txt/.md files, or - for standard input"
        case .unreadable(let path, let reason) where path.contains("\u{FFFD}"):
            "\(path): cannot be read (\(reason)); \(Self.undecodableName)"
        case .unreadable(let path, let reason):
            "\(path): cannot be read (\(reason))" + (reason.contains("permission") ? "; check its permissions" : "")
        case .brokenLink(let path):
            "\(path): a symbolic link that loops or leads to nothing; give the file it should lead to"
        case .notADocument(let path, let kind):
            "\(path): \(kind), not a document; give a text file, a folder, or - for standard input"
        case .noDocuments(let folder):
            "\(folder): the folder holds no .txt, .md, .jsonl or .csv file (subfolders included)"
        case .noInputs:
            "no input given; name files, folders, or - for standard input"
        case .isAnOutput(let path):
            "\(path): an input is also the output (the same file, a link to it or a hard link); writing would destroy it: give --output another file"
        case .tooLarge(let path, let limit):
            "\(path == "-" ? "standard input" : path): more than \(DocumentError.megabytes(limit)), the most one document may be; split it into smaller files, or raise the limit with --max-document-size"
        }
    }
}

extension DocumentError {
    /// The advice for a path with U+FFFD in it, which is how a file name that is not UTF-8 arrives.
    private static let undecodableName = "a name that is not valid UTF-8 cannot be read by that name: rename the file"

    /// `bytes` in MB (MiB), as the limits are given.
    static func megabytes(_ bytes: Int) -> String {
        bytes % (1 << 20) == 0 ? "\(bytes >> 20) MB" : "\(bytes) bytes"
    }

    /// `path` cannot be read, for the reason the system gave (`errno`): "permission denied", "is a directory", ….
    static func unreadable(path: String, code: Int32) -> DocumentError {
        let reason = String(cString: strerror(code))
        return .unreadable(path: path, reason: reason.prefix(1).lowercased() + reason.dropFirst())
    }
}
