/// The words that the patterns of a rule set spell, numbered, so that a sentence's words become a bit set.
struct PatternVocabulary: Sendable {
    private var numbers: [UInt64: Int] = [:]

    /// The vocabulary of `patterns`.
    init(_ patterns: [TokenPattern]) {
        for pattern in patterns { add(pattern.root) }
    }

    /// How many words there are.
    var count: Int { numbers.count }

    /// The set of `words` (folded).
    func set(of words: [[UInt8]]) -> WordSet {
        var set = WordSet(capacity: count)
        for word in words {
            if let number = numbers[SentenceProfile.fingerprint(word)] { set.insert(number) }
        }
        return set
    }

    /// The number of the word whose fingerprint is `fingerprint`, if the patterns spell it.
    func number(of fingerprint: UInt64) -> Int? {
        numbers[fingerprint]
    }

    private mutating func add(_ node: TokenPattern.Node) {
        switch node {
        case .literal(let folded, _):
            let fingerprint = SentenceProfile.fingerprint(folded)
            if numbers[fingerprint] == nil { numbers[fingerprint] = numbers.count }
        case .sequence(let items), .alternatives(let items):
            items.forEach { add($0) }
        case .optional(let inner), .span(let inner):
            add(inner)
        case .wordClass, .slot, .gap:
            break
        }
    }
}
