/// A validated lower-case identifier (`[a-z][a-z0-9_]*`), the spelling shared by entity and relation types.
public struct Identifier: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The identifier's text.
    public let rawValue: String

    /// Creates an identifier, or returns `nil` when `rawValue` is not `[a-z][a-z0-9_]*`.
    public init?(_ rawValue: String) {
        guard let first = rawValue.utf8.first, (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(first),
              rawValue.utf8.allSatisfy({ Identifier.isAllowed($0) })
        else { return nil }
        self.rawValue = rawValue
    }

    /// Wraps a built-in name known to be valid (the built-in types and relations).
    init(builtIn name: StaticString) {
        self.rawValue = "\(name)"
    }

    public var description: String { rawValue }

    public static func < (lhs: Identifier, rhs: Identifier) -> Bool { lhs.rawValue < rhs.rawValue }

    private static func isAllowed(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
            || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
            || byte == UInt8(ascii: "_")
    }
}
