/// A ``TokenPattern`` compiled to instructions for a Pike virtual machine (see ``PatternMatcher``).
///
/// Registers: 0 and 1 hold the match's token range, 2 and 3 the entity span `[ … ]`, and 4 + 2k and
/// 5 + 2k the token range of slot k.
struct PatternProgram: Sendable {
    enum Test: Sendable {
        /// A word, by the fingerprint of its folded text.
        case literal(UInt64)
        /// One of several words: the index of their table in ``PatternProgram/wordSets``.
        case words(Int)
        case wordClass(TokenPattern.WordClass)
        case particle
        /// A name particle written with a capital, as a Flemish surname starts ("Van", "De", "Vanden").
        case capitalizedParticle
        /// A recognised place, one token: in a surname after a capitalised particle ("Van Gent", "Van den
        /// Bossche") it is part of the name, not a mention of the place.
        case place
        case slot(Int)
        case separator
        case determiner
        /// A hyphen or an apostrophe inside a name ("Okafor-de Groot", "O'Rourke").
        case joiner
        case any
        /// Any token but an entity that could fill the slot: a gap after a slot never skips a nearer candidate.
        case anyBut(slot: Int)
        /// A capitalised word that the rules list as a given name.
        case givenName
    }

    enum Instruction: Sendable {
        case token(Test)
        /// Try both; the first has priority.
        case split(Int, Int)
        case jump(Int)
        case save(Int)
        case match
    }

    let instructions: [Instruction]
    /// The word sets that `.words` tests look up.
    let wordSets: [IntegerTable]
    let slots: [TokenPattern.Slot]
    var registerCount: Int { 4 + 2 * slots.count }
    /// The tests one of which the first token of any match passes, or `nil` when a match may be empty:
    /// a match can only start where a token passes one.
    let startTests: [Test]?
    /// The words of the literal start tests, in one table, and the other start tests.
    let startWords: IntegerTable
    let otherStartTests: [Test]

    /// The first instruction of each of the pattern's ``TokenPattern/elements``, and then that of the
    /// instructions after the last element: an instruction belongs to the element of the last start
    /// before it (``element(of:)``).
    let elementStarts: [Int]

    init(_ pattern: TokenPattern) {
        var compiler = Compiler(slots: pattern.slots)
        var elementStarts: [Int] = []
        compiler.emit(.save(0))
        let span = pattern.spanElements
        for index in 0...pattern.elements.count {
            if index == span?.lowerBound { compiler.emit(.save(2)) }
            if index == span?.upperBound { compiler.emit(.save(3)) }
            guard index < pattern.elements.count else { break }
            elementStarts.append(compiler.next)
            compiler.compile(pattern.elements[index].node)
        }
        elementStarts.append(compiler.next)
        compiler.emit(.save(1))
        compiler.emit(.match)
        self.elementStarts = elementStarts
        self.instructions = compiler.instructions
        self.wordSets = compiler.wordSets
        self.slots = pattern.slots
        let startTests = PatternProgram.firstTests(of: compiler.instructions)
        self.startTests = startTests
        var startWords: [UInt64] = []
        var otherStartTests: [Test] = []
        for test in startTests ?? [] {
            switch test {
            case .literal(let fingerprint): startWords.append(fingerprint)
            case .words(let set): startWords += compiler.wordSets[set].keys
            default: otherStartTests.append(test)
            }
        }
        self.startWords = IntegerTable(numbering: startWords)
        self.otherStartTests = otherStartTests
    }

    /// The index of the element instruction `counter` belongs to: ``TokenPattern/elements``'s count for
    /// the instructions after the last element (a thread there has matched).
    func element(of counter: Int) -> Int {
        elementStarts.lastIndex { $0 <= counter } ?? 0
    }

    /// The token tests reachable from the first instruction without consuming a token.
    private static func firstTests(of instructions: [Instruction]) -> [Test]? {
        var tests: [Test] = []
        var visited = Set<Int>()
        var pending = [0]
        while let counter = pending.popLast() {
            guard visited.insert(counter).inserted else { continue }
            switch instructions[counter] {
            case .token(let test): tests.append(test)
            case .match: return nil
            case .jump(let target): pending.append(target)
            case .split(let first, let second): pending += [first, second]
            case .save: pending.append(counter + 1)
            }
        }
        return tests
    }

    private struct Compiler {
        let slots: [TokenPattern.Slot]
        var instructions: [Instruction] = []
        var wordSets: [IntegerTable] = []
        /// The slot compiled last, which a following gap must not skip a candidate for.
        var lastSlot: Int?

        @discardableResult
        mutating func emit(_ instruction: Instruction) -> Int {
            instructions.append(instruction)
            return instructions.count - 1
        }

        var next: Int { instructions.count }

