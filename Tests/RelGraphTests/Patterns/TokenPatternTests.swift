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
        ("{person} \"( {agency}", "rules.yaml:7:23", "missing closing '\"'"),
        ("{person} \"  \" {agency}", "rules.yaml:7:23", "nothing to match between the quotes"),
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

    @Test func quotedTextIsLiteralWordsEvenWhereItIsSyntax() throws {
        let pattern = try parse(#"{source:person} "(" {target:agency} ")" "?" "don't" "say ""no""""#)
        #expect(pattern.elements.map(\.source) == [#"{source:person}"#, #""(""#, #"{target:agency}"#, #"")""#, #""?""#,
                                                    #""don't""#, #""say ""no""""#])
        #expect(pattern.elements.map(\.location.column) == [14, 30, 34, 50, 54, 58, 66])
        guard case .literal(_, let spelling) = pattern.elements[1].node else { Issue.record("not one literal"); return }
        #expect(spelling == "(")
        // Split as sentence text is: don ' t; say " no ".
        guard case .sequence(let words) = pattern.elements[5].node, case .sequence(let quoted) = pattern.elements[6].node else {
            Issue.record("not split into tokens"); return
        }
        #expect(words.count == 3 && quoted.count == 4)
    }

    @Test func aPersonFollowedByAnAgencyInParenthesesWorksForIt() throws {
        var rules = try TestRules.rules()
        try rules.addRuleFile(TestRules.worksForInParentheses, file: "paren.yaml")
        let analysis = Pipeline(rules: rules).analyze(Document(identifier: "d", text: "Volgens rechercheur Liv Tamsen (NCB) is de zaak rond."))
        let relations = analysis.sentences.flatMap(\.relations).map { "\($0.source.label) -\($0.relation)-> \($0.target.label) \($0.rule)" }
        #expect(relations.contains("Liv Tamsen -works_for-> Nordic Crime Bureau person-paren-agency"))
    }

    @Test func literalsSplitAsTheTokenizerDoesSoAnInitialIsOneToken() throws {
        var rules = RuleSet()
        try rules.addRuleFile("""
        entity_patterns:
          - {id: dr-initial, type: person, pattern: "dr. [J. <Cap>]"}
        """, file: "initial.yaml")
        let analysis = Pipeline(rules: rules).analyze(Document(identifier: "d", text: "Het rapport van dr. J. Olander volgt later."))
        #expect(analysis.sentences.flatMap(\.mentions).map(\.entity.label) == ["J. Olander"])
    }

    @Test func elementsAreTheTopLevelItemsWithASpansItemsInItsPlace() throws {
        let pattern = try parse("{city.adj} [ (federale|lokale)? politie ] van? <Cap>")
        #expect(pattern.elements.map(\.source) == ["{city.adj}", "(federale|lokale)?", "politie", "van?", "<Cap>"])
        let program = PatternProgram(pattern)
        #expect(program.elementStarts.count == pattern.elements.count + 1)
        #expect(program.element(of: program.instructions.count - 1) == pattern.elements.count)
    }

    @Test func aRuleFileLetsQuotedTextThroughInSingleOrDoubleYAMLQuotes() throws {
        var rules = RuleSet()
        try rules.addRuleFile(#"""
        relation_patterns:
          - {id: single, relation: works_for, pattern: '{source:person} "(" {target:agency} ")"'}
          - {id: double, relation: works_for, pattern: "{source:person} \"(\" {target:agency} \")\""}
          - id: block
            relation: works_for
            pattern: >-
              {source:person} "(" {target:agency} ")"
        """#, file: "quoted.yaml")
        #expect(rules.relationPatterns.map { $0.pattern.elements.map(\.source) } == Array(repeating: [
            "{source:person}", #""(""#, "{target:agency}", #"")""#,
        ], count: 3))
        #expect(rules.relationPatterns[0].pattern.elements[1].location == SourceLocation(file: "quoted.yaml", line: 2, column: 65))
    }
}
