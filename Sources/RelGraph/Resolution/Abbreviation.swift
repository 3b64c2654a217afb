/// An abbreviation in parentheses right after a name, "Dienst Speciale Recherche (DSR)", and the rule
/// that says whether its letters fit the name's initials.
///
/// The token: `(`, one word of 2 to 8 ASCII letters with at least two capitals, `)`, after the name with
/// nothing between but spaces or tabs. Digits, hyphens, dots or spaces inside (`C3N`, `MAOC-N`, `E.U.`)
/// make it no abbreviation here: those are rarer, and the gazetteer lists the ones that matter.
///
/// The fit, as written in the text, letter for letter from the left:
/// - Every word of the name gives its first letter, in order (compared case-insensitively: `federale
///   gerechtelijke politie (FGP)`).
/// - Some words may give nothing: a function word written in lower case (``functionWords``: `van`, `de`,
///   `voor`, `of`, `the`, …; "Dienst voor de Bestrijding (DB)", but also "Department of Justice (DOJ)"),
///   the words of a place named inside the name ("Antwerpse federale gerechtelijke politie (FGP)": the
///   place qualifies the organisation, it is not part of its own name), and punctuation (`–`, `&`).
/// - A word may give more than its first letter only where it marks a part itself: after a hyphen
///   (`High-Tech` gives `H` and `T`) or at a capital after a lower-case letter (`EncroChat` gives `E`
///   and `C`). A closed Dutch compound gives one letter: "Rijksrecherche (RR)" does not fit, and neither
///   does "Opsporingsdienst" give `OD`, because nothing in the text says where its parts meet, and
///   guessing would let "Europol (EP)" fit too.
/// - A lower-case letter of the abbreviation continues the part its capital came from, letter for letter:
///   "Koninklijke Marechaussee (KMar)".
///
/// Letters are compared as ASCII: a word that starts with another letter (`Économie`) gives none. Every
/// letter of the abbreviation must be used. The rule errs towards no alias: a missed alias costs one
/// mention, a wrong one merges two organisations.
struct Abbreviation {
    /// The letters' bytes in the document: the abbreviation without its parentheses.
    let letters: Range<Int>

    /// Function words a name may leave out of its abbreviation when they are written in lower case:
    /// Dutch, English, French and German articles, prepositions and conjunctions.
    static let functionWords: [[UInt8]] = [
        "van", "de", "der", "den", "des", "het", "voor", "en", "op", "in", "te", "tot", "bij", "met", "ten", "ter",
        "of", "the", "for", "and", "on", "to", "at", "du", "la", "le", "les", "et", "pour",
        "für", "und", "von", "die", "das", "zur", "zum",
    ].map { Array($0.utf8) }

    /// The abbreviation in parentheses that starts after the name ending at `nameEnd`, if there is one
    /// before the end of `sentence`.
    init?(after nameEnd: Int, in text: UnsafeBufferPointer<UInt8>, within sentence: Range<Int>) {
        var position = nameEnd
        while position < sentence.upperBound, text[position] == 0x20 || text[position] == 0x09 { position += 1 }
        guard position < sentence.upperBound, text[position] == UInt8(ascii: "(") else { return nil }
        let start = position + 1
        var end = start
        var capitals = 0
        while end < sentence.upperBound, end - start <= 8, Self.isLetter(text[end]) {
            if Self.isCapital(text[end]) { capitals += 1 }
            end += 1
        }
        guard (2...8).contains(end - start), capitals >= 2, end < sentence.upperBound, text[end] == UInt8(ascii: ")") else { return nil }
        self.letters = start..<end
    }

