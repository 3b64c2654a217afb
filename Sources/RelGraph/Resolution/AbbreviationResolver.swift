/// Resolves, within one document, the abbreviations the document introduces in parentheses after an
/// organisation's name: after "de Dienst Speciale Recherche (DSR)" the "DSR" in parentheses and every
/// other "DSR" of the document, before or after, is a mention of that agency.
///
/// Like ``PersonResolver`` it works in two steps: pass 1 of the analysis notes each sentence's
/// definitions (``noteDefinitions(in:sentence:text:table:candidates:gazetteer:)``), pass 2 applies them
/// to every sentence (``resolve(in:sentence:text:)``). Nothing is kept from one document to the next:
/// "DSR" may be another service in another article.
///
/// A definition needs a mention of an organisation (agency, platform or media: a person followed by an
/// organisation in parentheses, "Anna Berg (NCA)", is someone working for it, and the relation patterns
/// say so) that is one entity, directly followed by an ``Abbreviation`` that fits its name. Then:
/// - If the abbreviation is no name the gazetteer knows, it becomes an alias of the organisation for the
///   document. An abbreviation two organisations of the document define differently is ambiguous: each
///   parenthesised one names its own organisation, the bare ones are left alone.
/// - If it is already a mention of the same entity ("National Crime Agency (NCA)"), there is nothing to do.
/// - If it is a known name of another entity, the gazetteer's entity wins, and only in one case does the
///   name give way to it: the name was built by an entity pattern, has the same type, and spells out a
///   name of that entity in its own words. "Antwerpse federale gerechtelijke politie (FGP)" is the
///   composite of a place and "federale gerechtelijke politie", and the FGP confirms that the place only
///   qualifies it, as "Antwerpse FGP" does: the composite is that agency throughout the document (and the
///   composite's own links, such as a located_in from its place, are dropped: they described the
///   narrower unit). "Antwerpse federale politie (AFP)" stays as it is: the AFP (Australian Federal
///   Police) is not named in its words, and a merge there would join two agencies. Every other clash
///   (two gazetteer entities, other types) leaves both as the rules have them.
/// - If the abbreviation is a known name that was not taken as a mention where it stands (its entry's
///   context words are missing) or is on the stop list, it is left alone: the rules decided against it.
struct AbbreviationResolver {
    /// One abbreviation defined in parentheses: its letters' bytes in the document, and the entity named.
    private struct Definition {
        let letters: Range<Int>
        let entity: EntityID
    }

    private var definitions: [Definition] = []
    /// The letters of the first definition of each spelling: what a sentence is searched for.
    private var spellings: [Range<Int>] = []
    /// Composites that give way to a known entity in this document.
    private var merges: [(composite: EntityID, known: EntityID)] = []

    /// Whether the document defines nothing, so that pass 2 has nothing to do.
    var isEmpty: Bool { definitions.isEmpty && merges.isEmpty }

    /// Forgets the previous document's definitions.
    mutating func begin() {
        definitions.removeAll(keepingCapacity: true)
        spellings.removeAll(keepingCapacity: true)
        merges.removeAll(keepingCapacity: true)
    }

    /// Whether `text[range]` may hold a definition at all: it has an opening parenthesis. A document or
    /// sentence without one costs one `memchr`.
    static func mayDefine(in range: Range<Int>, of text: UnsafeBufferPointer<UInt8>) -> Bool {
        ByteSearch.contains(UInt8(ascii: "("), in: range, of: text)
    }

    /// Notes the definitions in one sentence's `entities` (from pass 1, before any resolution); `candidates`
    /// are the gazetteer's for the sentence's block.
    mutating func noteDefinitions(in entities: EntityRecognizer.SentenceEntities, sentence: Range<Int>,
                                  text: UnsafeBufferPointer<UInt8>, table: EntityTable,
                                  candidates: Gazetteer.Candidates, gazetteer: Gazetteer) {
        guard !entities.tokens.isEmpty, Self.mayDefine(in: sentence, of: text) else { return }
        for token in entities.tokens where token.mentions.count == 1 {
            guard let abbreviation = Abbreviation(after: token.range.upperBound, in: text, within: sentence) else { continue }
            let name = entities.mentions[token.mentions.lowerBound]
            let type = table[name.entity].type
            guard type.isOrganisation else { continue }
            let fits = abbreviation.fits(token.range, in: text) { word in
                entities.mentions.contains { $0.range.lowerBound <= word.lowerBound && word.upperBound <= $0.range.upperBound
                    && table[$0.entity].type.isPlace }
            }
            guard fits else { continue }
            let letters = abbreviation.letters
            if let known = entities.mentions.first(where: { $0.range.overlaps(letters) }) {
                guard known.range == letters, known.entity != name.entity, name.rule >= 0, table[known.entity].type == type,
                      spellsOut(known.entity, in: token.range, candidates: candidates, gazetteer: gazetteer) else { continue }
                merges.append((name.entity, known.entity))
                continue
            }
            guard candidates.spans(startingIn: letters).isEmpty,
                  !gazetteer.isStopped(String(decoding: UnsafeBufferPointer(rebasing: text[letters]), as: UTF8.self)) else { continue }
            add(Definition(letters: letters, entity: name.entity), text: text)
        }
    }

