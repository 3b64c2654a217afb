/// The words and entity types that the patterns of a rule set name, numbered, so that a sentence's words
/// become a bit set and its entity types a bit mask.
struct PatternVocabulary: Sendable {
    private let numbers: IntegerTable
    /// The types the patterns' slots take, in order; the first 63 get a bit of their own, the rest share
    /// the last bit (which can only admit more, never fewer).
    private let types: [EntityType]

    /// The vocabulary of `patterns`.
    init(_ patterns: [TokenPattern]) {
        var fingerprints: [UInt64] = []
        for pattern in patterns { PatternVocabulary.collect(pattern.root, into: &fingerprints) }
        numbers = IntegerTable(numbering: fingerprints)
        var types: [EntityType] = []
        for type in patterns.flatMap({ $0.slots.flatMap(\.types) }) where !types.contains(type) { types.append(type) }
        self.types = types
    }

    /// The bit of `type` in a mask of types (0 for a type no slot takes).
    func bit(of type: EntityType) -> UInt64 {
        types.firstIndex(of: type).map { 1 << UInt64(min($0, 63)) } ?? 0
    }

    /// How many words there are.
    var count: Int { numbers.count }

    /// The set of `words` (folded).
    func set(of words: [[UInt8]]) -> WordSet {
        var set = WordSet(capacity: count)
        for word in words {
            if let number = numbers.value(of: SentenceProfile.fingerprint(word)) { set.insert(Int(number)) }
        }
        return set
    }

    /// The number of the word whose fingerprint is `fingerprint`, if the patterns spell it.
    @inline(__always)
    func number(of fingerprint: UInt64) -> Int32? {
        numbers.value(of: fingerprint)
    }

    private static func collect(_ node: TokenPattern.Node, into fingerprints: inout [UInt64]) {
        switch node {
        case .literal(let folded, _):
            fingerprints.append(SentenceProfile.fingerprint(folded))
        case .sequence(let items), .alternatives(let items):
            items.forEach { collect($0, into: &fingerprints) }
        case .optional(let inner), .span(let inner):
            collect(inner, into: &fingerprints)
        case .wordClass, .slot, .gap:
            break
        }
    }
}
