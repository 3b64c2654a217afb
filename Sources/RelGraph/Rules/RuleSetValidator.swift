/// The checks a rule set must pass as a whole before any text is read.
struct RuleSetValidator {
    let rules: RuleSet

    func validate() throws(RuleError) {
        try checkSharedSurfaceForms()
        try checkCorrections()
    }

    /// A surface form of two entries of different types is ambiguous unless one of them says by
    /// `context` when it applies (or the two differ in case under an `exact` policy).
    ///
    /// An entry with a context never conflicts, so only entries without one are kept; of those, one per
    /// type, spelling and case policy is enough, which keeps the check linear however many entries
    /// share a form.
    private func checkSharedSurfaceForms() throws(RuleError) {
        struct Owner: Hashable {
            let type: EntityType, form: String, isExact: Bool
        }
        var owners: [[UInt8]: [(owner: Owner, entry: GazetteerEntry)]] = [:]
        var kept = Set<Owner>()
        for entry in rules.entities where entry.context.isEmpty {
            for form in [entry.name] + entry.aliases + entry.adjectives {
                let key = CaseFolding.folded(form)
                for (owner, other) in owners[key] ?? [] where owner.type != entry.type {
                    if (entry.casePolicy == .exact || owner.isExact) && form != owner.form { continue }
                    throw RuleError(entry.location, """
                        '\(form)' is a \(entry.type) here and a \(other.type) ('\(other.name)') at \(other.location), \
                        with no rule for choosing: add `context: [words]` to the entry that applies only near those \
                        words, or `case: exact` to tell them apart by case
                        """)
                }
                let owner = Owner(type: entry.type, form: form, isExact: entry.casePolicy == .exact)
                if kept.insert(owner).inserted { owners[key, default: []].append((owner, entry)) }
            }
        }
    }

    private func checkCorrections() throws(RuleError) {
        for correction in rules.same + rules.distinct where correction.names.count < 2 {
            throw RuleError(correction.location, "a same/distinct entry needs at least two names")
        }
        for correction in rules.same {
            for (index, first) in correction.names.enumerated() {
                for second in correction.names[(index + 1)...] where rules.areDistinct(first, second) {
                    throw RuleError(correction.location, "'\(first)' and '\(second)' are both same and distinct; keep one of the two corrections")
                }
            }
        }
    }
}