    /// Applies the document's definitions to one sentence's `entities` (pass 2): composites that give way
    /// take the known entity, and each bare abbreviation outside other mentions becomes a mention.
    func resolve(in entities: inout EntityRecognizer.SentenceEntities, sentence: Range<Int>, text: UnsafeBufferPointer<UInt8>) {
        if !merges.isEmpty { applyMerges(to: &entities) }
        guard !spellings.isEmpty, entities.tokenStream != nil || mayOccur(in: sentence, of: text, outside: entities.tokens) else { return }
        let tokens = entities.tokenStream ?? PatternToken.tokenize(sentence, of: text, entityTokens: entities.tokens)
        let first = entities.mentions.count
        for token in tokens where token.kind == .word && (2...8).contains(token.range.count) {
            guard Abbreviation.isCapital(text[token.range.lowerBound]), let entity = entity(spelled: token.range, in: text) else { continue }
            entities.mentions.append(MentionRecord(range: token.range, surface: token.range, entity: entity, form: .name, entry: -1))
            entities.tokens.append((token.range, (entities.mentions.count - 1)..<entities.mentions.count))
        }
        guard entities.mentions.count > first else {
            entities.tokenStream = tokens
            return
        }
        entities.tokenStream = nil
        entities.tokens.sort { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// Adds `definition`, and its spelling if it is new.
    private mutating func add(_ definition: Definition, text: UnsafeBufferPointer<UInt8>) {
        definitions.append(definition)
        if !spellings.contains(where: { Self.equal($0, definition.letters, in: text) }) { spellings.append(definition.letters) }
    }

    /// Whether some name of `entity` is among the gazetteer's candidates inside `name`: the words of the
    /// name spell it out.
    private func spellsOut(_ entity: EntityID, in name: Range<Int>, candidates: Gazetteer.Candidates, gazetteer: Gazetteer) -> Bool {
        candidates.spans(startingIn: name).contains { span in
            span.range.upperBound <= name.upperBound && gazetteer.matches(entity, in: span, of: candidates)
        }
    }

    /// The known entity `composite` gives way to in this document, if the document's definitions agree on one.
    private func known(for composite: EntityID) -> EntityID? {
        var chosen: EntityID?
        for merge in merges where merge.composite == composite {
            guard chosen == nil || chosen == merge.known else { return nil }
            chosen = merge.known
        }
        return chosen
    }

    /// Gives the mentions of composites that give way their known entity, and drops the composites' links.
    private func applyMerges(to entities: inout EntityRecognizer.SentenceEntities) {
        if !entities.links.isEmpty {
            let mentions = entities.mentions
            entities.links.removeAll { known(for: mentions[$0.source].entity) != nil }
        }
        for index in entities.mentions.indices {
            if let known = known(for: entities.mentions[index].entity) { entities.mentions[index].entity = known }
        }
    }

    /// The entity the abbreviation at `range` names: the one defined right there, or else the one every
    /// definition of its spelling agrees on.
    private func entity(spelled range: Range<Int>, in text: UnsafeBufferPointer<UInt8>) -> EntityID? {
        var chosen: EntityID?
        var ambiguous = false
        for definition in definitions where Self.equal(definition.letters, range, in: text) {
            if definition.letters == range { return resolved(definition.entity) }
            if chosen == nil { chosen = definition.entity } else if chosen != definition.entity { ambiguous = true }
        }
        return ambiguous ? nil : chosen.map(resolved)
    }

    /// `entity`, or the known entity it gives way to.
    private func resolved(_ entity: EntityID) -> EntityID {
        known(for: entity) ?? entity
    }

    /// Whether some spelling occurs in `sentence` outside the `entities` (sorted byte ranges), so that a
    /// sentence without one need not be split into tokens.
    private func mayOccur(in sentence: Range<Int>, of text: UnsafeBufferPointer<UInt8>,
                          outside entities: [(range: Range<Int>, mentions: Range<Int>)]) -> Bool {
        spellings.contains { spelling in
            ByteSearch.contains(UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: text[spelling])), in: sentence, of: text,
                                outside: entities.lazy.map(\.range))
        }
    }

    /// Whether the bytes `one` and `other` of `text` are equal.
    private static func equal(_ one: Range<Int>, _ other: Range<Int>, in text: UnsafeBufferPointer<UInt8>) -> Bool {
        one.count == other.count && UnsafeBufferPointer(rebasing: text[one]).elementsEqual(UnsafeBufferPointer(rebasing: text[other]))
    }
}
