/// The gazetteer compiled for matching: every name, alias and adjective of every entry in one
/// ``PhraseMatcher``, and for each phrase what it refers to and how its case must agree.
final class Gazetteer: Sendable {
    /// A span of text that one or more phrases match.
    struct Candidate: Sendable {
        let range: Range<Int>
        /// The phrases whose case policy accepts the text, in rule order.
        let phrases: [Int]
    }

    private struct Phrase: Sendable {
        let entry: Int
        let form: MentionForm
        let bytes: [UInt8]
    }

    let entries: [GazetteerEntry]
    /// Each entry's entity, made once.
    private let references: [EntityReference]
    private let phrases: [Phrase]
    private let matcher: PhraseMatcher
    private let stopList: Set<[UInt8]>
    /// Each entry's context words, folded.
    private let contexts: [[[UInt8]]]

    init(entries: [GazetteerEntry], stopList: [String] = []) {
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
        self.references = entries.map { EntityReference(label: $0.name, type: $0.type) }
        self.phrases = phrases
        self.matcher = PhraseMatcher(phrases: phrases.map { String(decoding: $0.bytes, as: UTF8.self) })
        self.stopList = Set(stopList.map(CaseFolding.folded))
        self.contexts = entries.map { $0.context.map(CaseFolding.folded) }
    }

    /// Every span of `text` the gazetteer matches, overlapping ones included, sorted by start and then by
    /// length, longest first; spans on the stop list are left out.
    func candidates(in text: UnsafeBufferPointer<UInt8>) -> [Candidate] {
        var accepted: [(range: Range<Int>, phrase: Int)] = []
        matcher.forEachMatch(in: text) { match in
            let phrase = phrases[match.phrase]
            let surface = UnsafeBufferPointer(rebasing: text[match.range])
            guard entries[phrase.entry].casePolicy.accepts(surface, for: phrase.bytes) else { return }
            accepted.append((match.range, match.phrase))
        }
        guard !accepted.isEmpty else { return [] }
        accepted.sort { ($0.range.lowerBound, -$0.range.count, $0.phrase) < ($1.range.lowerBound, -$1.range.count, $1.phrase) }
        var candidates: [Candidate] = []
        var start = 0
        for end in 1...accepted.count where end == accepted.count || accepted[end].range != accepted[start].range {
            let range = accepted[start].range
            defer { start = end }
            if !stopList.isEmpty,
               stopList.contains(CaseFolding.folded(String(decoding: UnsafeBufferPointer(rebasing: text[range]), as: UTF8.self))) {
                continue
            }
            candidates.append(Candidate(range: range, phrases: accepted[start..<end].map(\.phrase)))
        }
        return candidates
    }

    /// The mention `candidate` makes in a sentence: the first phrase whose entry's context words occur in
    /// the sentence (`hasWord`), or else the first whose entry needs no context; `nil` if none applies.
    func mention(for candidate: Candidate, in text: UnsafeBufferPointer<UInt8>, hasWord: ([UInt8]) -> Bool) -> Mention? {
        let chosen = candidate.phrases.first { index in
            let context = contexts[phrases[index].entry]
            return !context.isEmpty && context.contains(where: hasWord)
        } ?? candidate.phrases.first { contexts[phrases[$0].entry].isEmpty }
        guard let chosen else { return nil }
        let phrase = phrases[chosen]
        let entry = entries[phrase.entry]
        return Mention(range: candidate.range, entity: references[phrase.entry],
                       surface: String(decoding: UnsafeBufferPointer(rebasing: text[candidate.range]), as: UTF8.self),
                       form: phrase.form, canonicalAdjective: entry.adjectives.first)
    }

    /// Whether `text` is on the stop list.
    func isStopped(_ text: String) -> Bool {
        !stopList.isEmpty && stopList.contains(CaseFolding.folded(text))
    }
}
