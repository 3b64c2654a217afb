/// Runs the text stages over one document: segmentation, entity recognition, resolution of references
/// to people within the document, relation patterns, and the corrections and initials policy as one
/// remap of entity ids. The result is flat records (``AnalysisRecords``); ``analyze(_:)`` turns them into
/// the readable ``DocumentAnalysis``.
public struct DocumentAnalyzer: Sendable {
    /// What one worker keeps from document to document: its entity table (the compiled gazetteer's, plus
    /// the entities it made), the remap's cache and the buffers of the stages.
    struct Scratch: Sendable {
        var table: EntityTable
        var remap: EntityRemap
        var candidates = Gazetteer.Candidates()
        var recognized: [EntityRecognizer.SentenceEntities] = []
        /// The document each entity was last seen in, by id, and the current document's number.
        var seenIn: [UInt32] = []
        var document: UInt32 = 0
        /// The people the current document names in full, and the resolvers of earlier documents by the
        /// people they named (a resolver depends on nothing else; the same few people recur in messages).
        var namedInFull: [EntityID] = []
        var resolvers: [[EntityID]: PersonResolver] = [:]
    }

    /// How many resolvers a worker keeps before it starts afresh.
    private static let resolverCacheLimit = 4096
    /// How many tokens pass 1 keeps for pass 2 per document (about 48 bytes each): all of an article's or a
    /// message's, the first sentences' of a longer document.
    static let retainedTokenLimit = 1 << 16

    private let segmenter = Segmenter()
    private let recognizer: EntityRecognizer
    private let extractor: RelationExtractor
    /// The relations the rules can state, numbered.
    let catalog: RelationCatalog
    private let corrections: NameCorrections
    private let initials: InitialsPolicy
    private let distinct: @Sendable (String, String) -> Bool
    /// The references of the people the gazetteer names, made once rather than in every document.
    private let knownReferences: [String: PersonResolver.Reference]

    /// Compiles `rules` for analysis; people named by an initial are kept apart per document if
    /// `initials` says so.
    public init(rules: RuleSet, initials: InitialsPolicy = .merge) {
        let catalog = RelationCatalog(rules: rules)
        let recognizer = EntityRecognizer(rules: rules, catalog: catalog)
        self.catalog = catalog
        self.recognizer = recognizer
        self.extractor = RelationExtractor(rules: rules, catalog: catalog)
        self.corrections = NameCorrections(rules: rules)
        self.initials = initials
        self.distinct = { rules.areDistinct($0, $1) }
        self.knownReferences = Dictionary(recognizer.gazetteer.entries.filter { $0.type == .person }.compactMap { entry in
            PersonResolver.Reference(for: entry.name).map { (entry.name, $0) }
        }) { first, _ in first }
    }

    /// A worker's scratch, starting from the compiled gazetteer's entities.
    func makeScratch() -> Scratch {
        Scratch(table: recognizer.gazetteer.entities, remap: EntityRemap(corrections: corrections, initials: initials))
    }

    /// Analyses `document`, for a reader: mentions with their entities' names and surfaces, relations
    /// by name, and the text of each sentence that mentions something.
    public func analyze(_ document: Document) -> DocumentAnalysis {
        var scratch = makeScratch()
        var records = AnalysisRecords()
        var text = document.text
        return text.withUTF8 { text in
            analyze(text, document: document.identifier, into: &records, scratch: &scratch)
            return DocumentAnalysis(document: document, records: records, text: text, table: scratch.table,
                                    gazetteer: recognizer.gazetteer, catalog: catalog)
        }
    }

