// Reads the prolog of an XML file (everything before its root element) for what a reader of untrusted
// files must refuse before any XML parser sees them: DTD entity declarations (external entities read
// local files or the network; nested internal ones expand exponentially) and encodings other than
// UTF-8 and its ASCII-compatible relatives, in which such a declaration would hide from a scan of bytes.
//
// The encoding is decided before the scan: only UTF-8 and ASCII are scanned, and a document that
// declares any other (UTF-7, EBCDIC, Latin-1 …) is refused rather than scanned as if it were UTF-8.
//
// Supported: comments, processing instructions, a DOCTYPE with quoted literals and an internal subset.
// Not supported: entity declarations in an external DTD, which is never loaded (so never expanded).
import Foundation

/// What the prolog of an XML document says about it.
enum XMLProlog {
    /// A reason to refuse the document, or its absence.
    enum Finding: Equatable {
        /// The document declares an entity, on this line.
        case entityDeclaration(line: Int)
        /// The document is in UTF-16 or UTF-32.
        case wideEncoding
        /// The document declares (or starts in) an encoding other than UTF-8 and ASCII, in which an
        /// entity declaration would not be seen by a scan of bytes (UTF-7 spells `<` as `+ADw-`).
        case unscannedEncoding(String)
        /// The file holds no element at all (empty, white space, plain text).
        case noRootElement
    }

    /// What the prolog of the XML file at `path` declares that must be refused, if anything; only the
    /// prolog is read (the file is mapped, not loaded).
    static func finding(inFileAt path: String) -> Finding? {
        guard let data = try? Data(contentsOf: URL(fileURLWithPath: path), options: .alwaysMapped) else { return nil }
        return data.withUnsafeBytes { finding(in: $0.bindMemory(to: UInt8.self)) }
    }

    /// What the prolog of `bytes` declares that must be refused, if anything.
    static func finding(in bytes: UnsafeBufferPointer<UInt8>) -> Finding? {
        if bytes.count >= 2, (bytes[0] == 0xFE && bytes[1] == 0xFF) || (bytes[0] == 0xFF && bytes[1] == 0xFE) {
            return .wideEncoding
        }
        if bytes.prefix(4).contains(0) { return .wideEncoding }
        // The encoding is decided first: the scan below reads bytes as ASCII, which only UTF-8 and ASCII are.
        if bytes.starts(with: [0x4C, 0x6F, 0xA7, 0x94]) { return .unscannedEncoding("EBCDIC") }
        if let encoding = declaredEncoding(in: bytes),
           !["utf-8", "utf8", "us-ascii", "ascii"].contains(encoding.lowercased()) {
            return .unscannedEncoding(encoding)
        }
        var scanner = Scanner(bytes: bytes)
        return scanner.scan()
    }

    /// The `encoding` of the XML declaration that opens `bytes` (after a UTF-8 byte order mark), if any.
    private static func declaredEncoding(in bytes: UnsafeBufferPointer<UInt8>) -> String? {
        let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        let head = bytes[start..<min(bytes.count, start + 512)]
        guard head.starts(with: Array("<?xml".utf8)), let end = head.firstRange(of: Array("?>".utf8)) else { return nil }
        let declaration = String(decoding: head[head.startIndex..<end.lowerBound], as: UTF8.self)
        guard let name = declaration.range(of: "encoding") else { return nil }
        let rest = declaration[name.upperBound...].drop { $0 == " " || $0 == "\t" || $0 == "\r" || $0 == "\n" || $0 == "=" }
        guard let quote = rest.first, quote == "\"" || quote == "'" else { return nil }
        let value = rest.dropFirst().prefix { $0 != quote }
        return String(value)
    }

    /// A pass over the prolog, byte by byte, keeping count of lines.
    private struct Scanner {
        let bytes: UnsafeBufferPointer<UInt8>
        var position = 0
        var line = 1

        mutating func scan() -> Finding? {
            var inDoctype = false, inSubset = false
            while position < bytes.count {
                let byte = bytes[position]
                if inDoctype, byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                    skip(past: [byte], from: position + 1)
                } else if byte == UInt8(ascii: "<") {
                    if starts(with: "<!--") {
                        skip(past: Array("-->".utf8), from: position + 4)
                    } else if starts(with: "<?") {
                        skip(past: Array("?>".utf8), from: position + 2)
                    } else if starts(with: "<!ENTITY") {
                        return .entityDeclaration(line: line)
                    } else if starts(with: "<!DOCTYPE") {
                        inDoctype = true
                        position += 9
                    } else if starts(with: "<!") {
                        position += 2
                    } else {
                        return nil  // the root element: the prolog is over
                    }
                } else {
                    if inDoctype {
                        // The DOCTYPE's `>` ends it; one inside its internal subset ends a declaration.
                        if byte == UInt8(ascii: "[") { inSubset = true }
                        if byte == UInt8(ascii: "]") { inSubset = false }
                        if byte == UInt8(ascii: ">"), !inSubset { inDoctype = false }
                    }
                    if byte == 0x0A { line += 1 }
                    position += 1
                }
            }
            return .noRootElement
        }

        private func starts(with text: String) -> Bool {
            let utf8 = Array(text.utf8)
            return position + utf8.count <= bytes.count && zip(utf8, bytes[position...]).allSatisfy { $0 == $1 }
        }

        /// Moves past the first `terminator` at or after `start`, counting lines (to the end if there is none).
        private mutating func skip(past terminator: [UInt8], from start: Int) {
            position = start
            while position < bytes.count {
                if bytes[position] == terminator[0], position + terminator.count <= bytes.count,
                   bytes[position..<position + terminator.count].elementsEqual(terminator) {
                    position += terminator.count
                    return
                }
                if bytes[position] == 0x0A { line += 1 }
                position += 1
            }
        }
    }
}
