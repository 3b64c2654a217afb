/// Runs the text stages over one document: segmentation, entity recognition, resolution of references
/// to people and of abbreviations within the document, relation patterns, and the corrections and
/// initials policy as one remap of entity ids. The result is flat records (``AnalysisRecords``);
/// ``analyze(_:)`` turns them into the readable ``DocumentAnalysis``.
public struct DocumentAnalyzer: Sendable {
    /// What one worker keeps from document to document: its entity table (the compiled gazetteer's, plus
    /// the entities it made), the remap's cache and the buffers of the stages.
    struct Scratch: Sendable {
        var table: EntityTable
        var remap: EntityRemap
        var candidates = Gazetteer.Candidates()
        /// The entities pass 1 keeps for pass 2: those of the document's first blocks.
        var recognized: [EntityRecognizer.SentenceEntities] = []
        /// The document each entity was last seen in, by id, and the current document's number.
        var seenIn: [UInt32] = []
        var document: UInt32 = 0
        /// The people the current document names in full, and the resolvers of earlier documents by the
        /// people they named (a resolver depends on nothing else; the same few people recur in messages).
        var namedInFull: [EntityID] = []
        var resolvers: [[EntityID]: PersonResolver] = [:]
        /// The abbreviations the current document defines in parentheses after organisations' names.
        var abbreviations = AbbreviationResolver()
        /// Whether to keep every sentence's entities in `keptSentences`, for ``RuleTrial``.
        var keepsSentences = false
        /// Each sentence's entities as pass 2 takes them from pass 1 (what the entity patterns made of the
        /// gazetteer's) and as the relation patterns see them (people resolved, before the remap).
        var keptSentences: [(recognized: EntityRecognizer.SentenceEntities, resolved: EntityRecognizer.SentenceEntities)] = []
    }

    /// How many resolvers a worker keeps before it starts afresh.
    private static let resolverCacheLimit = 4096
    /// How many tokens pass 1 keeps for pass 2 per document (about 48 bytes each): all of an article's or a
    /// message's, the first sentences' of a longer document.
    static let retainedTokenLimit = 1 << 16
    /// About how many bytes of text are recognized as one block, and how far into a document pass 1 keeps
    /// its sentences' entities for pass 2 (blocks starting before it).
    struct Blocking: Sendable {
        var length = 1 << 20
        var retained = 1 << 20
    }

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
    private let blocking: Blocking

    /// Compiles `rules` for analysis; people named by an initial are kept apart per document if
    /// `initials` says so.
    public init(rules: RuleSet, initials: InitialsPolicy = .merge) {
        self.init(rules: rules, initials: initials, blocking: Blocking())
    }

