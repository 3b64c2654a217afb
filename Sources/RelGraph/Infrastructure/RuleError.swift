import Foundation

/// A rule file that cannot be used, with where the problem is and what was expected.
public struct RuleError: Error, Equatable, Sendable {
    /// Where the problem is.
    public let location: SourceLocation
    /// What is wrong and what was expected instead.
    public let message: String

    /// Creates an error.
    public init(_ location: SourceLocation, _ message: String) {
        self.location = location
        self.message = message
    }
}

extension RuleError: LocalizedError {
    public var errorDescription: String? { "\(location): \(message)" }
}
