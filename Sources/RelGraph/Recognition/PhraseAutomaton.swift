/// The compiled form of a ``PhraseMatcher``'s phrases: an Aho–Corasick automaton as a complete DFA over
/// byte classes, whose table also does the case folding of the scanned text.
///
/// - Byte classes: each byte that occurs in a folded phrase has a class of its own, every other byte
///   shares class 0. `classes` maps *raw* text bytes: `A`–`Z` share the classes of `a`–`z`.
/// - Latin-1 capitals fold only after `0xC3`, which a class table cannot see. So the continuation byte
///   of such a capital (`0x80`–`0x9E` but `0x97`) gets a class of its own when its small letter's byte
///   (`+ 0x20`) has one, and in the states entered by `0xC3` (the only states a scan can be in after that
///   byte, apart from the root, where neither byte leads anywhere) its column repeats the small letter's.
/// - Rows: one `Int32` per class, successors pre-multiplied by the row width (`stride`), so a step is
///   `state = transitions[state + classes[byte]]`.
/// - States without an output come first, breadth first; those that end a phrase, themselves or through
///   a dictionary-suffix link, come after `firstOutputState`, so that one comparison tells them apart.
///
/// Building costs O(S · C) time and 4 · S · C bytes for S states (at most the total UTF-8 length of the
/// phrases, plus one) and C classes (at most the distinct bytes of the folded phrases, plus 31). Measured:
/// 2,000 synthetic names give 17,929 states × 31 classes (2.2 MB), 20,000 give 179,059 × 31 (22 MB, built
/// in about 0.2 s). `Int32` entries cap S · C at 2³¹ (an 8 GiB table): beyond it the arithmetic traps,
/// but memory runs out first.
struct PhraseAutomaton: Sendable {
    /// What an output state reports: its phrases, their length and the next shorter output state.
    struct Output: Sendable {
        /// The byte length of the phrases that end exactly in this state.
        var length: Int32
        /// The smallest index of a phrase that ends exactly in this state, or -1 for none.
        var firstPhrase: Int32
        /// The output index of the longest proper suffix that ends a phrase, or -1.
        var next: Int32
        /// Whether the phrases ending here end in a letter, which allows an inflection suffix.
        var endsInLetter: Bool
    }

    /// The class of each raw text byte.
    let classes: [Int32]
    /// The DFA: the successor of pre-multiplied state `s` on class `c` is `transitions[s + c]`.
    let transitions: [Int32]
    /// The number of classes, and so the width of a row of `transitions`.
    let stride: Int
    /// The pre-multiplied number of the first state with an output; all states from it on have one.
    let firstOutputState: Int
    /// The outputs of the states from `firstOutputState` on, in state order.
    let outputs: [Output]
    /// For each phrase, the next larger index of a phrase with the same folded text, or -1.
    let nextDuplicate: [Int32]
    /// The UTF-8 length of the longest phrase, the most a match reaches back from its end.
    let maxPhraseLength: Int

