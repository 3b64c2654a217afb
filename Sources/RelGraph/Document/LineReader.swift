import Foundation

/// Reads a file (or standard input) line by line in blocks of a fixed size, so that memory holds one
/// block and the current line, never the whole file.
struct LineReader {
    /// How many bytes are read at a time.
    static let blockSize = 1 << 20

    /// Hands each line of the file at `path` (`-`: standard input) to `body` with its number (from 1),
    /// without its line feed, in file order; a last line without a line feed is handed over too.
    static func forEachLine(in path: String,
                            _ body: (_ line: Int, _ bytes: ArraySlice<UInt8>) throws(DocumentError) -> Void) throws(DocumentError) {
        let descriptor = path == "-" ? STDIN_FILENO : open(path, O_RDONLY)
        guard descriptor >= 0 else { throw .unreadable(path: path, code: errno) }
        defer { if descriptor != STDIN_FILENO { close(descriptor) } }
        var buffer: [UInt8] = []
        var block = [UInt8](repeating: 0, count: blockSize)
        var line = 0
        while true {
            let count = block.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, blockSize) }
            if count < 0 {
                if errno == EINTR { continue }
                throw .unreadable(path: path, code: errno)
            }
            if count == 0 { break }
            buffer.append(contentsOf: block[..<count])
            var start = 0
            // Only the new bytes can hold a line feed that ends a line.
            var search = buffer.count - count
            while let end = buffer[search...].firstIndex(of: 0x0A) {
                line += 1
                try body(line, buffer[start..<end])
                start = end + 1
                search = start
            }
            buffer.removeFirst(start)
        }
        if !buffer.isEmpty {
            try body(line + 1, buffer[...])
        }
    }
}
