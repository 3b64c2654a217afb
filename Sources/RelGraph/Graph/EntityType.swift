/// The type of an entity node: one of the built-in types or one a rule file declares.
public struct EntityType: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The validated identifier naming the type (`person`, `agency`, …).
    public let identifier: Identifier

    /// Creates a type from its name, or returns `nil` when the name is not a valid identifier.
    public init?(_ name: String) {
        guard let identifier = Identifier(name) else { return nil }
        self.identifier = identifier
    }

    private init(builtIn name: StaticString) {
        self.identifier = Identifier(builtIn: name)
    }

    public var description: String { identifier.rawValue }

    /// The type's name as written in rule files and outputs.
    public var name: String { identifier.rawValue }

    public static func < (lhs: EntityType, rhs: EntityType) -> Bool { lhs.identifier < rhs.identifier }

    public static let person = EntityType(builtIn: "person")
    public static let agency = EntityType(builtIn: "agency")
    public static let platform = EntityType(builtIn: "platform")
    public static let city = EntityType(builtIn: "city")
    public static let country = EntityType(builtIn: "country")
    public static let region = EntityType(builtIn: "region")
    public static let media = EntityType(builtIn: "media")
    /// The sender of messages in a dump.
    public static let account = EntityType(builtIn: "account")

    /// The types every rule set knows without declaring them.
    public static let builtIn: [EntityType] = [.person, .agency, .platform, .city, .country, .region, .media, .account]

    /// Whether the type names a place: a place named inside another entity's name (`eenheid Amsterdam`)
    /// still counts as a mention of that place, unless the enclosing name is itself a place.
    public var isPlace: Bool { self == .city || self == .country || self == .region }

    /// Whether the type names an organisation (agency, platform, media): what an abbreviation in
    /// parentheses after its name may stand for.
    var isOrganisation: Bool { self == .agency || self == .platform || self == .media }
}

extension EntityType: Encodable {
    /// Encodes the type as its name.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(name)
    }
}
