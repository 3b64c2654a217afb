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

    /// Canonical order: by document identifier, then sentence index.
    public static func < (lhs: Evidence, rhs: Evidence) -> Bool {
        (lhs.document, lhs.sentence, lhs.text) < (rhs.document, rhs.sentence, rhs.text)
    }
}
