/// Misspellings of the gazetteer's long one-word names, found conservatively: a capitalised word of plain
/// letters one edit away (a letter left out, added or replaced, or two neighbours swapped) from exactly one
/// name of the entries that ask for it, with the same first letter ("Enchrochat" for EncroChat, "Ennetcon"
/// for Ennetcom).
///
/// Names shorter than ``minimumLength`` letters are never guessed at: one edit from a short name is too
/// often another word. The index holds the fingerprints of each name and of the name with each one letter
/// left out, so that a word is looked up with as many hashes as it has letters, and nothing is allocated.
struct CloseVariants: Sendable {
    /// The shortest name that may be misspelt.
    static let minimumLength = 8

    /// Each eligible name's phrase, by the fingerprint of its lower-case letters.
    private var names: [UInt64: Int32] = [:]
    /// Each eligible name's phrase, by the fingerprint of its letters with one left out; -1 where two
    /// names share a variant.
    private var deletions: [UInt64: Int32] = [:]
    /// Each eligible phrase's first letter, lower case.
    private var firstLetters: [Int32: UInt8] = [:]
    /// The lengths a misspelling can have (one fewer than the shortest name to one more than the longest),
    /// and the names' first letters as bits (a = bit 0): most words fail these before any hashing.
    private var lengths = 0...0
    private var firstLetterBits: UInt32 = 0

    /// Indexes `phrases` (their bytes, by phrase number) whose `isEligible` holds and that are one word
    /// of ASCII letters, at least ``minimumLength`` long.
    init(phrases: [[UInt8]], isEligible: (Int) -> Bool) {
        var (shortest, longest) = (Int.max, 0)
        for (number, bytes) in phrases.enumerated() where isEligible(number) && bytes.count >= Self.minimumLength
            && bytes.allSatisfy(CloseVariants.isLetter) {
            let phrase = Int32(number)
            let lower = bytes.map { $0 | 0x20 }
            names[CloseVariants.fingerprint(lower, skipping: -1)] = phrase
            firstLetters[phrase] = lower[0]
            firstLetterBits |= 1 << UInt32(lower[0] - 0x61)
            (shortest, longest) = (min(shortest, lower.count), max(longest, lower.count))
            for skipped in lower.indices {
                let key = CloseVariants.fingerprint(lower, skipping: skipped)
                if let other = deletions[key], other != phrase { deletions[key] = -1 } else { deletions[key] = phrase }
            }
        }
        if shortest <= longest { lengths = (shortest - 1)...(longest + 1) }
    }

    /// Whether there is any name to look for.
    var isEmpty: Bool { names.isEmpty }

    /// The phrase that the word `range` of `text` misspells, if exactly one does. The word must be all
    /// ASCII letters, start with a capital and have one letter fewer to one more than an eligible name;
    /// a word that is itself a name is left to the exact matcher.
    func phrase(misspeltAs range: Range<Int>, in text: UnsafeBufferPointer<UInt8>) -> Int? {
        let first = text[range.lowerBound]
        guard lengths.contains(range.count), (0x41...0x5A).contains(first), firstLetterBits & (1 << UInt32(first - 0x41)) != 0
        else { return nil }
        let word = UnsafeBufferPointer(rebasing: text[range])
        guard names[CloseVariants.fingerprint(word, skipping: -1)] == nil else { return nil }
        var found: Int32?
        func consider(_ phrase: Int32?) -> Bool {
            guard let phrase else { return true }
            guard phrase >= 0, found == nil || found == phrase else { return false }
            found = phrase
            return true
        }
        // A letter left out of the name; one too many in the word; one replaced, or two neighbours swapped.
        guard consider(deletions[CloseVariants.fingerprint(word, skipping: -1)]) else { return nil }
        for skipped in word.indices {
            let key = CloseVariants.fingerprint(word, skipping: skipped)
            guard consider(names[key]), consider(deletions[key]) else { return nil }
        }
        guard let found, firstLetters[found] == word[0] | 0x20 else { return nil }
        return Int(found)
    }

    static func isLetter(_ byte: UInt8) -> Bool {
        (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
    }

    /// The fingerprint (``SentenceProfile/fnv(_:_:)``) of the lower-cased letters of `letters`, leaving out
    /// the one at `skipped` (-1: none).
    private static func fingerprint(_ letters: some Collection<UInt8>, skipping skipped: Int) -> UInt64 {
        var hash = SentenceProfile.fnvBasis
        for (offset, byte) in letters.enumerated() where offset != skipped { hash = SentenceProfile.fnv(hash, byte | 0x20) }
        return hash
    }
}
