/// A node's identifier, derived from its type and canonical name so that it is stable across runs and
/// machines, unique, and a valid XML name that every consumer accepts (`[A-Za-z_][A-Za-z0-9_.-]*`):
/// `platform.Sky_ECC`, `platform.AT-26T`, `person.Fr-C3-A9d-C3-A9ric_Van_Leeuw`.
public struct NodeID: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The identifier's text.
    public let rawValue: String

    /// Wraps an identifier read from a file as it is.
    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    /// Derives the identifier of the entity of type `type` named `name`: the type, a `.`, then the name
    /// with ASCII letters and digits kept, a space written `_`, and every other byte (`.`, `_` and `-`
    /// included) written `-XX` in hexadecimal, so that distinct names never collide.
    public init(type: EntityType, name: String) {
        var encoded = type.name + "."
        for byte in name.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                encoded.unicodeScalars.append(Unicode.Scalar(byte))
            case UInt8(ascii: " "):
                encoded.append("_")
            default:
                encoded += "-" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
            }
        }
        self.rawValue = encoded
    }

    public var description: String { rawValue }

    /// Identifiers sort by their UTF-8 bytes (those relgraph derives are ASCII; one read from a file may not be).
    public static func < (lhs: NodeID, rhs: NodeID) -> Bool { lhs.rawValue.utf8Precedes(rhs.rawValue) }
}
