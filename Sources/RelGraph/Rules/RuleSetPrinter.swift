/// Writes a rule set in the rule-file format, every rule with a comment saying where it comes from,
/// so that `relgraph rules` shows what applies and its output can be loaded again as a rule file.
public struct RuleSetPrinter: Sendable {
    /// Creates a printer.
    public init() {}

    /// The rule set as YAML.
    public func yaml(for rules: RuleSet) -> String {
        var lines: [String] = ["# The effective rule set: built-in pack and rule files, in the order they apply."]
        let entityTypes = rules.entityTypes.subtracting(EntityType.builtIn).map(\.name).sorted()
        let relationTypes = rules.relationTypes.subtracting(RelationType.builtIn).map(\.name).sorted()
        lines.append("types:")
        lines.append("  entities: \(list(entityTypes))  # built in: \(EntityType.builtIn.map(\.name).joined(separator: ", "))")
        lines.append("  relations: \(list(relationTypes))  # built in: \(RelationType.builtIn.map(\.name).joined(separator: ", "))")
        lines.append("entities:  # \(rules.entities.count)")
        for entry in rules.entities {
            var fields = ["name: \(quote(entry.name))", "type: \(entry.type)"]
            if !entry.aliases.isEmpty { fields.append("aliases: \(list(entry.aliases))") }
            if !entry.adjectives.isEmpty { fields.append("adjectives: \(list(entry.adjectives))") }
            if entry.casePolicy != .smart { fields.append("case: \(entry.casePolicy.rawValue)") }
            if !entry.context.isEmpty { fields.append("context: \(list(entry.context))") }
            lines.append("  - {\(fields.joined(separator: ", "))}  # \(entry.location)")
        }
        lines.append("entity_patterns:  # \(rules.entityPatterns.count)")
        for rule in rules.entityPatterns {
            var fields = ["id: \(quote(rule.id))", "type: \(rule.type)", "pattern: \(quote(rule.pattern.source))"]
            if let template = rule.nameTemplate { fields.append("name: \(quote(template))") }
            if !rule.links.isEmpty {
                fields.append("links: {\(rule.links.map { "\($0.relation): \(quote($0.slot))" }.joined(separator: ", "))}")
            }
            lines.append("  - {\(fields.joined(separator: ", "))}  # \(rule.location)")
        }
        lines.append("relation_patterns:  # \(rules.relationPatterns.count)")
        for rule in rules.relationPatterns {
            lines.append("  - {id: \(quote(rule.id)), relation: \(rule.relation), pattern: \(quote(rule.pattern.source))}  # \(rule.location)")
        }
        lines.append("hedges: \(list(rules.hedges))")
        lines.append("given_names: \(list(rules.givenNames))")
        lines.append("stop: \(list(rules.stopList))")
        lines.append("same: [\(rules.same.map { list($0.names) }.joined(separator: ", "))]")
        lines.append("distinct: [\(rules.distinct.map { list($0.names) }.joined(separator: ", "))]")
        return lines.joined(separator: "\n") + "\n"
    }

    private func list(_ items: [String]) -> String {
        "[" + items.map(quote).joined(separator: ", ") + "]"
    }

    /// A YAML double-quoted scalar (the JSON escapes, which YAML reads the same way).
    private func quote(_ text: String) -> String {
        var quoted = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": quoted += "\\\""
            case "\\": quoted += "\\\\"
            case "\n": quoted += "\\n"
            case "\t": quoted += "\\t"
            case let control where control.value < 0x20:
                quoted += "\\x" + String(control.value, radix: 16).leftPadded(to: 2)
            default: quoted.unicodeScalars.append(scalar)
            }
        }
        return quoted + "\""
    }
}
