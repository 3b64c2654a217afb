import Testing
@testable import RelGraph

/// SplitMix64: a small seeded generator, so that every run tests the same inputs.
private struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var mixed = state
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        return mixed ^ (mixed >> 31)
    }
}

/// Whether `byte` starts a white-space scalar as the segmenter sees it, for the alphabets used here.
private func isWhiteSpaceLead(_ byte: UInt8) -> Bool {
    byte <= 0x20 || byte == 0x7F
}

/// Checks the invariants every segmentation must keep, and returns a description of the first broken one.
private func violation(in bytes: [UInt8], spans: [SentenceSpan], multiByteAllowed: Bool) -> String? {
    var previousEnd = 0
    var previousParagraph = 0
    for (offset, span) in spans.enumerated() {
        let range = span.range
        if range.isEmpty { return "empty span \(offset)" }
        if range.lowerBound < previousEnd { return "span \(offset) overlaps or is out of order" }
        if range.upperBound > bytes.count { return "span \(offset) is out of bounds" }
        if span.index != offset { return "span \(offset) has index \(span.index)" }
        let step = span.paragraph - (offset == 0 ? 0 : previousParagraph)
        if offset == 0 ? span.paragraph != 0 : !(step == 0 || step == 1) {
            return "span \(offset) jumps to paragraph \(span.paragraph)"
        }
        if isWhiteSpaceLead(bytes[range.lowerBound]) || isWhiteSpaceLead(bytes[range.upperBound - 1]) {
            return "span \(offset) is not trimmed"
        }
        if multiByteAllowed {
            if bytes[range.lowerBound] & 0xC0 == 0x80 { return "span \(offset) starts inside a scalar" }
            if range.upperBound < bytes.count && bytes[range.upperBound] & 0xC0 == 0x80 {
                return "span \(offset) ends inside a scalar"
            }
        }
        previousEnd = range.upperBound
        previousParagraph = span.paragraph
    }
    // Every byte that is neither white space nor a Markdown mark belongs to a sentence.
    var covered = [Bool](repeating: false, count: bytes.count)
    for span in spans { for position in span.range { covered[position] = true } }
    var position = 0
    while position < bytes.count {
        let byte = bytes[position]
        if byte == 0xC2 && position + 1 < bytes.count && bytes[position + 1] == 0xA0 {
            position += 2
            continue
        }
        if !covered[position] && !isWhiteSpaceLead(byte) && byte != UInt8(ascii: "#") {
            return "byte \(position) (\(byte)) is in no sentence"
        }
        position += 1
    }
    return nil
}

@Suite struct SegmentationRobustnessTests {
    @Test func randomInputsFromTheSmallAlphabetGiveWellFormedSpans() {
        let alphabet = ["a", "e", "B", "M", "De", ".", "”", " ", " ", "\n", "1", "7"].map { Array($0.utf8) }
        var generator = SeededGenerator(state: 2021)
        for trial in 0..<2_000 {
            var bytes: [UInt8] = []
            for _ in 0..<Int.random(in: 0...120, using: &generator) {
                bytes += alphabet[Int.random(in: 0..<alphabet.count, using: &generator)]
            }
            let spans = bytes.withUnsafeBufferPointer { Segmenter().sentences(in: $0) }
            let problem = violation(in: bytes, spans: spans, multiByteAllowed: true)
            #expect(problem == nil, "trial \(trial): \(problem ?? "") in \(String(decoding: bytes, as: UTF8.self).debugDescription)")
            if problem != nil { return }
        }
    }

    @Test func randomInputsWithPunctuationControlsAndMarkdownGiveWellFormedSpans() {
        let pieces = ["a", "é", "É", "St", "nr", "U", ".", "...", "…", "?", "!", "”", "“", "’", "'", "\"", "(", ")",
                      "[", " ", "\u{00A0}", "\t", "\n", "\r", "\r\n", "\u{0}", "\u{1B}", "#", "# ", "1", ",", ":"]
        let alphabet = pieces.map { Array($0.utf8) }
        var generator = SeededGenerator(state: 0x5C_ECC)
        for trial in 0..<2_000 {
            var bytes: [UInt8] = []
            for _ in 0..<Int.random(in: 0...160, using: &generator) {
                bytes += alphabet[Int.random(in: 0..<alphabet.count, using: &generator)]
            }
            let spans = bytes.withUnsafeBufferPointer { Segmenter().sentences(in: $0) }
            let problem = violation(in: bytes, spans: spans, multiByteAllowed: true)
            #expect(problem == nil, "trial \(trial): \(problem ?? "") in \(String(decoding: bytes, as: UTF8.self).debugDescription)")
            if problem != nil { return }
            let texts = bytes.withUnsafeBufferPointer { buffer in spans.map { $0.text(in: buffer) } }
            #expect(texts.allSatisfy { !$0.isEmpty && !$0.hasPrefix(" ") && !$0.hasSuffix(" ") && !$0.contains("  ") })
        }
    }

