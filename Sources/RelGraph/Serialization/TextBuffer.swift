// The output buffer the writers fill: UTF-8 bytes, escaped for XML, JSON or DOT by a table-driven scan,
// handed to the target as a `String` every 64 KiB. Runs that need no escape are copied whole.

/// How text is escaped on its way into a ``TextBuffer``.
enum Escaping {
    /// XML 1.0 character data: `& < >` as entities, `\r` as `&#13;`, forbidden characters (C0 controls
    /// other than tab, line feed and carriage return; U+FFFE, U+FFFF) replaced with U+FFFD, so that the
    /// place where one was stays visible (JSON keeps them, as escapes).
    case xmlText
    /// An XML attribute value in double quotes: as ``xmlText``, plus `" '` as entities and tab and line
    /// feed as `&#9;` and `&#10;`, which parsers would otherwise fold into spaces.
    case xmlAttribute
    /// The inside of a JSON string: `"` and `\` escaped, control characters as `\n`, `\r`, `\t` or `\u00XX`;
    /// everything else, non-ASCII included, as it is.
    case json
    /// The inside of a JSON string that is itself XML character data: as ``json``, plus `& < >` as XML
    /// entities and U+FFFE, U+FFFF as `\ufffe`, `\uffff` (XML cannot hold them; JSON can say them).
    case jsonInXML
    /// The inside of a DOT double-quoted string: `\` as `\\`, `"` as `\"`, line feed as `\n`, `&` as `&amp;`
    /// (Graphviz passes entities in identifiers and labels on to its SVG, where `&#0;` would be ill-formed),
    /// other control characters as `\xNN` (text Graphviz keeps as it is, so distinct identifiers stay
    /// distinct); U+FFFE, U+FFFF (which would make Graphviz's SVG ill-formed) removed.
    case dot
    /// A DOT label: as ``dot``, but control characters other than line feed removed (in a label `\r` and
    /// `\l` would align lines).
    case dotLabel
    /// The inside of a JSON string in an HTML `<script>` element: as ``json``, plus `< > &` and U+2028,
    /// U+2029 as `\u` escapes, so that no text can close the element (`</script>`), open a comment (`<!--`)
    /// or end a line of script.
    case jsonInHTML

    /// This mode's bit in ``flags``.
    fileprivate var bit: UInt8 {
        switch self {
        case .xmlText: 1
        case .xmlAttribute: 2
        case .json: 4
        case .jsonInXML: 8
        case .dot: 16
        case .dotLabel: 32
        case .jsonInHTML: 64
        }
    }

    /// For each byte value, the bits of the modes in which it may need an escape (`0xEF` starts U+FFFE
    /// and U+FFFF).
    fileprivate static let flags: [UInt8] = (0...255).map { (value: Int) -> UInt8 in
        let all: [Escaping] = [.xmlText, .xmlAttribute, .json, .jsonInXML, .dot, .dotLabel, .jsonInHTML]
        return all.filter { $0.mayEscape(UInt8(value)) }.reduce(0) { $0 | $1.bit }
    }

    private func mayEscape(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x09: self == .xmlAttribute || self == .json || self == .jsonInXML || self == .jsonInHTML
        case 0x0A: self != .xmlText
        case 0..<0x20: true
        case UInt8(ascii: "&"): self != .json
        case UInt8(ascii: "<"), UInt8(ascii: ">"): self == .xmlText || self == .xmlAttribute || self == .jsonInXML || self == .jsonInHTML
        case UInt8(ascii: "'"): self == .xmlAttribute
        case UInt8(ascii: "\""): self != .xmlText
        case UInt8(ascii: "\\"): self != .xmlText && self != .xmlAttribute
        case 0xEF: self != .json && self != .jsonInHTML
        case 0xE2: self == .jsonInHTML // starts U+2028 and U+2029
        default: false
        }
    }
}

/// UTF-8 output collected in large pieces before it goes to a `TextOutputStream`.
struct TextBuffer {
    /// The size past which ``flush(to:force:)`` hands the buffer to the target.
    static let chunkSize = 1 << 16

    private var bytes: [UInt8] = []

    /// Creates an empty buffer with room for one chunk.
    init() {
        bytes.reserveCapacity(TextBuffer.chunkSize + 4096)
    }

    /// Appends `piece` as it is.
    mutating func append(_ piece: String) {
        bytes.append(contentsOf: piece.utf8)
    }

