/// The checks a rule set must pass as a whole before any text is read.
struct RuleSetValidator {
    let rules: RuleSet

    func validate() throws(RuleError) {
        try checkSharedSurfaceForms()
        try checkCorrections()
    }

    /// A surface form of two entries of different types is ambiguous unless one of them says by
    /// `context` when it applies (or the two differ in case under an `exact` policy).
    private func checkSharedSurfaceForms() throws(RuleError) {
        var owners: [[UInt8]: [(entry: GazetteerEntry, form: String)]] = [:]
        for entry in rules.entities {
            for form in [entry.name] + entry.aliases + entry.adjectives {
                let key = CaseFolding.folded(form)
                for (other, otherForm) in owners[key] ?? [] where other.type != entry.type {
                    let exactApart = (entry.casePolicy == .exact || other.casePolicy == .exact) && form != otherForm
                    if exactApart || !entry.context.isEmpty || !other.context.isEmpty { continue }
                    throw RuleError(entry.location, """
                        '\(form)' is a \(entry.type) here and a \(other.type) ('\(other.name)') at \(other.location), \
                        with no rule for choosing: add `context: [words]` to the entry that applies only near those \
                        words, or `case: exact` to tell them apart by case
                        """)
                }
                owners[key, default: []].append((entry, form))
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
