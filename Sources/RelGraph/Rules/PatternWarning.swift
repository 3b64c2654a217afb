/// A pattern, or a part of one, that the rules can never let match, found from the rules alone
/// (`relgraph rules --check`): a warning, since the rule set still works without it.
public struct PatternWarning: Sendable, Equatable {
    /// Where the pattern, or the element at fault, starts.
    public let location: SourceLocation
    /// What can never happen, why, and what to do.
    public let message: String

    /// The warning as the run prints it.
    public var diagnostic: Diagnostic {
        Diagnostic(location: location.description, message: message)
    }
}

extension RuleSet {
    /// The warnings about every entity and relation pattern, in rule order. Only what is certain is
    /// reported:
    /// - a slot that no entity can fill: its types are none that the gazetteer has (for an entity
    ///   pattern, which sees only the gazetteer's entities) or that entity patterns make (for a relation
    ///   pattern), or it asks for `.adj` of types no entry has an adjective for;
    /// - `<FullName>` without any `given_names`;
    /// - a pattern that can match no token at all (every element optional or a gap), whose empty match
    ///   yields nothing, or that can take no token but through gaps.
    public var patternWarnings: [PatternWarning] {
        let gazetteerTypes = Set(entities.map(\.type))
        let madeTypes = gazetteerTypes.union(entityPatterns.map(\.type))
        let adjectiveTypes = Set(entities.filter { !$0.adjectives.isEmpty }.map(\.type))
        var warnings: [PatternWarning] = []
        for rule in entityPatterns {
            warnings += check(rule.pattern, fillable: gazetteerTypes, adjectiveTypes: adjectiveTypes,
                              unfillable: "entity patterns see only the gazetteer's entities, and no gazetteer entry has")
        }
        for rule in relationPatterns {
            warnings += check(rule.pattern, fillable: madeTypes, adjectiveTypes: adjectiveTypes,
                              unfillable: "no gazetteer entry or entity pattern makes an entity of")
        }
        return warnings
    }

    private func check(_ pattern: TokenPattern, fillable: Set<EntityType>, adjectiveTypes: Set<EntityType>,
                       unfillable: String) -> [PatternWarning] {
        var warnings: [PatternWarning] = []
        for element in pattern.elements {
            for index in Self.slots(in: element.node) {
                let slot = pattern.slots[index]
                let types = slot.types.map(\.name).joined(separator: " or ")
                if !slot.types.isEmpty, !slot.types.contains(where: fillable.contains) {
                    warnings.append(PatternWarning(location: element.location, message: """
                        the slot \(element.source) can never be filled: \(unfillable) type \(types); \
                        add entries of that type, or use a type that has some
                        """))
                } else if slot.form == .adj, slot.types.isEmpty ? adjectiveTypes.isEmpty : !slot.types.contains(where: adjectiveTypes.contains) {
                    warnings.append(PatternWarning(location: element.location, message: """
                        the slot \(element.source) can never be filled: it asks for an adjective (.adj), and no gazetteer \
                        entry\(slot.types.isEmpty ? "" : " of type \(types)") has adjectives; add `adjectives: [...]` to the entries
                        """))
                }
            }
            if givenNames.isEmpty, Self.holdsFullName(element.node) {
                warnings.append(PatternWarning(location: element.location, message: """
                    <FullName> never matches: it starts with one of the rules' given_names, and there are none; \
                    add `given_names: [...]`, or use <Name>
                    """))
            }
        }
        let program = PatternProgram(pattern)
        let takesTokens = program.instructions.contains { instruction in
            guard case .token(let test) = instruction else { return false }
            switch test {
            case .any, .anyBut: return false
            default: return true
            }
        }
        if !takesTokens {
            warnings.append(PatternWarning(location: pattern.location, message: """
                the pattern is only gaps: a gap takes as few tokens as will do, here none, so it never takes a \
                token; add the words or slots to match
                """))
        } else if program.startTests == nil {
            warnings.append(PatternWarning(location: pattern.location, message: """
                every element is optional or a gap, so the pattern also matches no tokens at all, and that \
                empty match yields nothing; make at least one element required
                """))
        }
        return warnings
    }

    /// The slots `node` holds.
    private static func slots(in node: TokenPattern.Node) -> [Int] {
        switch node {
        case .slot(let index): [index]
        case .sequence(let items), .alternatives(let items): items.flatMap(slots(in:))
        case .optional(let inner), .span(let inner): slots(in: inner)
        case .literal, .wordClass, .gap: []
        }
    }

    /// Whether `node` holds a `<FullName>`.
    private static func holdsFullName(_ node: TokenPattern.Node) -> Bool {
        switch node {
        case .wordClass(.fullName): true
        case .sequence(let items), .alternatives(let items): items.contains(where: holdsFullName)
        case .optional(let inner), .span(let inner): holdsFullName(inner)
        case .literal, .wordClass, .slot, .gap: false
        }
    }
}
