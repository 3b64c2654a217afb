/// A document's analysis as flat records: its sentences, every mention and every typed relation, as
/// integers and byte ranges into the document's text. No sentence text is copied: evidence is cut from the
/// document's bytes when an edge keeps it. A worker keeps one and refills it for each document.
struct AnalysisRecords: Sendable {
    /// One sentence: where it is, and its mentions and relations as ranges of the flat lists.
    struct Sentence: Sendable {
        let index: Int
        let paragraph: Int
        let range: Range<Int>
        let mentions: Range<Int>
        let relations: Range<Int>

        /// The sentence's text in `text` (the document's UTF-8 bytes), white space folded: evidence.
        func text(in text: UnsafeBufferPointer<UInt8>) -> String {
            SentenceSpan(range: range, paragraph: paragraph, index: index).text(in: text)
        }
    }

    var sentences: [Sentence] = []
    /// The mentions of every sentence, sentence after sentence, each sentence's in order of position.
    var mentions: [MentionRecord] = []
    var relations: [RelationRecord] = []

    /// Empties the lists, keeping their storage for the next document.
    mutating func removeAll() {
        sentences.removeAll(keepingCapacity: true)
        mentions.removeAll(keepingCapacity: true)
        relations.removeAll(keepingCapacity: true)
    }
}
