import Foundation
import Testing
import RelGraph

@Suite struct PhraseMatcherTests {
    /// The matched substrings of `text`, with the phrase index, in reported order.
    private func found(_ phrases: [String], in text: String) -> [String] {
        let bytes = Array(text.utf8)
        return PhraseMatcher(phrases: phrases).matches(in: text).map { match in
            "\(String(decoding: bytes[match.range], as: UTF8.self))#\(match.phrase)"
        }
    }

    @Test func foldsASCIIAndLatin1CapitalsOnly() {
        #expect(found(["Sky ECC"], in: "De SKY ECC-infrastructuur lag plat.") == ["SKY ECC#0"])
        #expect(found(["Frédéric", "Zürich"], in: "FRÉDÉRIC reisde naar ZÜRICH.") == ["FRÉDÉRIC#0", "ZÜRICH#1"])
        #expect(found(["ÉLODIE"], in: "met élodie") == ["élodie#0"])
        // × (C3 97) is not a capital and must not fold to ÷ (C3 B7); Ł (C5 81) is not š (C5 A1).
        #expect(found(["×"], in: "a ÷ b").isEmpty)
        #expect(found(["÷"], in: "a × b").isEmpty)
        #expect(found(["Łukasz"], in: "met šukasz").isEmpty)
        // Other scripts match exactly.
        #expect(found(["Ωmega"], in: "ωmega").isEmpty)
        #expect(found(["ωmega"], in: "ωMEGA") == ["ωMEGA#0"])
    }

    @Test func requiresWordBoundariesOnBothSides() {
        #expect(found(["Mechelen"], in: "Een loods in Maasmechelen.").isEmpty)
        #expect(found(["Mechelen"], in: "Mechelenaars protesteerden.").isEmpty)
        #expect(found(["EncroChat"], in: "Het Encrochat-systeem viel.") == ["Encrochat#0"])
        #expect(found(["Sky"], in: "Zijn Sky-accounts werden gelezen.") == ["Sky#0"])
        #expect(found(["Sky"], in: "Het woord ’Sky’ en “Sky” en «Sky».").count == 3)
        #expect(found(["Sky"], in: "ZoSky, Sky2 en 2Sky, éSky en Skyé.").isEmpty)
        #expect(found(["Gent"], in: "Gent\u{00A0}en Gent–Brugge en Gent… en (Gent)").count == 4)
        #expect(found(["Sky"], in: "Sky") == ["Sky#0"])
        // A combining accent after the phrase keeps it inside the word.
        #expect(found(["Zurich"], in: "Zurich\u{0301}").isEmpty)
    }

    @Test func acceptsAnInflectionSuffixAfterALetter() {
        #expect(found(["iPhone"], in: "Twee iPhones en een iPhone.") == ["iPhones#0", "iPhone#0"])
        #expect(found(["Google Pixel"], in: "Ze gebruikten Google Pixels.") == ["Google Pixels#0"])
        #expect(found(["Europol"], in: "Europol's rapport en Europol’s analyse") == ["Europol's#0", "Europol’s#0"])
        #expect(found(["Audi"], in: "twee AUDI'S en AUDIS") == ["AUDI'S#0", "AUDIS#0"])
        // Exactly one suffix, followed by a boundary.
        #expect(found(["Sky"], in: "Skyscraper, Skyss en Skyes").isEmpty)
        // The apostrophe alone is a boundary, so the phrase still matches without the suffix.
        #expect(found(["Sky"], in: "Sky'sje en Sky’t") == ["Sky#0", "Sky#0"])
        // Only after a phrase that ends in a letter.
        #expect(found(["Pixel 7"], in: "twee Pixel 7s").isEmpty)
        #expect(found(["Pixel 7"], in: "twee Pixel 7").count == 1)
        #expect(found(["N.V."], in: "de N.V.s").isEmpty)
        #expect(found(["Zürich"], in: "Zürichs haven") == ["Zürichs#0"])
    }

