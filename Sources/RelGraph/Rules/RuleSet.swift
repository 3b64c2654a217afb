/// The rules relgraph applies: entity and relation types, gazetteer entries, entity and relation
/// patterns and hedge words, from the built-in pack and the user's rule files.
public struct RuleSet: Sendable {
    /// The entity types known: the built-in ones and those the rule files declare.
    public internal(set) var entityTypes: Set<EntityType> = Set(EntityType.builtIn)
    /// The relation types known: the built-in ones and those the rule files declare.
    public internal(set) var relationTypes: Set<RelationType> = Set(RelationType.builtIn)
    /// The gazetteer.
    public internal(set) var entities: [GazetteerEntry] = []
    /// The entity patterns, in the order given.
    public internal(set) var entityPatterns: [EntityPatternRule] = []
    /// The relation patterns, in the order given.
    public internal(set) var relationPatterns: [RelationPatternRule] = []
    /// Words that mark a statement as uncertain ("mogelijk", "zou", "reportedly"): relations found in a
    /// sentence with one of them carry `hedged=true`.
    public internal(set) var hedges: [String] = []

    /// A rule set with the built-in types and no rules.
    public init() {}

    /// The built-in rule pack (Dutch and English, for this domain), compiled into the binary.
    public static func builtIn() throws(RuleError) -> RuleSet {
        try builtInPack.get()
    }

    private static let builtInPack: Result<RuleSet, RuleError> = {
        var rules = RuleSet()
        do {
            for (name, table) in DefaultRulePack.gazetteers {
                try rules.addGazetteerTable(table, file: "<built-in>/\(name)")
            }
            try rules.addRuleFile(DefaultRulePack.patterns, file: "<built-in>/patterns.yaml")
            return .success(rules)
        } catch let error as RuleError {
            return .failure(error)
        } catch {
            return .failure(RuleError(SourceLocation(file: "<built-in>", line: 1), "\(error)"))
        }
    }()

    /// Adds the entries of a gazetteer table (the tab-separated format of the built-in pack).
    public mutating func addGazetteerTable(_ text: String, file: String) throws(RuleError) {
        entities += try GazetteerTable.parse(text, file: file, types: entityTypes)
    }

    /// Adds the rules of a YAML rule file; `file` names it in error messages.
    public mutating func addRuleFile(_ yaml: String, file: String) throws(RuleError) {
        try RuleFileParser(file: file).parse(yaml, into: &self)
    }
}