    /// Appends an integer in decimal.
    mutating func append(_ number: Int) {
        bytes.append(contentsOf: String(number).utf8)
    }

    /// Appends `piece` escaped as `mode` says. Runs that need no escape are copied whole.
    mutating func append(_ piece: String, escaping mode: Escaping) {
        let scanned: Void? = piece.utf8.withContiguousStorageIfAvailable { source in
            append(source, escaping: mode)
        }
        if scanned == nil { // A bridged string without contiguous UTF-8.
            append(Array(piece.utf8), escaping: mode)
        }
    }

    private mutating func append(_ source: UnsafeBufferPointer<UInt8>, escaping mode: Escaping) {
        let bit = mode.bit
        Escaping.flags.withUnsafeBufferPointer { flags in
            var runStart = 0
            var index = 0
            while index < source.count {
                guard flags[Int(source[index])] & bit != 0,
                      let (replacement, length) = TextBuffer.replacement(in: source, at: index, mode: mode)
                else {
                    index += 1
                    continue
                }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[runStart..<index]))
                bytes.append(contentsOf: replacement.utf8)
                index += length
                runStart = index
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[runStart...]))
        }
    }

    private mutating func append(_ source: [UInt8], escaping mode: Escaping) {
        source.withUnsafeBufferPointer { append($0, escaping: mode) }
    }

    /// Appends `string` as a JSON string literal, quotes included; `inXML` escapes it for XML text too.
    mutating func appendJSONString(_ string: String, inXML: Bool = false) {
        bytes.append(UInt8(ascii: "\""))
        append(string, escaping: inXML ? .jsonInXML : .json)
        bytes.append(UInt8(ascii: "\""))
    }

    /// Appends `string` as a DOT double-quoted string, quotes included; `asLabel` escapes `&` too. A string
    /// longer than Graphviz's lexer holds in one piece is written as pieces joined by DOT's `+`.
    mutating func appendDOTString(_ string: String, asLabel: Bool = false) {
        bytes.append(UInt8(ascii: "\""))
        let start = bytes.count
        append(string, escaping: asLabel ? .dotLabel : .dot)
        if bytes.count - start > TextBuffer.dotPieceSize { splitDOTString(from: start) }
        bytes.append(UInt8(ascii: "\""))
    }

    /// The longest piece of a DOT string written between quotes: Graphviz 2.43 refuses a run of more than
    /// 16,384 bytes without a `"` or `\`.
    static let dotPieceSize = 16_000

    /// Cuts the escaped DOT string that starts at `start` into pieces, `"…" + "…"`, never inside a UTF-8
    /// sequence or an escape.
    private mutating func splitDOTString(from start: Int) {
        let content = Array(bytes[start...])
        bytes.removeSubrange(start...)
        var pieceStart = 0
        while content.count - pieceStart > TextBuffer.dotPieceSize {
            var cut = pieceStart + TextBuffer.dotPieceSize
            while cut > pieceStart + 1, content[cut] & 0xC0 == 0x80 { cut -= 1 } // not inside a UTF-8 sequence
            // A piece starts after a whole escape, so the backslashes counted back to its start tell
            // whether the last one escapes what follows the cut.
            var backslashes = 0
            while cut - 1 - backslashes >= pieceStart, content[cut - 1 - backslashes] == UInt8(ascii: "\\") { backslashes += 1 }
            if backslashes % 2 == 1 { cut -= 1 } // not between a backslash and what it escapes
            bytes.append(contentsOf: content[pieceStart..<cut])
            bytes.append(contentsOf: "\" + \"".utf8)
            pieceStart = cut
        }
        bytes.append(contentsOf: content[pieceStart...])
    }

    /// Appends `strings` as a JSON array of strings: compact inside XML (`["a","b"]`), else spaced.
    mutating func appendJSONArray(_ strings: [String], inXML: Bool = false) {
        bytes.append(UInt8(ascii: "["))
        for (position, string) in strings.enumerated() {
            if position > 0 { append(inXML ? "," : ", ") }
            appendJSONString(string, inXML: inXML)
        }
        bytes.append(UInt8(ascii: "]"))
    }

    /// Appends `evidence` as a JSON array of `{"document", "sentence", "text"}` objects: compact inside
    /// XML, else spaced.
    mutating func appendJSONArray(_ evidence: [Evidence], inXML: Bool = false) {
        bytes.append(UInt8(ascii: "["))
        for (position, piece) in evidence.enumerated() {
            if position > 0 { append(inXML ? "," : ", ") }
            append(inXML ? "{\"document\":" : "{\"document\": ")
            appendJSONString(piece.document, inXML: inXML)
            append(inXML ? ",\"sentence\":" : ", \"sentence\": ")
            append(piece.sentence)
            append(inXML ? ",\"text\":" : ", \"text\": ")
            appendJSONString(piece.text, inXML: inXML)
            bytes.append(UInt8(ascii: "}"))
        }
        bytes.append(UInt8(ascii: "]"))
    }

    /// Appends what `other` holds and empties it.
    mutating func take(_ other: inout TextBuffer) {
        bytes.append(contentsOf: other.bytes)
        other.bytes.removeAll(keepingCapacity: true)
    }

    /// Hands the buffer to `target` and empties it, once it has grown past ``chunkSize`` or when `force`.
    mutating func flush<Target: TextOutputStream>(to target: inout Target, force: Bool = false) {
        guard force || bytes.count >= TextBuffer.chunkSize, !bytes.isEmpty else { return }
        target.write(String(decoding: bytes, as: UTF8.self))
        bytes.removeAll(keepingCapacity: true)
    }

    /// The escape for the special byte at `index` and how many bytes it replaces, or `nil` when the byte
    /// turns out not to need one (an `0xEF` that does not start U+FFFE or U+FFFF, an `0xE2` that does not
    /// start U+2028 or U+2029).
    private static func replacement(in source: UnsafeBufferPointer<UInt8>, at index: Int,
                                    mode: Escaping) -> (String, Int)? {
        let byte = source[index]
        switch byte {
        case UInt8(ascii: "&"): return (mode == .jsonInHTML ? "\\u0026" : "&amp;", 1)
        case UInt8(ascii: "<"): return (mode == .jsonInHTML ? "\\u003c" : "&lt;", 1)
        case UInt8(ascii: ">"): return (mode == .jsonInHTML ? "\\u003e" : "&gt;", 1)
        case 0xE2:
            guard index + 2 < source.count, source[index + 1] == 0x80, source[index + 2] == 0xA8 || source[index + 2] == 0xA9
            else { return nil }
            return (source[index + 2] == 0xA8 ? "\\u2028" : "\\u2029", 3)
        case UInt8(ascii: "'"): return ("&apos;", 1)
        case UInt8(ascii: "\""): return (mode == .xmlAttribute ? "&quot;" : "\\\"", 1)
        case UInt8(ascii: "\\"): return ("\\\\", 1)
        case 0xEF:
            guard index + 2 < source.count, source[index + 1] == 0xBF,
                  source[index + 2] == 0xBE || source[index + 2] == 0xBF
            else { return nil }
            switch mode {
            case .jsonInXML: return (source[index + 2] == 0xBE ? "\\ufffe" : "\\uffff", 3)
            case .xmlText, .xmlAttribute: return ("\u{FFFD}", 3)
            default: return ("", 3)
            }
        default: // A C0 control character.
            switch mode {
            case .xmlText, .xmlAttribute:
                switch byte {
                case 0x09: return ("&#9;", 1)
                case 0x0A: return ("&#10;", 1)
                case 0x0D: return ("&#13;", 1)
                default: return ("\u{FFFD}", 1)
                }
            case .json, .jsonInXML, .jsonInHTML:
                switch byte {
                case 0x09: return ("\\t", 1)
                case 0x0A: return ("\\n", 1)
                case 0x0D: return ("\\r", 1)
                default: return (controlEscapes[Int(byte)], 1)
                }
            case .dotLabel:
                return (byte == 0x0A ? "\\n" : "", 1)
            case .dot:
                // Kept visible, so that identifiers differing only in one stay apart.
                return (byte == 0x0A ? "\\n" : dotControlEscapes[Int(byte)], 1)
            }
        }
    }

    /// `\x00` … `\x1F`, how a control character shows in a DOT identifier (Graphviz gives the text as it is).
    private static let dotControlEscapes: [String] = (0..<0x20).map { value in
        "\\x" + String(value, radix: 16, uppercase: true).leftPadded(to: 2)
    }

    /// `\u0000` … `\u001f`, JSON's spelling of the control characters without a short escape.
    private static let controlEscapes: [String] = (0..<0x20).map { value in
        let hex = String(value, radix: 16)
        return "\\u" + String(repeating: "0", count: 4 - hex.utf8.count) + hex
    }
}
