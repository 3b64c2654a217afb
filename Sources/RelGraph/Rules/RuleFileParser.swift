import Yams

/// Reads a YAML rule file into a ``RuleSet``, checking every value and reporting problems with
/// `file:line:column` and what was expected.
///
/// ```yaml
/// types:                        # types this file adds to the built-in ones
///   entities: [operation]
///   relations: [funded_by]
/// entities:
///   - name: Sky ECC             # canonical name
///     type: platform
///     aliases: [SKY ECC, SkyECC, Sky]
///     adjectives: []            # adjective/demonym forms; the first is the canonical one
///     case: smart               # smart (default), exact or ignore
///     misspellings: true        # optional: a close misspelling of a long one-word name counts too
/// entity_patterns:
///   - id: city-investigating-judge
///     type: agency
///     pattern: "onderzoeksrechter (in|te) {city}"
///     name: "onderzoeksrechter in {city}"     # optional
///     links: {located_in: city}                # optional: relation → slot
/// relation_patterns:
///   - id: seized-by-nl
///     relation: seized_by
///     pattern: "{source:platform} … in beslag genomen door … {target:agency+}"
/// hedges: [mogelijk, zou, reportedly]
/// given_names: [Hakan, Annelies]  # a capitalised given name starts a <FullName>
/// stop: [Volledig scherm]         # surface forms never reported
/// same: [[Sky ECC, SkyECC Global]]  # one entity; the first name is canonical
/// distinct: [[Sky, Sky ECC]]        # never merged
/// ```
struct RuleFileParser {
    let file: String

    /// How deep a pattern's groups and spans may nest: far more than any rule needs, far less than the
    /// depth at which compiling a pattern would run out of stack.
    static let maximumPatternNesting = 64

    func parse(_ yaml: String, into rules: inout RuleSet) throws(RuleError) {
        let root: Yams.Node?
        do {
            // Every value is read as text, so the basic resolver is enough (the default one tries a regular
            // expression per scalar to tell numbers, booleans and dates apart).
            root = try Yams.compose(yaml: yaml, .basic)
        } catch let error as YamlError {
            throw syntaxError(error)
        } catch {
            throw RuleError(SourceLocation(file: file, line: 1), "cannot read YAML: \(error)")
        }
        guard let root else { return }
        // A rule file has about one value per byte; aliases (`*name`) that repeat anchored lists could
        // make it billions, so the file may not expand past twice its size.
        var budget = 2 * yaml.utf8.count + 16
        guard !exceeds(root, budget: &budget) else {
            throw RuleError(SourceLocation(file: file, line: 1), "its YAML aliases (*name) expand it to more than \(2 * yaml.utf8.count + 16) values, twice its size in bytes; repeat what is needed instead of multiplying it with aliases")
        }
        let top = try mapping(root, expected: "a mapping with keys types, entities, entity_patterns, relation_patterns, hedges")
        let known = ["types", "entities", "entity_patterns", "relation_patterns", "hedges", "stop", "same", "distinct", "given_names"]
        try checkKeys(top, allowed: known)
        // Types first: the file's own patterns and entries may use them.
        if let types = value(top, "types") {
            try parseTypes(types, into: &rules)
        }
        if let entities = value(top, "entities") {
            for item in try sequence(entities, expected: "a list of entities") {
                rules.entities.append(try parseEntity(item, types: rules.entityTypes))
            }
        }
        if let patterns = value(top, "entity_patterns") {
            for item in try sequence(patterns, expected: "a list of entity patterns") {
                rules.entityPatterns.append(try parseEntityPattern(item, rules: rules))
            }
        }
        if let patterns = value(top, "relation_patterns") {
            for item in try sequence(patterns, expected: "a list of relation patterns") {
                rules.relationPatterns.append(try parseRelationPattern(item, rules: rules))
            }
        }
        if let hedges = value(top, "hedges") {
            rules.hedges += try strings(hedges)
        }
        if let names = value(top, "given_names") {
            rules.givenNames += try strings(names)
        }
        if let stop = value(top, "stop") {
            rules.stopList += try strings(stop)
        }
        if let same = value(top, "same") {
            rules.same += try corrections(same)
        }
        if let distinct = value(top, "distinct") {
            rules.distinct += try corrections(distinct)
        }
    }

