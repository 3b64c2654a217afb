/// Runs the rules over a text as a build does and says, sentence by sentence, what they made of it and
/// why: the tokens, each entity and relation with the rule that made it, and the patterns that came
/// closest without yielding anything, with how far they got (`relgraph rules --try`).
///
/// The analysis is the build's own (``DocumentAnalyzer``, the text as one document). How far a pattern
/// got is measured by an instrumented run of its compiled program over the very tokens it ran on
/// (``PatternMatcher/furthestAttempt(in:)``): entity patterns over the sentence with only the gazetteer's
/// names as entities (or only its places, for a pattern whose slots all take places), relation patterns
/// over the sentence with every entity found.
public struct RuleTrial: Sendable {
    private let rules: RuleSet
    private let analyzer: DocumentAnalyzer
    /// The same rules without patterns: what the entity patterns see is what it finds.
    private let gazetteerStage: DocumentAnalyzer
    private let entityMatchers: [PatternMatcher]
    private let relationMatchers: [PatternMatcher]
    let givenNames: IntegerTable
    /// How many of the closest misses to show.
    private let closest: Int
    /// The rule files whose patterns' misses are all shown, however far they got.
    private let shownFiles: Set<String>

    /// A trial of `rules` showing the `closest` misses of each sentence, and every miss of a pattern
    /// defined in one of `shownFiles`.
    public init(rules: RuleSet, closest: Int = 3, showingEveryMissOf shownFiles: Set<String> = []) {
        self.rules = rules
        self.analyzer = DocumentAnalyzer(rules: rules)
        var gazetteerOnly = rules
        gazetteerOnly.entityPatterns = []
        gazetteerOnly.relationPatterns = []
        self.gazetteerStage = DocumentAnalyzer(rules: gazetteerOnly)
        self.entityMatchers = rules.entityPatterns.map { PatternMatcher(program: PatternProgram($0.pattern)) }
        self.relationMatchers = rules.relationPatterns.map { PatternMatcher(program: PatternProgram($0.pattern)) }
        self.givenNames = IntegerTable(words: rules.givenNames)
        self.closest = closest
        self.shownFiles = shownFiles
    }

    /// What the rules make of `document`, sentence by sentence.
    public func sentences(of document: Document) -> [SentenceTrial] {
        var bytes = document.text
        return bytes.withUTF8 { text in
            var records = AnalysisRecords()
            var scratch = analyzer.makeScratch()
            scratch.keepsSentences = true
            analyzer.analyze(text, document: document.identifier, into: &records, scratch: &scratch)
            var gazetteerRecords = AnalysisRecords()
            var gazetteerScratch = gazetteerStage.makeScratch()
            gazetteerScratch.keepsSentences = true
            gazetteerStage.analyze(text, document: document.identifier, into: &gazetteerRecords, scratch: &gazetteerScratch)
            return records.sentences.indices.map { index in
                trial(of: records.sentences[index], records: records, seen: scratch.keptSentences[index].resolved, table: scratch.table,
                      gazetteerStage: gazetteerScratch.keptSentences[index].recognized, gazetteerTable: gazetteerScratch.table, text: text)
            }
        }
    }

