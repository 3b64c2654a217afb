extension IntegerTable {
    /// A table of word `fingerprints` (``SentenceProfile/fingerprint(of:in:)``), numbered 0, 1, 2, … in order
    /// of first appearance (a duplicate keeps its first number): the pattern engine's word sets, given
    /// names and vocabulary.
    init(numbering fingerprints: some Collection<UInt64>) {
        self.init(capacity: fingerprints.count)
        for fingerprint in fingerprints { insert(fingerprint) }
    }

    /// The fingerprints of `words`, folded, numbered in order.
    init(words: [String]) {
        self.init(numbering: words.map { SentenceProfile.fingerprint(CaseFolding.folded($0)) })
    }
}

extension IntegerTable: ExpressibleByArrayLiteral {
    init(arrayLiteral fingerprints: UInt64...) {
        self.init(numbering: fingerprints)
    }
}
