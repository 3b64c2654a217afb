import Testing
@testable import RelGraph

/// Class E of issue 14: a misspelt long name in the source is found as the entity, conservatively.
@Suite struct CloseVariantsTests {
    private static let rules = """
    entities:
      - {name: Quantacrypt, type: platform, misspellings: true}
      - {name: Quantaphone, type: platform, misspellings: true}
      - {name: Nordvault, type: platform}
      - {name: Lex, type: platform, misspellings: true}
    """

    private func entities(_ text: String) throws -> [String] {
        var rules = RuleSet()
        try rules.addRuleFile(Self.rules, file: "test.yaml")
        return try TestRules.entities(in: text, rules: rules)
    }

    @Test(arguments: ["Quantakrypt", "Quantacrypy", "Quantacryptt", "Quantcrypt", "Qunatacrypt", "Qunatakrypt"])
    func oneLetterLeftOutAddedReplacedOrSwappedIsTheName(word: String) throws {
        let found = try entities("Het netwerk \(word) viel.")
        // "Qunatakrypt" swaps two letters and replaces one: two edits, not taken.
        #expect(found == (word == "Qunatakrypt" ? [] : ["platform:Quantacrypt"]), "\(word)")
    }

    @Test func onlyTheEntriesThatAskForItCapitalisedAndUnambiguous() throws {
        #expect(try entities("Nordvaults en Nordvalt.") == ["platform:Nordvault"])     // no option: exact only (with its plural)
        #expect(try entities("Het quantakrypt-netwerk.") == [])                          // not capitalised
        #expect(try entities("Wrquantacrypt en Uuantacrypt.") == [])                     // another first letter, part of a longer word
        #expect(try entities("Quantaphont viel.") == ["platform:Quantaphone"])
        #expect(try entities("Quantacrypt2 en Quantacrypté.") == [])                     // digits or accents continue the word
        #expect(try entities("Lax en Lex.") == ["platform:Lex"])                         // short names are never guessed at
    }

    @Test func theMisspellingIsKeptAsTheSurface() throws {
        let analysis = try TestRules.analyze("Na de val van Quantakrypt stapten ze over.", rules: {
            var rules = RuleSet()
            try rules.addRuleFile(Self.rules, file: "test.yaml")
            return rules
        }())
        #expect(analysis.sentences[0].mentions.map(\.surface) == ["Quantakrypt"])
    }

    @Test func theOptionSurvivesPrintingTheRules() throws {
        var rules = RuleSet()
        try rules.addRuleFile(Self.rules, file: "test.yaml")
        let printed = RuleSetPrinter().yaml(for: rules)
        #expect(printed.contains("misspellings: true"))
        var again = RuleSet()
        try again.addRuleFile(printed, file: "printed.yaml")
        #expect(again.entities.map(\.findsMisspellings) == rules.entities.map(\.findsMisspellings))
    }
}
