/// A gazetteer matcher that finds every occurrence of thousands of phrases in one pass over UTF-8 bytes.
///
/// The phrases are compiled into a ``PhraseAutomaton`` (Aho–Corasick as a complete DFA over byte
/// classes, the case folding built into its table), so that the scanning loop is one class lookup, one
/// table lookup and one comparison per byte; word boundaries, the inflection suffix and the phrase
/// indices are looked at only when that comparison finds a state that ends a phrase. The text is scanned
/// in chunks of 64 KiB, each as four interleaved quarters, so that four independent chains of table
/// lookups hide each other’s memory latency (two to three times the speed of one chain).
///
/// - Matching is case-insensitive under ``CaseFolding`` (ASCII and Latin-1 letters), byte-wise, so
///   reported ranges are byte offsets in the text as given.
/// - A match is reported only on word boundaries (see ``WordBoundary``): the characters before its start
///   and after its end are not letters, combining marks or digits.
/// - Inflection: when the phrase ends in a letter and is followed by `s`, `'s` or `’s` (`s` in either
///   case) and then a boundary, the match is reported once, with the suffix included in its range
///   (`Europol's` → the whole word, not `Europol`). Otherwise the match needs a boundary right after it.
/// - Duplicates: phrases whose folded texts are equal are all reported, each with its own index, in
///   ascending index order.
/// - Overlapping matches are all reported, in ascending order of end offset (the order among matches
///   that end at the same offset is unspecified); choosing among them is the caller's job.
///
/// Scanning costs O(n + m) for n bytes of text and m occurrences of phrases, boundaries aside; see
/// ``PhraseAutomaton`` for the cost of building.
public struct PhraseMatcher: Sendable {
    /// One occurrence: byte range in the scanned text and the index of the phrase (as given to init).
    public struct Match: Hashable, Sendable {
        /// The bytes of the occurrence in the scanned text, inflection suffix included.
        public let range: Range<Int>
        /// The index of the phrase in the array given to ``PhraseMatcher/init(phrases:)``.
        public let phrase: Int

        /// Creates a match of phrase `phrase` over `range`.
        public init(range: Range<Int>, phrase: Int) {
            self.range = range
            self.phrase = phrase
        }
    }

    /// The compiled phrases.
    private let automaton: PhraseAutomaton

    /// Builds the automaton. Phrases are matched case-insensitively (see ``CaseFolding``); empty phrases are ignored.
    public init(phrases: [String]) {
        automaton = PhraseAutomaton(phrases: phrases)
    }

    /// Calls `body` for every occurrence of every phrase that sits on word boundaries, in order of end offset.
    public func forEachMatch(in text: UnsafeBufferPointer<UInt8>, _ body: (Match) -> Void) {
        guard !text.isEmpty, !automaton.outputs.isEmpty else { return }
        let maxPhraseLength = automaton.maxPhraseLength
        automaton.classes.withUnsafeBufferPointer { classes in
            automaton.transitions.withUnsafeBufferPointer { transitions in
                var state = 0
                var deferred: [[Match]] = [[], [], []]
                var start = 0
                while start < text.count {
                    let end = min(start + Self.chunkLength, text.count)
                    // Quarters pay off once each is several times longer than its warm-up.
                    if end - start >= 16 * maxPhraseLength + 256 {
                        scanInQuarters(text, start..<end, &state, &deferred, classes, transitions, body)
                    } else {
                        scan(text, start..<end, &state, classes, transitions, body)
                    }
                    start = end
                }
            }
        }
    }

    /// Returns every occurrence in `text`, as ``forEachMatch(in:_:)`` reports them (for tests and small inputs).
    public func matches(in text: String) -> [Match] {
        var text = text
        return text.withUTF8 { bytes in
            var result: [Match] = []
            forEachMatch(in: bytes) { result.append($0) }
            return result
        }
    }

    /// The bytes scanned as one chunk; within a chunk the four quarters are scanned together (see `scanInQuarters`).
    private static let chunkLength = 1 << 16

