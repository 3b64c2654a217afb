/// The gazetteer compiled for matching: every name, alias and adjective of every entry in one
/// ``PhraseMatcher``, and for each phrase what it refers to and how its case must agree.
final class Gazetteer: Sendable {
    /// A span of text that one or more phrases match.
    struct Candidate: Sendable {
        let range: Range<Int>
        /// The phrases whose case policy accepts the text, in rule order: a range of ``Candidates/phrases``.
        let phrases: Range<Int>
    }

    /// A document's candidates, and the phrases they refer to end to end; kept by a worker and refilled
    /// for each document.
    struct Candidates: Sendable {
        var spans: [Candidate] = []
        var phrases: [Int] = []
        fileprivate var accepted: [(range: Range<Int>, phrase: Int)] = []

        /// The spans that start inside `bytes` (found by halving: the spans are sorted by start).
        func spans(startingIn bytes: Range<Int>) -> ArraySlice<Candidate> {
            var low = 0
            var high = spans.count
            while low < high {
                let middle = (low + high) / 2
                if spans[middle].range.lowerBound < bytes.lowerBound { low = middle + 1 } else { high = middle }
            }
            var end = low
            while end < spans.count, spans[end].range.lowerBound < bytes.upperBound { end += 1 }
            return spans[low..<end]
        }
    }

    private struct Phrase: Sendable {
        let entry: Int
        let form: MentionForm
        let bytes: [UInt8]
    }

    let entries: [GazetteerEntry]
    /// The entries' entities, numbered once for the run: every worker's ``EntityTable`` starts from it.
    let entities: EntityTable
    /// Each entry's entity id in ``entities``.
    private let entryIDs: [EntityID]
    private let phrases: [Phrase]
    private let matcher: PhraseMatcher
    private let stopList: Set<[UInt8]>
    /// Each entry's context words, folded.
    private let contexts: [[[UInt8]]]
    /// The names whose close misspellings count, for the entries that ask for it.
    private let closeVariants: CloseVariants

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
        var entities = EntityTable()
        self.entryIDs = entries.map { entities.intern(label: $0.name, type: $0.type) }
        self.entities = entities
        self.phrases = phrases
        self.matcher = PhraseMatcher(phrases: phrases.map { String(decoding: $0.bytes, as: UTF8.self) })
        self.stopList = Set(stopList.map(CaseFolding.folded))
        self.contexts = entries.map { $0.context.map(CaseFolding.folded) }
        self.closeVariants = CloseVariants(phrases: phrases.map(\.bytes)) { phrases[$0].form == .name && entries[phrases[$0].entry].findsMisspellings }
    }

    /// Every span of `text[bytes]` the gazetteer matches, overlapping ones included, sorted by start and
    /// then by length, longest first; spans on the stop list are left out. The bytes around `bytes` are not
    /// looked at, so `bytes` should start and end next to white space. Replaces what `found` held.
    func candidates(in text: UnsafeBufferPointer<UInt8>, within bytes: Range<Int>, into found: inout Candidates) {
        found.spans.removeAll(keepingCapacity: true)
        found.phrases.removeAll(keepingCapacity: true)
        found.accepted.removeAll(keepingCapacity: true)
        let offset = bytes.lowerBound
        matcher.forEachMatch(in: UnsafeBufferPointer(rebasing: text[bytes])) { match in
            let phrase = phrases[match.phrase]
            let range = (match.range.lowerBound + offset)..<(match.range.upperBound + offset)
            guard entries[phrase.entry].casePolicy.accepts(UnsafeBufferPointer(rebasing: text[range]), for: phrase.bytes) else { return }
            found.accepted.append((range, match.phrase))
        }
        if !closeVariants.isEmpty { addMisspellings(in: text, within: bytes, to: &found) }
        guard !found.accepted.isEmpty else { return }
        found.accepted.sort { ($0.range.lowerBound, -$0.range.count, $0.phrase) < ($1.range.lowerBound, -$1.range.count, $1.phrase) }
        var start = 0
        let accepted = found.accepted
        for end in 1...accepted.count where end == accepted.count || accepted[end].range != accepted[start].range {
            let range = accepted[start].range
            defer { start = end }
            if !stopList.isEmpty,
               stopList.contains(CaseFolding.folded(String(decoding: UnsafeBufferPointer(rebasing: text[range]), as: UTF8.self))) {
                continue
            }
            let first = found.phrases.count
            for index in start..<end { found.phrases.append(accepted[index].phrase) }
            found.spans.append(Candidate(range: range, phrases: first..<found.phrases.count))
        }
    }

    /// Adds the words of `text[bytes]` that misspell a name (``CloseVariants``) and overlap no name found
    /// as written.
    private func addMisspellings(in text: UnsafeBufferPointer<UInt8>, within bytes: Range<Int>, to found: inout Candidates) {
        let exact = found.accepted.count
        var position = bytes.lowerBound
        while position < bytes.upperBound {
            guard CloseVariants.isLetter(text[position]) else {
                position += 1
                continue
            }
            let start = position
            while position < bytes.upperBound, CloseVariants.isLetter(text[position]) { position += 1 }
            // A word of plain letters only: not the start or end of a word with digits or other letters.
            guard WordBoundary.isBoundary(before: start, in: text), WordBoundary.isBoundary(at: position, in: text) else { continue }
            guard let phrase = closeVariants.phrase(misspeltAs: start..<position, in: text) else { continue }
            let word = start..<position
            if !found.accepted[..<exact].contains(where: { $0.range.overlaps(word) }) { found.accepted.append((word, phrase)) }
        }
    }

    /// The mention `candidate` makes in a sentence: the first phrase whose entry's context words occur in
    /// the sentence (`hasWord`), or else the first whose entry needs no context; `nil` if none applies.
    func mention(for candidate: Candidate, in found: Candidates, hasWord: ([UInt8]) -> Bool) -> MentionRecord? {
        let candidatePhrases = found.phrases[candidate.phrases]
        let chosen = candidatePhrases.first { index in
            let context = contexts[phrases[index].entry]
            return !context.isEmpty && context.contains(where: hasWord)
        } ?? candidatePhrases.first { contexts[phrases[$0].entry].isEmpty }
        guard let chosen else { return nil }
        let phrase = phrases[chosen]
        return MentionRecord(range: candidate.range, surface: candidate.range, entity: entryIDs[phrase.entry], form: phrase.form,
                             entry: Int32(phrase.entry))
    }

    /// Whether one of the phrases `candidate` matched is a name or adjective of the entity `entity`
    /// (whether or not its context words let it become a mention).
    func matches(_ entity: EntityID, in candidate: Candidate, of found: Candidates) -> Bool {
        found.phrases[candidate.phrases].contains { entryIDs[phrases[$0].entry] == entity }
    }

    /// The canonical adjective of the entry a mention was found through, if it has one.
    func canonicalAdjective(of mention: MentionRecord) -> String? {
        mention.entry >= 0 ? entries[Int(mention.entry)].adjectives.first : nil
    }

    /// Whether `text` is on the stop list.
    func isStopped(_ text: String) -> Bool {
        !stopList.isEmpty && stopList.contains(CaseFolding.folded(text))
    }
}
