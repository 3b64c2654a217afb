/// A warning about the input that does not stop a run (an undecodable byte, a skipped file …).
public struct Diagnostic: Hashable, Sendable, CustomStringConvertible {
    /// Where the problem is: a file path, or `path:line:column`.
    public let location: String
    /// What is wrong, and what the user can do about it.
    public let message: String

    /// Creates a diagnostic.
    public init(location: String, message: String) {
        self.location = location
        self.message = message
    }

    /// The diagnostic as printed on standard error: `warning: LOCATION: MESSAGE`.
    public var description: String { "warning: \(location): \(message)" }
}

/// Where the pipeline's stages report their warnings; the CLI prints them on standard error.
public typealias DiagnosticHandler = @Sendable (Diagnostic) -> Void