    @Test func wordAtATimeSearchesAgreeWithBytewiseOnes() {
        let alphabet: [UInt8] = [0x61, 0x20, 0x09, 0x0A, 0x0D, 0x2E, 0x21, 0x3F, 0xE2, 0x80, 0xA6, 0x01, 0x2F, 0xFF, 0x0B]
        var generator = SeededGenerator(state: 99)
        for _ in 0..<3_000 {
            let count = Int.random(in: 0...40, using: &generator)
            let bytes = (0..<count).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &generator)] }
            let start = Int.random(in: 0...count, using: &generator)
            let end = Int.random(in: start...count, using: &generator)
            let expectedLead = (start..<end).first { [0x2E, 0x21, 0x3F, 0xE2].contains(bytes[$0]) } ?? end
            let expectedBreak = (start..<count).first { bytes[$0] == 0x0A || bytes[$0] == 0x0D } ?? count
            bytes.withUnsafeBufferPointer { buffer in
                let text = Segmenter.Bytes(buffer: buffer)
                #expect(text.firstTerminatorLead(from: start, to: end) == expectedLead, "\(bytes) \(start)..<\(end)")
                #expect(text.firstLineBreak(from: start) == expectedBreak, "\(bytes) from \(start)")
            }
        }
    }

    @Test func arbitraryBytesNeverCrash() {
        var generator = SeededGenerator(state: 7)
        for _ in 0..<500 {
            let bytes = (0..<Int.random(in: 0...200, using: &generator)).map { _ in UInt8.random(in: 0...255, using: &generator) }
            let spans = bytes.withUnsafeBufferPointer { Segmenter().sentences(in: $0) }
            #expect(spans.allSatisfy { !$0.range.isEmpty && $0.range.upperBound <= bytes.count })
            _ = bytes.withUnsafeBufferPointer { buffer in spans.map { $0.text(in: buffer) } }
        }
    }

    @Test func fiveMegabytesGiveTheExpectedCounts() {
        let paragraph = "Sahil M. werd opgepakt door de FGP. Europol meldt o.a. 1.600 arrestaties.\r\nDe server stond in Frankrijk!\n\n"
        let repetitions = 5_000_000 / paragraph.utf8.count
        let text = String(repeating: paragraph, count: repetitions)
        let spans = Segmenter().sentences(in: text)
        #expect(spans.count == 3 * repetitions)
        #expect(spans.last?.paragraph == repetitions - 1)
        #expect(spans.last?.index == 3 * repetitions - 1)
        #expect(spans.last.map { $0.text(in: text) } == "De server stond in Frankrijk!")
    }

    /// Long runs in which nothing ends a sentence: linear to segment, and cut into pieces of at most
    /// `Segmenter.longestSentence` bytes that cover every byte but white space, so that no later stage
    /// meets an unbounded sentence.
    @Test func longRunsWithoutASentenceEndAreCutIntoBoundedPieces() {
        let length = 1_000_000
        let cases: [(text: String, sentences: Int?)] = [
            (String(repeating: "a.", count: length / 2), nil),          // periods without white space
            (String(repeating: ". ", count: length / 2), nil),          // nothing starts a sentence
            (String(repeating: "A. ", count: length / 3), nil),         // initials all the way
            (String(repeating: ".", count: length), nil),               // one endless terminator run
            (String(repeating: "”", count: length / 3) + ".", nil),     // one endless run of closers
            (String(repeating: " ", count: length) + "Tekst.", 1),
            ("Tekst." + String(repeating: "”", count: length / 3) + " Daarna.", nil),
            ("Tekst." + String(repeating: "\u{00A0}", count: length / 2), 1),
            (String(repeating: "K. De ", count: length / 6) + "Smet.", nil),  // particles after initials
            (String(repeating: "\n", count: length), 0),
            (String(repeating: "“Zin.” ", count: length / 11), length / 11),
            (String(repeating: "Zin. ", count: length / 5), length / 5),
        ]
        for (text, expected) in cases {
            let spans = Segmenter().sentences(in: text)
            let bytes = Array(text.utf8)
            if let expected { #expect(spans.count == expected, "\(text.prefix(12).debugDescription)…") }
            #expect(spans.allSatisfy { $0.range.count <= Segmenter.longestSentence }, "\(text.prefix(12).debugDescription)…")
            #expect(violation(in: bytes, spans: spans, multiByteAllowed: true) == nil, "\(text.prefix(12).debugDescription)…")
        }
    }

    @Test func aLongSentenceIsCutAtWhiteSpace() {
        let words = Array(repeating: "woord", count: 2_000)
        let spans = Segmenter().sentences(in: words.joined(separator: " "))
        let text = words.joined(separator: " ")
        #expect(spans.count == 3)
        #expect(spans.allSatisfy { $0.range.count <= Segmenter.longestSentence })
        #expect(spans.map { $0.text(in: text) }.joined(separator: " ") == text)
    }
}
