import Testing
@testable import RelGraph

@Suite struct PatternTokenTests {
    private func tokens(_ sentence: String) -> [(PatternToken.Kind, String)] {
        var text = sentence
        return text.withUTF8 { bytes in
            PatternToken.tokenize(0..<bytes.count, of: bytes, entityTokens: []).map {
                ($0.kind, String(decoding: UnsafeBufferPointer(rebasing: bytes[$0.range]), as: UTF8.self))
            }
        }
    }

    /// Class D of issue 14: a number with thousands separators is one token, so that it costs a gap one token.
    @Test func aNumberWithThousandsSeparatorsIsOneToken() {
        let found = tokens("170,000 users, 1.500.000 euro, 3,5 procent, 12,0000 and 2016.")
        #expect(found.filter { $0.0 == .number }.map(\.1) == ["170,000", "1.500.000", "3", "5", "12", "0000", "2016"])
    }

    @Test func initialsAndWordsAreTold() {
        let found = tokens("Sven D.M. werd O'Brien.")
        #expect(found.map(\.1) == ["Sven", "D.", "M.", "werd", "O", "'", "Brien", "."])
        #expect(found.map(\.0) == [.word, .word, .word, .word, .word, .punctuation, .word, .punctuation])
    }
}
