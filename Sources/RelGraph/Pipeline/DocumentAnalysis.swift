/// What relgraph found in one document, for a reader: per sentence, the entities mentioned (by name) and
/// the relations stated. The build itself works on the flat ``AnalysisRecords`` this is made from.
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
    /// The analysis `records` hold of `document`, whose UTF-8 text is `text`, with names from `table`,
    /// `gazetteer` and `catalog`.
    init(document: Document, records: AnalysisRecords, text: UnsafeBufferPointer<UInt8>, table: EntityTable, gazetteer: Gazetteer,
         catalog: RelationCatalog) {
        self.init(document: document.identifier, date: document.date, sender: document.sender, sentences: records.sentences.map { sentence in
            let mentions = records.mentions[sentence.mentions].map { mention in
                Mention(range: mention.range, entity: table[mention.entity],
                        surface: String(decoding: UnsafeBufferPointer(rebasing: text[mention.surface]), as: UTF8.self),
                        form: mention.form, canonicalAdjective: gazetteer.canonicalAdjective(of: mention))
            }
            let relations = records.relations[sentence.relations].map { relation in
                RelationObservation(source: table[relation.source], relation: catalog[relation.kind].relation,
                                    target: table[relation.target], rule: catalog[relation.kind].rule, hedged: relation.hedged)
            }
            return Sentence(index: sentence.index, paragraph: sentence.paragraph, text: mentions.isEmpty ? "" : sentence.text(in: text),
                            mentions: mentions, relations: relations)
        })
    }
}
