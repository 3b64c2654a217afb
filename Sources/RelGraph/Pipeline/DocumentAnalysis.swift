/// What relgraph found in one document: per sentence, the entities mentioned and the relations stated.
public struct DocumentAnalysis: Sendable {
    /// One analysed sentence.
    public struct Sentence: Sendable {
        /// The sentence's index in the document, from 0.
        public let index: Int
        /// The paragraph's index in the document, from 0.
        public let paragraph: Int
        /// The sentence's text, white space folded; empty when the sentence mentions nothing (it cannot be evidence).
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
    /// Who sent it, for a message with a sender.
    public let sender: String?
    /// The sentences, in order.
    public let sentences: [Sentence]
}

extension DocumentAnalysis {
    /// The same analysis with every entity reference passed through `transform`.
    func mappingEntities(_ transform: (EntityReference) -> EntityReference) -> DocumentAnalysis {
        DocumentAnalysis(document: document, date: date, sender: sender, sentences: sentences.map { sentence in
            Sentence(index: sentence.index, paragraph: sentence.paragraph, text: sentence.text,
                     mentions: sentence.mentions.map { $0.referring(to: transform($0.entity)) },
                     relations: sentence.relations.map { $0.between(transform($0.source), transform($0.target)) })
        })
    }
}
