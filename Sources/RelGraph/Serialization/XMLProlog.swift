// Reads the prolog of an XML file (everything before its root element) for what a reader of untrusted
// files must refuse before any XML parser sees them: DTD entity declarations (external entities read
// local files or the network; nested internal ones expand exponentially) and encodings other than
// UTF-8 and its ASCII-compatible relatives, in which such a declaration would hide from a scan of bytes.
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
        var scanner = Scanner(bytes: bytes)
        return scanner.scan()
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
