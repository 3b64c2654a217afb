import Foundation

/// Reads the JSON arrays relgraph keeps in string attributes: a node's `aliases` and an edge's `evidence`.
enum JSONText {
    static func strings(_ text: String, path: String, what: String) throws(GraphReadError) -> [String] {
        guard let array = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [Any],
              let strings = array as? [String] else {
            throw GraphReadError(path: path, message: "the \(what) are not a JSON array of strings: \(text.prefix(80))")
        }
        return strings
    }

    static func evidence(_ text: String, path: String, what: String) throws(GraphReadError) -> [Evidence] {
        guard let array = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]] else {
            throw GraphReadError(path: path, message: "the \(what) is not a JSON array of {document, sentence, text}")
        }
        var result: [Evidence] = []
        for item in array {
            guard let document = item["document"] as? String, let sentence = item["sentence"] as? Int,
                  let sentenceText = item["text"] as? String else {
                throw GraphReadError(path: path, message: "the \(what) holds an item without document, sentence and text")
            }
            result.append(Evidence(document: document, sentence: sentence, text: sentenceText))
        }
        return result
    }
}
