import Testing
@testable import RelGraph

@Suite struct FingerprintTableTests {
    @Test func fingerprintsAreNumberedInOrderOfFirstAppearance() {
        let table = FingerprintTable([7, 3, 7, 0, 11])
        #expect(table.count == 4)
        #expect(table.value(of: 7) == 0 && table.value(of: 3) == 1 && table.value(of: 0) == 2 && table.value(of: 11) == 3)
        #expect(table.value(of: 5) == nil && !table.contains(12))
        #expect(Set(table.fingerprints) == [0, 3, 7, 11])
    }

    @Test func zeroIsAbsentUntilAdded() {
        #expect(!FingerprintTable([1, 2]).contains(0))
        #expect(FingerprintTable([]).isEmpty && !FingerprintTable([]).contains(0))
    }

    @Test func everyWordOfALargeListIsFoundAndNoOther() {
        let words = (0..<5_000).map { "word\($0)" }
        let table = FingerprintTable(words: words)
        #expect(table.count == words.count)
        for (index, word) in words.enumerated() {
            #expect(table.value(of: SentenceProfile.fingerprint(CaseFolding.folded(word.uppercased()))) == Int32(index))
        }
        let others = (5_000..<10_000).filter { table.contains(SentenceProfile.fingerprint(CaseFolding.folded("word\($0)"))) }
        #expect(others.isEmpty)
    }
}
