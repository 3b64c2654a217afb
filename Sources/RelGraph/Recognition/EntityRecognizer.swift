/// Finds the entities of a sentence: gazetteer names (longest first, then earliest), places named
/// inside other names, and the composites that entity patterns build on top of them.
public struct EntityRecognizer: Sendable {
    private final class CompiledPattern: Sendable {
        let rule: EntityPatternRule
        let matcher: PatternMatcher
        /// The pattern's own words, folded, with their spelling in the pattern.
        let spellings: [[UInt8]: String]
        /// Whether the entity is a person's name, whose words keep their own spelling ("Van Quickenborne").
        let spellsName: Bool
        /// Whether the pattern has slots and every one takes only places, so that it matches with the other
        /// gazetteer names as plain words.
        let placesOnly: Bool
        /// What a sentence must hold for the pattern to match at all.
        let prefilter: PatternPrefilter
        /// The relations from the entity built to its slots' entities: relation kind and slot index.
        let links: [(relation: Int, slot: Int)]

        init(rule: EntityPatternRule, matcher: PatternMatcher, spellings: [[UInt8]: String], spellsName: Bool,
             placesOnly: Bool, prefilter: PatternPrefilter, links: [(relation: Int, slot: Int)]) {
            self.links = links
            self.rule = rule
            self.matcher = matcher
            self.spellings = spellings
            self.spellsName = spellsName
            self.placesOnly = placesOnly
            self.prefilter = prefilter
        }
    }

    /// The entities of one sentence.
    struct SentenceEntities {
        /// Every mention, nested ones included.
        var mentions: [MentionRecord]
        /// The top-level entity tokens, in order: what relation patterns see.
        var tokens: [(range: Range<Int>, mentions: Range<Int>)]
        /// Relations that entity patterns declare between the entities they build and their slots.
        var links: [(source: Int, relation: Int, target: Int)]
        /// The sentence's tokens with `tokens` as its entity tokens, while they are known (`nil` once
        /// anything changed them), so that later passes need not split the sentence again.
        var tokenStream: [PatternToken]? = nil
    }

    let gazetteer: Gazetteer
    private let patterns: [CompiledPattern]
    /// Fingerprints of the rules' given names.
    let givenNames: IntegerTable
    /// The words the entity patterns spell.
    private let vocabulary: PatternVocabulary

    /// Compiles the gazetteer and entity patterns of `rules`, numbering their links in `catalog`.
    init(rules: RuleSet, catalog: RelationCatalog) {
        self.gazetteer = Gazetteer(entries: rules.effectiveEntities, stopList: rules.stopList)
        self.givenNames = IntegerTable(words: rules.givenNames)
        let vocabulary = PatternVocabulary(rules.entityPatterns.map(\.pattern))
        self.vocabulary = vocabulary
        self.patterns = rules.entityPatterns.map { rule in
            var spellings: [[UInt8]: String] = [:]
            EntityRecognizer.collectLiterals(rule.pattern.root, into: &spellings)
            let slots = rule.pattern.slots
            return CompiledPattern(rule: rule, matcher: PatternMatcher(program: PatternProgram(rule.pattern)),
                                   spellings: spellings, spellsName: EntityRecognizer.holdsName(rule.pattern.root),
                                   placesOnly: rule.pattern.takesOnlyPlaces, prefilter: PatternPrefilter(rule.pattern, vocabulary: vocabulary),
                                   links: rule.links.compactMap { relation, slotName in
                                       slots.firstIndex { $0.name == slotName }.map { (catalog.number(of: relation, rule: rule.id), $0) }
                                   })
        }
    }

