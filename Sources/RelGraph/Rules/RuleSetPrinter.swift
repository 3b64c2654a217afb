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
        lines.append("entities:\(rules.entities.isEmpty ? " []" : "")  # \(rules.entities.count)")
        for entry in rules.entities {
            var fields = ["name: \(quote(entry.name))", "type: \(entry.type)"]
            if !entry.aliases.isEmpty { fields.append("aliases: \(list(entry.aliases))") }
            if !entry.adjectives.isEmpty { fields.append("adjectives: \(list(entry.adjectives))") }
            if entry.casePolicy != .smart { fields.append("case: \(entry.casePolicy.rawValue)") }
            if !entry.context.isEmpty { fields.append("context: \(list(entry.context))") }
            if entry.findsMisspellings { fields.append("misspellings: true") }
            lines.append("  - {\(fields.joined(separator: ", "))}  # \(comment(entry.location))")
        }
        lines.append("entity_patterns:\(rules.entityPatterns.isEmpty ? " []" : "")  # \(rules.entityPatterns.count)")
        for rule in rules.entityPatterns {
            var fields = ["id: \(quote(rule.id))", "type: \(rule.type)", "pattern: \(quote(rule.pattern.source))"]
            if let template = rule.nameTemplate { fields.append("name: \(quote(template))") }
            if !rule.links.isEmpty {
                fields.append("links: {\(rule.links.map { "\($0.relation): \(quote($0.slot))" }.joined(separator: ", "))}")
            }
            lines.append("  - {\(fields.joined(separator: ", "))}  # \(comment(rule.location))")
        }
        lines.append("relation_patterns:\(rules.relationPatterns.isEmpty ? " []" : "")  # \(rules.relationPatterns.count)")
        for rule in rules.relationPatterns {
            lines.append("  - {id: \(quote(rule.id)), relation: \(rule.relation), pattern: \(quote(rule.pattern.source))}  # \(comment(rule.location))")
        }
        lines.append("hedges: \(list(rules.hedges))")
        lines.append("given_names: \(list(rules.givenNames))")
        lines.append("stop: \(list(rules.stopList))")
        lines.append("same: [\(rules.same.map { list($0.names) }.joined(separator: ", "))]")
        lines.append("distinct: [\(rules.distinct.map { list($0.names) }.joined(separator: ", "))]")
        return lines.joined(separator: "\n") + "\n"
    }

    /// Where a rule comes from, on one line whatever the file's name holds.
    private func comment(_ location: SourceLocation) -> String {
        location.description.visiblyEscaped
    }

    private func list(_ items: [String]) -> String {
        "[" + items.map(quote).joined(separator: ", ") + "]"
    }

    /// A YAML double-quoted scalar (the JSON escapes, which YAML reads the same way); what YAML does not
    /// allow as it is (C0 and C1 controls, DEL, line and paragraph separators, byte order marks, U+FFFE,
    /// U+FFFF) escaped, so that the printed file loads again.
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
            case let special where (0x7F...0x9F).contains(special.value) || [0x2028, 0x2029, 0xFEFF, 0xFFFE, 0xFFFF].contains(special.value):
                quoted += "\\u" + String(special.value, radix: 16).leftPadded(to: 4)
            default: quoted.unicodeScalars.append(scalar)
            }
        }
        return quoted + "\""
    }
}
