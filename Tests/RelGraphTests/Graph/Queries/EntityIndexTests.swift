import Testing
@testable import RelGraph

extension Queries {
    @Suite struct Lookup {
        typealias G = QueryGraphs
        let index = EntityIndex(indexing: QueryGraphs.investigation)

        @Test func foldingIgnoresCaseAccentsAndSeparators() {
            #expect(NameFolding.key("  Frédéric--Van.Leeuw_ ") == "frederic van leeuw")
            #expect(NameFolding.key("FEDERAAL\tPARKET") == "federaal parket")
            #expect(NameFolding.key("ﬁnancieel İnzicht") == "financieel inzicht")
            #expect(NameFolding.key(" - . ") == "")
        }

        @Test func editDistanceCountsSwapsAsOneEdit() {
            func distance(_ a: String, _ b: String, limit: Int = 10) -> Int? {
                EditDistance.between(NameFolding.fold(a), NameFolding.fold(b), limit: limit)
            }
            #expect(distance("encrochat", "encrochta") == 1)
            #expect(distance("europol", "europl") == 1)
            #expect(distance("antwerpen", "antwrepen") == 1)
            #expect(distance("sky ecc", "") == 7)
            #expect(distance("kitten", "sitting") == 3)
            #expect(distance("kitten", "sitting", limit: 2) == nil)
            #expect(distance("europol", "vancouver", limit: 2) == nil)
        }

        @Test func exactIdentifierWins() {
            #expect(index.resolve("person:Frédéric_Van_Leeuw") == .found(G.vanLeeuw))
            #expect(index.resolve(" region:Limburg ") == .found(G.limburg))
        }

        @Test func labelsMatchWhateverTheCaseAccentsAndSpacing() {
            #expect(index.resolve("frederic van leeuw") == .found(G.vanLeeuw))
            #expect(index.resolve("federaal  Parket") == .found(G.federaalParket))
            #expect(index.resolve("FEDERAAL-PARKET.") == .found(G.federaalParket))
            #expect(index.resolve("belgie") == .found(G.belgie))
            #expect(index.resolve("Sky-ECC") == .found(G.skyECC))
        }

        @Test func aliasesMatch() {
            #expect(index.resolve("Antwerp") == .found(G.antwerpen))
            #expect(index.resolve("sky") == .found(G.skyECC))
            #expect(index.resolve("van leeuw") == .found(G.vanLeeuw))
        }

        @Test func typedFormChoosesBetweenNamesakes() {
            #expect(index.resolve("region:limburg") == .found(G.limburg))
            #expect(index.resolve("person: Limburg") == .found(G.janLimburg))
            #expect(index.resolve("platform:sky_ecc") == .found(G.skyECC))
            #expect(index.resolve("Person:frederic van leeuw") == .found(G.vanLeeuw))
        }

        @Test func sharedNameIsAmbiguousLabelsFirst() {
            #expect(index.resolve("Limburg") == .ambiguous([G.limburg, G.janLimburg]))
            #expect(index.resolve("limburg").node == nil)
        }

        @Test func unknownNamesSuggestTheClosest() {
            #expect(index.resolve("Europl") == .notFound(suggestions: [G.europol]))
            #expect(index.resolve("Encrochta") == .notFound(suggestions: [G.encroChat]))
            #expect(index.resolve("leeuw") == .notFound(suggestions: [G.vanLeeuw]))
            // Word starts first, then by normalized distance: "antwerpen" is closer than "politie antwerpen".
            #expect(index.resolve("antw") == .notFound(suggestions: [G.antwerpen, G.politieAntwerpen]))
            // Inside a type, only that type is suggested.
            #expect(index.resolve("platform:Sky_EC") == .notFound(suggestions: [G.skyECC]))
            #expect(index.resolve("xyzzy") == .notFound(suggestions: []))
            #expect(index.resolve("   ") == .notFound(suggestions: []))
        }

        @Test func nearSpellingsComeBeforeInnerSubstrings() {
            // "ecc" spells "ecc" exactly inside "sky ecc" (a word start); "paket" is one edit from "parket".
            #expect(index.suggestions(for: "paket") == [G.federaalParket])
            #expect(index.suggestions(for: "rop") == [G.europol])
            #expect(index.suggestions(for: "ECC") == [G.skyECC])
        }

        @Test func suggestionsAreCappedAndDeterministic() {
            let nodes = (1...8).map { Node(label: "Eenheid \($0)", type: .agency, aliases: ["Eenheid \($0)"]) }
            let index = EntityIndex(indexing: Graph(nodes: nodes.reversed(), edges: []))
            let expected = (1...5).map { NodeID(type: .agency, name: "Eenheid \($0)") }
            #expect(index.resolve("eenheid") == .notFound(suggestions: expected))
            #expect(index.suggestions(for: "eenheid", limit: 2) == Array(expected.prefix(2)))
            #expect(index.suggestions(for: "eenheid", limit: 0) == [])
        }

        @Test func graphResolvesThroughAThrowAwayIndex() {
            #expect(G.investigation.resolve("Frederic Van Leeuw") == .found(G.vanLeeuw))
            #expect(G.investigation.resolve("Limburg") == index.resolve("Limburg"))
        }
    }
}
