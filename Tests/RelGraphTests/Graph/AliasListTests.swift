import Testing
@testable import RelGraph

@Suite struct AliasListTests {
    /// 80,000 case variants of one name, each given twice, as a String and as bytes: each is kept once,
    /// in the order first seen, past the few that are compared one by one.
    @Test func keepsEachFormOnceInTheOrderFirstSeen() {
        let name = "operation trojan shield"
        let variants = (0..<80_000).map { number in
            HostileCorpus.caseVariant(number, of: name)
        }
        var list = AliasList()
        for variant in variants {
            list.insert(variant)
            var bytes = variant
            bytes.withUTF8 { list.insert($0) }
        }
        #expect(list.all == variants)
    }

    @Test func dropsDuplicatesOfTheFewComparedOneByOne() {
        let list = AliasList(["Europol", "europol", "Europol", "EUROPOL", "europol"])
        #expect(list.all == ["Europol", "europol", "EUROPOL"])
    }
}