    /// Compiles `phrases`; empty ones are ignored.
    init(phrases: [String]) {
        let folded = phrases.map(CaseFolding.folded)

        var classOfByte = [Int32](repeating: 0, count: 256)
        var classCount: Int32 = 1
        for bytes in folded {
            for byte in bytes where classOfByte[Int(byte)] == 0 {
                classOfByte[Int(byte)] = classCount
                classCount += 1
            }
        }
        for byte in Self.capitalContinuations where classOfByte[byte] == 0 && classOfByte[byte + 0x20] != 0 {
            classOfByte[byte] = classCount
            classCount += 1
        }
        let stride = Int(classCount)

        // The trie: one row per state, -1 where there is no child (yet).
        var table = [Int32](repeating: -1, count: stride)
        var depth: [Int32] = [0]
        var enteredByC3: [Bool] = [false]
        var firstPhrase: [Int32] = [-1]
        var lastPhrase: [Int32] = [-1]
        var nextDuplicate = [Int32](repeating: -1, count: phrases.count)
        for (index, bytes) in folded.enumerated() where !bytes.isEmpty {
            var state = 0
            for byte in bytes {
                let slot = state * stride + Int(classOfByte[Int(byte)])
                if table[slot] < 0 {
                    table[slot] = Int32(depth.count)
                    table.append(contentsOf: repeatElement(-1, count: stride))
                    depth.append(depth[state] + 1)
                    enteredByC3.append(byte == 0xC3)
                    firstPhrase.append(-1)
                    lastPhrase.append(-1)
                }
                state = Int(table[slot])
            }
            if lastPhrase[state] < 0 {
                firstPhrase[state] = Int32(index)
            } else {
                nextDuplicate[Int(lastPhrase[state])] = Int32(index)
            }
            lastPhrase[state] = Int32(index)
        }
        let stateCount = depth.count

        // Breadth first: failure links, the missing transitions (so that `table` becomes the DFA) and
        // the dictionary-suffix links (the nearest proper suffix state that ends a phrase).
        var failure = [Int32](repeating: 0, count: stateCount)
        var dictionary = [Int32](repeating: -1, count: stateCount)
        var order: [Int32] = [0]
        order.reserveCapacity(stateCount)
        for slot in 0..<stride {
            if table[slot] < 0 { table[slot] = 0 } else { order.append(table[slot]) }
        }
        var head = 1
        while head < order.count {
            let state = Int(order[head])
            head += 1
            let fallback = Int(failure[state])
            dictionary[state] = firstPhrase[fallback] >= 0 ? Int32(fallback) : dictionary[fallback]
            for symbol in 0..<stride {
                let slot = state * stride + symbol
                let viaFailure = table[fallback * stride + symbol]
                if table[slot] < 0 {
                    table[slot] = viaFailure
                } else {
                    failure[Int(table[slot])] = viaFailure
                    order.append(table[slot])
                }
            }
        }

        // After 0xC3, a capital's continuation byte goes where its small letter's goes.
        for state in 0..<stateCount where enteredByC3[state] {
            for byte in Self.capitalContinuations where classOfByte[byte] != 0 {
                table[state * stride + Int(classOfByte[byte])] = table[state * stride + Int(classOfByte[byte + 0x20])]
            }
        }

        // Renumber: breadth first, states without an output before those with one.
        let hasOutput = (0..<stateCount).map { firstPhrase[$0] >= 0 || dictionary[$0] >= 0 }
        let quiet = order.filter { !hasOutput[Int($0)] }
        let loud = order.filter { hasOutput[Int($0)] }
        var renumbered = [Int32](repeating: 0, count: stateCount)
        for (number, state) in (quiet + loud).enumerated() { renumbered[Int(state)] = Int32(number) }
        var transitions = [Int32](repeating: 0, count: stateCount * stride)
        for state in 0..<stateCount {
            let row = Int(renumbered[state]) * stride
            for symbol in 0..<stride {
                transitions[row + symbol] = renumbered[Int(table[state * stride + symbol])] * Int32(stride)
            }
        }

        self.classes = (0..<256).map { classOfByte[Int(CaseFolding.fold(UInt8($0), after: 0))] }
        self.transitions = transitions
        self.stride = stride
        self.firstOutputState = quiet.count * stride
        self.outputs = loud.map { state in
            let state = Int(state), suffix = dictionary[state], phrase = Int(firstPhrase[state])
            return Output(
                length: depth[state],
                firstPhrase: firstPhrase[state],
                next: suffix < 0 ? -1 : renumbered[Int(suffix)] - Int32(quiet.count),
                endsInLetter: phrase >= 0 && phrases[phrase].unicodeScalars.last.map(Self.isLetter) == true
            )
        }
        self.nextDuplicate = nextDuplicate
        self.maxPhraseLength = Int(depth.max() ?? 0)
    }

    /// The continuation bytes of the Latin-1 capitals (`À` … `Þ` but `×`), each 0x20 below its small letter's.
    private static let capitalContinuations = (0x80...0x9E).filter { $0 != 0x97 }

    /// Whether `scalar` is a letter (general category L*), the condition for an inflection suffix.
    private static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: return true
        default: return false
        }
    }
}
