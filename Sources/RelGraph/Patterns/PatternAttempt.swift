/// How far a pattern gets in a sentence: the furthest point that any thread of the Pike virtual machine
/// reaches, for showing why a pattern did not match (`relgraph rules --try`).
struct PatternAttempt: Sendable {
    /// The token the attempt starts at.
    let start: Int
    /// Where it stopped: the token that no thread could take (the sentence's token count when the
    /// sentence ended first), or for a match, the end of the match.
    let stop: Int
    /// The element (``TokenPattern/elements``) it could not get past; their count for a match.
    let element: Int
    /// The tests that the threads waiting at `stop` in that element failed (empty for a match).
    let failedTests: [PatternProgram.Test]
    /// Whether the whole pattern matched.
    let isMatch: Bool

    /// Whether `self` got further than `other`: more elements, then more tokens, then an earlier start.
    func isFurther(than other: PatternAttempt) -> Bool {
        (element, stop, -start) > (other.element, other.stop, -other.start)
    }
}

extension PatternMatcher {
    /// The attempt that gets furthest into the pattern: the earliest match if there is one, or else the
    /// attempt through the most elements (then the most tokens, then the earliest start).
    ///
    /// This is an instrumented run of the same program on the same tests, separate from ``matches(in:)``:
    /// threads from every start advance together as there, but none is cut for priority, and each
    /// remembers where it started. It takes time linear in the sentence's length, as matching does.
    func furthestAttempt(in context: Context) -> PatternAttempt {
        let instructions = program.instructions
        let count = context.tokens.count
        var best: PatternAttempt?
        var failed: [PatternProgram.Test] = []
        // `marks[counter] == position`: a thread at `counter` waits on token `position` already.
        var marks = [Int](repeating: -1, count: instructions.count)
        var current: [(counter: Int, start: Int)] = []
        for position in 0...count {
            follow(0, start: position, mark: position, into: &current, marks: &marks)
            var next: [(counter: Int, start: Int)] = []
            for (counter, start) in current {
                switch instructions[counter] {
                case .match:
                    let match = PatternAttempt(start: start, stop: position, element: program.elementStarts.count - 1, failedTests: [],
                                               isMatch: true)
                    if best.map({ !$0.isMatch || (start, -position) < ($0.start, -$0.stop) }) ?? true { best = match }
                case .token(let test):
                    if position < count, passes(test, token: position, in: context) {
                        follow(counter + 1, start: start, mark: position + 1, into: &next, marks: &marks)
                        continue
                    }
                    let attempt = PatternAttempt(start: start, stop: position, element: program.element(of: counter), failedTests: [test],
                                                 isMatch: false)
                    if let known = best, known.isMatch || known.isFurther(than: attempt) { continue }
                    if let known = best, !attempt.isFurther(than: known) {
                        failed.append(test)
                    } else {
                        failed = [test]
                    }
                    best = PatternAttempt(start: start, stop: position, element: attempt.element, failedTests: failed, isMatch: false)
                default:
                    break
                }
            }
            current = next
        }
        // Position 0 always starts a thread, and every thread ends in a match or a failed test.
        return best ?? PatternAttempt(start: 0, stop: 0, element: 0, failedTests: [], isMatch: false)
    }

    /// Adds to `list` the threads that wait on a token or match from instruction `counter`, following
    /// jumps, splits and saves; `mark` is the position they wait at.
    private func follow(_ counter: Int, start: Int, mark: Int, into list: inout [(counter: Int, start: Int)],
                        marks: inout [Int]) {
        var pending = [counter]
        while let counter = pending.popLast() {
            guard marks[counter] != mark else { continue }
            marks[counter] = mark
            switch program.instructions[counter] {
            case .jump(let target): pending.append(target)
            case .split(let first, let second): pending += [second, first]
            case .save: pending.append(counter + 1)
            case .token, .match: list.append((counter, start))
            }
        }
    }
}
