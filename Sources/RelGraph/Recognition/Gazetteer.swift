/// The gazetteer compiled for matching: every name, alias and adjective of every entry in one
/// ``PhraseMatcher``, and for each phrase what it refers to and how its case must agree.
struct Gazetteer: Sendable {
    private struct Phrase: Sendable {
        let entry: Int
        let form: MentionForm
        let bytes: [UInt8]
    }

    let entries: [GazetteerEntry]
    private let phrases: [Phrase]
    private let matcher: PhraseMatcher

    init(entries: [GazetteerEntry]) {
        var phrases: [Phrase] = []
        for (index, entry) in entries.enumerated() {
            for name in [entry.name] + entry.aliases {
                phrases.append(Phrase(entry: index, form: .name, bytes: Array(name.utf8)))
            }
            for adjective in entry.adjectives {
                phrases.append(Phrase(entry: index, form: .adj, bytes: Array(adjective.utf8)))
            }
        }
        self.entries = entries
        self.phrases = phrases
        self.matcher = PhraseMatcher(phrases: phrases.map { String(decoding: $0.bytes, as: UTF8.self) })
    }

    /// Every mention the gazetteer finds in `text`, overlapping ones included, sorted by start and then
    /// by length, longest first. Where one span matches several entries, the first entry (in rule order)
    /// whose case policy accepts it wins.
    func mentions(in text: UnsafeBufferPointer<UInt8>) -> [Mention] {
        var best: [Range<Int>: Int] = [:]
        matcher.forEachMatch(in: text) { match in
            let phrase = phrases[match.phrase]
            let entry = entries[phrase.entry]
            let surface = UnsafeBufferPointer(rebasing: text[match.range])
            guard entry.casePolicy.accepts(surface, for: phrase.bytes) else { return }
            if let existing = best[match.range], existing < match.phrase { return }
            best[match.range] = match.phrase
        }
        return best.map { range, index -> Mention in
            let phrase = phrases[index]
            let entry = entries[phrase.entry]
            return Mention(range: range, entity: EntityReference(label: entry.name, type: entry.type),
                           surface: String(decoding: UnsafeBufferPointer(rebasing: text[range]), as: UTF8.self),
                           form: phrase.form, canonicalAdjective: entry.adjectives.first)
        }.sorted { ($0.range.lowerBound, -$0.range.count) < ($1.range.lowerBound, -$1.range.count) }
    }
}
