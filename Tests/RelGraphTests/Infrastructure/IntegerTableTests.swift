import Testing
@testable import RelGraph

@Suite struct IntegerTableTests {
    @Test func keysAreNumberedInOrderOfFirstAppearanceZeroIncluded() {
        let table = IntegerTable(numbering: [7, 3, 7, 0, 11])
        #expect(table.count == 4)
        #expect(table.value(of: 7) == 0 && table.value(of: 3) == 1 && table.value(of: 0) == 2 && table.value(of: 11) == 3)
        #expect(table.value(of: 5) == nil && !table.contains(12))
        #expect(Set(table.keys) == [0, 3, 7, 11])
        #expect(!IntegerTable(numbering: [1, 2]).contains(0) && IntegerTable().isEmpty)
    }

    /// The graph builder's use: a value filed once, found again, across many growths of the table.
    @Test func aValueFiledOnceIsFoundAgainAfterTheTableGrows() {
        var table = IntegerTable()
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        var keys: [UInt64] = []
        for index in 0..<20_000 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let key = index % 5 == 0 ? UInt64(index) : state  // packed small integers and mixed ones
            keys.append(key)
            #expect(table.value(for: key, orInsert: Int32(index)) == (Int32(index), true))
        }
        #expect(table.count == keys.count)
        for (index, key) in keys.enumerated() {
            #expect(table.value(for: key, orInsert: -1) == (Int32(index), false))
        }
    }

    @Test func everyWordOfALargeListIsFoundInAnyCaseAndNoOther() {
        let words = (0..<5_000).map { "word\($0)" }
        let table = IntegerTable(words: words)
        #expect(table.count == words.count)
        for (index, word) in words.enumerated() {
            #expect(table.value(of: SentenceProfile.fingerprint(CaseFolding.folded(word.uppercased()))) == Int32(index))
        }
        #expect((5_000..<10_000).filter { table.contains(SentenceProfile.fingerprint(CaseFolding.folded("word\($0)"))) }.isEmpty)
    }
}
