/// Applies an analyst's `same` corrections: every name of a group becomes the group's first name.
struct NameCorrections: Sendable {
    /// For each name to replace (lower-cased): the group's first name, and its gazetteer type if known.
    private let canonical: [String: (label: String, type: EntityType?)]

    /// Builds the corrections of `rules`. A group's entity takes the type the gazetteer gives its first
    /// name; where the gazetteer does not know it, each mention keeps the type it was found with.
    init(rules: RuleSet) {
        var types: [String: EntityType] = [:]
        for entry in rules.entities where types[entry.name.lowercased()] == nil {
            types[entry.name.lowercased()] = entry.type
        }
        var canonical: [String: (label: String, type: EntityType?)] = [:]
        for correction in rules.same {
            guard let first = correction.names.first else { continue }
            for name in correction.names.dropFirst() {
                canonical[name.lowercased()] = (first, types[first.lowercased()])
            }
        }
        self.canonical = canonical
    }

    /// Whether there is nothing to correct.
    var isEmpty: Bool { canonical.isEmpty }

    /// The entity `reference` stands for after the corrections.
    func apply(_ reference: EntityReference) -> EntityReference {
        guard let target = canonical[reference.label.lowercased()] else { return reference }
        return EntityReference(label: target.label, type: target.type ?? reference.type)
    }
}