    /// The entities of the sentence `range`, given the gazetteer's candidates inside it; the entities that
    /// patterns build are numbered in `table`.
    func recognize(sentence range: Range<Int>, candidates: some Collection<Gazetteer.Candidate>, of found: Gazetteer.Candidates,
                   in text: UnsafeBufferPointer<UInt8>, table: inout EntityTable) -> SentenceEntities {
        var words: [PatternToken]?
        // Arrays made at their size: a sentence's arrays are made once, not grown.
        var ordered: [MentionRecord] = []
        ordered.reserveCapacity(candidates.count)
        for candidate in candidates {
            let mention = gazetteer.mention(for: candidate, in: found) { word in
                if words == nil { words = PatternToken.tokenize(range, of: text, entityTokens: []) }
                let fingerprint = SentenceProfile.fingerprint(word)
                return words?.contains { $0.fingerprint == fingerprint } ?? false
            }
            if let mention { ordered.append(mention) }
        }
        if ordered.isEmpty, patterns.isEmpty { return SentenceEntities(mentions: [], tokens: [], links: []) }
        // Longest first, then earliest; a place inside a non-place name stays as a nested mention.
        ordered.sort { ($1.range.count, $0.range.lowerBound) < ($0.range.count, $1.range.lowerBound) }
        var topLevel: [MentionRecord] = []
        topLevel.reserveCapacity(ordered.count)
        var nested: [MentionRecord] = []
        for candidate in ordered {
            if let container = topLevel.first(where: { $0.range.overlaps(candidate.range) }) {
                if table[candidate.entity].type.isPlace, !table[container.entity].type.isPlace,
                   container.range.contains(candidate.range.lowerBound), candidate.range.upperBound <= container.range.upperBound,
                   !nested.contains(where: { $0.range.overlaps(candidate.range) }) {
                    nested.append(candidate)
                }
                continue
            }
            topLevel.append(candidate)
        }
        topLevel.sort { $0.range.lowerBound < $1.range.lowerBound }
        let topLevelCount = topLevel.count
        topLevel.append(contentsOf: nested)
        var result = SentenceEntities(mentions: topLevel, tokens: [], links: [])
        applyPatterns(sentence: range, topLevel: topLevelCount, to: &result, text: text, table: &table)
        return result
    }

    /// Runs the entity patterns, adds the composites they build to `result` and sets `result.tokens` to
    /// the top-level entity tokens, with each accepted composite in place of the tokens it covers.
    ///
    /// A pattern whose slots are all places sees the other gazetteer names as plain words, so that its
    /// own words win over them ("Antwerpse federale politie" although "federale politie" is known); a
    /// gazetteer mention that a composite spells out in words is absorbed into it.
    private func applyPatterns(sentence range: Range<Int>, topLevel: Int, to result: inout SentenceEntities,
                               text: UnsafeBufferPointer<UInt8>, table: inout EntityTable) {
        let gazetteerTokens = (0..<topLevel).map { (range: result.mentions[$0].range, mentions: $0..<($0 + 1)) }
        result.tokens = gazetteerTokens
        guard !patterns.isEmpty else { return }
        let full = PatternToken.tokenize(range, of: text, entityTokens: gazetteerTokens)
        result.tokenStream = full
        guard !full.isEmpty else { return }
        // Matching reads the table; building below adds to it. The closures that read it hold a copy, so
        // they must be gone by then, or every new entity would copy the whole table.
        let (found, streams) = matches(in: full, gazetteerTokens: gazetteerTokens, sentence: range,
                                       mentions: result.mentions, topLevel: topLevel, text: text, table: table)
        guard !found.isEmpty else { return }
        var accepted: [(pattern: Int, stream: Int, match: PatternMatcher.Match, bytes: Range<Int>)] = []
        for candidate in found where !accepted.contains(where: { $0.bytes.overlaps(candidate.bytes) }) {
            accepted.append(candidate)
        }
        result.tokenStream = nil
        var tokens = gazetteerTokens.filter { token in !accepted.contains { $0.bytes.overlaps(token.range) } }
        var bound = Set<Int>()
        for (patternIndex, stream, match, bytes) in accepted {
            let produced = build(patterns[patternIndex], number: patternIndex, match: match, bytes: bytes, tokens: streams[stream],
                                 bound: &bound, result: &result, text: text, table: &table)
            if !produced.isEmpty { tokens.append((bytes, produced)) }
        }
        result.tokens = tokens.sorted { $0.range.lowerBound < $1.range.lowerBound }
        // Gazetteer mentions a composite spelled out in words are part of its name, not mentions of their own;
        // places stay mentions ("politie Antwerpen" is in Antwerp), except in a person's name ("Jan Van Gent").
        let absorbed = Set((0..<topLevel).filter { index in
            let mention = result.mentions[index]
            return !bound.contains(index) && accepted.contains { composite in
                composite.bytes.lowerBound <= mention.range.lowerBound && mention.range.upperBound <= composite.bytes.upperBound
                    && (!table[mention.entity].type.isPlace || patterns[composite.pattern].rule.type == .person)
            }
        })
        if !absorbed.isEmpty { remove(absorbed, from: &result) }
    }

