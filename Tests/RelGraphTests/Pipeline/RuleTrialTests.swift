import Testing
@testable import RelGraph

@Suite struct RuleTrialTests {
    /// The test rules with an agency, the pattern of quoted parentheses, and one that needs a word the
    /// sentences below lack.
    private func rules() throws -> RuleSet {
        var rules = try TestRules.rules()
        try rules.addRuleFile(TestRules.worksForInParentheses + """

          - id: person-spokesperson-of
            relation: works_for
            pattern: '{source:person} , woordvoerder van {target:agency}'
        """, file: "mine.yaml")
        return rules
    }

    private func trial(_ text: String) throws -> [SentenceTrial] {
        RuleTrial(rules: try rules(), showingEveryMissOf: ["mine.yaml"]).sentences(of: Document(identifier: "d", text: text))
    }

    @Test func eachEntityAndRelationComesWithTheRuleThatMadeIt() throws {
        let sentence = try #require(try trial("Volgens rechercheur Liv Tamsen (NCB) viel de Nederlandse politie binnen.").first)
        #expect(sentence.tokens.map(\.display).joined(separator: " ")
                == "Volgens rechercheur {person: Liv Tamsen} ( {agency: NCB} ) viel de {agency: Nederlandse politie} binnen .")
        let origins = sentence.entities.map { "\($0.surface)=\($0.name):\($0.rule?.kind.rawValue ?? "-"):\($0.rule?.name ?? "-")" }
        #expect(origins.contains("NCB=Nordic Crime Bureau:gazetteer entry:Nordic Crime Bureau"))
        #expect(origins.contains("Nederlandse politie=Nederlandse politie:entity pattern:nationality-authority-nl"))
        #expect(sentence.entities.first { $0.surface == "NCB" }?.rule?.location == SourceLocation(file: "mine.yaml", line: 2, column: 5))
        // The built-in person-agency-in-parentheses states it too; each relation names its own pattern.
        #expect(sentence.relations.map(\.rule?.name) == ["person-agency-in-parentheses", "person-paren-agency"])
        let relation = try #require(sentence.relations.first { $0.rule?.name == "person-paren-agency" })
        #expect("\(relation.source) -\(relation.relation)-> \(relation.target)" == "Liv Tamsen -works_for-> Nordic Crime Bureau")
        #expect(relation.rule?.location == SourceLocation(file: "mine.yaml", line: 4, column: 5))
    }

    @Test func aPatternThatDidNotMatchSaysHowFarItGotAndWhere() throws {
        let sentence = try #require(try trial("Liv Tamsen, woordvoerder bij NCB, zweeg.").first)
        let miss = try #require(sentence.misses.first { $0.rule.name == "person-spokesperson-of" })
        #expect(miss.elementsMatched == 3 && miss.elementCount == 5)
        #expect(miss.matchedTokens == "{person: Liv Tamsen} , woordvoerder")
        #expect(miss.stoppedAt == "bij" && miss.expected == "van")
        #expect(miss.explanation == "took `{person: Liv Tamsen} , woordvoerder`; then `bij` does not match `van`")
    }

    @Test func aSlotOfTheWrongTypeAndAWordOnARecognisedNameAreExplained() throws {
        let sentences = try trial("Liv Tamsen (Sky ECC) zweeg. Liv Tamsen, Sky ECC van NCB, zweeg ook.")
        #expect(sentences[0].misses.first { $0.rule.name == "person-paren-agency" }?.explanation == """
            took `{person: Liv Tamsen} (`; then `{platform: Sky ECC}` does not match `{target:agency}`: it is of type \
            platform, and the slot takes agency
            """)
        #expect(sentences[1].misses.first { $0.rule.name == "person-spokesperson-of" }?.explanation == """
            took `{person: Liv Tamsen} ,`; then `{platform: Sky ECC}` does not match `woordvoerder`: it is a recognised \
            entity (platform), one token, and words in a pattern never match a recognised name (a slot such as {platform} does)
            """)
    }

    @Test func aPatternThatMatchedButYieldedNothingSaysSo() throws {
        var rules = try rules()
        try rules.addRuleFile("""
        relation_patterns:
          - {id: same-twice, relation: works_for, pattern: "{source:agency+} en {target:agency}"}
        """, file: "twice.yaml")
        let sentence = RuleTrial(rules: rules, showingEveryMissOf: ["twice.yaml"])
            .sentences(of: Document(identifier: "d", text: "Europol en Europol werkten samen.")).first
        let miss = try #require(sentence?.misses.first { $0.rule.name == "same-twice" })
        #expect(miss.elementsMatched == 3 && miss.stoppedAt == nil && miss.expected == nil)
        #expect(miss.explanation.hasPrefix("matched `{agency: Europol} en {agency: Europol}`, but stated no relation: its source and target slots did not hold two different entities"))
    }

    @Test func aPatternThatNeverGetsStartedIsShownOnlyForTheFilesAskedFor() throws {
        let sentence = try #require(try trial("Sky ECC werd gekraakt.").first)
        let miss = try #require(sentence.misses.first { $0.rule.name == "person-paren-agency" })
        #expect(miss.elementsMatched == 0)
        #expect(miss.explanation == "nothing here matches its first element `{source:person}` (the entities here: {platform: Sky ECC})")
        let others = RuleTrial(rules: try rules()).sentences(of: Document(identifier: "d", text: "Sky ECC werd gekraakt."))
        #expect(!others[0].misses.contains { $0.rule.name == "person-paren-agency" })
        #expect(others[0].misses.allSatisfy { $0.elementsMatched > 0 } && others[0].misses.count <= 3)
    }
}