    // MARK: Sections

    private func parseTypes(_ node: Yams.Node, into rules: inout RuleSet) throws(RuleError) {
        let types = try mapping(node, expected: "a mapping with keys entities and relations")
        try checkKeys(types, allowed: ["entities", "relations"])
        if let entities = value(types, "entities") {
            for item in try sequence(entities, expected: "a list of type names") {
                let name = try string(item)
                guard let type = EntityType(name) else { throw invalidIdentifier(name, at: item) }
                rules.entityTypes.insert(type)
            }
        }
        if let relations = value(types, "relations") {
            for item in try sequence(relations, expected: "a list of relation names") {
                let name = try string(item)
                guard let relation = RelationType(name) else { throw invalidIdentifier(name, at: item) }
                rules.relationTypes.insert(relation)
            }
        }
    }

    private func parseEntity(_ node: Yams.Node, types: Set<EntityType>) throws(RuleError) -> GazetteerEntry {
        let entry = try mapping(node, expected: "an entity: a mapping with name and type")
        try checkKeys(entry, allowed: ["name", "type", "aliases", "adjectives", "case", "context", "misspellings"])
        let name = try string(try required(entry, "name", in: node))
        let type = try entityType(try required(entry, "type", in: node), known: types)
        var policy = CasePolicy.smart
        if let caseNode = value(entry, "case") {
            let text = try string(caseNode)
            guard let parsed = CasePolicy(rawValue: text) else {
                throw RuleError(location(caseNode), "unknown case policy '\(text)'; expected smart, exact or ignore")
            }
            policy = parsed
        }
        return GazetteerEntry(name: name, type: type,
                              aliases: try value(entry, "aliases").map { node throws(RuleError) in try strings(node) } ?? [],
                              adjectives: try value(entry, "adjectives").map { node throws(RuleError) in try strings(node) } ?? [],
                              casePolicy: policy,
                              context: try value(entry, "context").map { node throws(RuleError) in try strings(node) } ?? [],
                              findsMisspellings: try value(entry, "misspellings").map { node throws(RuleError) in try bool(node) } ?? false,
                              location: location(node))
    }

    private func parseEntityPattern(_ node: Yams.Node, rules: RuleSet) throws(RuleError) -> EntityPatternRule {
        let entry = try mapping(node, expected: "an entity pattern: a mapping with id, type and pattern")
        try checkKeys(entry, allowed: ["id", "type", "pattern", "name", "links"])
        let id = try string(try required(entry, "id", in: node))
        let type = try entityType(try required(entry, "type", in: node), known: rules.entityTypes)
        let patternNode = try required(entry, "pattern", in: node)
        let pattern = try tokenPattern(patternNode, knownTypes: rules.entityTypes)
        var template: String?
        if let nameNode = value(entry, "name") {
            let text = try string(nameNode)
            try checkTemplate(text, slots: pattern.slots, at: nameNode)
            template = text
        }
        var links: [(relation: RelationType, slot: String)] = []
        if let linksNode = value(entry, "links") {
            let pairs = try mapping(linksNode, expected: "a mapping from relation to slot, e.g. {located_in: city}")
            for (key, slotNode) in pairs {
                let relation = try relationType(key, known: rules.relationTypes)
                let slot = try string(slotNode)
                guard pattern.slots.contains(where: { $0.name == slot }) else {
                    throw RuleError(location(slotNode), "the pattern has no slot '\(slot)'; its slots: \(pattern.slots.map(\.name).joined(separator: ", "))")
                }
                links.append((relation, slot))
            }
        }
        return EntityPatternRule(id: id, type: type, pattern: pattern, nameTemplate: template, links: links,
                                 location: location(node))
    }

