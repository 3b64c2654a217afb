import Foundation
import Testing
@testable import RelGraph

/// How many SIGHUPs the test's own handler has seen.
nonisolated(unsafe) private var hangups = 0

@Suite struct SignalDeferralTests {
    @Test func aSignalDuringTheCriticalSectionTakesEffectOnceItIsOver() {
        hangups = 0
        let previous = signal(SIGHUP) { _ in hangups += 1 }
        defer { signal(SIGHUP, previous) }
        let seenDuring: Int = SignalDeferral.deferringInterrupts {
            kill(getpid(), SIGHUP)
            usleep(100_000)
            return hangups
        }
        let deadline = Date().addingTimeInterval(2)
        while hangups == 0, Date() < deadline { usleep(1000) }
        #expect(seenDuring == 0)
        #expect(hangups == 1)
    }
}
