/// Runs a compiled pattern over a sentence's tokens with a Pike virtual machine: all threads advance in
/// lock step, one token at a time, so matching is linear in the number of tokens (times the program's
/// size) for every pattern — there is no backtracking to run away.
///
/// Matches are leftmost-first: the earliest start wins, and among matches from that start the one the
/// pattern prefers (greedy `?` and lists, lazy gaps, alternatives in order).
struct PatternMatcher {
    /// A match: the register values (token indices; -1 for an unset register).
    struct Match {
        let registers: [Int]
        var range: Range<Int> { registers[0]..<registers[1] }

        /// The token range of the entity span `[ … ]`, or of the whole match without one.
        var span: Range<Int> { registers[2] >= 0 ? registers[2]..<registers[3] : range }

        /// The token range of slot `index`.
        func slot(_ index: Int) -> Range<Int>? {
            let start = registers[4 + 2 * index]
            return start >= 0 ? start..<registers[5 + 2 * index] : nil
        }
    }

    /// What the machine asks of a token; the recognizer answers from its token and mention tables.
    struct Context {
        let tokens: [PatternToken]
        let text: UnsafeBufferPointer<UInt8>
        /// Fingerprints of the given names the rules list (for `<FullName>`).
        let givenNames: IntegerTable
        /// Whether the entity token at the index fills the slot.
        let fills: (_ token: Int, _ slot: TokenPattern.Slot) -> Bool
    }

    let program: PatternProgram

    /// Every non-overlapping match in `context`, left to right, with the buffers of `scratch`, which a caller
    /// reuses for every pattern and sentence.
    func matches(in context: Context, scratch: inout Scratch) -> [Match] {
        var found: [Match] = []
        var start = 0
        scratch.prepare(for: program)
        while start < context.tokens.count, let match = firstMatch(in: context, from: start, scratch: &scratch) {
            found.append(match)
            start = max(match.range.upperBound, match.range.lowerBound + 1)
        }
        return found
    }

    /// Threads waiting on the next token: their program counters, and their registers side by side in
    /// one flat array (`registerCount` per thread), so that no thread owns an allocation.
    fileprivate struct ThreadList {
        var counters: [Int] = []
        var registers: [Int] = []

        mutating func removeAll() {
            counters.removeAll(keepingCapacity: true)
            registers.removeAll(keepingCapacity: true)
        }
    }

    /// The buffers a search needs, reused by every attempt, pattern and sentence they are passed to.
    struct Scratch {
        fileprivate var current = ThreadList()
        fileprivate var next = ThreadList()
        fileprivate var working: [Int] = []
        fileprivate var visited: [Int] = []
        fileprivate var generation = 0

        /// Sizes the buffers for `program`. Generations only rise, so `visited` needs no clearing, whichever
        /// program used it before.
        fileprivate mutating func prepare(for program: PatternProgram) {
            working.removeAll(keepingCapacity: true)
            working.append(contentsOf: repeatElement(-1, count: program.registerCount))
            if visited.count < program.instructions.count {
                visited.append(contentsOf: repeatElement(-1, count: program.instructions.count - visited.count))
            }
        }
    }

    private func firstMatch(in context: Context, from start: Int, scratch: inout Scratch) -> Match? {
        let stride = program.registerCount
        // Generations keep rising across attempts, so `visited` needs no clearing.
        scratch.generation += 1
        scratch.current.removeAll()
        scratch.next.removeAll()
        var matched: [Int]?

        for position in start...context.tokens.count {
            if matched == nil, canStart(at: position, in: context) {
                for register in scratch.working.indices { scratch.working[register] = -1 }
                add(0, at: position, registers: &scratch.working, to: &scratch.current, visited: &scratch.visited,
                    generation: scratch.generation)
            }
            guard !scratch.current.counters.isEmpty else {
                if matched != nil { break }
                continue
            }
            scratch.generation += 1
            threads: for (thread, counter) in scratch.current.counters.enumerated() {
                switch program.instructions[counter] {
                case .match:
                    matched = Array(scratch.current.registers[(thread * stride)..<((thread + 1) * stride)])
                    break threads  // the threads after a match have lower priority: cut them
                case .token(let test):
                    if position < context.tokens.count, passes(test, token: position, in: context) {
                        for register in 0..<stride { scratch.working[register] = scratch.current.registers[thread * stride + register] }
                        add(counter + 1, at: position + 1, registers: &scratch.working, to: &scratch.next,
                            visited: &scratch.visited, generation: scratch.generation)
                    }
                default:
                    break
                }
            }
            swap(&scratch.current, &scratch.next)
            scratch.next.removeAll()
        }
        return matched.map(Match.init(registers:))
    }

    /// Whether a match may start at `position`: its token passes one of the program's first tests.
    private func canStart(at position: Int, in context: Context) -> Bool {
        guard program.startTests != nil else { return true }
        guard position < context.tokens.count else { return false }
        if !program.startWords.isEmpty, context.tokens[position].kind != .entity,
           program.startWords.contains(context.tokens[position].fingerprint) {
            return true
        }
        return program.otherStartTests.contains { passes($0, token: position, in: context) }
    }