    private func parseRelationPattern(_ node: Yams.Node, rules: RuleSet) throws(RuleError) -> RelationPatternRule {
        let entry = try mapping(node, expected: "a relation pattern: a mapping with id, relation and pattern")
        try checkKeys(entry, allowed: ["id", "relation", "pattern"])
        let id = try string(try required(entry, "id", in: node))
        let relation = try relationType(try required(entry, "relation", in: node), known: rules.relationTypes)
        let patternNode = try required(entry, "pattern", in: node)
        let pattern = try tokenPattern(patternNode, knownTypes: rules.entityTypes)
        for slot in ["source", "target"] where !pattern.slots.contains(where: { $0.name == slot }) {
            throw RuleError(location(patternNode), "a relation pattern needs a {\(slot):TYPE} slot")
        }
        if pattern.hasSpan {
            throw RuleError(location(patternNode), "[ … ] marks an entity span; it has no meaning in a relation pattern")
        }
        return RelationPatternRule(id: id, relation: relation, pattern: pattern, location: location(node))
    }

    /// A list of name groups: `[[Sky ECC, SkyECC Global], [Jan Peeters, J. Peeters]]`.
    private func corrections(_ node: Yams.Node) throws(RuleError) -> [Correction] {
        var result: [Correction] = []
        for group in try sequence(node, expected: "a list of name lists, e.g. [[Sky ECC, Sky Global]]") {
            result.append(Correction(names: try strings(group), location: location(group)))
        }
        return result
    }

    /// The pattern in `node`, refused where its groups nest deeper than ``maximumPatternNesting``.
    private func tokenPattern(_ node: Yams.Node, knownTypes: Set<EntityType>) throws(RuleError) -> TokenPattern {
        let source = try string(node)
        let start = patternStart(node)
        var depth = 0
        var quoted = false
        for (offset, character) in source.enumerated() {
            if character == "\"" { quoted.toggle() }
            if quoted { continue }
            if character == "(" || character == "[" { depth += 1 }
            if character == ")" || character == "]" { depth -= 1 }
            if depth > Self.maximumPatternNesting {
                throw RuleError(SourceLocation(file: file, line: start.line, column: start.column + offset),
                                "groups nested more than \(Self.maximumPatternNesting) deep; write the pattern flatter")
            }
        }
        return try TokenPattern(parsing: source, at: start, knownTypes: knownTypes)
    }

    /// Whether the tree under `node`, aliases expanded, has more nodes than `budget`, which it counts down.
    private func exceeds(_ node: Yams.Node, budget: inout Int) -> Bool {
        budget -= 1
        guard budget >= 0 else { return true }
        switch node {
        case .mapping(let mapping):
            return mapping.contains { exceeds($0.key, budget: &budget) || exceeds($0.value, budget: &budget) }
        case .sequence(let sequence):
            return sequence.contains { exceeds($0, budget: &budget) }
        case .scalar, .alias:
            return false
        }
    }