        mutating func compile(_ node: TokenPattern.Node) {
            switch node {
            case .literal(let folded, _):
                emit(.token(.literal(SentenceProfile.fingerprint(folded))))
            case .wordClass(.name):
                compileName(first: .wordClass(.first), minimumWords: 0)
            case .wordClass(.fullName):
                compileName(first: .givenName, minimumWords: 1)
            case .wordClass(let wordClass):
                emit(.token(.wordClass(wordClass)))
            case .slot(let index):
                compileSlot(index)
            case .gap:
                // Lazy: every step first tries to leave the gap.
                var exits: [Int] = []
                let step: Test = lastSlot.map { .anyBut(slot: $0) } ?? .any
                for _ in 0..<TokenPattern.maximumGap {
                    exits.append(emit(.split(-1, -1)))
                    emit(.token(step))
                }
                for split in exits {
                    instructions[split] = .split(next, split + 1)
                }
            case .sequence(let items):
                items.forEach { compile($0) }
            case .alternatives(let alternatives):
                let branches = Compiler.branches(of: alternatives)
                var jumps: [Int] = []
                for (index, branch) in branches.enumerated() {
                    if index < branches.count - 1 {
                        let split = emit(.split(-1, -1))
                        compile(branch)
                        jumps.append(emit(.jump(-1)))
                        instructions[split] = .split(split + 1, next)
                    } else {
                        compile(branch)
                    }
                }
                for jump in jumps { instructions[jump] = .jump(next) }
            case .optional(let inner):
                let split = emit(.split(-1, -1))
                compile(inner)
                instructions[split] = .split(split + 1, next)
            case .span(let inner):
                emit(.save(2))
                compile(inner)
                emit(.save(3))
            }
        }

        /// One branch of an alternation: a run of one-word alternatives, or any other alternative.
        private enum Branch {
            case words([UInt64])
            case node(TokenPattern.Node)
        }

        /// `alternatives` with each run of one-word alternatives as one branch. A token passes at most one
        /// of a run's words, so the run's order among itself never decides a match; its place among the
        /// other alternatives is kept. A role-word list of 60 words becomes one test instead of 60 threads.
        private static func branches(of alternatives: [TokenPattern.Node]) -> [Branch] {
            var branches: [Branch] = []
            for alternative in alternatives {
                guard let word = singleWord(alternative) else {
                    branches.append(.node(alternative))
                    continue
                }
                if case .words(let words) = branches.last {
                    branches[branches.count - 1] = .words(words + [word])
                } else {
                    branches.append(.words([word]))
                }
            }
            return branches
        }

        /// The fingerprint of `node` if it is one literal word.
        private static func singleWord(_ node: TokenPattern.Node) -> UInt64? {
            switch node {
            case .literal(let folded, _): SentenceProfile.fingerprint(folded)
            case .sequence(let items) where items.count == 1: singleWord(items[0])
            default: nil
            }
        }

        private mutating func compile(_ branch: Branch) {
            switch branch {
            case .node(let node):
                compile(node)
            case .words(let words) where words.count == 1:
                emit(.token(.literal(words[0])))
            case .words(let words):
                wordSets.append(IntegerTable(numbering: words))
                emit(.token(.words(wordSets.count - 1)))
            }
        }

        /// A first word (`<First>` or a given name) and an optional middle initial ("Peter R. de Vries"),
        /// then up to three capitalised words each after up to two particles (at least `minimumWords` of
        /// them), then an optional initial; greedy. Each word may be hyphenated ("Anne-Marie", "Jean-Claude")
        /// or joined by an apostrophe ("O'Rourke"). A Flemish surname may instead be a capitalised particle,
        /// perhaps another particle, and a recognised place ("Jan Van Gent", "Els Van den Bossche"): tried
        /// first, so that the place is part of the name rather than a mention of its own. Only after a
        /// capitalised particle: "Bart Peeters van Antwerpen" stays a name and a place.
        private mutating func compileName(first: Test, minimumWords: Int) {
            emit(.token(first))
            compileHyphenatedPart()
            let middle = emit(.split(-1, -1))
            emit(.token(.wordClass(.initial)))
            instructions[middle] = .split(middle + 1, next)
            let placeSurname = emit(.split(-1, -1))
            emit(.token(.capitalizedParticle))
            let secondParticle = emit(.split(-1, -1))
            emit(.token(.particle))
            instructions[secondParticle] = .split(secondParticle + 1, next)
            emit(.token(.place))
            let afterPlace = emit(.jump(-1))
            instructions[placeSurname] = .split(placeSurname + 1, next)
            var exits: [Int] = []
            for word in 0..<3 {
                if word >= minimumWords { exits.append(emit(.split(-1, -1))) }
                for _ in 0..<2 {
                    let split = emit(.split(-1, -1))
                    emit(.token(.particle))
                    instructions[split] = .split(split + 1, next)
                }
                emit(.token(.wordClass(.cap)))
                compileHyphenatedPart()
            }
            let afterWords = next
            for split in exits { instructions[split] = .split(split + 1, afterWords) }
            instructions[afterPlace] = .jump(afterWords)
            let split = emit(.split(-1, -1))
            emit(.token(.wordClass(.initial)))
            instructions[split] = .split(split + 1, next)
        }

        /// An optional `-` or `'`, particle and capitalised word that continue a name's word ("Okafor-de Groot",
        /// "O'Rourke").
        private mutating func compileHyphenatedPart() {
            let split = emit(.split(-1, -1))
            emit(.token(.joiner))
            let particle = emit(.split(-1, -1))
            emit(.token(.particle))
            instructions[particle] = .split(particle + 1, next)
            emit(.token(.wordClass(.cap)))
            instructions[split] = .split(split + 1, next)
        }

        /// The slot's entity, and for a coordinated slot more entities after `,`/`en`/`and`, greedily.
        private mutating func compileSlot(_ index: Int) {
            emit(.save(4 + 2 * index))
            emit(.token(.slot(index)))
            if slots[index].coordinated {
                let loop = emit(.split(-1, -1))
                emit(.token(.separator))
                let determiner = emit(.split(-1, -1))
                emit(.token(.determiner))
                instructions[determiner] = .split(determiner + 1, next)
                emit(.token(.slot(index)))
                emit(.jump(loop))
                instructions[loop] = .split(loop + 1, next)
            }
            emit(.save(5 + 2 * index))
            lastSlot = index
        }
    }
}