    /// Whether the letters fit the initials of the words of `name` (a byte range of `text`), by the rule
    /// above; `isPlace` tells whether a word's bytes lie inside a place named in the name.
    ///
    /// One pass over the name's parts, no backtracking: the state is the set of letter counts the words so
    /// far can give (bits of a `UInt16`, the abbreviation having at most 8 letters), so a name of any
    /// length costs a few operations per part.
    func fits(_ name: Range<Int>, in text: UnsafeBufferPointer<UInt8>, isPlace: (Range<Int>) -> Bool) -> Bool {
        var reachable: UInt16 = 1
        var position = name.lowerBound
        while let word = nextWord(of: name, from: position, in: text) {
            position = word.upperBound
            // A word that gives letters gives its first one, then any of its later parts' in order.
            var given = advance(reachable, by: word.lowerBound, of: name, in: text)
            var part = word.lowerBound
            while given != 0, let next = nextPart(of: word, after: part, in: text) {
                given |= advance(given, by: next, of: name, in: text)
                part = next
            }
            reachable = given | (mayGiveNothing(word, in: text, isPlace: isPlace) ? reachable : 0)
            guard reachable != 0 else { return false }
        }
        return reachable & (1 << letters.count) != 0
    }

    /// The letter counts reached from those in `reachable` when the part of `name` starting at `start`
    /// gives the next letter (a capital) and the lower-case letters after it.
    private func advance(_ reachable: UInt16, by start: Int, of name: Range<Int>, in text: UnsafeBufferPointer<UInt8>) -> UInt16 {
        guard Self.isLetter(text[start]) else { return 0 }
        var result: UInt16 = 0
        for count in 0..<letters.count where reachable & (1 << count) != 0 {
            var letter = letters.lowerBound + count
            guard Self.isCapital(text[letter]), text[letter] | 0x20 == text[start] | 0x20 else { continue }
            var written = start + 1
            letter += 1
            while letter < letters.upperBound, !Self.isCapital(text[letter]),
                  written < name.upperBound, text[written] | 0x20 == text[letter] {
                letter += 1
                written += 1
            }
            // A lower-case letter the part does not continue with is given by nothing.
            if letter == letters.upperBound || Self.isCapital(text[letter]) { result |= 1 << (letter - letters.lowerBound) }
        }
        return result
    }

    /// Whether `word` may give no letter: a lower-case function word, punctuation, or part of a place.
    private func mayGiveNothing(_ word: Range<Int>, in text: UnsafeBufferPointer<UInt8>, isPlace: (Range<Int>) -> Bool) -> Bool {
        guard let (scalar, _) = WordBoundary.decode(at: word.lowerBound, in: text), WordBoundary.isWordCharacter(scalar) else {
            return true
        }
        let bytes = UnsafeBufferPointer(rebasing: text[word])
        return Self.functionWords.contains { bytes.elementsEqual($0) } || isPlace(word)
    }

    /// The next word of `name` at or after `position`: bytes between white space.
    private func nextWord(of name: Range<Int>, from position: Int, in text: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        var start = position
        while start < name.upperBound, let length = Self.spaceLength(at: start, in: text) { start += length }
        guard start < name.upperBound else { return nil }
        var end = start + 1
        while end < name.upperBound, Self.spaceLength(at: end, in: text) == nil { end += 1 }
        return start..<end
    }

    /// Where the next part of `word` after `position` starts: a letter after a hyphen, or a capital after
    /// a lower-case letter.
    private func nextPart(of word: Range<Int>, after position: Int, in text: UnsafeBufferPointer<UInt8>) -> Int? {
        var index = position + 1
        while index < word.upperBound {
            let previous = text[index - 1]
            if Self.isLetter(text[index]),
               previous == UInt8(ascii: "-") || (Self.isCapital(text[index]) && (0x61...0x7A).contains(previous)) {
                return index
            }
            index += 1
        }
        return nil
    }

    /// The length of the space, tab, line break or no-break space (C2 A0) at `offset`, or `nil`.
    private static func spaceLength(at offset: Int, in text: UnsafeBufferPointer<UInt8>) -> Int? {
        let byte = text[offset]
        if byte <= 0x20 { return 1 }
        return byte == 0xC2 && offset + 1 < text.count && text[offset + 1] == 0xA0 ? 2 : nil
    }

    /// Whether `byte` is an ASCII letter.
    @inline(__always)
    static func isLetter(_ byte: UInt8) -> Bool { (0x61...0x7A).contains(byte | 0x20) }

    /// Whether `byte` is an ASCII capital.
    @inline(__always)
    static func isCapital(_ byte: UInt8) -> Bool { (0x41...0x5A).contains(byte) }
}