    private func checkTemplate(_ template: String, slots: [TokenPattern.Slot], at node: Yams.Node) throws(RuleError) {
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            guard let close = rest[open...].firstIndex(of: "}") else {
                throw RuleError(location(node), "unclosed '{' in name template")
            }
            let reference = rest[rest.index(after: open)..<close]
            let slot = reference.hasSuffix(".adj") ? reference.dropLast(4) : reference
            guard slots.contains(where: { $0.name == slot }) else {
                throw RuleError(location(node), "the name template refers to '{\(reference)}' but the pattern has no slot '\(slot)'")
            }
            rest = rest[rest.index(after: close)...]
        }
    }

    // MARK: Values

    private func value(_ mapping: Yams.Node.Mapping, _ key: String) -> Yams.Node? {
        // The last pair with the key wins, as in Yams' own subscript (which compares whole nodes, tags included).
        var found: Yams.Node?
        for pair in mapping where pair.key.scalar?.string == key { found = pair.value }
        return found
    }

    private func required(_ mapping: Yams.Node.Mapping, _ key: String, in node: Yams.Node) throws(RuleError) -> Yams.Node {
        guard let found = value(mapping, key) else {
            throw RuleError(location(node), "missing '\(key)'")
        }
        return found
    }

    private func checkKeys(_ mapping: Yams.Node.Mapping, allowed: [String]) throws(RuleError) {
        for key in mapping.keys {
            guard let name = key.string, allowed.contains(name) else {
                throw RuleError(location(key), "unknown key '\(key.string ?? "?")'; expected one of \(allowed.joined(separator: ", "))")
            }
        }
    }

    private func mapping(_ node: Yams.Node, expected: String) throws(RuleError) -> Yams.Node.Mapping {
        guard let mapping = node.mapping else { throw RuleError(location(node), "expected \(expected)") }
        return mapping
    }

    private func sequence(_ node: Yams.Node, expected: String) throws(RuleError) -> [Yams.Node] {
        guard let sequence = node.sequence else { throw RuleError(location(node), "expected \(expected)") }
        return Array(sequence)
    }

    private func string(_ node: Yams.Node) throws(RuleError) -> String {
        guard let scalar = node.scalar, !scalar.string.isEmpty else {
            throw RuleError(location(node), "expected a non-empty text")
        }
        return scalar.string
    }

    private func bool(_ node: Yams.Node) throws(RuleError) -> Bool {
        switch node.scalar?.string {
        case "true": return true
        case "false": return false
        default: throw RuleError(location(node), "expected true or false")
        }
    }

    private func strings(_ node: Yams.Node) throws(RuleError) -> [String] {
        if node.scalar != nil { return [try string(node)] }
        var result: [String] = []
        for item in try sequence(node, expected: "a list of texts") {
            result.append(try string(item))
        }
        return result
    }

    private func entityType(_ node: Yams.Node, known: Set<EntityType>) throws(RuleError) -> EntityType {
        let name = try string(node)
        guard let type = EntityType(name), known.contains(type) else {
            throw RuleError(location(node), "unknown entity type '\(name)'; known types: \(known.map(\.name).sorted().joined(separator: ", ")) (declare new ones under types: entities:)")
        }
        return type
    }

    private func relationType(_ node: Yams.Node, known: Set<RelationType>) throws(RuleError) -> RelationType {
        let name = try string(node)
        guard let relation = RelationType(name), known.contains(relation) else {
            throw RuleError(location(node), "unknown relation '\(name)'; known relations: \(known.map(\.name).sorted().joined(separator: ", ")) (declare new ones under types: relations:)")
        }
        return relation
    }

    private func invalidIdentifier(_ name: String, at node: Yams.Node) -> RuleError {
        RuleError(location(node), "'\(name)' is not a valid type name; use lower-case letters, digits and _, starting with a letter")
    }

    private func location(_ node: Yams.Node) -> SourceLocation {
        SourceLocation(file: file, line: node.mark?.line ?? 1, column: node.mark?.column ?? 1)
    }

    /// Where the pattern's first character is: after the opening quote of a quoted scalar.
    private func patternStart(_ node: Yams.Node) -> SourceLocation {
        let base = location(node)
        let quoted = node.scalar.map { $0.style == .singleQuoted || $0.style == .doubleQuoted } ?? false
        return SourceLocation(file: base.file, line: base.line, column: base.column + (quoted ? 1 : 0))
    }

    private func syntaxError(_ error: YamlError) -> RuleError {
        switch error {
        case .reader(let problem, let offset?, _, let yaml):
            // `offset` counts bytes of UTF-8.
            let lines = Array(yaml.utf8.prefix(offset)).split(separator: 0x0A, omittingEmptySubsequences: false)
            let column = String(decoding: lines.last ?? [], as: UTF8.self).count + 1
            return RuleError(SourceLocation(file: file, line: lines.count, column: column), "invalid YAML: \(problem)")
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
            return RuleError(SourceLocation(file: file, line: mark.line, column: mark.column), "invalid YAML: \(problem)")
        default:
            return RuleError(SourceLocation(file: file, line: 1), "invalid YAML: \(error)")
        }
    }
}
