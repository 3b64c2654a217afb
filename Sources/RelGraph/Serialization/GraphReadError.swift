import Foundation

/// A graph file that cannot be read, with where and what, and what to do.
public struct GraphReadError: Error, Equatable, Sendable {
    /// The file.
    public let path: String
    /// The line the problem is on, where the parser knows it (never 0).
    public let line: Int?
    /// What is wrong.
    public let message: String

    /// Creates an error.
    public init(path: String, line: Int? = nil, message: String) {
        self.path = path
        self.line = line.flatMap { $0 > 0 ? $0 : nil }
        self.message = message
    }
}

extension GraphReadError: LocalizedError {
    public var errorDescription: String? {
        "\(path)\(line.map { ":\($0)" } ?? ""): \(message)"
    }
}
