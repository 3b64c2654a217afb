import Foundation

/// Why the inputs could not be read.
public enum DocumentError: Error, Equatable, Sendable {
    /// A path given on the command line does not exist.
    case notFound(path: String)
    /// A file or folder exists but cannot be read.
    case unreadable(path: String, reason: String)
    /// A folder holds no document or message dump.
    case noDocuments(folder: String)
    /// No input was given at all.
    case noInputs
}

extension DocumentError: LocalizedError {
    public var errorDescription: String? {
        switch self {
        case .notFound(let path):
            "\(path): no such file or folder; give a text file, a folder of .txt/.md files, or - for standard input"
        case .unreadable(let path, let reason):
            "\(path): cannot be read (\(reason)); check its permissions"
        case .noDocuments(let folder):
            "\(folder): the folder holds no .txt, .md, .jsonl or .csv file (subfolders included)"
        case .noInputs:
            "no input given; name files, folders, or - for standard input"
        }
    }
}