    @Test func reportsOverlapsAndPrefixesOrderedByEnd() {
        let phrases = ["Antwerpen", "Gazet van Antwerpen", "Sky", "Sky ECC", "Sky Global", "Global"]
        // Within one end offset the order is left open, so compare sorted lists here.
        #expect(found(phrases, in: "Volgens de Gazet van Antwerpen kocht Sky Global Sky ECC.").sorted()
            == ["Antwerpen#0", "Gazet van Antwerpen#1", "Global#5", "Sky ECC#3", "Sky Global#4", "Sky#2", "Sky#2"])
        #expect(found(["Sky ECC", "Sky"], in: "Sky ECCs") == ["Sky#1", "Sky ECCs#0"])
    }

    @Test func reportsEveryIndexOfDuplicatePhrases() {
        #expect(found(["Sky", "SKY", "Sky ECC", "sky"], in: "sky") == ["sky#0", "sky#1", "sky#3"])
    }

    @Test func handlesDegenerateInputs() {
        #expect(found([], in: "Sky ECC").isEmpty)
        #expect(found(["", "Sky"], in: "Sky") == ["Sky#1"])
        #expect(found(["Sky ECC"], in: "").isEmpty)
        #expect(found(["Sky ECC"], in: "Sky").isEmpty)
        #expect(found(["X", "é"], in: "X y é Éx") == ["X#0", "é#1"])
        #expect(found(["Wallonië"], in: "WALLONIË") == ["WALLONIË#0"])
    }

    @Test func survivesMalformedUTF8() {
        let matcher = PhraseMatcher(phrases: ["sky", "é"])
        let bytes: [UInt8] = [0x80, 0x20, 0x73, 0x6B, 0x79, 0xC3, 0xFF, 0xC3, 0xA9, 0xE2, 0x80, 0x73, 0x6B, 0x79, 0xC3]
        var ranges: [Range<Int>] = []
        bytes.withUnsafeBufferPointer { buffer in matcher.forEachMatch(in: buffer) { ranges.append($0.range) } }
        #expect(ranges == [2..<5, 7..<9, 11..<14])
    }

    @Test func scalesToManyPhrasesAndLongTexts() {
        let phrases = (0..<20_000).map { "Dossier \($0)" }
        let matcher = PhraseMatcher(phrases: phrases)
        #expect(matcher.matches(in: "In dossier 123 en DOSSIER 19999, niet dossier 20000.").map(\.phrase) == [123, 19_999])
        let sentence = "Het parket opende dossier 42 over de haven van Antwerpen; dossier 7-bis volgde. "
        let text = String(repeating: sentence, count: 40_000)
        var count = 0, lastEnd = 0, ordered = true
        var copy = text
        copy.withUTF8 { buffer in
            matcher.forEachMatch(in: buffer) { match in
                count += 1
                ordered = ordered && match.range.upperBound >= lastEnd
                lastEnd = match.range.upperBound
            }
        }
        #expect(count == 80_000 && ordered)
    }

    @Test func agreesWithANaiveScanOnRandomInputs() {
        var generator = SplitMix64(seed: 0x5EED)
        // é/É/á/Á fold; š (C5 A1) and Ł (C5 81) share continuation bytes with á and Á but must not fold.
        let textAlphabet = ["a", "b", "s", "S", "A", " ", "-", "é", "É", "'", "’", "×", "÷", "x", "á", "Á", "š", "Ł"]
        let phraseAlphabet = ["a", "s", "S", "A", "é", "É", " ", "-", "’", "×", "b", "á", "š", "Ł"]
        for round in 0..<3_000 {
            let phraseCount = round % 10 == 0 ? 60 : Int.random(in: 1...8, using: &generator)
            let phrases = (0..<phraseCount).map { _ in
                (0..<Int.random(in: 0...4, using: &generator)).map { _ in
                    phraseAlphabet.randomElement(using: &generator) ?? ""
                }.joined()
            }
            let text = (0..<Int.random(in: 0...60, using: &generator)).map { _ in
                textAlphabet.randomElement(using: &generator) ?? ""
            }.joined()
            let actual = PhraseMatcher(phrases: phrases).matches(in: text)
            let expected = NaivePhraseScan.matches(of: phrases, in: text)
            let inEndOrder = zip(actual, actual.dropFirst()).allSatisfy { $0.range.upperBound <= $1.range.upperBound }
            #expect(NaivePhraseScan.canonical(actual) == expected && inEndOrder, "phrases \(phrases) in \"\(text)\"")
            if NaivePhraseScan.canonical(actual) != expected || !inEndOrder { return }
        }
    }

    /// Long texts go through the interleaved scan, whose quarters start early and whose chunks carry state.
    @Test func agreesWithANaiveScanOnLongTexts() {
        var generator = SplitMix64(seed: 0xC0FFEE)
        let pieces = ["a", "s", "É", " ", "-", "’s", "x", "'", "é"]
        for round in 0..<41 {
            let length = round == 40 ? 70_000 : Int.random(in: 500...3_000, using: &generator)
            let phrases = (0..<12).map { _ in
                (0..<Int.random(in: 1...14, using: &generator)).map { _ in
                    ["a", "s", "é", " "].randomElement(using: &generator) ?? ""
                }.joined()
            }
            var text = ""
            var scalarCount = 0
            while scalarCount < length {
                let piece = Bool.random(using: &generator)
                    ? phrases.randomElement(using: &generator) ?? ""
                    : pieces.randomElement(using: &generator) ?? ""
                text += piece
                scalarCount += piece.unicodeScalars.count
            }
            let actual = PhraseMatcher(phrases: phrases).matches(in: text)
            let inEndOrder = zip(actual, actual.dropFirst()).allSatisfy { $0.range.upperBound <= $1.range.upperBound }
            let expected = NaivePhraseScan.matches(of: phrases, in: text)
            #expect(NaivePhraseScan.canonical(actual) == expected && inEndOrder, "round \(round)")
            if NaivePhraseScan.canonical(actual) != expected || !inEndOrder { return }
        }
    }
}

