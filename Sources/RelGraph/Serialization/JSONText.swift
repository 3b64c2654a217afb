import Foundation

/// Reads the JSON arrays relgraph keeps in string attributes: a node's `aliases` and an edge's `evidence`.
/// They are parsed as JSON graph files are (``JSONValueParser``, `JSONDecoder` for what it does not take):
/// `JSONSerialization` would drop a U+FEFF that starts a string.
enum JSONText {
    static func strings(_ text: String, path: String, what: String) throws(GraphReadError) -> [String] {
        let refusal = GraphReadError(path: path, message: "the \(what) are not a JSON array of strings: \(text.prefix(80))")
        guard let items = array(text) else { throw refusal }
        var strings: [String] = []
        for item in items {
            guard case .string(let string) = item else { throw refusal }
            strings.append(string)
        }
        return strings
    }

    static func evidence(_ text: String, path: String, what: String) throws(GraphReadError) -> [Evidence] {
        guard let items = array(text) else {
            throw GraphReadError(path: path, message: "the \(what) is not a JSON array of {document, sentence, text}")
        }
        var result: [Evidence] = []
        for item in items {
            guard let evidence = item.evidence else {
                throw GraphReadError(path: path, message: "the \(what) holds an item without document, sentence and text")
            }
            result.append(evidence)
        }
        return result
    }

    /// The elements of the JSON array `text`, or `nil` if it is not one.
    private static func array(_ text: String) -> [JSONValue]? {
        var text = text
        let parsed = text.withUTF8 { JSONValueParser.parse($0) }
        if let parsed {
            guard case .array(let items) = parsed else { return nil }
            return items
        }
        return try? JSONDecoder().decode([JSONValue].self, from: Data(text.utf8))
    }
}
