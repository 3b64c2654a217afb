/// A position in a text file, printed as `path:line:column` (both from 1).
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
    /// The file's path as given, or a name such as `<built-in>` for the default rule pack.
    public let file: String
    /// The line, from 1.
    public let line: Int
    /// The column, from 1.
    public let column: Int

    /// Creates a location.
    public init(file: String, line: Int, column: Int = 1) {
        self.file = file
        self.line = line
        self.column = column
    }

    public var description: String { "\(file):\(line):\(column)" }
}

extension SourceLocation: Encodable {
    /// Encodes the location as `path:line:column`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