/// Prints the scanning speed in release builds; runs only with `RELGRAPH_MEASURE=1`, and asserts nothing:
/// `RELGRAPH_MEASURE=1 swift test -c release -Xswiftc -enable-testing --filter PhraseMatcherThroughput`.
@Suite struct PhraseMatcherThroughput {
    @Test(.enabled(if: ProcessInfo.processInfo.environment["RELGRAPH_MEASURE"] == "1"))
    func scanFiftyMegabytesOfSyntheticNews() {
        let large = SyntheticCorpus(seed: 7, phraseCount: 20_000)
        let buildStart = ContinuousClock.now
        _ = PhraseMatcher(phrases: large.phrases)
        print("PhraseMatcher: built from \(large.phrases.count) phrases in \(ContinuousClock.now - buildStart)")
        var corpus = SyntheticCorpus(seed: 42, phraseCount: 2_000)
        let matcher = PhraseMatcher(phrases: corpus.phrases)
        var text = corpus.text(bytes: 50_000_000)
        var bestWall = Double.infinity, bestCPU = Double.infinity, count = 0
        text.withUTF8 { buffer in
            for _ in 0..<7 {
                count = 0
                let (wall, cpu) = (ContinuousClock.now, threadCPUSeconds())
                matcher.forEachMatch(in: buffer) { _ in count += 1 }
                bestCPU = min(bestCPU, threadCPUSeconds() - cpu)
                let elapsed = ContinuousClock.now - wall
                bestWall = min(bestWall, Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18)
            }
        }
        let megabytes = Double(text.utf8.count) / 1_000_000
        print("""
            PhraseMatcher: \(corpus.phrases.count) phrases, \(Int(megabytes)) MB, \(count) matches: \
            \(Int(megabytes / bestCPU)) MB/s by thread CPU time, \(Int(megabytes / bestWall)) MB/s by wall time (best of 7)
            """)
    }

    /// The CPU time of the calling thread, which a busy machine's other work does not inflate.
    private func threadCPUSeconds() -> Double {
        var now = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now)
        return Double(now.tv_sec) + Double(now.tv_nsec) * 1e-9
    }
}

/// A deliberately simple reference: fold scalars, compare at every position, then apply the rules.
private enum NaivePhraseScan {
    static func matches(of phrases: [String], in text: String) -> [PhraseMatcher.Match] {
        let scalars = Array(text.unicodeScalars)
        var offsets = [0]
        for scalar in scalars { offsets.append((offsets.last ?? 0) + UTF8.width(scalar)) }
        let folded = scalars.map(fold)
        func isWord(_ index: Int) -> Bool {
            guard scalars.indices.contains(index) else { return false }
            let properties = scalars[index].properties
            return properties.isAlphabetic || properties.numericType == .decimal
        }
        func isS(_ index: Int) -> Bool { scalars.indices.contains(index) && "sS".unicodeScalars.contains(scalars[index]) }
        func isApostrophe(_ index: Int) -> Bool { scalars.indices.contains(index) && "'’".unicodeScalars.contains(scalars[index]) }

        var result: [PhraseMatcher.Match] = []
        for (number, phrase) in phrases.enumerated() {
            let pattern = phrase.unicodeScalars.map(fold)
            guard !pattern.isEmpty, pattern.count <= folded.count else { continue }
            let endsInLetter = phrase.unicodeScalars.last?.properties.isAlphabetic ?? false
            for start in 0...(folded.count - pattern.count)
            where folded[start] == pattern[0] && folded[start ..< start + pattern.count].elementsEqual(pattern) {
                let end = start + pattern.count
                guard !isWord(start - 1) else { continue }
                let suffix = !endsInLetter ? 0 : isS(end) ? 1 : isApostrophe(end) && isS(end + 1) ? 2 : 0
                let matchEnd: Int
                if suffix > 0, !isWord(end + suffix) { matchEnd = end + suffix } else if !isWord(end) { matchEnd = end } else { continue }
                result.append(PhraseMatcher.Match(range: offsets[start] ..< offsets[matchEnd], phrase: number))
            }
        }
        return canonical(result)
    }

