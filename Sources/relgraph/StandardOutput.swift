import Foundation
import RelGraph

/// Standard output written with `write(2)`, so that a failed write is an error rather than lost (as
/// `print` loses it) or a trap (as `FileHandle.write(_:)` traps).
enum StandardOutput {
    /// A write to standard output that failed.
    struct WriteError: Error, LocalizedError {
        /// The `errno` of the failed write.
        let code: Int32

        /// Whether the reader has gone (`relgraph … | head`): the run ends quietly, as `cat` does.
        var isBrokenPipe: Bool { code == EPIPE }

        var errorDescription: String? {
            "cannot write to standard output: \(String(cString: strerror(code))); send it where it can be written (> FILE) and run again"
        }
    }

    /// Writes `text` and then `terminator`.
    static func print(_ text: String, terminator: String = "\n") throws(WriteError) {
        var line = text + terminator
        if let code = line.withUTF8({ FileSink.write($0, to: STDOUT_FILENO) }) { throw WriteError(code: code) }
    }

    /// Writes `data` as it is (a drawing).
    static func write(_ data: Data) throws(WriteError) {
        if let code = data.withUnsafeBytes({ FileSink.write($0.bindMemory(to: UInt8.self), to: STDOUT_FILENO) }) { throw WriteError(code: code) }
    }

    /// Throws the failure of a sink into standard output, if one of its writes failed.
    static func check(_ sink: FileSink) throws(WriteError) {
        if let code = sink.failureCode { throw WriteError(code: code) }
    }
}
