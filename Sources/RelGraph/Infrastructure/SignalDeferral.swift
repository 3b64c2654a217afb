import Foundation

/// Holds off the signals that stop a run from outside (SIGINT from Ctrl-C, SIGTERM, SIGHUP) while a short
/// critical section runs, such as writing a temporary file and renaming it into place, then lets the
/// first one that came take effect as it would have: the run still stops, but never halfway through.
enum SignalDeferral {
    private static let signals = [SIGINT, SIGTERM, SIGHUP]
    /// One critical section at a time, so that each restores the handlers it found.
    private static let lock = NSLock()

    /// Runs `body` with the signals held off, then sends the process the first that arrived, if any (to
    /// the process rather than this thread, which may block it).
    static func deferringInterrupts<Result>(_ body: () -> Result) -> Result {
        lock.lock()
        defer { lock.unlock() }
        pendingSignal = 0
        let previous = signals.map { signal($0) { pendingSignal = $0 } }
        let result = body()
        for (number, handler) in zip(signals, previous) { signal(number, handler) }
        if pendingSignal != 0 { kill(getpid(), pendingSignal) }
        return result
    }
}

/// The signal that arrived during a critical section (0: none); set from a signal handler.
nonisolated(unsafe) private var pendingSignal: Int32 = 0
