import Testing
@testable import RelGraph

@Suite struct EntityRecognizerTests {
    @Test func theLongestNameWinsAndAPlaceInsideAPlaceIsNotAMention() throws {
        let found = try TestRules.entities(in: "De speurders zochten vooral in de provincie Antwerpen.")
        #expect(found == ["region:provincie Antwerpen"])
    }

    @Test func namesAreFoundInsideHyphenatedCompoundsButNotInsideWords() throws {
        #expect(try TestRules.entities(in: "Alle Sky ECC-servers en SkyECC-toestellen werden onderzocht.") == ["platform:Sky ECC"])
        #expect(try TestRules.entities(in: "Het Encrochat-systeem viel.") == ["platform:EncroChat"])
        #expect(try TestRules.entities(in: "In Maasmechelen was er een huiszoeking.") == ["city:Maasmechelen"])
    }

    @Test func caseVariantsResolveToOneCanonicalNameAndKeepTheirSurfaceForms() throws {
        let analysis = try TestRules.analyze("SKY ECC is duur. Wie Sky gebruikt, betaalt veel. De sky is blauw.")
        let mentions = analysis.sentences.flatMap(\.mentions)
        #expect(Set(mentions.map(\.entity.label)) == ["Sky ECC"])
        #expect(mentions.map(\.surface) == ["SKY ECC", "Sky"])
    }

    @Test func allCapitalNamesOnlyMatchCapitals() throws {
        #expect(try TestRules.entities(in: "Het bedrijf werkt vanuit de VS.") == ["country:Verenigde Staten"])
        #expect(try TestRules.entities(in: "Het is Ajax vs Feyenoord.") == [])
    }

    @Test func adjectivesAndDemonymsResolveToTheirPlace() throws {
        #expect(try TestRules.entities(in: "De Antwerpse haven is groot.") == ["city:Antwerpen"])
        #expect(try TestRules.entities(in: "Dutch investigators were involved.") == ["country:Nederland"])
    }

    @Test func aPlaceNamedInsideAnAgencyNameIsStillMentioned() throws {
        let found = try TestRules.entities(in: "De rechercheurs van de eenheid Amsterdam en de politie Rotterdam werkten samen.")
        #expect(found == ["agency:eenheid Amsterdam", "agency:politie Rotterdam", "city:Amsterdam", "city:Rotterdam"])
    }

