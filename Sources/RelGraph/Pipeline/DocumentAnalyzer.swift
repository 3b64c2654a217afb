/// Runs the text stages over one document: segmentation, entity recognition, resolution of references
/// to people within the document, and relation patterns.
public struct DocumentAnalyzer: Sendable {
    private let segmenter = Segmenter()
    private let recognizer: EntityRecognizer
    private let extractor: RelationExtractor
    private let corrections: NameCorrections
    private let distinct: @Sendable (String, String) -> Bool
    /// The references of the people the gazetteer names, made once rather than in every document.
    private let knownReferences: [String: PersonResolver.Reference]

    /// Compiles `rules` for analysis.
    public init(rules: RuleSet) {
        let recognizer = EntityRecognizer(rules: rules)
        self.recognizer = recognizer
        self.extractor = RelationExtractor(rules: rules)
        self.corrections = NameCorrections(rules: rules)
        self.distinct = { rules.areDistinct($0, $1) }
        self.knownReferences = Dictionary(recognizer.gazetteer.entries.filter { $0.type == .person }.compactMap { entry in
            PersonResolver.Reference(for: entry.name).map { (entry.name, $0) }
        }) { first, _ in first }
    }

    /// Analyses `document`.
    public func analyze(_ document: Document) -> DocumentAnalysis {
        var text = document.text
        let sentences = text.withUTF8(analyzeSentences)
        return DocumentAnalysis(document: document.identifier, date: document.date, sender: document.sender, sentences: sentences)
    }

    private func analyzeSentences(_ text: UnsafeBufferPointer<UInt8>) -> [DocumentAnalysis.Sentence] {
        let spans = segmenter.sentences(in: text)
        let candidates = recognizer.gazetteer.candidates(in: text)
        // Pass 1: the entities of each sentence.
        var cursor = 0
        var recognized: [EntityRecognizer.SentenceEntities] = []
        recognized.reserveCapacity(spans.count)
        for span in spans {
            while cursor < candidates.count, candidates[cursor].range.lowerBound < span.range.lowerBound { cursor += 1 }
            var end = cursor
            while end < candidates.count, candidates[end].range.lowerBound < span.range.upperBound { end += 1 }
            let inside = candidates[cursor..<end].filter { $0.range.upperBound <= span.range.upperBound }
            recognized.append(recognizer.recognize(sentence: span.range, candidates: inside, in: text))
        }
        // Resolution: people named in full anywhere in the document, referred to by surname or initial.
        let names = recognized.flatMap { $0.mentions.filter { $0.entity.type == .person && $0.entity.label.contains(" ") }.map(\.entity.label) }
        let people = names.isEmpty ? nil : PersonResolver(names: names, distinct: distinct) { knownReferences[$0] ?? PersonResolver.Reference(for: $0) }
        // Pass 2: resolved references, then relation patterns.
        return zip(spans, recognized).map { span, found in
            var entities = found
            if let people { resolvePeople(in: &entities, sentence: span.range, with: people, text: text) }
            let tokens = entities.tokenStream ?? PatternToken.tokenize(span.range, of: text, entityTokens: entities.tokens)
            var relations = extractor.relations(in: tokens, mentions: entities.mentions, text: text)
            if !entities.links.isEmpty {
                let hedged = extractor.isHedgedSentence(tokens)
                relations += entities.links.map { link in
                    RelationObservation(source: entities.mentions[link.source].entity, relation: link.relation,
                                        target: entities.mentions[link.target].entity, rule: link.rule, hedged: hedged)
                }
            }
            var mentions = entities.mentions.sorted { ($0.range.lowerBound, $0.range.count) < ($1.range.lowerBound, $1.range.count) }
            if !corrections.isEmpty {
                mentions = mentions.map { $0.referring(to: corrections.apply($0.entity)) }
                relations = relations.map { $0.between(corrections.apply($0.source), corrections.apply($0.target)) }
            }
            // Only a sentence that mentions something can be evidence: the others keep no text.
            return DocumentAnalysis.Sentence(index: span.index, paragraph: span.paragraph,
                                             text: mentions.isEmpty ? "" : span.text(in: text),
                                             mentions: mentions, relations: relations)
        }
    }

    /// Gives one-word people their full name and adds the surname and initial references of the sentence.
    private func resolvePeople(in entities: inout EntityRecognizer.SentenceEntities, sentence: Range<Int>,
                               with people: PersonResolver, text: UnsafeBufferPointer<UInt8>) {
        guard !people.forms.isEmpty else { return }
        entities.mentions = entities.mentions.map { mention in
            guard mention.entity.type == .person, let full = people.fullName(for: mention.entity.label) else { return mention }
            return mention.referring(to: EntityReference(label: full, type: .person))
        }
        let tokens = entities.tokenStream ?? PatternToken.tokenize(sentence, of: text, entityTokens: entities.tokens)
        let references = people.references(in: tokens, text: text)
        guard !references.isEmpty else {
            entities.tokenStream = tokens
            return
        }
        entities.tokenStream = nil
        for (range, name) in references {
            let bytes = tokens[range.lowerBound].range.lowerBound..<tokens[range.upperBound - 1].range.upperBound
            entities.mentions.append(Mention(range: bytes, entity: EntityReference(label: name, type: .person),
                                             surface: String(decoding: UnsafeBufferPointer(rebasing: text[bytes]), as: UTF8.self)))
            entities.tokens.append((bytes, [entities.mentions.count - 1]))
        }
        entities.tokens.sort { $0.range.lowerBound < $1.range.lowerBound }
    }
}
