/// The typed relations a rule set can state, numbered: one kind for each relation and rule that yields
/// it (an entity pattern's link, a relation pattern), so that an observation carries a small integer
/// and the relation's and rule's names are looked up only when the graph is written.
struct RelationCatalog: Sendable {
    /// A relation and the rule that yields it.
    struct Kind: Sendable {
        let relation: RelationType
        let rule: String
    }

    /// The kinds, by number.
    let kinds: [Kind]
    private let numbers: [String: [Int]]

    /// The kinds of `rules`: the entity patterns' links, then the relation patterns, in rule order.
    init(rules: RuleSet) {
        var kinds: [Kind] = []
        var numbers: [String: [Int]] = [:]
        func add(_ relation: RelationType, _ rule: String) {
            guard !(numbers[rule] ?? []).contains(where: { kinds[$0].relation == relation }) else { return }
            numbers[rule, default: []].append(kinds.count)
            kinds.append(Kind(relation: relation, rule: rule))
        }
        for rule in rules.entityPatterns {
            for link in rule.links { add(link.relation, rule.id) }
        }
        for rule in rules.relationPatterns { add(rule.relation, rule.id) }
        self.kinds = kinds
        self.numbers = numbers
    }

    /// The number of `relation` yielded by the rule `rule` (one the rule set has).
    func number(of relation: RelationType, rule: String) -> Int {
        numbers[rule, default: []].first { kinds[$0].relation == relation } ?? 0
    }

    /// The kind numbered `number`.
    subscript(number: Int) -> Kind { kinds[number] }
}