    @Test func nationalityAndAuthorityMakeAnAgencyAndCoordinationYieldsBoth() throws {
        let found = try TestRules.entities(in: "Het netwerk werd door de Nederlandse en Franse politie ontmanteld.")
        #expect(found == ["agency:Franse politie", "agency:Nederlandse politie", "country:Frankrijk", "country:Nederland"])
        #expect(try TestRules.entities(in: "Dutch police arrested him.") == ["agency:Nederlandse politie", "country:Nederland"])
        // Coordination wins over a gazetteer name for one of the conjuncts.
        #expect(try TestRules.entities(in: "Belgian and Dutch police arrested him.")
            == ["agency:Belgische politie", "agency:Nederlandse politie", "country:België", "country:Nederland"])
    }

    @Test func courtsAndJudgesAreNamedByTheirPlaceWhateverTheWording() throws {
        let one = try TestRules.entities(in: "Een Mechelse onderzoeksrechter leidt het dossier.")
        let other = try TestRules.entities(in: "De onderzoeksrechter in Mechelen leidt het dossier.")
        #expect(one == ["agency:onderzoeksrechter in Mechelen", "city:Mechelen"])
        #expect(other == one)
    }

    @Test func peopleAreFoundByInitialAndByRole() throws {
        let found = try TestRules.entities(in: "Advocaat Karim B., die in Gent woont, werd gehoord. Volgens federaal procureur Anne-Marie Van den Broeck is dat normaal.")
        #expect(found.contains("person:Karim B."))
        #expect(found.contains("person:Anne-Marie Van den Broeck"))
    }

    @Test func aKnownGivenNameStartsAFullNameWithoutARoleWord() throws {
        #expect(try TestRules.entities(in: "Volgens Europol speelde Hakan Ayik een sleutelrol.") == ["agency:Europol", "person:Hakan Ayik"])
        #expect(try TestRules.entities(in: "Minister van Justitie Vincent Van Quickenborne reageerde.").contains("person:Vincent Van Quickenborne"))
    }

    @Test func theGivenNameListReachesBeyondBelgianAndDutchNamesButNotOrdinaryWords() throws {
        let names = try TestRules.rules().givenNames
        for name in ["Thierry", "Merijn", "Joaquín", "Wayne", "Stella", "Younes", "Norbert"] { #expect(names.contains(name)) }
        for word in ["Roos", "Will", "Dan", "Rose", "Kent", "Augustus", "Jordan"] { #expect(!names.contains(word)) }
        #expect(try TestRules.entities(in: "Toen sprak Merijn Hoekstra de rechtbank toe.") == ["person:Merijn Hoekstra"])
        #expect(try TestRules.entities(in: "Roos Europol is geen naam.") == ["agency:Europol"])
    }

    @Test func aNameMayHaveAMiddleInitialAndAHyphenatedSurnameWithAParticle() throws {
        #expect(try TestRules.entities(in: "De zaak van Peter R. de Vries kwam weer op.") == ["person:Peter R. de Vries"])
        #expect(try TestRules.entities(in: "Dat meldt Jolanda Okafor-de Groot vandaag.") == ["person:Jolanda Okafor-de Groot"])
    }

    /// Class A: titles and ranks are not part of a name; apostrophes join a name's parts; initials after a title.
    @Test func titlesStayOutOfNamesAndApostrophesStayIn() throws {
        #expect(try TestRules.entities(in: "Detective Chief Superintendent Declan O'Brien briefed reporters.") == ["person:Declan O'Brien"])
        #expect(try TestRules.entities(in: "Meester Wouter Brinkgreve pleitte urenlang.") == ["person:Wouter Brinkgreve"])
        #expect(try TestRules.entities(in: "De verdediging van mr. K.L. Verhoeven vroeg uitstel.") == ["person:K.L. Verhoeven"])
    }

    /// Class A: a Flemish surname of a capitalised particle and a place is a name, and the place no mention;
    /// after a lower-case "van" the place is the person's place, as before.
    @Test func aSurnameThatIsAPlaceAfterACapitalisedParticleIsAName() throws {
        let rules = try RuleSet.builtIn()  // Bossche is 's-Hertogenbosch's adjective there
        #expect(try TestRules.entities(in: "Dat zegt advocaat Lieve Van den Bossche.", rules: rules) == ["person:Lieve Van den Bossche"])
        #expect(try TestRules.entities(in: "Dat zegt Marieke Van Gent van Europol.", rules: rules)
                == ["agency:Europol", "person:Marieke Van Gent"])
        #expect(try TestRules.entities(in: "Volgens burgemeester Bart Peeters van Antwerpen is het rustig.", rules: rules)
                == ["city:Antwerpen", "person:Bart Peeters"])
    }

    /// Class I: initials before "alias" and a nickname are one person.
    @Test func initialsBeforeANicknameAreAPerson() throws {
        #expect(try TestRules.entities(in: "De verdachte, T.J.W. alias Bolle, zweeg.") == ["person:T.J.W."])
        #expect(try TestRules.entities(in: "Ook Ruben K.P. alias Sjors werd gehoord.") == ["person:Ruben K.P."])
    }

    @Test func theLastConjunctKeepsItsOwnWordsAsAlias() throws {
        let analysis = try TestRules.analyze("Belgian and Dutch police raided homes.")
        let surfaces = Dictionary(analysis.sentences[0].mentions.map { ($0.entity.label, $0.surface) }) { first, _ in first }
        #expect(surfaces["Nederlandse politie"] == "Dutch police")
        #expect(surfaces["Belgische politie"] == "Belgian and Dutch police")
    }

    @Test(arguments: [
        "Volledig scherm Een foto van de rechtbank.",
        "Cryptotelefoons\n\nDe dienst is duur.",
        "Kortom, het was een drukke dag.",
        "Bluetooth en gps zijn uitgeschakeld.",
    ])
    func pageFurnitureHeadingsAndSentenceStartsAreNotEntities(text: String) throws {
        #expect(try TestRules.entities(in: text) == [])
    }
}
