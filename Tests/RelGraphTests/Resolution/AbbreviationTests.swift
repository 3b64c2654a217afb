import Testing
@testable import RelGraph

/// The shape of an abbreviation in parentheses and the rule for when its letters fit a name's initials.
@Suite struct AbbreviationTests {
    /// Whether `abbreviation`, written in parentheses after `name`, is one and fits it; the words in
    /// `places` count as a place named inside the name.
    private func fits(_ name: String, _ abbreviation: String, places: Set<String> = []) -> Bool {
        var text = "\(name) (\(abbreviation)) was er."
        let end = name.utf8.count
        return text.withUTF8 { text in
            guard let found = Abbreviation(after: end, in: text, within: 0..<text.count) else { return false }
            return found.fits(0..<end, in: text) { word in
                places.contains(String(decoding: UnsafeBufferPointer(rebasing: text[word]), as: UTF8.self))
            }
        }
    }

    /// The letters found in parentheses after the first `name.count` bytes of `text`, if any.
    private func abbreviation(in text: String, after name: String) -> String? {
        var text = text
        let end = name.utf8.count
        return text.withUTF8 { text in
            Abbreviation(after: end, in: text, within: 0..<text.count).map {
                String(decoding: UnsafeBufferPointer(rebasing: text[$0.letters]), as: UTF8.self)
            }
        }
    }

    @Test func everyWordGivesItsInitialInOrder() {
        #expect(fits("Joint Investigation Team", "JIT"))
        #expect(fits("Dienst Speciale Recherche", "DSR"))
        #expect(fits("Nationale Opsporingsdienst Criminaliteit", "NOC"))
        #expect(fits("federale gerechtelijke politie", "FGP"))  // letters compared without case
        #expect(!fits("Nationale Opsporingsdienst Criminaliteit", "NC"))  // a word left out
        #expect(!fits("Nationale Opsporingsdienst Criminaliteit", "NOCR"))  // a letter left over
        #expect(!fits("Nationale Opsporingsdienst Criminaliteit", "ONC"))  // out of order
        #expect(!fits("Europol", "EP"))
    }

    @Test func lowerCaseFunctionWordsMayGiveTheirInitialOrNothing() {
        #expect(fits("Dienst voor de Bestrijding van Zeesmokkel", "DBZ"))
        #expect(fits("Dienst voor de Bestrijding van Zeesmokkel", "DVDBVZ"))
        #expect(fits("Department of Justice", "DOJ"))
        #expect(fits("Department of Justice", "DJ"))
        // Written with a capital, a function word is a word of the name like any other.
        #expect(!fits("Dienst Voor Bestrijding", "DB"))
        #expect(fits("Dienst Voor Bestrijding", "DVB"))
    }

    @Test func onlyAHyphenOrAnInnerCapitalSplitsAWord() {
        #expect(fits("Team High-Tech Fraude", "THTF"))
        #expect(fits("Team High-Tech Fraude", "THF"))
        #expect(fits("GhostLink", "GL"))
        // A closed compound gives one letter: nothing in the text says where its parts meet.
        #expect(!fits("Rijksrecherche", "RR"))
        #expect(!fits("Nationale Opsporingsdienst", "NOD"))
    }

    @Test func aLowerCaseLetterContinuesItsCapitalsPart() {
        #expect(fits("Koninklijke Marechaussee", "KMar"))
        #expect(!fits("Koninklijke Marechaussee", "KMer"))
        #expect(!fits("Koninklijke Marechaussee", "KMarx"))
    }

    @Test func aPlaceNamedInsideTheNameMayGiveNothing() {
        #expect(fits("Antwerpse federale gerechtelijke politie", "FGP", places: ["Antwerpse"]))
        #expect(fits("Antwerpse federale gerechtelijke politie", "AFGP", places: ["Antwerpse"]))
        #expect(!fits("Antwerpse federale gerechtelijke politie", "FGP"))
    }

    @Test func aNameOfThousandsOfPartsIsFittedInOnePass() {
        let name = "X" + String(repeating: "-a", count: 5_000)
        #expect(fits(name, "XAAAAAAA"))
        #expect(!fits(name, "XAAAAAAB"))
    }

    @Test func theAbbreviationIsTwoToEightLettersWithTwoCapitalsInParentheses() {
        #expect(abbreviation(in: "Havendienst (HD) kwam", after: "Havendienst") == "HD")
        #expect(abbreviation(in: "Havendienst  (HD) kwam", after: "Havendienst") == "HD")
        #expect(abbreviation(in: "Havendienst (ABCDEFGH) kwam", after: "Havendienst") == "ABCDEFGH")
        #expect(abbreviation(in: "Havendienst (ABCDEFGHI) kwam", after: "Havendienst") == nil)
        #expect(abbreviation(in: "Havendienst (H) kwam", after: "Havendienst") == nil)
        #expect(abbreviation(in: "Havendienst (Hd) kwam", after: "Havendienst") == nil)
        #expect(abbreviation(in: "Havendienst (HD2) kwam", after: "Havendienst") == nil)
        #expect(abbreviation(in: "Havendienst (H-D) kwam", after: "Havendienst") == nil)
        #expect(abbreviation(in: "Havendienst (HD kwam", after: "Havendienst") == nil)
        #expect(abbreviation(in: "Havendienst, (HD) kwam", after: "Havendienst") == nil)
        #expect(abbreviation(in: "Havendienst\n(HD) kwam", after: "Havendienst") == nil)
    }
}
