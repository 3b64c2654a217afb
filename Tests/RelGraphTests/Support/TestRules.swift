@testable import RelGraph

/// A small rule set for tests: the built-in patterns with a hand-made gazetteer, so tests do not
/// depend on the generated place list.
enum TestRules {
    static let gazetteer = """
    entities:
      - {name: Nederland, type: country, aliases: [Netherlands, the Netherlands], adjectives: [Nederlandse, Dutch]}
      - {name: België, type: country, aliases: [Belgium], adjectives: [Belgische, Belgian]}
      - {name: Frankrijk, type: country, aliases: [France], adjectives: [Franse, French]}
      - {name: Canada, type: country}
      - {name: Verenigde Staten, type: country, aliases: [VS, USA], adjectives: [Amerikaanse, American]}
      - {name: Antwerpen, type: city, aliases: [Antwerp, Anvers], adjectives: [Antwerpse]}
      - {name: Mechelen, type: city, aliases: [Malines], adjectives: [Mechelse, Mechels]}
      - {name: Maasmechelen, type: city}
      - {name: Rotterdam, type: city, adjectives: [Rotterdamse]}
      - {name: Amsterdam, type: city, adjectives: [Amsterdamse]}
      - {name: provincie Antwerpen, type: region, aliases: [province of Antwerp]}
      - {name: Limburg, type: region, adjectives: [Limburgse]}
      - {name: Noord-Amerika, type: region, aliases: [North America]}
      - {name: Amerika, type: region}
      - {name: Sky ECC, type: platform, aliases: [SkyECC, Sky]}
      - {name: Sky Global, type: platform}
      - {name: EncroChat, type: platform}
      - {name: iPhone, type: platform}
      - {name: AT&T, type: platform}
      - {name: federaal parket, type: agency, aliases: [federale parket]}
      - {name: federale gerechtelijke politie, type: agency, aliases: [FGP]}
      - {name: landelijke eenheid, type: agency}
      - {name: Team High Tech Crime, type: agency}
      - {name: Europol, type: agency}
      - {name: Nederlandse politie, type: agency, aliases: [Nationale Politie, Dutch police]}
      - {name: Justitie, type: agency, aliases: [Justice]}
      - {name: Binnenlandse Zaken, type: agency}
      - {name: VRT, type: media}
      - {name: Gazet van Antwerpen, type: media}
      - {name: De Standaard, type: media}
    """

    /// An invented agency with an abbreviation, and a relation pattern with quoted parentheses:
    /// "Liv Tamsen (NCB)" works for the Nordic Crime Bureau.
    static let worksForInParentheses = """
    entities:
      - {name: Nordic Crime Bureau, type: agency, aliases: [NCB]}
    relation_patterns:
      - id: person-paren-agency
        relation: works_for
        pattern: '{source:person} "(" {target:agency} ")"'
    """

    static func rules() throws -> RuleSet {
        var rules = RuleSet()
        try rules.addRuleFile(DefaultRulePack.patterns, file: "<built-in>/patterns.yaml")
        try rules.addRuleFile(DefaultRulePack.givenNames, file: "<built-in>/given-names.yaml")
        try rules.addRuleFile(gazetteer, file: "test-gazetteer.yaml")
        return rules
    }

    /// The analysis of `text` as one document, with these rules or `rules`.
    static func analyze(_ text: String, rules given: RuleSet? = nil) throws -> DocumentAnalysis {
        Pipeline(rules: try given ?? rules()).analyze(Document(identifier: "test.txt", text: text))
    }

    /// The labels of the entities found in `text`, sorted, as `type:label`.
    static func entities(in text: String, rules given: RuleSet? = nil) throws -> [String] {
        let analysis = try analyze(text, rules: given)
        return Set(analysis.sentences.flatMap(\.mentions).map { "\($0.entity.type):\($0.entity.label)" }).sorted()
    }

    /// The typed relations found in `text`, as `source -relation-> target`.
    static func relations(in text: String, rules given: RuleSet? = nil) throws -> [String] {
        let analysis = try analyze(text, rules: given)
        return Set(analysis.sentences.flatMap(\.relations).map { "\($0.source.label) -\($0.relation)-> \($0.target.label)" }).sorted()
    }
}