    /// `matches` sorted by end, then start, then phrase, the order the matcher leaves open within one end.
    static func canonical(_ matches: [PhraseMatcher.Match]) -> [PhraseMatcher.Match] {
        matches.sorted { ($0.range.upperBound, $0.range.lowerBound, $0.phrase) < ($1.range.upperBound, $1.range.lowerBound, $1.phrase) }
    }

    private static func fold(_ scalar: Unicode.Scalar) -> UInt32 {
        let value = scalar.value
        let isCapital = (0x41...0x5A).contains(value) || ((0xC0...0xDE).contains(value) && value != 0xD7)
        return isCapital ? value + 0x20 : value
    }
}

/// A small deterministic random number generator, so that random tests repeat exactly.
private struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Dutch-looking news text and a gazetteer of names, some of which occur in it, for measuring.
private struct SyntheticCorpus {
    let phrases: [String]
    private var generator: SplitMix64
    private let words = """
        de het een van en in op met voor aan door bij naar over uit als dat die dit niet ook nog maar \
        werd worden zijn heeft hebben was waren wordt kan zou moet volgens tijdens tegen onder tussen \
        politie parket onderzoek rechtbank verdachte verdachten toestel toestellen berichten gesprekken \
        versleutelde netwerk haven container cocaïne lading smokkel witwassen cel jaar maanden celstraf \
        advocaat rechter proces dossier bende leider opdracht geld miljoen euro cijfers speurders \
        inval huiszoeking woning loods vrachtwagen boot operatie gegevens servers chats kraak dienst
        """.split(separator: " ").map(String.init)

    init(seed: UInt64, phraseCount: Int) {
        var generator = SplitMix64(seed: seed)
        let first = ["Jan", "Piet", "Ahmed", "Sofie", "Kevin", "Nadia", "Dirk", "Els", "Mohamed", "Lotte",
                     "Frédéric", "Youssef", "Bram", "Inge", "Marc", "Sara", "Tom", "Anouk", "Rachid", "Joke"]
        let last = ["Peeters", "Janssens", "Maes", "Jacobs", "Mertens", "Willems", "Claes", "Goossens",
                    "Wouters", "De Smet", "Dubois", "Lambert", "Van Damme", "El Idrissi", "Vermeulen"]
        let stems = ["Ant", "Brug", "Gen", "Meer", "Oost", "Rot", "Zee", "Hol", "Berg", "Wal", "Kort", "Lier"]
        let ends = ["werpen", "ge", "dam", "hout", "kerke", "terdam", "land", "broek", "en", "lonië", "heim"]
        var names: Set<String> = []
        for a in first { for b in last { names.insert("\(a) \(b)") } }
        for a in stems { for b in ends { names.insert(a + b) } }
        while names.count < phraseCount {
            let length = Int.random(in: 4...10, using: &generator)
            let letters = (0..<length).map { _ in "abcdefghijklmnoprstuvwz".randomElement(using: &generator) ?? "a" }
            names.insert(String(letters).capitalized + (Bool.random(using: &generator) ? " Group" : " BV"))
        }
        phrases = names.sorted()
        self.generator = generator
    }

    mutating func text(bytes: Int) -> String {
        var result = ""
        result.reserveCapacity(bytes + 100)
        while result.utf8.count < bytes {
            for position in 0..<Int.random(in: 8...20, using: &generator) {
                let word: String
                if Int.random(in: 0..<30, using: &generator) == 0 {
                    word = phrases.randomElement(using: &generator) ?? ""
                } else {
                    word = words.randomElement(using: &generator) ?? ""
                }
                result += position == 0 ? word.capitalized : " " + word
            }
            result += Bool.random(using: &generator) ? ". " : ", zei \(phrases.randomElement(using: &generator) ?? ""). "
        }
        return result
    }
}
