import Testing
@testable import RelGraph

/// Resolution as maps from entity id to entity id: people's surnames and initials, the analyst's
/// `same` and `distinct`, and the initials policy.
@Suite struct EntityRemapTests {
    private func people(in text: String, rules extra: String = "", initials: InitialsPolicy = .merge) throws -> [[String]] {
        var rules = try TestRules.rules()
        if !extra.isEmpty { try rules.addRuleFile(extra, file: "extra.yaml") }
        let analysis = DocumentAnalyzer(rules: rules, initials: initials).analyze(Document(identifier: "d.txt", text: text))
        return analysis.sentences.map { $0.mentions.filter { $0.entity.type == .person }.map(\.entity.label) }
    }

    @Test func aSurnameAndAnInitialResolveToTheFullName() throws {
        #expect(try people(in: "Advocaat Karim B. werd opgepakt. B. ontkent.") == [["Karim B."], ["Karim B."]])
    }

    @Test func sameCorrectionsMapEveryMentionToTheGroupsFirstName() throws {
        let same = "same:\n  - [Europol, Landelijke eenheid]\n"
        let analysis = DocumentAnalyzer(rules: try {
            var rules = try TestRules.rules()
            try rules.addRuleFile(same, file: "same.yaml")
            return rules
        }()).analyze(Document(identifier: "d.txt", text: "Europol werkte met de landelijke eenheid."))
        #expect(analysis.sentences[0].mentions.map(\.entity.label) == ["Europol", "Europol"])
    }

    @Test func distinctKeepsAReferenceApartFromTheFullName() throws {
        let distinct = "distinct:\n  - [B., Karim B.]\n"
        #expect(try people(in: "Advocaat Karim B. werd opgepakt. B. ontkent.", rules: distinct) == [["Karim B."], []])
    }

    @Test func thePerDocumentPolicyGivesEachDocumentItsOwnPerson() throws {
        #expect(try people(in: "Advocaat Karim B. werd opgepakt. B. ontkent.", initials: .perDocument)
            == [["Karim B. (d.txt)"], ["Karim B. (d.txt)"]])
    }
}
