import Foundation
import Testing

/// Every generated hostile input, run against the real binary: no signal, a documented exit code, a
/// message naming the file and what is wrong, nothing half-written, earlier outputs left alone by a
/// failed run, and whatever was written read by its real consumers.
@Suite struct HostileSuiteTests {
    @Test func everyHostileInputEndsCleanly() throws {
        let root = try ExternalTool.temporaryDirectory()
        defer { Sandbox.remove(root) }
        let corpus = HostileCorpus(fixtures: try HostileFixtures(in: root.appendingPathComponent("fixtures")))
        let cases = corpus.cases
        #expect(cases.count >= 200)
        let names = Dictionary(grouping: cases, by: \.name).filter { $0.value.count > 1 }.keys.sorted()
        #expect(names.isEmpty, "case names must be unique: \(names)")

        var outcomes = Self.run(cases, with: HostileRunner(root: root))
        let consumerProblems = OutputConsumers.problems(in: outcomes.flatMap(\.written))
        for index in outcomes.indices {
            outcomes[index].problems += outcomes[index].written.compactMap { file in
                consumerProblems[file.path].map { "\((file.path as NSString).lastPathComponent): \($0)" }
            }
        }
        let failed = outcomes.filter { !$0.problems.isEmpty }
        print("hostile inputs: \(outcomes.count - failed.count) passed, \(failed.count) failed")
        let slowest = outcomes.sorted { $0.seconds > $1.seconds }.prefix(5)
        print("slowest: " + slowest.map { "\($0.name) \(String(format: "%.1f", $0.seconds)) s" }.joined(separator: "; "))
        for outcome in failed {
            Issue.record("\(outcome.name): \(outcome.problems.joined(separator: "; "))")
        }
    }

    /// Runs `cases` a few at a time (most of a run is starting a process) and returns their outcomes in order.
    private static func run(_ cases: [HostileCase], with runner: HostileRunner) -> [HostileRunner.Outcome] {
        let lock = NSLock()
        nonisolated(unsafe) var next = 0
        nonisolated(unsafe) var outcomes = [HostileRunner.Outcome?](repeating: nil, count: cases.count)
        DispatchQueue.concurrentPerform(iterations: max(2, ProcessInfo.processInfo.activeProcessorCount)) { _ in
            while true {
                let index: Int = lock.withLock {
                    defer { next += 1 }
                    return next
                }
                guard index < cases.count else { return }
                let outcome = runner.run(cases[index], index: index)
                lock.withLock { outcomes[index] = outcome }
            }
        }
        return outcomes.compactMap { $0 }
    }
}