    /// The same, with blocks of another size (tests make them small).
    init(rules: RuleSet, initials: InitialsPolicy, blocking: Blocking) {
        self.blocking = blocking
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
    ///
    /// Sentences are recognized block by block (``Blocking``), the gazetteer's candidates found for one
    /// block at a time. Pass 1 finds every sentence's entities and the people named in full; it keeps them
    /// for pass 2 in the document's first bytes only, and pass 2 recognizes the later blocks
    /// again, so that a long document's memory stays a small multiple of its size however densely it names
    /// entities.
    func analyze(_ text: UnsafeBufferPointer<UInt8>, document identifier: String, into records: inout AnalysisRecords,
                 scratch: inout Scratch) {
        records.removeAll()
        scratch.keptSentences.removeAll()
        let spans = segmenter.sentences(in: text)
        // Pass 1: the entities of each sentence, the people the document names in full and the
        // abbreviations it defines (only if it has a parenthesis at all).
        beginPeople(scratch: &scratch)
        scratch.abbreviations.begin()
        let mayDefineAbbreviations = AbbreviationResolver.mayDefine(in: 0..<text.count, of: text)
        scratch.recognized.removeAll(keepingCapacity: true)
        var retainedTokens = 0
        var mentionCount = 0
        var block = Block(sentences: 0..<0, bytes: 0..<0)
        while let next = block.next(of: spans, in: text, length: blocking.length) {
            block = next
            let retains = block.bytes.lowerBound < blocking.retained
            recognizer.gazetteer.candidates(in: text, within: block.bytes, into: &scratch.candidates)
            let candidates = scratch.candidates
            for position in block.sentences {
                var entities = recognize(spans[position], from: candidates, text: text, table: &scratch.table)
                notePeople(in: entities.mentions, scratch: &scratch)
                if mayDefineAbbreviations {
                    scratch.abbreviations.noteDefinitions(in: entities, sentence: spans[position].range, text: text, table: scratch.table,
                                                          candidates: candidates, gazetteer: recognizer.gazetteer)
                }
                mentionCount += entities.mentions.count
                guard retains else { continue }
                if let stream = entities.tokenStream {
                    // The first sentences keep their tokens: the rest are split again in pass 2.
                    if retainedTokens + stream.count > Self.retainedTokenLimit {
                        entities.tokenStream = nil
                    } else {
                        retainedTokens += stream.count
                    }
                }
                scratch.recognized.append(entities)
            }
        }
        // Resolution: people named in full anywhere in the document, referred to by surname or initial;
        // abbreviations defined anywhere in it.
        let people = resolver(scratch: &scratch)
        scratch.remap.begin(document: identifier)
        records.mentions.reserveCapacity(mentionCount)
        // Pass 2: resolved references and abbreviations, then relation patterns, then the remap.
        block = Block(sentences: 0..<0, bytes: 0..<0)
        while let next = block.next(of: spans, in: text, length: blocking.length) {
            block = next
            let retained = block.sentences.upperBound <= scratch.recognized.count
            if !retained { recognizer.gazetteer.candidates(in: text, within: block.bytes, into: &scratch.candidates) }
            let candidates = scratch.candidates
            for position in block.sentences {
                let span = spans[position]
                var entities = retained ? scratch.recognized[position]
                                        : recognize(span, from: candidates, text: text, table: &scratch.table)
                if scratch.keepsSentences { scratch.keptSentences.append((entities, entities)) }
                if let people { resolvePeople(in: &entities, sentence: span.range, with: people, text: text, table: &scratch.table) }
                if !scratch.abbreviations.isEmpty { scratch.abbreviations.resolve(in: &entities, sentence: span.range, text: text) }
                if scratch.keepsSentences { scratch.keptSentences[scratch.keptSentences.count - 1].resolved = entities }
                add(entities, of: span, to: &records, text: text, scratch: &scratch)
            }
        }
    }

    /// A run of sentences recognized together, and the bytes they cover from the end of the block before.
    private struct Block {
        let sentences: Range<Int>
        let bytes: Range<Int>

        /// The block after this one in `spans`, or `nil` after the last: sentences up to about `length`
        /// bytes, cut only where white space follows, so that no gazetteer match sees the cut.
        func next(of spans: [SentenceSpan], in text: UnsafeBufferPointer<UInt8>, length: Int) -> Block? {
            let start = sentences.upperBound
            guard start < spans.count else { return nil }
            let limit = bytes.upperBound + length
            var end = start + 1
            while end < spans.count {
                let cut = spans[end - 1].range.upperBound
                if cut >= limit, text[cut] <= 0x20 { break }
                end += 1
            }
            let upper = end == spans.count ? text.count : spans[end - 1].range.upperBound
            return Block(sentences: start..<end, bytes: bytes.upperBound..<upper)
        }
    }

    /// The entities of `span`, from the candidates of its block.
    private func recognize(_ span: SentenceSpan, from candidates: Gazetteer.Candidates, text: UnsafeBufferPointer<UInt8>,
                           table: inout EntityTable) -> EntityRecognizer.SentenceEntities {
        let inside = candidates.spans(startingIn: span.range).lazy.filter { $0.range.upperBound <= span.range.upperBound }
        return recognizer.recognize(sentence: span.range, candidates: inside, of: candidates, in: text, table: &table)
    }

    /// Adds one sentence's mentions and relations (its entities' links and relation patterns' finds) to
    /// `records`, through the document's remap.
    private func add(_ entities: EntityRecognizer.SentenceEntities, of span: SentenceSpan, to records: inout AnalysisRecords,
                     text: UnsafeBufferPointer<UInt8>, scratch: inout Scratch) {
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
        records.mentions.withUnsafeMutableBufferPointer { mentions in
            // Sorted where they lie (sorting the array's slice would copy it).
            var added = UnsafeMutableBufferPointer(rebasing: mentions[firstMention...])
            added.sort { ($0.range.lowerBound, $0.range.count) < ($1.range.lowerBound, $1.range.count) }
        }
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

    /// Starts a document's list of the people it names in full.
    private func beginPeople(scratch: inout Scratch) {
        scratch.document &+= 1
        if scratch.document == 0 {
            scratch.seenIn = [UInt32](repeating: 0, count: scratch.seenIn.count)
            scratch.document = 1
        }
        scratch.namedInFull.removeAll(keepingCapacity: true)
    }

    /// Notes the people among `mentions` named in full (a label with a space).
    private func notePeople(in mentions: [MentionRecord], scratch: inout Scratch) {
        if scratch.seenIn.count < scratch.table.count {
            scratch.seenIn.append(contentsOf: repeatElement(0, count: scratch.table.count - scratch.seenIn.count))
        }
        for mention in mentions where scratch.seenIn[mention.entity.index] != scratch.document {
            scratch.seenIn[mention.entity.index] = scratch.document
            let reference = scratch.table[mention.entity]
            if reference.type == .person, reference.label.utf8.contains(0x20) { scratch.namedInFull.append(mention.entity) }
        }
    }

    /// The resolver of the people the document names in full, if it names any.
    private func resolver(scratch: inout Scratch) -> PersonResolver? {
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
        entities.mentions.reserveCapacity(entities.mentions.count + references.count)
        entities.tokens.reserveCapacity(entities.tokens.count + references.count)
        for (range, name) in references {
            let bytes = tokens[range.lowerBound].range.lowerBound..<tokens[range.upperBound - 1].range.upperBound
            entities.mentions.append(MentionRecord(range: bytes, surface: bytes, entity: table.intern(label: name, type: .person),
                                                   form: .name, entry: -1))
            entities.tokens.append((bytes, (entities.mentions.count - 1)..<entities.mentions.count))
        }
        entities.tokens.sort { $0.range.lowerBound < $1.range.lowerBound }
    }
}