    /// Scans `range` one byte after another, reporting matches as they end.
    @inline(__always)
    private func scan(
        _ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ state: inout Int,
        _ classes: UnsafeBufferPointer<Int32>, _ transitions: UnsafeBufferPointer<Int32>, _ body: (Match) -> Void
    ) {
        let firstOutputState = automaton.firstOutputState
        var current = state
        for index in range {
            current = Int(transitions[current &+ Int(classes[Int(text[index])])])
            if current >= firstOutputState {
                report(state: current, end: index &+ 1, in: text, body)
            }
        }
        state = current
    }

    /// Scans the four quarters of `range` together, so that four independent chains of table lookups overlap.
    ///
    /// Each quarter but the first starts from the root `maxPhraseLength` bytes before its own bytes, which
    /// is enough for its state to equal that of a scan from the start by the time it reaches them. A
    /// quarter reports only the matches that end in its own bytes; those of the later quarters wait in
    /// `deferred` until the earlier ones' are out. No reported match ends inside another one's inflection
    /// suffix (a suffix holds no boundary before its `s`), so the order by end offset holds even for a
    /// match whose suffix runs into the next quarter.
    private func scanInQuarters(
        _ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ state: inout Int, _ deferred: inout [[Match]],
        _ classes: UnsafeBufferPointer<Int32>, _ transitions: UnsafeBufferPointer<Int32>, _ body: (Match) -> Void
    ) {
        let firstOutputState = automaton.firstOutputState
        let warmUp = automaton.maxPhraseLength
        // Every quarter scans `length` bytes; the last one's few leftover bytes follow alone.
        let length = (range.count + 3 * warmUp) / 4
        let start0 = range.lowerBound
        let start1 = start0 + length - warmUp, start2 = start1 + length - warmUp, start3 = start2 + length - warmUp
        var state0 = state, state1 = 0, state2 = 0, state3 = 0
        for index in deferred.indices { deferred[index].removeAll(keepingCapacity: true) }
        for offset in 0..<length {
            state0 = Int(transitions[state0 &+ Int(classes[Int(text[start0 &+ offset])])])
            state1 = Int(transitions[state1 &+ Int(classes[Int(text[start1 &+ offset])])])
            state2 = Int(transitions[state2 &+ Int(classes[Int(text[start2 &+ offset])])])
            state3 = Int(transitions[state3 &+ Int(classes[Int(text[start3 &+ offset])])])
            if state0 >= firstOutputState || state1 >= firstOutputState
                || state2 >= firstOutputState || state3 >= firstOutputState {
                let end = offset &+ 1
                if state0 >= firstOutputState {
                    report(state: state0, end: start0 &+ end, in: text, body)
                }
                if state1 >= firstOutputState, end > warmUp {
                    report(state: state1, end: start1 &+ end, in: text) { deferred[0].append($0) }
                }
                if state2 >= firstOutputState, end > warmUp {
                    report(state: state2, end: start2 &+ end, in: text) { deferred[1].append($0) }
                }
                if state3 >= firstOutputState, end > warmUp {
                    report(state: state3, end: start3 &+ end, in: text) { deferred[2].append($0) }
                }
            }
        }
        scan(text, start3 + length ..< range.upperBound, &state3, classes, transitions) { deferred[2].append($0) }
        for matches in deferred {
            for match in matches { body(match) }
        }
        state = state3
    }

    /// Reports the phrases of output state `state` that end at `end`, after the boundary checks.
    @inline(never)
    private func report(state: Int, end: Int, in text: UnsafeBufferPointer<UInt8>, _ body: (Match) -> Void) {
        var output = (state - automaton.firstOutputState) / automaton.stride
        while output >= 0 {
            let entry = automaton.outputs[output]
            output = Int(entry.next)
            guard entry.firstPhrase >= 0 else { continue }
            let start = end - Int(entry.length)
            guard WordBoundary.isBoundary(before: start, in: text) else { continue }
            var matchEnd = end
            let suffix = entry.endsInLetter ? WordBoundary.inflectionSuffixLength(at: end, in: text) : 0
            if suffix > 0, WordBoundary.isBoundary(at: end + suffix, in: text) {
                matchEnd = end + suffix
            } else if !WordBoundary.isBoundary(at: end, in: text) {
                continue
            }
            var phrase = Int(entry.firstPhrase)
            while phrase >= 0 {
                body(Match(range: start..<matchEnd, phrase: phrase))
                phrase = Int(automaton.nextDuplicate[phrase])
            }
        }
    }
}
