/// The type of an edge: `co_occurs`, one of the built-in typed relations, or one a rule file declares.
public struct RelationType: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The validated identifier naming the relation (`co_occurs`, `seized_by`, …).
    public let identifier: Identifier

    /// Creates a relation type from its name, or returns `nil` when the name is not a valid identifier.
    public init?(_ name: String) {
        guard let identifier = Identifier(name) else { return nil }
        self.identifier = identifier
    }

    private init(builtIn name: StaticString) {
        self.identifier = Identifier(builtIn: name)
    }

    public var description: String { identifier.rawValue }

    /// The relation's name as written in rule files and outputs.
    public var name: String { identifier.rawValue }

    public static func < (lhs: RelationType, rhs: RelationType) -> Bool { lhs.identifier < rhs.identifier }

    /// Two entities mentioned in the same window (sentence, paragraph or document); undirected.
    public static let coOccurs = RelationType(builtIn: "co_occurs")
    public static let operatesFrom = RelationType(builtIn: "operates_from")
    public static let successorOf = RelationType(builtIn: "successor_of")
    public static let usersMigratedTo = RelationType(builtIn: "users_migrated_to")
    public static let seizedBy = RelationType(builtIn: "seized_by")
    public static let crackedBy = RelationType(builtIn: "cracked_by")
    public static let arrestedBy = RelationType(builtIn: "arrested_by")
    public static let worksFor = RelationType(builtIn: "works_for")
    public static let partOf = RelationType(builtIn: "part_of")
    public static let locatedIn = RelationType(builtIn: "located_in")
    public static let operatorOf = RelationType(builtIn: "operator_of")
    /// An account whose messages mention an entity (weight: how many times).
    public static let mentions = RelationType(builtIn: "mentions")

    /// The relation types every rule set knows without declaring them.
    public static let builtIn: [RelationType] = [
        .coOccurs, .operatesFrom, .successorOf, .usersMigratedTo, .seizedBy, .crackedBy,
        .arrestedBy, .worksFor, .partOf, .locatedIn, .operatorOf, .mentions,
    ]
}

extension RelationType: Encodable {
    /// Encodes the relation as its name.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(name)
    }
}
