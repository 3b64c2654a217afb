/// What relgraph found in one document: per sentence, the entities mentioned and the relations stated.
public struct DocumentAnalysis: Sendable {
    /// One analysed sentence.
    public struct Sentence: Sendable {
        /// The sentence's index in the document, from 0.
        public let index: Int
        /// The paragraph's index in the document, from 0.
        public let paragraph: Int
        /// The sentence's text, white space folded.
        public let text: String
        /// The entities mentioned, in order of position (nested mentions included).
        public let mentions: [Mention]
        /// The typed relations stated.
        public let relations: [RelationObservation]
    }

    /// The document's identifier.
    public let document: String
    /// The document's date, if it had one.
    public let date: String?
    /// The sentences, in order.
    public let sentences: [Sentence]
}