    /// Follows jumps, splits and saves from instruction `counter`, adding the threads that wait on a token
    /// or match. `registers` is restored before returning.
    private func add(_ counter: Int, at position: Int, registers: inout [Int], to list: inout ThreadList,
                     visited: inout [Int], generation: Int) {
        guard visited[counter] != generation else { return }
        visited[counter] = generation
        switch program.instructions[counter] {
        case .jump(let target):
            add(target, at: position, registers: &registers, to: &list, visited: &visited, generation: generation)
        case .split(let first, let second):
            add(first, at: position, registers: &registers, to: &list, visited: &visited, generation: generation)
            add(second, at: position, registers: &registers, to: &list, visited: &visited, generation: generation)
        case .save(let register):
            let saved = registers[register]
            registers[register] = position
            add(counter + 1, at: position, registers: &registers, to: &list, visited: &visited, generation: generation)
            registers[register] = saved
        case .token, .match:
            list.counters.append(counter)
            list.registers.append(contentsOf: registers)
        }
    }

    /// Whether token `index` of `context` passes `test`; inlined into each caller (the matcher's loop and
    /// ``furthestAttempt(in:)``), which saves 3 % of a build's instructions with the built-in rules.
    @inline(__always)
    func passes(_ test: PatternProgram.Test, token index: Int, in context: Context) -> Bool {
        // Fields are read one by one: copying the token would retain its mention list.
        let kind = context.tokens[index].kind
        switch test {
        case .any:
            return true
        case .anyBut(let slot):
            return kind != .entity || !context.fills(index, program.slots[slot])
        case .slot(let slot):
            return kind == .entity && context.fills(index, program.slots[slot])
        case .literal(let fingerprint):
            return kind != .entity && context.tokens[index].fingerprint == fingerprint
        case .words(let set):
            return kind != .entity && program.wordSets[set].contains(context.tokens[index].fingerprint)
        case .givenName:
            return kind == .word && context.tokens[index].isCapitalized && !context.tokens[index].isInitial
                && context.givenNames.contains(context.tokens[index].fingerprint)
        case .separator:
            return kind != .entity && PatternMatcher.separators.contains(context.tokens[index].fingerprint)
        case .determiner:
            return kind != .entity && PatternMatcher.determiners.contains(context.tokens[index].fingerprint)
        case .joiner:
            return kind == .punctuation && PatternMatcher.joiners.contains(context.tokens[index].fingerprint)
        case .particle:
            return kind == .word && PatternMatcher.particles.contains(context.tokens[index].fingerprint)
        case .capitalizedParticle:
            return kind == .word && context.tokens[index].isCapitalized && PatternMatcher.particles.contains(context.tokens[index].fingerprint)
        case .place:
            return kind == .entity && context.fills(index, PatternMatcher.placeSlot)
        case .wordClass(let wordClass):
            switch wordClass {
            case .word: return kind == .word
            case .number: return kind == .number
            case .initial: return context.tokens[index].isInitial
            case .cap: return kind == .word && context.tokens[index].isCapitalized && !context.tokens[index].isInitial
            case .first, .name, .fullName:
                return kind == .word && context.tokens[index].isCapitalized && !context.tokens[index].isInitial
                    && context.tokens[index].range.count > 1
                    && !PatternMatcher.functionWords.contains(context.tokens[index].fingerprint)
                    && !PatternMatcher.titles.contains(context.tokens[index].fingerprint)
            }
        }
    }

    /// What the `.place` test asks of an entity token: a place, in any form.
    static let placeSlot = TokenPattern.Slot(name: "place", types: [.city, .region, .country], form: nil, coordinated: false)
    /// The punctuation that joins the parts of a name's word.
    static let joiners = IntegerTable(words: ["-", "'", "’"])
    /// Words that join the entities of a coordinated list.
    static let separators = IntegerTable(words: [",", "en", "and", "&", "or", "/"])
    /// Articles allowed before each further entity of a list.
    static let determiners = IntegerTable(words: ["de", "het", "the"])
    /// Name particles ("Van Quickenborne", "van den Berg", "De Wever").
    static let particles = IntegerTable(words: [
        "van", "de", "der", "den", "ter", "ten", "te", "von", "vom", "du", "le", "la", "el", "al", "bin", "ben", "da", "dos", "del", "di",
    ])
    /// Capitalised words that open sentences and are not first names.
    static let functionWords = IntegerTable(words: [
        "de", "het", "een", "hij", "zij", "ze", "wij", "we", "dat", "die", "dit", "deze", "er", "in", "op", "ook",
        "maar", "en", "of", "als", "bij", "na", "voor", "met", "van", "volgens", "toen", "nu", "zo", "daar", "hier",
        "wie", "wat", "waar", "niet", "geen", "alle", "ons", "onze", "uit", "aan", "tot", "om", "door", "over",
        "the", "a", "an", "he", "she", "it", "they", "this", "that", "these", "those", "on", "at", "but", "and",
        "or", "if", "when", "after", "before", "for", "with", "from", "by", "of", "to", "as", "according", "its",
        "his", "her", "their", "our", "we", "mr", "mrs", "ms", "dr", "minister", "team", "operatie", "operation",
    ])
    /// Titles and ranks written before a name, capitalised in English, that are not part of it ("Detective
    /// Chief Superintendent Jane Doe", "Meester Jan Peeters", "Sir John Doe").
    static let titles = IntegerTable(words: [
        "sir", "dame", "lord", "lady", "meester", "chief", "superintendent", "detective", "inspector", "constable",
        "sergeant", "commissioner", "commander", "officer", "agent", "director", "deputy", "assistant", "executive",
        "judge", "justice", "prosecutor", "attorney", "general", "president", "chairman", "secretary", "senator",
        "professor", "prof", "procureur", "officier", "rechter", "commissaris", "hoofdcommissaris", "hoofdinspecteur",
        "advocaat", "burgemeester", "korpschef",
    ])
}
