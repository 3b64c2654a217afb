// Escaping and buffering shared by the writers: XML (GraphML, HTML-like DOT labels), JSON strings and
// DOT quoted strings. Every escaper has a fast path that appends text needing no escape in one piece.

/// The attribute names a node or edge's own fields use; an entry of `attributes` with one of these names
/// is not written, so that it can never shadow the field (`label`, `weight`, …) in any format.
enum ReservedAttributeNames {
    /// Names of node fields in GraphML and JSON (`id` is the JSON node's identifier).
    static let node: Set<String> = ["id", "label", "name", "type", "aliases", "mentions"]
    /// Names of edge fields in GraphML and JSON (`key` is networkx's multigraph edge key).
    static let edge: Set<String> = ["id", "source", "target", "key", "relation", "label", "weight", "count",
                                    "evidence", "rule"]
}

/// How JSON is laid out: compact inside GraphML strings, with a space after `:` and `,` in JSON files.
enum JSONLayout {
    case compact
    case spaced

    var colon: String { self == .compact ? ":" : ": " }
    var comma: String { self == .compact ? "," : ", " }
}

extension String {
    /// The size above which a writer hands its buffer to the target.
    static let writerChunkSize = 1 << 16

    /// Hands the buffer to `target` and empties it when it has grown past ``writerChunkSize``.
    mutating func flush<Target: TextOutputStream>(to target: inout Target, force: Bool = false) {
        guard force || utf8.count >= String.writerChunkSize else { return }
        target.write(self)
        removeAll(keepingCapacity: true)
    }

    /// Appends `text` escaped for XML 1.0 character data, or for an attribute value when `inAttribute`.
    ///
    /// `& < >` become entities, and `" '` too in attribute values; characters XML 1.0 forbids (C0 controls
    /// other than tab, line feed and carriage return; U+FFFE, U+FFFF) are removed. A carriage return is
    /// written `&#13;` so that parsers do not fold it, and in attribute values tab and line feed become
    /// `&#9;` and `&#10;` for the same reason.
    mutating func appendXML(_ text: String, inAttribute: Bool = false) {
        appendEscaping(text, mayNeedEscape: { byte in
            byte < 0x20 || byte == 0xEF || byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<")
                || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
        }, replacement: { scalar in
            switch scalar {
            case "&": "&amp;"
            case "<": "&lt;"
            case ">": "&gt;"
            case "\"": inAttribute ? "&quot;" : nil
            case "'": inAttribute ? "&apos;" : nil
            case "\r": "&#13;"
            case "\t": inAttribute ? "&#9;" : nil
            case "\n": inAttribute ? "&#10;" : nil
            case "\u{FFFE}", "\u{FFFF}": ""
            default: scalar.value < 0x20 ? "" : nil
            }
        })
    }

    /// Appends `text` as a JSON string literal, quotes included: `"` and `\` are escaped, control characters
    /// written `\n`, `\r`, `\t` or `\u00XX`, everything else (non-ASCII included) as it is.
    mutating func appendJSONString(_ text: String) {
        append("\"")
        appendEscaping(text, mayNeedEscape: { byte in
            byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\")
        }, replacement: { scalar in
            switch scalar {
            case "\"": "\\\""
            case "\\": "\\\\"
            case "\n": "\\n"
            case "\r": "\\r"
            case "\t": "\\t"
            default: scalar.value < 0x20 ? String.jsonControlEscape(scalar.value) : nil
            }
        })
        append("\"")
    }

    /// Appends `text` as a DOT double-quoted string, quotes included.
    ///
    /// `\` becomes `\\` and `"` becomes `\"`; a line feed is written `\n`, a carriage return dropped, other
    /// control characters and U+FFFE/U+FFFF (which would make Graphviz's SVG ill-formed) removed. With
    /// `asLabel`, `&` is written `&amp;` too, because Graphviz decodes HTML entities in ordinary labels.
    mutating func appendDOTString(_ text: String, asLabel: Bool = false) {
        append("\"")
        appendEscaping(text, mayNeedEscape: { byte in
            byte < 0x20 || byte == 0xEF || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\")
                || (asLabel && byte == UInt8(ascii: "&"))
        }, replacement: { scalar in
            switch scalar {
            case "\\": "\\\\"
            case "\"": "\\\""
            case "\n": "\\n"
            case "&": asLabel ? "&amp;" : nil
            case "\t": nil
            case "\u{FFFE}", "\u{FFFF}": ""
            default: scalar.value < 0x20 ? "" : nil
            }
        })
        append("\"")
    }

    /// Appends `strings` as a JSON array of strings.
    mutating func appendJSONArray(_ strings: [String], layout: JSONLayout) {
        append("[")
        for (position, string) in strings.enumerated() {
            if position > 0 { append(layout.comma) }
            appendJSONString(string)
        }
        append("]")
    }

    /// Appends `evidence` as a JSON array of `{"document", "sentence", "text"}` objects.
    mutating func appendJSONArray(_ evidence: [Evidence], layout: JSONLayout) {
        append("[")
        for (position, piece) in evidence.enumerated() {
            if position > 0 { append(layout.comma) }
            append("{\"document\"")
            append(layout.colon)
            appendJSONString(piece.document)
            append(layout.comma)
            append("\"sentence\"")
            append(layout.colon)
            append(String(piece.sentence))
            append(layout.comma)
            append("\"text\"")
            append(layout.colon)
            appendJSONString(piece.text)
            append("}")
        }
        append("]")
    }

    /// Appends `text`, replacing each scalar for which `replacement` returns a string by that string.
    ///
    /// `mayNeedEscape` is a cheap test on UTF-8 bytes: when no byte passes it, `text` is appended whole.
    private mutating func appendEscaping(_ text: String, mayNeedEscape: (UInt8) -> Bool,
                                         replacement: (Unicode.Scalar) -> String?) {
        guard text.utf8.contains(where: mayNeedEscape) else {
            append(text)
            return
        }
        let scalars = text.unicodeScalars
        var runStart = scalars.startIndex
        var index = runStart
        while index != scalars.endIndex {
            let next = scalars.index(after: index)
            if let escaped = replacement(scalars[index]) {
                append(contentsOf: Substring(scalars[runStart..<index]))
                append(escaped)
                runStart = next
            }
            index = next
        }
        append(contentsOf: Substring(scalars[runStart..<scalars.endIndex]))
    }

    private static func jsonControlEscape(_ value: UInt32) -> String {
        let hex = String(value, radix: 16)
        return "\\u" + String(repeating: "0", count: Swift.max(0, 4 - hex.utf8.count)) + hex
    }
}

extension Node {
    /// The aliases in sorted order, whatever order they were added in.
    var sortedAliases: [String] {
        var previous: String?
        for alias in aliases {
            if let previous, alias < previous { return aliases.sorted() }
            previous = alias
        }
        return aliases
    }

    /// The attributes that do not shadow a node field, sorted by name.
    var writableAttributes: [(name: String, value: AttributeValue)] {
        attributes.isEmpty ? [] : attributes
            .filter { !ReservedAttributeNames.node.contains($0.key) }
            .map { (name: $0.key, value: $0.value) }
            .sorted { $0.name < $1.name }
    }
}

extension Edge {
    /// The attributes that do not shadow an edge field, sorted by name.
    var writableAttributes: [(name: String, value: AttributeValue)] {
        attributes.isEmpty ? [] : attributes
            .filter { !ReservedAttributeNames.edge.contains($0.key) }
            .map { (name: $0.key, value: $0.value) }
            .sorted { $0.name < $1.name }
    }
}
