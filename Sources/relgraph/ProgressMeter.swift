import Foundation
import RelGraph

/// One line of progress on standard error, rewritten in place (only when standard error is a terminal).
/// The pipeline calls it from the thread that runs the build only, hence the unchecked `Sendable`.
final class ProgressMeter: @unchecked Sendable {
    private let enabled: Bool
    private let started = Date()
    private var shown = false

    init(enabled: Bool) {
        self.enabled = enabled
    }

    /// Shows `progress`: documents, MB read, MB/s and, when the total is known, the time left.
    func show(_ progress: BuildProgress) {
        guard enabled else { return }
        let elapsed = max(Date().timeIntervalSince(started), 0.001)
        let megabytes = Double(progress.bytes) / 1_000_000
        var line = String(format: "relgraph: %d documents, %.1f MB, %.1f MB/s", progress.documents, megabytes, megabytes / elapsed)
        if progress.totalBytes > 0, progress.bytes > 0, progress.bytes < progress.totalBytes {
            let left = elapsed * Double(progress.totalBytes - progress.bytes) / Double(progress.bytes)
            line += String(format: ", about %.0f s left", left)
        }
        Console.write("\r" + line + "\u{1B}[K")
        shown = true
    }

    /// Removes the progress line, so that a message can take its place.
    func clear() {
        guard shown else { return }
        Console.write("\r\u{1B}[K")
        shown = false
    }
}