    /// The trial of one sentence: `seen` is its entities as relation patterns saw them, `gazetteerStage`
    /// as entity patterns did.
    private func trial(of sentence: AnalysisRecords.Sentence, records: AnalysisRecords, seen: EntityRecognizer.SentenceEntities,
                       table: EntityTable, gazetteerStage: EntityRecognizer.SentenceEntities, gazetteerTable: EntityTable,
                       text: UnsafeBufferPointer<UInt8>) -> SentenceTrial {
        let mentions = records.mentions[sentence.mentions]
        let relations = records.relations[sentence.relations]
        let tokens = seen.tokenStream ?? PatternToken.tokenize(sentence.range, of: text, entityTokens: seen.tokens)
        var misses: [(miss: SentenceTrial.Miss, order: Int)] = []
        let built = Set(mentions.map(\.rule))
        let gazetteerStream = { (entityTokens: [(range: Range<Int>, mentions: Range<Int>)]) in
            Stream(tokens: PatternToken.tokenize(sentence.range, of: text, entityTokens: entityTokens),
                   mentions: gazetteerStage.mentions, table: gazetteerTable, text: text)
        }
        let withNames = gazetteerStream(gazetteerStage.tokens)
        let withPlaces = gazetteerStream(EntityRecognizer.placeTokens(of: gazetteerStage.mentions, table: gazetteerTable))
        for (index, rule) in rules.entityPatterns.enumerated() where !built.contains(Int32(index)) {
            let stream = rule.pattern.takesOnlyPlaces ? withPlaces : withNames
            misses.append((miss(of: entityMatchers[index], rule: rule.pattern, as: reference(to: rule), in: stream), misses.count))
        }
        let stated = Set(relations.map(\.kind))
        let stream = Stream(tokens: tokens, mentions: seen.mentions, table: table, text: text)
        for (index, rule) in rules.relationPatterns.enumerated()
        where !stated.contains(analyzer.catalog.number(of: rule.relation, rule: rule.id)) {
            misses.append((miss(of: relationMatchers[index], rule: rule.pattern, as: reference(to: rule), in: stream), misses.count))
        }
        misses.sort { first, second in
            let (a, b) = (first.miss, second.miss)
            return (a.elementsMatched, a.elementsMatched * b.elementCount, -first.order)
                > (b.elementsMatched, b.elementsMatched * a.elementCount, -second.order)
        }
        var shown = 0
        let kept = misses.map(\.miss).filter { miss in
            if shownFiles.contains(miss.rule.location.file) { return true }
            guard miss.elementsMatched > 0, shown < closest else { return false }
            shown += 1
            return true
        }
        return SentenceTrial(
            text: sentence.text(in: text),
            tokens: tokens.map { token in
                SentenceTrial.Token(text: Self.text(of: token.range, in: text),
                                    types: token.mentions.map { table[seen.mentions[$0].entity].type })
            },
            entities: mentions.map { mention in
                let entity = table[mention.entity]
                return SentenceTrial.Entity(surface: Self.text(of: mention.surface, in: text), name: entity.label, type: entity.type,
                                            rule: source(of: mention))
            },
            relations: relations.map { relation in
                let kind = analyzer.catalog[relation.kind]
                return SentenceTrial.Relation(source: table[relation.source].label, relation: kind.relation,
                                              target: table[relation.target].label, hedged: relation.hedged,
                                              rule: rule(stating: kind.relation, id: kind.rule))
            },
            misses: kept)
    }

    /// What found `mention`: its gazetteer entry or entity pattern.
    private func source(of mention: MentionRecord) -> SentenceTrial.Rule? {
        if mention.rule >= 0 { return reference(to: rules.entityPatterns[Int(mention.rule)]) }
        guard mention.entry >= 0 else { return nil }
        let entry = rules.effectiveEntities[Int(mention.entry)]
        return SentenceTrial.Rule(kind: .gazetteer, name: entry.name, pattern: nil, location: entry.location)
    }

    /// The rule whose id is `id` that states `relation`: a relation pattern, or an entity pattern's link.
    private func rule(stating relation: RelationType, id: String) -> SentenceTrial.Rule? {
        if let rule = rules.relationPatterns.first(where: { $0.id == id && $0.relation == relation }) {
            return reference(to: rule)
        }
        return rules.entityPatterns.first { $0.id == id && $0.links.contains { $0.relation == relation } }.map(reference(to:))
    }

    private func reference(to rule: EntityPatternRule) -> SentenceTrial.Rule {
        SentenceTrial.Rule(kind: .entityPattern, name: rule.id, pattern: rule.pattern.source, location: rule.location)
    }

    private func reference(to rule: RelationPatternRule) -> SentenceTrial.Rule {
        SentenceTrial.Rule(kind: .relationPattern, name: rule.id, pattern: rule.pattern.source, location: rule.location)
    }

    static func text(of range: Range<Int>, in text: UnsafeBufferPointer<UInt8>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: text[range]), as: UTF8.self)
    }
}
