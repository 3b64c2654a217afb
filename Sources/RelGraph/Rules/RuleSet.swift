import Foundation

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
    /// Given names ("Hakan", "Annelies"): a capitalised word on this list starts a `<FullName>`.
    public internal(set) var givenNames: [String] = []
    /// Surface forms never to report as entities ("Volledig scherm").
    public internal(set) var stopList: [String] = []
    /// Names that are one entity; the first name of each group is the canonical one.
    public internal(set) var same: [Correction] = []
    /// Names never to merge with each other (an alias, a surname or an initial that points elsewhere).
    public internal(set) var distinct: [Correction] = []

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
            try rules.addRuleFile(DefaultRulePack.givenNames, file: "<built-in>/given-names.yaml")
            try rules.validate()
            return .success(rules)
        } catch let error as RuleError {
            return .failure(error)
        } catch {
            return .failure(RuleError(SourceLocation(file: "<built-in>", line: 1), "\(error)"))
        }
    }()

    /// The rules of the built-in pack (unless `builtIn` is false) and of the YAML rule files at `paths`,
    /// checked as a whole. A file that cannot be read or used is refused before any text is read.
    public static func loading(_ paths: [String], builtIn: Bool = true) throws(RuleError) -> RuleSet {
        var rules = builtIn ? try RuleSet.builtIn() : RuleSet()
        for path in paths {
            try rules.addRuleFile(try readRuleFile(path), file: path)
        }
        try rules.validate()
        return rules
    }

    /// The text of the rule file at `path`: a regular file (or a pipe) of UTF-8 text.
    private static func readRuleFile(_ path: String) throws(RuleError) -> String {
        func refuse(_ reason: String, line: Int = 1, column: Int = 1) -> RuleError {
            RuleError(SourceLocation(file: path, line: line, column: column), reason)
        }
        var status = stat()
        guard stat(path, &status) == 0 else {
            throw refuse(errno == ENOENT ? "no such file; give the path of a YAML rule file" : "cannot be read (\(String(cString: strerror(errno))))")
        }
        switch status.st_mode & S_IFMT {
        case S_IFDIR: throw refuse("a folder, not a rule file; give the path of a YAML rule file")
        case S_IFREG, S_IFIFO: break
        default: throw refuse("not a regular file (a device or socket); give the path of a YAML rule file")
        }
        let data: [UInt8]
        do {
            data = try WholeFile.bytes(at: path)
        } catch {
            throw refuse("cannot be read (\(String(cString: strerror(error.code))))" + (error.code == EACCES ? "; check its permissions" : ""))
        }
        if let text = String(validating: data, as: UTF8.self) { return text }
        // Say where the first byte that is not UTF-8 is.
        var (line, column) = (1, 1)
        var decoder = UTF8()
        var bytes = data.makeIterator()
        while case .scalarValue(let scalar) = decoder.decode(&bytes) {
            (line, column) = scalar == "\n" ? (line + 1, 1) : (line, column + 1)
        }
        throw refuse("not UTF-8 text; save the rule file as UTF-8", line: line, column: column)
    }

    /// Adds the entries of a gazetteer table (the tab-separated format of the built-in pack).
    public mutating func addGazetteerTable(_ text: String, file: String) throws(RuleError) {
        entities += try GazetteerTable.parse(text, file: file, types: entityTypes)
    }

    /// Adds the rules of a YAML rule file; `file` names it in error messages.
    public mutating func addRuleFile(_ yaml: String, file: String) throws(RuleError) {
        try RuleFileParser(file: file).parse(yaml, into: &self)
    }

    /// Checks the rules as a whole, once every file is added: a surface form that two entries of
    /// different types share needs a `context` on one of them to choose, and no names may be both
    /// `same` and `distinct`.
    public func validate() throws(RuleError) {
        try RuleSetValidator(rules: self).validate()
    }

    /// The gazetteer entries with the aliases that a `distinct` correction separates from their entry removed.
    var effectiveEntities: [GazetteerEntry] {
        guard !distinct.isEmpty else { return entities }
        let separated = Set(distinct.flatMap { correction in
            correction.names.flatMap { name in correction.names.filter { $0 != name }.map { RuleSet.pairKey(name, $0) } }
        })
        return entities.map { entry in
            let aliases = entry.aliases.filter { !separated.contains(RuleSet.pairKey($0, entry.name)) }
            guard aliases.count != entry.aliases.count else { return entry }
            return GazetteerEntry(name: entry.name, type: entry.type, aliases: aliases, adjectives: entry.adjectives,
                                  casePolicy: entry.casePolicy, context: entry.context,
                                  findsMisspellings: entry.findsMisspellings, location: entry.location)
        }
    }

    /// Whether `first` and `second` must not be merged.
    func areDistinct(_ first: String, _ second: String) -> Bool {
        guard !distinct.isEmpty else { return false }
        let key = RuleSet.pairKey(first, second)
        return distinct.contains { correction in
            correction.names.contains { a in correction.names.contains { b in a != b && RuleSet.pairKey(a, b) == key } }
        }
    }

    /// An order-independent, case-insensitive key for a pair of names.
    static func pairKey(_ first: String, _ second: String) -> String {
        let (a, b) = (first.lowercased(), second.lowercased())
        return a < b ? a + "\u{0}" + b : b + "\u{0}" + a
    }
}
