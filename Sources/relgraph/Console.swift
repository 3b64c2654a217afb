import ArgumentParser
import Foundation
import RelGraph
import Synchronization

/// Messages on standard error, prefixed with the program's name, one line each: control characters
/// from the data (a file name, a sender) shown as escapes. A message that cannot be written (standard
/// error is a full disk or closed) cannot be shown either: the run carries on and ends with exit code 1.
enum Console {
    /// Whether a write to standard error has failed.
    private static let failed = Atomic<Bool>(false)
    /// How many warnings were given, shown or not.
    private static let warnings = Atomic<Int>(0)
    /// How many warnings are shown; the rest are counted, so that a dump with a million bad rows says so
    /// in one line rather than a million.
    static let warningLimit = 100

    /// Shows `diagnostic`, unless ``warningLimit`` warnings have been shown already.
    static func warn(_ diagnostic: Diagnostic) {
        if warnings.add(1, ordering: .relaxed).newValue <= warningLimit { note(diagnostic.description) }
    }

    /// Says how many warnings were not shown, if any.
    static func countHiddenWarnings() {
        let hidden = warnings.load(ordering: .relaxed) - warningLimit
        if hidden > 0 { note("… and \(hidden) more warning(s) not shown (the first \(warningLimit) are above)") }
    }

    static func note(_ message: String) {
        write("relgraph: \(message.visiblyEscaped)\n")
    }

    static func error(_ message: String) {
        write("relgraph: error: \(message.visiblyEscaped)\n")
    }

    /// Writes `text` to standard error as it is (the progress line rewrites itself with `\r`).
    static func write(_ text: String) {
        var text = text
        if text.withUTF8({ FileSink.write($0, to: STDERR_FILENO) }) != nil { failed.store(true, ordering: .relaxed) }
    }

    /// Whether a message could not be written.
    static var hasFailed: Bool { failed.load(ordering: .relaxed) }
}

/// Runs `body`, turning the library's errors into a message on standard error and exit code 1: a failed
/// write to standard output too, but for a reader that has gone (`| head`), which ends quietly with 1.
func reportingErrors(_ body: () throws -> Void) throws {
    defer { Console.countHiddenWarnings() }
    do {
        try body()
    } catch let error as ExitCode {
        throw error
    } catch let error as ValidationError {
        throw error
    } catch let error as StandardOutput.WriteError where error.isBrokenPipe {
        throw ExitCode.failure
    } catch let error as LocalizedError {
        Console.error(error.errorDescription ?? "\(error)")
        throw ExitCode.failure
    } catch {
        Console.error("\(error)")
        throw ExitCode.failure
    }
    if Console.hasFailed { throw ExitCode.failure }
}
