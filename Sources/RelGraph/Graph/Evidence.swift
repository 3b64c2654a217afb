/// One place in the input that supports an edge: a document, a sentence in it, and that sentence's text.
public struct Evidence: Hashable, Comparable, Sendable {
    /// The document's identifier: its path as given on the command line, or `-` for standard input.
    public let document: String
    /// The sentence's index in its document, from 0.
    public let sentence: Int
    /// The sentence's text, with runs of white space folded to one space.
    public let text: String

    /// Creates a piece of evidence.
    public init(document: String, sentence: Int, text: String) {
        self.document = document
        self.sentence = sentence
        self.text = text
    }

    /// Canonical order: by document identifier, then sentence index, then text, comparing text by its
    /// UTF-8 bytes (a total order, whatever the normalisation).
    public static func < (lhs: Evidence, rhs: Evidence) -> Bool {
        let document = lhs.document.utf8Order(rhs.document)
        if document != 0 { return document < 0 }
        if lhs.sentence != rhs.sentence { return lhs.sentence < rhs.sentence }
        return lhs.text.utf8Precedes(rhs.text)
    }

    /// The same document, sentence and text, byte for byte (the synthesized hash, of the strings, agrees:
    /// equal bytes are equal strings).
    public static func == (lhs: Evidence, rhs: Evidence) -> Bool {
        lhs.sentence == rhs.sentence && lhs.document.utf8Order(rhs.document) == 0 && lhs.text.utf8Order(rhs.text) == 0
    }
}
