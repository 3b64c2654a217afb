import Foundation

/// Reads the JSON arrays relgraph keeps in string attributes: a node's `aliases` and an edge's `evidence`.
/// They are decoded as JSON graph files are, with `JSONDecoder`: `JSONSerialization` drops a U+FEFF that
/// starts a string.
enum JSONText {
    static func strings(_ text: String, path: String, what: String) throws(GraphReadError) -> [String] {
        guard let strings = try? JSONDecoder().decode([String].self, from: Data(text.utf8)) else {
            throw GraphReadError(path: path, message: "the \(what) are not a JSON array of strings: \(text.prefix(80))")
        }
        return strings
    }

    static func evidence(_ text: String, path: String, what: String) throws(GraphReadError) -> [Evidence] {
        guard let items = try? JSONDecoder().decode([JSONValue].self, from: Data(text.utf8)) else {
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
}
