import Testing
@testable import RelGraph

/// The built-in gazetteer and patterns on sentences of our own, for the classes of issue 14 that depend on
/// the generated place list (`scripts/gazetteer/make_places.py`).
@Suite struct DefaultRulePackTests {
    private func builtIn(_ text: String) throws -> [String] {
        try TestRules.entities(in: text, rules: RuleSet.builtIn())
    }

    /// Class G: plural demonyms are adjectival mentions of their country, an article is not part of a name,
    /// and a compass point before a country names a region.
    @Test func demonymsArticlesAndCompassRegions() throws {
        #expect(try builtIn("Bij de invallen werden drie Colombianen en twee Nederlanders opgepakt.")
                == ["country:Colombia", "country:Nederland"])
        #expect(try builtIn("Swedes and Finns used the app.") == ["country:Finland", "country:Zweden"])
        let analysis = try TestRules.analyze("The phones were sold in the Netherlands.", rules: RuleSet.builtIn())
        #expect(analysis.sentences[0].mentions.map(\.surface) == ["Netherlands"])
        #expect(try builtIn("De villa stond in Zuid-Frankrijk.") == ["region:Zuid-Frankrijk"])
        // A demonym that is also a surname stays a name: Fransen is not France.
        #expect(try builtIn("Dat zegt Marijke Fransen.") == ["person:Marijke Fransen"])
    }

    /// Classes F, J and K: courts named by their place, with or without a preposition, coordinated
    /// offices, one name for one office, English title-case institutions, a bare examining magistrate.
    @Test func institutionsNamedByTheirPlace() throws {
        #expect(try builtIn("De parketten van Kortrijk, Brugge en Leuven werkten samen.")
                == ["agency:parket van Brugge", "agency:parket van Kortrijk", "agency:parket van Leuven",
                    "city:Brugge", "city:Kortrijk", "city:Leuven"])
        #expect(try builtIn("Het parket in Kortrijk en het parket van Kortrijk zijn één dienst.")
                == ["agency:parket van Kortrijk", "city:Kortrijk"])
        #expect(try builtIn("De rechtbank Utrecht deed uitspraak.").contains("agency:rechtbank in Utrecht"))
        #expect(try builtIn("Het gerechtshof Arnhem-Leeuwarden oordeelde anders.").contains("agency:gerechtshof Arnhem-Leeuwarden"))
        #expect(try builtIn("De Gentse raadkamer verwees de zaak door.").contains("agency:Gentse raadkamer"))
        #expect(try builtIn("The case went to the Supreme Court.") == ["agency:Supreme Court"])
        #expect(try builtIn("He appeared before the High Court in Glasgow.").contains("agency:High Court in Glasgow"))
        #expect(try builtIn("Police Scotland led the inquiry.") == ["agency:Schotse politie", "country:Schotland"])
        // The Dutch examining magistrate, bare or with its place.
        #expect(try builtIn("De rechter-commissaris gaf toestemming.") == ["agency:rechter-commissaris"])
        #expect(try builtIn("De rechter-commissaris in Utrecht gaf toestemming.")
                == ["agency:rechter-commissaris in Utrecht", "city:Utrecht"])
    }

    /// Class L: towns and villages below the city threshold, hyphens and accents included, with or without
    /// the accents, named port areas and bylines; but no town whose name is a word or a surname.
    @Test func townsAndVillages() throws {
        #expect(try builtIn("In een loods in Braine-le-Château lagen 300 kilo cocaïne.") == ["city:Braine-le-Château"])
        #expect(try builtIn("Een tweede loods stond in Chaussee-Notre-Dame-Louvignies.")
                == ["city:Chaussée-Notre-Dame-Louvignies"])
        #expect(try builtIn("De containers kwamen aan in de haven bij Kallo en Lillo.") == ["city:Kallo", "city:Lillo"])
        #expect(try builtIn("Het drugslab lag in Achel, vlak bij de grens.") == ["city:Achel"])
        // News agencies named only in a byline.
        #expect(try builtIn("(Belga)") == ["media:Belga"])
        #expect(try builtIn("Bron: ANP") == ["media:ANP"])
        // Named port areas.
        #expect(try builtIn("De container werd op de Maasvlakte gescand en niet in het Deurganckdok.")
                == ["city:Deurganckdok", "city:Maasvlakte"])
        // Towns named Mont, Vance and Wyns exist; these sentences name none of them.
        #expect(try builtIn("Mont Blanc is hoog.").isEmpty)
        #expect(try builtIn("Dat zegt Karel Wyns.") == ["person:Karel Wyns"])
        #expect(try builtIn("Vance said nothing.").isEmpty)
    }
}
