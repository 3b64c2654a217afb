/// A node's identifier, derived from its type and canonical name so that it is stable across runs and
/// machines, unique, and safe in XML, DOT and JSON: `platform:Sky_ECC`, `platform:AT%26T`.
public struct NodeID: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The identifier's text.
    public let rawValue: String

    /// Wraps an identifier read from a file as it is.
    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    /// Derives the identifier of the entity of type `type` named `name`.
    ///
    /// Letters and digits (any script) and `.` and `-` are kept; a space becomes `_`; every other
    /// character, `_` and `%` included, is percent-encoded as UTF-8, so distinct names never collide.
    public init(type: EntityType, name: String) {
        var encoded = type.name + ":"
        for scalar in name.unicodeScalars {
            if scalar == " " {
                encoded.append("_")
            } else if scalar == "." || scalar == "-" || (scalar != "_" && scalar.properties.isAlphabetic)
                        || scalar.properties.numericType != nil && scalar.isASCII {
                encoded.unicodeScalars.append(scalar)
            } else {
                for byte in String(scalar).utf8 {
                    encoded += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
                }
            }
        }
        self.rawValue = encoded
    }

    public var description: String { rawValue }

    public static func < (lhs: NodeID, rhs: NodeID) -> Bool { lhs.rawValue < rhs.rawValue }
}
