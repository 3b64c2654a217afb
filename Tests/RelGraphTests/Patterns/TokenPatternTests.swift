import Testing
@testable import RelGraph

@Suite struct TokenPatternTests {
    private let types = Set(EntityType.builtIn)

    private func parse(_ pattern: String) throws(RuleError) -> TokenPattern {
        try TokenPattern(parsing: pattern, at: SourceLocation(file: "rules.yaml", line: 7, column: 14), knownTypes: types)
    }

    @Test(arguments: [
        ("{source:platform} … (opvolger|vervanger van", "rules.yaml:7:34", "missing ')'"),
        ("{source:vessel} naar {target:platform}", "rules.yaml:7:15", "unknown entity type 'vessel'"),
        ("<Surname> <Initial>", "rules.yaml:7:14", "unknown class <Surname>"),
        ("{platform} van {platform}", "rules.yaml:7:29", "two slots named 'platform'"),
        ("{country.plural} politie", "rules.yaml:7:15", "unknown form '.plural'"),
        ("   ", "rules.yaml:7:17", "empty pattern"),
        ("[<Name>] en [<Name>]", "rules.yaml:7:26", "at most one [ … ] entity span"),
    ])
    func malformedPatternsAreRefusedWithTheirPosition(pattern: String, location: String, message: String) {
        #expect {
            _ = try parse(pattern)
        } throws: { error in
            guard let error = error as? RuleError else { return false }
            return error.location.description == location && error.message.contains(message)
        }
    }

    @Test func slotsAreNamedAfterTheirFirstTypeUnlessNamed() throws {
        let pattern = try parse("{source:platform|media} … {country.adj+} (politie|police)")
        #expect(pattern.slots.map(\.name) == ["source", "country"])
        #expect(pattern.slots[0].types == [.platform, .media])
        #expect(pattern.slots[1].form == .adj && pattern.slots[1].coordinated)
    }

    @Test func literalsAreSplitLikeSentenceText() throws {
        let text = "De procureur-generaal Jan Peeters sprak."
        let rules = try TestRules.rules()
        var withRule = rules
        try withRule.addRuleFile("""
        entity_patterns:
          - {id: pg, type: person, pattern: "procureur-generaal [<Name>]"}
        """, file: "extra.yaml")
        let analysis = Pipeline(rules: withRule).analyze(Document(identifier: "d", text: text))
        #expect(analysis.sentences[0].mentions.map(\.entity.label) == ["Jan Peeters"])
    }

    @Test func aPatternThatWouldBacktrackExponentiallyStaysLinear() throws {
        // With a backtracking matcher this pattern over a long run of "a" would never finish.
        var rules = RuleSet()
        try rules.addRuleFile("""
        entity_patterns:
          - {id: runaway, type: agency, pattern: "(a|a a)? (a|a a)? (a|a a)? (a|a a)? … (a|a a)? … (a|a a)? … b"}
        """, file: "runaway.yaml")
        let text = String(repeating: "a ", count: 20_000) + "c"
        let analysis = Pipeline(rules: rules).analyze(Document(identifier: "d", text: text))
        #expect(analysis.sentences.flatMap(\.mentions).isEmpty)
    }
}