    /// Every match of the entity patterns in a sentence whose tokens are `full`, longest first: the pattern,
    /// the stream it matched in (0: `full`; 1: places nested in other names as tokens too), the match and its
    /// bytes; and the streams.
    private func matches(in full: [PatternToken], gazetteerTokens: [(range: Range<Int>, mentions: Range<Int>)],
                         sentence range: Range<Int>, mentions: [MentionRecord], topLevel: Int,
                         text: UnsafeBufferPointer<UInt8>, table: EntityTable)
        -> (found: [(pattern: Int, stream: Int, match: PatternMatcher.Match, bytes: Range<Int>)], streams: [[PatternToken]]) {
        // The profile covers both streams: the words inside other names, and the places nested in them.
        var profile = SentenceProfile(vocabulary: vocabulary)
        let type = { [table] (index: Int) in table[mentions[index].entity].type }
        profile.add(full, vocabulary: vocabulary, givenNames: givenNames, type: type)
        for token in gazetteerTokens where !type(token.mentions.lowerBound).isPlace {
            profile.add(PatternToken.tokenize(token.range, of: text, entityTokens: []), vocabulary: vocabulary,
                        givenNames: givenNames, type: type)
        }
        for mention in mentions[topLevel...] { profile.add(table[mention.entity].type, vocabulary: vocabulary) }
        // Places nested in other names are tokens too when the other names are plain words; that stream
        // is made only for a pattern that needs it.
        var streams: [[PatternToken]] = [full]
        let context = { [table] (tokens: [PatternToken]) in
            PatternMatcher.Context(tokens: tokens, text: text, givenNames: givenNames) { index, slot in
                EntityRecognizer.fills(tokens[index], slot, mentions: mentions, table: table)
            }
        }
        var contexts = [context(full)]
        var scratch = PatternMatcher.Scratch()
        var found: [(pattern: Int, stream: Int, match: PatternMatcher.Match, bytes: Range<Int>)] = []
        for (index, pattern) in patterns.enumerated() where pattern.prefilter.admits(profile) {
            let stream = pattern.placesOnly ? 1 : 0
            if stream == 1, streams.count == 1 {
                streams.append(PatternToken.tokenize(range, of: text, entityTokens: EntityRecognizer.placeTokens(of: mentions, table: table)))
                contexts.append(context(streams[1]))
            }
            let tokens = streams[stream]
            for match in pattern.matcher.matches(in: contexts[stream], scratch: &scratch) where !match.span.isEmpty {
                let bytes = tokens[match.span.lowerBound].range.lowerBound..<tokens[match.span.upperBound - 1].range.upperBound
                // A composite may take in a known name whole ("Antwerpse federale politie") but never cut one:
                // in "de federale politie in Gent" the agency stays itself, not "politie in Gent".
                if stream == 1, gazetteerTokens.contains(where: { EntityRecognizer.cuts(bytes, through: $0.range) }) { continue }
                found.append((index, stream, match, bytes))
            }
        }
        found.sort { ($1.bytes.count, $0.bytes.lowerBound, $0.pattern) < ($0.bytes.count, $1.bytes.lowerBound, $1.pattern) }
        return (found, streams)
    }

