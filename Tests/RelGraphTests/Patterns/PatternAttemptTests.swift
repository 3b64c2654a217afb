import Testing
@testable import RelGraph

@Suite struct PatternAttemptTests {
    /// The furthest attempt of `pattern` over the words of `sentence` (no entities).
    private func attempt(_ pattern: String, in sentence: String) throws -> PatternAttempt {
        let parsed = try TokenPattern(parsing: pattern, at: SourceLocation(file: "t", line: 1), knownTypes: Set(EntityType.builtIn))
        let matcher = PatternMatcher(program: PatternProgram(parsed))
        var text = sentence
        return text.withUTF8 { bytes in
            let tokens = PatternToken.tokenize(0..<bytes.count, of: bytes, entityTokens: [])
            return matcher.furthestAttempt(in: PatternMatcher.Context(tokens: tokens, text: bytes, givenNames: []) { _, _ in false })
        }
    }

    @Test func theAttemptThroughTheMostElementsWinsWhereverItStarts() throws {
        // "in beslag" starts twice; only the second start gets as far as `genomen`'s place.
        let found = try attempt("in beslag genomen door", in: "in de zaak werd in beslag gezet door")
        #expect(!found.isMatch && found.start == 4 && found.stop == 6 && found.element == 2)
        #expect(found.failedTests.count == 1)
    }

    @Test func aGapCarriesTheAttemptAsFarAsItReaches() throws {
        let found = try attempt("werd … genomen", in: "werd het toestel in beslag")
        #expect(!found.isMatch && found.element == 2 && found.stop == 5)  // the sentence ended first
    }

    @Test func aMatchIsTheEarliestOne() throws {
        let found = try attempt("(in|op) beslag", in: "op beslag en in beslag")
        #expect(found.isMatch && found.start == 0 && found.stop == 2 && found.element == 2)
    }

    @Test func allTheTestsThatFailedAtTheFurthestPointAreKept() throws {
        // Two tests wait at `tijdens`: the word `door` and the class <Number> (one-word alternatives
        // would be one test: PatternProgramTests).
        let found = try attempt("genomen (door|<Number>) <Number>", in: "genomen tijdens")
        #expect(!found.isMatch && found.element == 1 && found.stop == 1 && found.failedTests.count == 2)
    }
}
