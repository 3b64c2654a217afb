import Testing
@testable import RelGraph

@Suite struct PersonResolverTests {
    @Test func aBareInitialAndASurnameResolveToTheFullNameInTheDocument() throws {
        let text = """
        Peeters en Karim B. opgepakt

        Minister van Justitie Hilde Peeters reageerde. Advocaat Karim B. werd opgepakt in zijn kantoor. B. zal morgen gehoord worden. Volgens Peeters is dat een goede zaak.
        """
        let analysis = try TestRules.analyze(text)
        let labels = analysis.sentences.map { $0.mentions.filter { $0.entity.type == .person }.map(\.entity.label) }
        #expect(labels[0] == ["Hilde Peeters", "Karim B."])  // the heading names them before the text does
        #expect(labels[3] == ["Karim B."])
        #expect(labels[4] == ["Hilde Peeters"])
    }

    @Test func aSurnameTwoPeopleShareIsLeftAlone() {
        let resolver = PersonResolver(names: ["Jan Peeters", "Els Peeters", "Sahil M."])
        #expect(resolver.fullName(for: "Peeters") == nil)
        #expect(resolver.fullName(for: "M.") == "Sahil M.")
    }
}