    /// The places among `mentions` as entity tokens, in order: what a pattern whose slots all take places
    /// sees, the other names being words to it.
    static func placeTokens(of mentions: [MentionRecord], table: EntityTable) -> [(range: Range<Int>, mentions: Range<Int>)] {
        mentions.indices.filter { table[mentions[$0].entity].type.isPlace }
            .map { (range: mentions[$0].range, mentions: $0..<($0 + 1)) }
            .sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// Whether `bytes` overlaps `name` without holding all of it.
    private static func cuts(_ bytes: Range<Int>, through name: Range<Int>) -> Bool {
        bytes.overlaps(name) && !(bytes.lowerBound <= name.lowerBound && name.upperBound <= bytes.upperBound)
    }

    /// Removes the mentions at `indices`, renumbering the tokens and links that refer to the others.
    private func remove(_ indices: Set<Int>, from result: inout SentenceEntities) {
        var renumbered = [Int](repeating: -1, count: result.mentions.count)
        var kept: [MentionRecord] = []
        for (index, mention) in result.mentions.enumerated() where !indices.contains(index) {
            renumbered[index] = kept.count
            kept.append(mention)
        }
        result.mentions = kept
        result.tokens = result.tokens.compactMap { token in
            // A token's mentions are consecutive, and stay so: only single gazetteer mentions are removed.
            let kept = token.mentions.filter { renumbered[$0] >= 0 }
            guard let first = kept.first, let last = kept.last else { return nil }
            return (token.range, renumbered[first]..<(renumbered[last] + 1))
        }
        result.links = result.links.compactMap { link in
            let (source, target) = (renumbered[link.source], renumbered[link.target])
            return source >= 0 && target >= 0 ? (source, link.relation, target) : nil
        }
    }

    /// Adds the entities one pattern match yields (one per element of a coordinated slot) and their links.
    private func build(_ pattern: CompiledPattern, number: Int, match: PatternMatcher.Match, bytes: Range<Int>, tokens: [PatternToken],
                       bound: inout Set<Int>, result: inout SentenceEntities, text: UnsafeBufferPointer<UInt8>,
                       table: inout EntityTable) -> Range<Int> {
        let slots = pattern.rule.pattern.slots
        let bindings: [[Int]] = slots.indices.map { slotIndex in
            guard let range = match.slot(slotIndex) else { return [] }
            return tokens[range].filter { $0.kind == .entity }.flatMap(\.mentions).filter { mention in
                slots[slotIndex].types.isEmpty || slots[slotIndex].types.contains(table[result.mentions[mention].entity].type)
            }
        }
        bound.formUnion(bindings.joined())
        let distributing = bindings.firstIndex { $0.count > 1 }
        let surface = String(decoding: UnsafeBufferPointer(rebasing: text[bytes]), as: UTF8.self)
        let first = result.mentions.count
        guard !gazetteer.isStopped(surface) else { return first..<first }
        // In "Belgian and Dutch police" the last conjunct has its own words ("Dutch police"); the others
        // are named only through the whole phrase.
        let lastConjunctSurface = distributing.flatMap { slot in
            bindings[slot].last.map { mention in result.mentions[mention].range.lowerBound..<bytes.upperBound }
        }
        for element in 0..<(distributing.map { bindings[$0].count } ?? 1) {
            let chosen: [Int?] = bindings.indices.map { slot in
                slot == distributing ? bindings[slot][element] : bindings[slot].first
            }
            let name = pattern.rule.nameTemplate.map { render($0, slots: slots, chosen: chosen, mentions: result.mentions, text: text, table: table) }
                ?? defaultName(pattern, match: match, tokens: tokens, chosen: chosen, mentions: result.mentions, text: text, table: table)
            let isLast = distributing.map { element == bindings[$0].count - 1 } ?? false
            let mention = MentionRecord(range: bytes, surface: isLast ? lastConjunctSurface ?? bytes : bytes,
                                        entity: table.intern(label: name, type: pattern.rule.type), form: .name, entry: -1,
                                        rule: Int32(number))
            result.mentions.append(mention)
            let index = result.mentions.count - 1
            for (relation, slot) in pattern.links {
                guard let target = chosen[slot] else { continue }
                result.links.append((index, relation, target))
            }
        }
        return first..<result.mentions.count
    }

    private func render(_ template: String, slots: [TokenPattern.Slot], chosen: [Int?], mentions: [MentionRecord],
                        text: UnsafeBufferPointer<UInt8>, table: EntityTable) -> String {
        var name = template
        for (index, slot) in slots.enumerated() {
            guard let mention = chosen[index].map({ mentions[$0] }) else { continue }
            name = name.replacingOccurrences(of: "{\(slot.name).adj}", with: adjective(of: mention, in: text))
            name = name.replacingOccurrences(of: "{\(slot.name)}", with: table[mention.entity].label)
        }
        return name
    }

    /// The mention's canonical adjective, or its text as written.
    private func adjective(of mention: MentionRecord, in text: UnsafeBufferPointer<UInt8>) -> String {
        gazetteer.canonicalAdjective(of: mention) ?? String(decoding: UnsafeBufferPointer(rebasing: text[mention.surface]), as: UTF8.self)
    }

    /// The matched words, with slot entities in their canonical form and the pattern's words in its spelling.
    private func defaultName(_ pattern: CompiledPattern, match: PatternMatcher.Match, tokens: [PatternToken], chosen: [Int?],
                             mentions: [MentionRecord], text: UnsafeBufferPointer<UInt8>, table: EntityTable) -> String {
        var name = ""
        var position = match.span.lowerBound
        while position < match.span.upperBound {
            let token = tokens[position]
            var piece: String
            var next = position + 1
            if let slot = pattern.rule.pattern.slots.indices.first(where: { match.slot($0)?.contains(position) ?? false }),
               let range = match.slot(slot), let mention = chosen[slot].map({ mentions[$0] }) {
                piece = mention.form == .adj ? adjective(of: mention, in: text) : table[mention.entity].label
                next = range.upperBound
            } else {
                let bytes = Array(UnsafeBufferPointer(rebasing: text[token.range]))
                let surface = String(decoding: bytes, as: UTF8.self)
                piece = pattern.spellsName ? surface : pattern.spellings[CaseFolding.folded(surface)] ?? surface
            }
            let spaced = token.range.lowerBound > 0 && Self.isSpace(text[token.range.lowerBound - 1])
            if !name.isEmpty, spaced { name += " " }
            name += piece
            position = next
        }
        return name
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0xA0
    }

    /// Whether every mention of an entity token has a type and form the slot accepts.
    static func fills(_ token: PatternToken, _ slot: TokenPattern.Slot, mentions: [MentionRecord], table: EntityTable) -> Bool {
        token.mentions.allSatisfy { index in
            let mention = mentions[index]
            return (slot.types.isEmpty || slot.types.contains(table[mention.entity].type))
                && (slot.form.map { $0 == mention.form } ?? true)
        }
    }

    /// Whether `node` holds a `<Name>` or `<FullName>`.
    private static func holdsName(_ node: TokenPattern.Node) -> Bool {
        switch node {
        case .wordClass(.name), .wordClass(.fullName): true
        case .sequence(let items), .alternatives(let items): items.contains(where: holdsName)
        case .optional(let inner), .span(let inner): holdsName(inner)
        case .literal, .wordClass, .slot, .gap: false
        }
    }

    private static func collectLiterals(_ node: TokenPattern.Node, into spellings: inout [[UInt8]: String]) {
        switch node {
        case .literal(let folded, let spelling):
            if spellings[folded] == nil { spellings[folded] = spelling }
        case .sequence(let items), .alternatives(let items):
            items.forEach { collectLiterals($0, into: &spellings) }
        case .optional(let inner), .span(let inner):
            collectLiterals(inner, into: &spellings)
        case .wordClass, .slot, .gap:
            break
        }
    }
}