    /// Analyses the document `identifier`, whose UTF-8 text is `text`, into `records` (emptied first).
    func analyze(_ text: UnsafeBufferPointer<UInt8>, document identifier: String, into records: inout AnalysisRecords,
                 scratch: inout Scratch) {
        records.removeAll()
        let spans = segmenter.sentences(in: text)
        recognizer.gazetteer.candidates(in: text, into: &scratch.candidates)
        let candidates = scratch.candidates
        // Pass 1: the entities of each sentence.
        var cursor = 0
        var retainedTokens = 0
        scratch.recognized.removeAll(keepingCapacity: true)
        let found = candidates.spans
        for span in spans {
            while cursor < found.count, found[cursor].range.lowerBound < span.range.lowerBound { cursor += 1 }
            var end = cursor
            while end < found.count, found[end].range.lowerBound < span.range.upperBound { end += 1 }
            let inside = found[cursor..<end].lazy.filter { $0.range.upperBound <= span.range.upperBound }
            var entities = recognizer.recognize(sentence: span.range, candidates: inside, of: candidates, in: text,
                                                table: &scratch.table)
            if let stream = entities.tokenStream {
                // A long document keeps the first sentences' tokens only: the rest are split again in pass 2,
                // so that its memory is a small multiple of its size however many tokens it has.
                if retainedTokens + stream.count > Self.retainedTokenLimit {
                    entities.tokenStream = nil
                } else {
                    retainedTokens += stream.count
                }
            }
            scratch.recognized.append(entities)
        }
        // Resolution: people named in full anywhere in the document, referred to by surname or initial.
        let people = resolver(for: scratch.recognized, scratch: &scratch)
        scratch.remap.begin(document: identifier)
        // Pass 2: resolved references, then relation patterns, then the remap.
        for (position, span) in spans.enumerated() {
            var entities = scratch.recognized[position]
            if let people { resolvePeople(in: &entities, sentence: span.range, with: people, text: text, table: &scratch.table) }
            let firstRelation = records.relations.count
            if extractor.hasPatterns || !entities.links.isEmpty {
                let tokens = entities.tokenStream ?? PatternToken.tokenize(span.range, of: text, entityTokens: entities.tokens)
                extractor.relations(in: tokens, mentions: entities.mentions, table: scratch.table, text: text, into: &records.relations)
                if !entities.links.isEmpty {
                    let hedged = extractor.isHedgedSentence(tokens)
                    for link in entities.links {
                        records.relations.append(RelationRecord(source: entities.mentions[link.source].entity,
                                                                target: entities.mentions[link.target].entity,
                                                                kind: link.relation, hedged: hedged))
                    }
                }
            }
            let firstMention = records.mentions.count
            records.mentions.append(contentsOf: entities.mentions)
            records.mentions[firstMention...].sort { ($0.range.lowerBound, $0.range.count) < ($1.range.lowerBound, $1.range.count) }
            if !scratch.remap.isIdentity {
                for index in firstMention..<records.mentions.count {
                    records.mentions[index].entity = scratch.remap.apply(records.mentions[index].entity, table: &scratch.table)
                }
                for index in firstRelation..<records.relations.count {
                    let relation = records.relations[index]
                    records.relations[index] = RelationRecord(source: scratch.remap.apply(relation.source, table: &scratch.table),
                                                              target: scratch.remap.apply(relation.target, table: &scratch.table),
                                                              kind: relation.kind, hedged: relation.hedged)
                }
            }
            records.sentences.append(AnalysisRecords.Sentence(index: span.index, paragraph: span.paragraph, range: span.range,
                                                              mentions: firstMention..<records.mentions.count,
                                                              relations: firstRelation..<records.relations.count))
        }
    }

    /// The resolver of the people the document names in full (a label with a space), if it names any.
    private func resolver(for recognized: [EntityRecognizer.SentenceEntities], scratch: inout Scratch) -> PersonResolver? {
        scratch.document &+= 1
        if scratch.document == 0 {
            scratch.seenIn = [UInt32](repeating: 0, count: scratch.seenIn.count)
            scratch.document = 1
        }
        if scratch.seenIn.count < scratch.table.count {
            scratch.seenIn.append(contentsOf: repeatElement(0, count: scratch.table.count - scratch.seenIn.count))
        }
        scratch.namedInFull.removeAll(keepingCapacity: true)
        for sentence in recognized {
            for mention in sentence.mentions where scratch.seenIn[mention.entity.index] != scratch.document {
                scratch.seenIn[mention.entity.index] = scratch.document
                let reference = scratch.table[mention.entity]
                if reference.type == .person, reference.label.utf8.contains(0x20) { scratch.namedInFull.append(mention.entity) }
            }
        }
        guard !scratch.namedInFull.isEmpty else { return nil }
        scratch.namedInFull.sort()
        if let known = scratch.resolvers[scratch.namedInFull] { return known }
        let table = scratch.table
        let people = PersonResolver(names: scratch.namedInFull.lazy.map { table[$0].label }, distinct: distinct) {
            knownReferences[$0] ?? PersonResolver.Reference(for: $0)
        }
        if scratch.resolvers.count >= Self.resolverCacheLimit { scratch.resolvers.removeAll(keepingCapacity: true) }
        scratch.resolvers[scratch.namedInFull] = people
        return people
    }

    /// Gives one-word people their full name and adds the surname and initial references of the sentence.
    private func resolvePeople(in entities: inout EntityRecognizer.SentenceEntities, sentence: Range<Int>,
                               with people: PersonResolver, text: UnsafeBufferPointer<UInt8>, table: inout EntityTable) {
        guard !people.forms.isEmpty else { return }
        for index in entities.mentions.indices {
            let reference = table[entities.mentions[index].entity]
            guard reference.type == .person, let full = people.fullName(for: reference.label) else { continue }
            entities.mentions[index].entity = table.intern(label: full, type: .person)
        }
        guard entities.tokenStream != nil || people.mayReferTo(sentence, in: text, outside: entities.tokens) else { return }
        let tokens = entities.tokenStream ?? PatternToken.tokenize(sentence, of: text, entityTokens: entities.tokens)
        let references = people.references(in: tokens, text: text)
        guard !references.isEmpty else {
            entities.tokenStream = tokens
            return
        }
        entities.tokenStream = nil
        for (range, name) in references {
            let bytes = tokens[range.lowerBound].range.lowerBound..<tokens[range.upperBound - 1].range.upperBound
            entities.mentions.append(MentionRecord(range: bytes, surface: bytes, entity: table.intern(label: name, type: .person),
                                                   form: .name, entry: -1))
            entities.tokens.append((bytes, (entities.mentions.count - 1)..<entities.mentions.count))
        }
        entities.tokens.sort { $0.range.lowerBound < $1.range.lowerBound }
    }
}
