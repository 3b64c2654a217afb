import Testing
@testable import RelGraph

@Suite struct PatternProgramTests {
    private func program(_ pattern: String) throws -> PatternProgram {
        PatternProgram(try TokenPattern(parsing: pattern, at: SourceLocation(file: "t", line: 1), knownTypes: Set(EntityType.builtIn)))
    }

    /// The register values of every match of `program` over the words of `sentence`.
    private func matches(_ program: PatternProgram, in sentence: String) -> [[Int]] {
        var text = sentence
        return text.withUTF8 { bytes in
            let tokens = PatternToken.tokenize(0..<bytes.count, of: bytes, entityTokens: [])
            let context = PatternMatcher.Context(tokens: tokens, text: bytes, givenNames: []) { _, _ in false }
            var scratch = PatternMatcher.Scratch()
            return PatternMatcher(program: program).matches(in: context, scratch: &scratch).map(\.registers)
        }
    }

    @Test func eachRunOfOneWordAlternativesIsOneTest() throws {
        let compiled = try program("(a|b|c d|e|f) x")
        let tests = compiled.instructions.compactMap { instruction -> PatternProgram.Test? in
            if case .token(let test) = instruction { test } else { nil }
        }
        let wordTests = tests.filter { if case .words = $0 { true } else { false } }
        let literals = tests.filter { if case .literal = $0 { true } else { false } }
        #expect(wordTests.count == 2)  // {a, b} and {e, f}
        #expect(literals.count == 3)  // c, d and x
        #expect(compiled.wordSets.map(\.count) == [2, 2])
        #expect(compiled.startWords.count == 5 && compiled.otherStartTests.isEmpty)
    }

    /// A run of one-word alternatives compiled as one test matches exactly as the alternatives one by one:
    /// the same pattern with each one-word alternative made two elements (an optional word no sentence
    /// holds after it) is compiled the old way, and both give the same registers on every sentence.
    @Test(arguments: [
        ("[(chief|chief constable|constable|head)] <Cap>", "[(chief \"§\"?|chief constable|constable \"§\"?|head \"§\"?)] <Cap>"),
        ("(a|b c|b|c) (c|b)?", "(a \"§\"?|b c|b \"§\"?|c \"§\"?) (c \"§\"?|b \"§\"?)?"),
        ("(x|y)? (y|x y|x) … z", "(x \"§\"?|y \"§\"?)? (y \"§\"?|x y|x \"§\"?) … z"),
    ])
    func mergedAlternativesMatchAsTheAlternativesOneByOne(merged: String, separate: String) throws {
        let (fast, reference) = (try program(merged), try program(separate))
        #expect(fast.instructions.count < reference.instructions.count)
        let words = ["a", "b", "c", "x", "y", "z", "chief", "constable", "head", "Jones", "de"]
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        for _ in 0..<400 {
            var sentence: [String] = []
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            for _ in 0..<(1 + Int(state >> 61)) {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                sentence.append(words[Int(state >> 33) % words.count])
            }
            let text = sentence.joined(separator: " ")
            #expect(matches(fast, in: text) == matches(reference, in: text), "\(text)")
        }
    }
}
