import Testing
@testable import RelGraph

/// An organisation's abbreviation in parentheses names it throughout its document (issue 14, class K).
@Suite struct AbbreviationResolverTests {
    /// Invented organisations, on top of ``TestRules``.
    static let organisations = """
    entities:
      - {name: Centrale Dienst Havenrecherche, type: agency}
      - {name: Comité voor Digitale Handel, type: agency}
      - {name: Arcadian Federal Police, type: agency, aliases: [AFP]}
      - {name: CDH Logistiek, type: platform}
    """

    static func rules() throws -> RuleSet {
        var rules = try TestRules.rules()
        try rules.addRuleFile(organisations, file: "organisations.yaml")
        return rules
    }

    /// Each sentence's mentions of organisations as `surface → label`.
    private func organisations(in text: String) throws -> [[String]] {
        try TestRules.analyze(text, rules: Self.rules()).sentences.map { sentence in
            sentence.mentions.filter { $0.entity.type.isOrganisation }.map { "\($0.surface) → \($0.entity.label)" }
        }
    }

    @Test func theAbbreviationNamesTheAgencyBeforeAndAfterItsDefinition() throws {
        let text = """
        CDH valt binnen in haven

        De Centrale Dienst Havenrecherche (CDH) deed dinsdag een inval. Volgens de CDH ging het om drie containers. Een CDH-rechercheur bevestigde dat.
        """
        let agency = "Centrale Dienst Havenrecherche"
        #expect(try organisations(in: text) == [
            ["CDH → \(agency)"],  // the heading, before the definition
            ["\(agency) → \(agency)", "CDH → \(agency)"],
            ["CDH → \(agency)"],
            ["CDH → \(agency)"],
        ])
    }

    @Test func lettersThatDoNotFitTheNameMakeNoAlias() throws {
        let text = "De Centrale Dienst Havenrecherche (CHD) deed een inval. Volgens de CHD ging het om drie containers."
        #expect(try organisations(in: text) == [["Centrale Dienst Havenrecherche → Centrale Dienst Havenrecherche"], []])
    }

    @Test func theAliasStaysInItsDocument() throws {
        let analyzer = DocumentAnalyzer(rules: try Self.rules())
        var scratch = analyzer.makeScratch()
        var records = AnalysisRecords()
        var labels: [[String]] = []
        for text in ["De Centrale Dienst Havenrecherche (CDH) deed een inval. De CDH vond drie containers.",
                     "Volgens de CDH ging het om drie containers."] {
            var text = text
            text.withUTF8 { text in
                analyzer.analyze(text, document: "d", into: &records, scratch: &scratch)
                labels.append(records.mentions.map { scratch.table[$0.entity].label })
            }
        }
        #expect(labels == [Array(repeating: "Centrale Dienst Havenrecherche", count: 3), []])
    }

    @Test func theAliasReachesSentencesRecognizedAgainInPass2() throws {
        let text = "Volgens de CDH ging het om drie containers. De Centrale Dienst Havenrecherche (CDH) deed een inval. De CDH zweeg."
        let analyzer = DocumentAnalyzer(rules: try Self.rules(), initials: .merge,
                                        blocking: DocumentAnalyzer.Blocking(length: 1, retained: 0))
        let mentions = analyzer.analyze(Document(identifier: "d", text: text)).sentences.flatMap(\.mentions)
        #expect(mentions.map(\.surface) == ["CDH", "Centrale Dienst Havenrecherche", "CDH", "CDH"])
        #expect(Set(mentions.map(\.entity.label)) == ["Centrale Dienst Havenrecherche"])
    }

    @Test func aPersonFollowedByInitialsOrAnAgencyInParenthesesIsNoDefinition() throws {
        // The letters fit the person's name, but a person has no abbreviation.
        let person = try TestRules.analyze("Anna Verhoef (AV) sprak met de pers. Daarna zweeg AV.", rules: Self.rules())
        #expect(person.sentences.flatMap(\.mentions).map(\.surface) == ["Anna Verhoef"])
        // An abbreviation the document defines is an agency in parentheses after a person like any other.
        let text = "Volgens rechercheur Liv Tamsen (CDH) is de zaak rond. De Centrale Dienst Havenrecherche (CDH) deed een inval."
        #expect(try TestRules.relations(in: text, rules: Self.rules()) == ["Liv Tamsen -works_for-> Centrale Dienst Havenrecherche"])
    }

    @Test func anAbbreviationInsideAnotherNameOrWordOrInAnotherCaseIsNoMention() throws {
        let text = "De Centrale Dienst Havenrecherche (CDH) controleerde CDH Logistiek. Ook cdh en CDHX bleven buiten schot."
        #expect(try organisations(in: text) == [
            ["Centrale Dienst Havenrecherche → Centrale Dienst Havenrecherche", "CDH → Centrale Dienst Havenrecherche",
             "CDH Logistiek → CDH Logistiek"],
            [],
        ])
    }

    @Test func anAbbreviationTwoOrganisationsDefineNamesEachOnlyInItsParentheses() throws {
        let text = "De Centrale Dienst Havenrecherche (CDH) en het Comité voor Digitale Handel (CDH) spraken. De CDH zweeg."
        #expect(try organisations(in: text) == [
            ["Centrale Dienst Havenrecherche → Centrale Dienst Havenrecherche", "CDH → Centrale Dienst Havenrecherche",
             "Comité voor Digitale Handel → Comité voor Digitale Handel", "CDH → Comité voor Digitale Handel"],
            [],
        ])
    }

    @Test func aPlaceQualifiedAgencyWithItsKnownAbbreviationIsThatAgency() throws {
        let text = "Ook de Antwerpse federale gerechtelijke politie (FGP) was betrokken. Dat zegt een woordvoerder van de FGP Antwerpen."
        let fgp = "federale gerechtelijke politie"
        #expect(try organisations(in: text) == [
            ["Antwerpse federale gerechtelijke politie → \(fgp)", "FGP → \(fgp)"],
            ["FGP → \(fgp)"],
        ])
        // Without the abbreviation the composite stays as the patterns build it.
        #expect(try organisations(in: "Ook de Antwerpse federale gerechtelijke politie was betrokken.")
            == [["Antwerpse federale gerechtelijke politie → Antwerpse federale gerechtelijke politie"]])
    }

    @Test func aKnownAbbreviationOfAnAgencyTheNameDoesNotSpellOutMergesNothing() throws {
        // "AFP" fits "Antwerpse federale politie", but names the Arcadian Federal Police.
        let text = "De Antwerpse federale politie (AFP) deed een inval."
        #expect(try organisations(in: text) == [
            ["Antwerpse federale politie → Antwerpse federale politie", "AFP → Arcadian Federal Police"],
        ])
    }
}
