import Foundation

/// Reads a file (or standard input) in blocks of a fixed size and hands on runs of whole lines, so that
/// memory holds one block and the line being completed, never the whole file, and a line costs no
/// allocation of its own.
struct LineBlockReader {
    /// How many bytes are read at a time.
    static let blockSize = 1 << 20

    /// Hands the file at `path` (`-`: standard input) to `body` as runs of whole lines, each run with the
    /// number (from 1) of its first line, every line but the file's last ending with its line feed, in
    /// file order. Of a line that is still going after `lineLimit` bytes, the bytes past the limit are
    /// dropped but for the last block's (which ends it), so that a file without line feeds does not fill
    /// memory; the reader tells such a line by its length. A failed `open` or `read` throws what
    /// `unreadable` makes of its `errno`.
    static func forEachRun<Failure: Error>(in path: String, lineLimit: Int = .max, unreadable: (Int32) -> Failure,
                                           _ body: (_ firstLine: Int, _ lines: [UInt8]) throws(Failure) -> Void) throws(Failure) {
        let descriptor = path == "-" ? STDIN_FILENO : open(path, O_RDONLY)
        guard descriptor >= 0 else { throw unreadable(errno) }
        defer { if descriptor != STDIN_FILENO { close(descriptor) } }
        var pending: [UInt8] = []
        var block = [UInt8](repeating: 0, count: blockSize)
        var line = 1
        while true {
            let count = block.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, blockSize) }
            if count < 0 {
                if errno == EINTR { continue }
                throw unreadable(errno)
            }
            if count == 0 { break }
            // Only the new bytes can hold the line feed that ends the run.
            guard let last = block[..<count].lastIndex(of: 0x0A) else {
                pending.append(contentsOf: block[..<min(count, max(0, lineLimit - pending.count))])
                continue
            }
            var run = pending
            pending = []
            run.append(contentsOf: block[...last])
            pending.append(contentsOf: block[(last + 1)..<count])
            let first = line
            line += lineFeeds(in: run)
            try body(first, run)
        }
        if !pending.isEmpty { try body(line, pending) }
    }

    /// How many line feeds `bytes` holds.
    private static func lineFeeds(in bytes: [UInt8]) -> Int {
        bytes.withUnsafeBufferPointer { buffer in
            var count = 0
            for byte in buffer where byte == 0x0A { count += 1 }
            return count
        }
    }

    /// Hands each line of `run` (as ``forEachRun(in:_:)`` handed it) to `body` with its number, without
    /// its line feed.
    static func forEachLine(in run: UnsafeBufferPointer<UInt8>, firstLine: Int,
                            _ body: (_ line: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Void) {
        guard let base = run.baseAddress else { return }
        var start = 0
        var line = firstLine
        while start < run.count {
            var end = run.count
            if let found = memchr(base + start, 0x0A, run.count - start) {
                end = UnsafePointer(found.assumingMemoryBound(to: UInt8.self)) - base
            }
            body(line, UnsafeBufferPointer(rebasing: run[start..<end]))
            line += 1
            start = end + 1
        }
    }
}
