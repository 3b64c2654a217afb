import Testing
@testable import RelGraph

@Suite struct PatternWarningTests {
    /// The warnings of `yaml` (named `w.yaml`) added to the test rules, or to no rules.
    private func warnings(_ yaml: String, builtIn: Bool = true) throws -> [String] {
        var rules = builtIn ? try TestRules.rules() : RuleSet()
        try rules.addRuleFile(yaml, file: "w.yaml")
        return rules.patternWarnings.filter { $0.location.file == "w.yaml" }.map { "\($0.location): \($0.message)" }
    }

    @Test func theBuiltInPackHasNoWarnings() throws {
        #expect(try RuleSet.builtIn().patternWarnings.isEmpty)
    }

    @Test func aSlotOfATypeNoEntryHasCanNeverBeFilled() throws {
        let found = try warnings("""
        types: {entities: [vessel]}
        relation_patterns:
          - id: ship-of
            relation: operator_of
            pattern: "{source:agency} runs {target:vessel}"
        """)
        #expect(found == ["w.yaml:5:36: the slot {target:vessel} can never be filled: no gazetteer entry or entity pattern makes an entity of type vessel; add entries of that type, or use a type that has some"])
    }

    @Test func anEntityPatternSeesOnlyTheGazetteersEntities() throws {
        // Agencies come from entity patterns here, never from an entry: another entity pattern cannot use them.
        let found = try warnings("""
        entity_patterns:
          - {id: unit, type: agency, pattern: "[eenheid <Cap>]"}
          - {id: unit-chief, type: person, pattern: "chef van {agency} [<Name>]"}
        relation_patterns:
          - {id: chief-of, relation: works_for, pattern: "{source:person} leidt {target:agency}"}
        """, builtIn: false)
        #expect(found == ["w.yaml:3:55: the slot {agency} can never be filled: entity patterns see only the gazetteer's entities, and no gazetteer entry has type agency; add entries of that type, or use a type that has some"])
    }

    @Test func anAdjectiveOfATypeWithoutAdjectivesCanNeverBeFilled() throws {
        let found = try warnings("""
        relation_patterns:
          - {id: platform-adj, relation: operates_from, pattern: "{source:platform.adj} app in {target:country}"}
        """)
        #expect(found == ["w.yaml:2:59: the slot {source:platform.adj} can never be filled: it asks for an adjective (.adj), and no gazetteer entry of type platform has adjectives; add `adjectives: [...]` to the entries"])
    }

    @Test func fullNameWithoutGivenNamesNeverMatches() throws {
        let found = try warnings("""
        entity_patterns:
          - {id: named, type: person, pattern: "agent [<FullName>]"}
        """, builtIn: false)
        #expect(found == ["w.yaml:2:48: <FullName> never matches: it starts with one of the rules' given_names, and there are none; add `given_names: [...]`, or use <Name>"])
    }

    @Test func aPatternOfOnlyOptionalElementsOrOnlyGapsIsReported() throws {
        let found = try warnings("""
        entity_patterns:
          - {id: maybe, type: agency, pattern: "(de|het)? politie?"}
          - {id: gaps, type: agency, pattern: "… …"}
        """)
        #expect(found == [
            "w.yaml:2:41: every element is optional or a gap, so the pattern also matches no tokens at all, and that empty match yields nothing; make at least one element required",
            "w.yaml:3:40: the pattern is only gaps: a gap takes as few tokens as will do, here none, so it never takes a token; add the words or slots to match",
        ])
    }

    @Test func aPatternThatCanMatchHasNoWarning() throws {
        #expect(try warnings("""
        relation_patterns:
          - {id: paren, relation: works_for, pattern: '{source:person} "(" {target:agency} ")"'}
          - {id: adj, relation: located_in, pattern: "{source:agency} in {target:country.adj}? {target2:city}"}
        """).isEmpty)
    }
}
