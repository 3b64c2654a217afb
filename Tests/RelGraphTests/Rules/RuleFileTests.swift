import Foundation
import Testing
@testable import RelGraph

@Suite struct RuleFileTests {
    private func load(_ yaml: String, builtIn: Bool = false) throws -> RuleSet {
        var rules = builtIn ? try RuleSet.builtIn() : RuleSet()
        try rules.addRuleFile(yaml, file: "my.yaml")
        try rules.validate()
        return rules
    }

    private func error(_ yaml: String, builtIn: Bool = false) -> RuleError? {
        do {
            _ = try load(yaml, builtIn: builtIn)
            return nil
        } catch let error as RuleError {
            return error
        } catch {
            return nil
        }
    }

    @Test(arguments: [
        ("entities:\n  - {name: Argus, type: operation}\n", "my.yaml:2:25", "unknown entity type 'operation'"),
        ("relation_patterns:\n  - {id: r, relation: funded_by, pattern: \"{source:person} … {target:person}\"}\n", "my.yaml:2:23", "unknown relation 'funded_by'"),
        ("entity_patterns:\n  - id: p\n    type: person\n    pattern: \"advocaat [<Name>\"\n", "my.yaml:4:24", "missing ']'"),
        ("entities:\n  - {name: Sky ECC, typ: platform}\n", "my.yaml:2:21", "unknown key 'typ'"),
        ("entities:\n  - {name: Sky ECC}\n", "my.yaml:2:5", "missing 'type'"),
        ("entities: [\n", "my.yaml:2:1", "invalid YAML"),
        ("relation_patterns:\n  - {id: r, relation: seized_by, pattern: \"{platform} … {agency}\"}\n", "my.yaml:2:43", "needs a {source:TYPE} slot"),
        ("entity_patterns:\n  - {id: p, type: agency, pattern: \"politie {city}\", name: \"politie {town}\"}\n", "my.yaml:2:60", "no slot 'town'"),
        ("same: [[Sky ECC, Sky Global]]\ndistinct: [[Sky Global, Sky ECC]]\n", "my.yaml:1:8", "both same and distinct"),
    ])
    func aBadRuleFileIsRefusedWithWhereAndWhat(yaml: String, location: String, message: String) {
        let found = error(yaml)
        #expect(found?.location.description == location, "\(String(describing: found))")
        #expect(found?.message.contains(message) == true, "\(String(describing: found))")
    }

    @Test func oneNameWithTwoTypesAndNoRuleForChoosingIsRefused() throws {
        let found = try #require(error("entities:\n  - {name: Antwerpen, type: region}\n", builtIn: true))
        #expect(found.location.description == "my.yaml:2:5")
        #expect(found.message.contains("'Antwerpen' is a region here and a city"))
        #expect(found.message.contains("context"))
    }

    @Test func aContextRuleChoosesBetweenTwoTypes() throws {
        var rules = try TestRules.rules()
        try rules.addRuleFile("entities:\n  - {name: Provincie Mechelen, type: region, aliases: [Mechelen], context: [provincie, province]}\n", file: "ctx.yaml")
        try rules.validate()
        let pipeline = Pipeline(rules: rules)
        let city = pipeline.analyze(Document(identifier: "a", text: "De rechtbank van Mechelen oordeelde."))
        let region = pipeline.analyze(Document(identifier: "b", text: "In de hele provincie werd gezocht, ook in Mechelen."))
        #expect(city.sentences[0].mentions.map(\.entity.type).contains(.city))
        #expect(region.sentences[0].mentions.map(\.entity.label) == ["Provincie Mechelen"])
    }

    @Test func newTypesFlowThroughToTheGraph() throws {
        var rules = try TestRules.rules()
        try rules.addRuleFile("""
        types: {entities: [operation], relations: [targeted_by]}
        entities:
          - {name: Argus, type: operation, aliases: [operatie Argus]}
        relation_patterns:
          - {id: targeted, relation: targeted_by, pattern: "{source:platform} … doelwit van {target:operation}"}
        """, file: "ops.yaml")
        let graph = Pipeline(rules: rules).build(documents: [Document(identifier: "d", text: "Sky ECC was het doelwit van operatie Argus.")])
        #expect(graph.nodes.map { "\($0.type):\($0.label)" } == ["operation:Argus", "platform:Sky ECC"])
        #expect(graph.edges.contains { $0.relation.name == "targeted_by" && $0.rule == "targeted" })
        #expect(GraphMLWriter().string(for: graph).contains(">operation</data>"))
    }

    @Test func theStopListSilencesSurfaceForms() throws {
        var rules = try TestRules.rules()
        try rules.addRuleFile("stop: [Sky, Volledig scherm]", file: "stop.yaml")
        let analysis = Pipeline(rules: rules).analyze(Document(identifier: "d", text: "Wie Sky gebruikt, gebruikt Sky ECC."))
        #expect(analysis.sentences[0].mentions.map(\.surface) == ["Sky ECC"])
    }

    @Test func sameMergesAndDistinctSeparates() throws {
        var rules = try TestRules.rules()
        try rules.addRuleFile("same: [[Sky ECC, Sky Global]]\ndistinct: [[Sky, Sky ECC], [B., Karim B.]]\n", file: "fix.yaml")
        try rules.validate()
        let graph = Pipeline(rules: rules).build(documents: [
            Document(identifier: "d", text: "Sky Global verkoopt Sky ECC. Een Sky-abonnement is duur. Advocaat Karim B. is opgepakt. B. zwijgt."),
        ])
        let labels = graph.nodes.map(\.label)
        #expect(labels == ["Karim B.", "Sky ECC"])
        #expect(graph.nodes.first { $0.label == "Sky ECC" }?.aliases == ["Sky ECC", "Sky Global"])
        #expect(graph.nodes.first { $0.label == "Karim B." }?.mentions == 1)
    }

    @Test func theEffectiveRuleSetPrintsAsARuleFileThatLoadsAgain() throws {
        let rules = try TestRules.rules()
        let printed = RuleSetPrinter().yaml(for: rules)
        var reloaded = RuleSet()
        try reloaded.addRuleFile(printed, file: "printed.yaml")
        #expect(reloaded.entities.map(\.name) == rules.entities.map(\.name))
        #expect(reloaded.entityPatterns.map(\.pattern.source) == rules.entityPatterns.map(\.pattern.source))
        #expect(reloaded.relationPatterns.map(\.id) == rules.relationPatterns.map(\.id))
        #expect(RuleSetPrinter().yaml(for: reloaded).split(separator: "\n").count == printed.split(separator: "\n").count)
    }

    @Test func theBuiltInPackPassesItsOwnChecks() throws {
        let rules = try RuleSet.builtIn()
        #expect(rules.entities.count > 2000)
        try rules.validate()
    }

    @Test func aMissingRuleFileIsNamed() {
        #expect(throws: RuleError.self) { try RuleSet.loading(["/no/such/rules.yaml"]) }
    }
}
