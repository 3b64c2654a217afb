import Foundation
import PropertyBased
@testable import RelGraph

// Random corpora for property tests, and the graphs GraphBuilder makes of them as the pipeline does:
// per document, every mention, the document count, then every relation with its evidence sentence;
// then a graph another tool wrote is merged in, as `relgraph merge` does, and node attributes are set.
//
// Text is what a graph can really hold: TextDecoder keeps every scalar but the C0 controls other than
// tab, line feed and carriage return and U+FFFE/U+FFFF, so those are never generated; everything else
// is, with a bias towards what is hard to escape. Everything shrinks: pieces of text towards "a", types
// towards built-ins, numbers towards 0, lists towards empty.
//
// `precomposed: true` puts all text in Unicode's normalization form C. relgraph sorts and chooses text by
// its UTF-8 bytes, but tells aliases apart as Swift compares strings, canonically: two spellings of one
// alias in different normalisation forms are one alias, the first seen, which properties of construction
// order must leave aside.

/// One corpus: its documents, and what is added to their graph besides.
struct CorpusSpec: Sendable {
    /// An entity a document mentions.
    struct Entity: Hashable, Sendable {
        let label: String
        let type: EntityType
        var id: NodeID { NodeID(type: type, name: label) }
    }

    /// One relation a document states, between two of its mentions.
    struct Relation: Sendable {
        let source: Entity
        let relation: RelationType
        let target: Entity
        let weight: Double
        let sentence: Int
        let text: String
        let rule: String?
        let attributes: [String: AttributeValue]
    }

    /// One document: its mentions (entity and surface form) and its relations.
    struct Document: Sendable {
        let name: String
        let mentions: [(entity: Entity, surface: String)]
        let relations: [Relation]
    }

    let documents: [Document]
    /// A graph another tool wrote: identifiers not derived from names, no aliases, any weights and evidence.
    let foreign: Graph
    /// Attributes set once everything else is in (`ambiguous` and the like).
    let nodeAttributes: [(entity: Entity, name: String, value: AttributeValue)]
    let evidenceLimit: Int
    let metadata: GraphMetadata

    /// The graph of the corpus, its documents added in the order of `order` (indices into ``documents``).
    func graph(order: [Int]? = nil) -> Graph {
        var builder = GraphBuilder(evidenceLimit: evidenceLimit)
        add((order ?? Array(documents.indices)).map { documents[$0] }, to: &builder)
        return finished(builder)
    }

    /// The graph of the corpus built as two shards, the documents before `cut` and the rest, the second
    /// shard merged into the first.
    func graph(shardedAt cut: Int) -> Graph {
        let cut = cut % (documents.count + 1)
        var first = GraphBuilder(evidenceLimit: evidenceLimit), second = first
        add(documents[..<cut], to: &first)
        add(documents[cut...], to: &second)
        first.merge(second)
        return finished(first)
    }

    private func add(_ documents: some Sequence<Document>, to builder: inout GraphBuilder) {
        for document in documents {
            var handles = Set<GraphBuilder.Handle>()
            for (entity, surface) in document.mentions {
                handles.insert(builder.addMention(id: entity.id, label: entity.label, type: entity.type, surface: surface))
            }
            builder.countDocument(mentioning: handles)
            for relation in document.relations {
                builder.addRelation(from: relation.source.id, relation.relation, to: relation.target.id,
                                    evidence: Evidence(document: document.name, sentence: relation.sentence, text: relation.text),
                                    weight: relation.weight, rule: relation.rule, attributes: relation.attributes)
            }
        }
    }

    private func finished(_ builder: GraphBuilder) -> Graph {
        var builder = builder
        builder.merge(foreign)
        for (entity, name, value) in nodeAttributes {
            builder.setAttribute(name, value, on: entity.id)
        }
        return builder.build(metadata: metadata)
    }
}

extension Gen where Value == String {
    /// Pieces of text that are hard to carry in some format, simplest first: DOT, XML and JSON syntax,
    /// line breaks, canonically equivalent spellings, combining marks, right-to-left text and controls,
    /// emoji sequences, scalars past the BMP and noncharacters XML allows.
    static let hostilePieces: [String] = [
        "a", "Sky ECC", " ", "\"", "\\", "{", "}", ";", "--", "->", "<", ">", "\\N", "\\n", "\\l", "&", "&amp;",
        "&#13;", "'", "\n", "\t", "\r", "\r\n", ",", "]]>", "</data>", "<!--", "<![CDATA[", "node", "strict",
        "digraph", "subgraph", "2abc", "a:b", "-1.5", "null", "true", "\\u0000", "\u{0301}", "é", "e\u{0301}",
        "\u{00C5}", "\u{212B}", "\u{FB01}", "İ", "ß", "שלום", "مرحبا", "\u{202E}", "\u{200F}", "\u{200D}",
        "\u{FEFF}", "\u{00A0}", "\u{2028}", "\u{0085}", "\u{007F}", "🛰️", "👩‍👩‍👧", "🇳🇱", "\u{1F600}", "𝔘",
        "\u{10FFFF}", "\u{E000}", "\u{FFFD}", "\u{D7FF}", "%s", "${x}",
    ]

    /// A piece of 36,000 bytes, past the 16 KiB and 32 KiB boundaries of parsers' buffers.
    static let longPiece = String(repeating: "é\"<&\\ 🛰️\n", count: 3_000)

    /// A scalar a graph's text can hold: mostly below U+3000, sometimes from anywhere above.
    static var scalar: Generator<String, some Sequence & SendableMetatype> {
        zip(Gen<Bool>.bool(0.7), Gen<UInt32>.value(in: 0x20...0x2FFF), Gen<UInt32>.value(in: 0x3000...0x10FFFF))
            .map { (low: Bool, first: UInt32, rest: UInt32) -> String in
                guard let scalar = Unicode.Scalar(low ? first : rest), !TextDecoder.isForbidden(scalar) else {
                    return "\u{FFFD}"
                }
                return String(scalar)
            }
    }

    /// Text of `pieces` pieces, each a hostile piece or, one time in four, a random scalar; one time in
    /// 200 the long piece comes first.
    static func text(pieces: ClosedRange<Int>, precomposed: Bool)
        -> Generator<String, some Sequence & SendableMetatype> {
        let piece = zip(Gen<Bool>.bool(0.25), Gen<Int>.int(in: 0...hostilePieces.count - 1), scalar)
            .map { (random: Bool, piece: Int, scalar: String) in random ? scalar : hostilePieces[piece] }
        return zip(Gen<Bool>.bool(0.005), piece.array(of: pieces))
            .map { (long: Bool, pieces: [String]) in
                let text = (long ? longPiece : "") + pieces.joined()
                return precomposed ? text.precomposedStringWithCanonicalMapping : text
            }
    }

    /// A path as given on the command line; without `", "`, which GraphML's `<desc>` puts between inputs.
    static func path(precomposed: Bool) -> Generator<String, some Sequence & SendableMetatype> {
        text(pieces: 1...4, precomposed: precomposed).filter { !$0.contains(", ") }
    }

    /// A lower-case identifier, `[a-z][a-z0-9_]*`.
    static var identifier: Generator<String, some Sequence & SendableMetatype> {
        zip(Gen<Character>.lowercaseLetter, Gen<Int>.int(in: 0...36).array(of: 0...10))
            .map { (first: Character, rest: [Int]) -> String in
                let alphabet = Array("abcdefghijklmnopqrstuvwxyz0123456789_")
                return String(first) + String(rest.map { alphabet[$0] })
            }
    }

    /// A date as documents and message dumps give it (`YYYY-MM` or `YYYY-MM-DD`).
    static var date: Generator<String, some Sequence & SendableMetatype> {
        zip(Gen<Int>.int(in: 1990...2030), Gen<Int>.int(in: 1...12), Gen<Int>.int(in: 0...28))
            .map { (year: Int, month: Int, day: Int) -> String in
                func twoDigits(_ number: Int) -> String { number < 10 ? "0\(number)" : "\(number)" }
                return "\(year)-\(twoDigits(month))" + (day == 0 ? "" : "-\(twoDigits(day))")
            }
    }
}

extension Gen where Value == Int {
    /// A sentence index: small, or one time in ten anywhere up to `Int.max`.
    static var sentence: Generator<Int, some Sequence & SendableMetatype> {
        zip(Gen<Bool>.bool(0.1), int(in: 0...1_000), int(in: 0...Int.max))
            .map { (large: Bool, small: Int, any: Int) in large ? any : small }
    }
}

extension Gen where Value == EntityType {
    /// A built-in entity type or, one time in three, one a rule file declares.
    static var entityType: Generator<EntityType, some Sequence & SendableMetatype> {
        zip(Gen<Bool>.bool(1.0 / 3), Gen<Int>.int(in: 0...EntityType.builtIn.count - 1), Gen<String>.identifier)
            .map { (declared: Bool, builtIn: Int, name: String) in
                declared ? EntityType(name) ?? .person : EntityType.builtIn[builtIn]
            }
    }
}

extension Gen where Value == RelationType {
    /// `co_occurs` half the time, else a built-in typed relation or, one time in five, one a rule file declares.
    static var relationType: Generator<RelationType, some Sequence & SendableMetatype> {
        zip(Gen<Bool>.bool(0.5), Gen<Bool>.bool(0.2), Gen<Int>.int(in: 1...RelationType.builtIn.count - 1),
            Gen<String>.identifier)
            .map { (typed: Bool, declared: Bool, builtIn: Int, name: String) in
                !typed ? .coOccurs : declared ? RelationType(name) ?? .mentions : RelationType.builtIn[builtIn]
            }
    }
}

extension Gen where Value == AttributeValue {
    /// The attribute names the pipeline sets, with the kind of value it gives them (0 string, 3 boolean).
    private static let pipelineNames: [(name: String, kind: Int)] = [
        ("ambiguous", 3), ("hedged", 3), ("first_seen", 0), ("last_seen", 0),
    ]

    /// Up to three attributes whose names are not in `reserved` (those of fields): identifiers, the
    /// pipeline's names or hostile text. A name always gets the same kind of value (string, int, double or
    /// boolean), and numbers are those every format keeps as they are (an `int` within 32 bits, a `double`
    /// that is finite and not whole), since the writers widen the others on purpose, as their headers say.
    static func attributes(reserved: Set<String>, precomposed: Bool)
        -> Generator<[String: AttributeValue], some Sequence & SendableMetatype> {
        zip(Gen<Int>.int(in: 0...2), Gen<Int>.int(in: 0...pipelineNames.count - 1), Gen<String>.identifier,
            Gen<String>.text(pieces: 0...3, precomposed: precomposed), Gen<Int>.int(in: Int(Int32.min)...Int(Int32.max)),
            Gen<Double>.double(in: -1e9...1e9), Gen<Bool>.bool)
            .map { (source: Int, pipeline: Int, identifier: String, text: String, int: Int, double: Double, flag: Bool) in
                let drawn = [identifier, pipelineNames[pipeline].name, text][source]
                let name = reserved.contains(drawn) ? drawn + "_" : drawn
                // By the name's canonical form: names Swift sees as equal are one attribute to the writers.
                let kind = pipelineNames.first { $0.name == name }?.kind
                    ?? name.precomposedStringWithCanonicalMapping.utf8.count % 4
                let value: AttributeValue = switch kind {
                case 0: .string(text)
                case 1: .int(int)
                case 2: .double(double.rounded() == double ? double + 0.5 : double)
                default: .boolean(flag)
                }
                return (name, value)
            }
            .array(of: 0...3)
            .map { Dictionary($0, uniquingKeysWith: { first, _ in first }) }
    }
}

extension Gen where Value == Graph {
    /// A graph another tool wrote: up to three nodes with raw identifiers, no aliases and any mention
    /// count, and edges between them with any finite weight, counts, evidence in file order, rules and attributes.
    static func foreign(precomposed: Bool) -> Generator<Graph, some Sequence & SendableMetatype> {
        let text = { (pieces: ClosedRange<Int>) in Gen<String>.text(pieces: pieces, precomposed: precomposed) }
        let evidence = zip(Gen<String>.path(precomposed: precomposed), Gen<Int>.sentence, text(0...6))
            .map { (document: String, sentence: Int, text: String) in
                Evidence(document: document, sentence: sentence, text: text)
            }
        let node = zip(text(0...3), text(0...3), Gen<EntityType>.entityType, Gen<Int>.int(in: 0...100),
                       Gen<AttributeValue>.attributes(reserved: ReservedAttributeNames.node, precomposed: precomposed))
            .map { (id: String, label: String, type: EntityType, mentions: Int, attributes: [String: AttributeValue]) in
                Node(id: NodeID(rawValue: id), label: label, type: type, aliases: [], mentions: mentions, attributes: attributes)
            }
        let edge = zip(Gen<Int>.int(in: 0...2), Gen<RelationType>.relationType, Gen<Int>.int(in: 0...2),
                       Gen<Double>.double(in: 0...1e12), Gen<Int>.int(in: 0...1_000), evidence.array(of: 0...3),
                       text(0...3).optional,
                       Gen<AttributeValue>.attributes(reserved: ReservedAttributeNames.edge, precomposed: precomposed))
        return zip(node.array(of: 0...3), edge.array(of: 0...4))
            .map { (nodes: [Node], ends: [(Int, RelationType, Int, Double, Int, [Evidence], String?, [String: AttributeValue])]) in
                let edges = nodes.isEmpty ? [] : ends.map { source, relation, target, weight, count, evidence, rule, attributes in
                    Edge(key: EdgeKey(source: nodes[source % nodes.count].id, relation: relation,
                                      target: nodes[target % nodes.count].id),
                         weight: weight, count: count, evidence: evidence, rule: rule, attributes: attributes)
                }
                return Graph(nodes: nodes, edges: edges)
            }
    }
}

extension Gen where Value == CorpusSpec {
    /// A corpus of 1 to 8 entities and up to 5 documents (up to 6 mentions and 8 relations each, with a
    /// date or not), a foreign graph, attributes on up to 3 entities, an evidence cap of 0 to 4, and up
    /// to 3 inputs. Weights of observations are whole, as the pipeline's are; the foreign graph has any.
    static func corpus(precomposed: Bool = false) -> Generator<CorpusSpec, some Sequence & SendableMetatype> {
        let text = { (pieces: ClosedRange<Int>) in Gen<String>.text(pieces: pieces, precomposed: precomposed) }
        let path = Gen<String>.path(precomposed: precomposed)
        let entity = zip(text(0...4), Gen<EntityType>.entityType)
            .map { (label: String, type: EntityType) in CorpusSpec.Entity(label: label, type: type) }
        let relation = zip(
            Gen<Int>.int(in: 0...7), Gen<RelationType>.relationType, Gen<Int>.int(in: 0...7), Gen<Int>.int(in: 1...5),
            Gen<Int>.sentence, text(0...6), text(1...3), Gen<Bool>.bool,
            Gen<AttributeValue>.attributes(reserved: ReservedAttributeNames.edge, precomposed: precomposed))
        let drawnDocument = zip(path, Gen<String>.date.optional,
                                zip(Gen<Int>.int(in: 0...7), text(0...3)).array(of: 0...6), relation.array(of: 0...8))
        let attributes = zip(Gen<Int>.int(in: 0...7),
                             Gen<AttributeValue>.attributes(reserved: ReservedAttributeNames.node, precomposed: precomposed))
        return zip(entity.array(of: 1...8), drawnDocument.array(of: 0...5), Gen<Graph>.foreign(precomposed: precomposed),
                   attributes.array(of: 0...3), Gen<Int>.int(in: 0...4), path.array(of: 0...3))
            .map { entities, documents, foreign, attributes, evidenceLimit, inputs in
                CorpusSpec(documents: documents.map { document($0, of: entities) }, foreign: foreign,
                           nodeAttributes: attributes.flatMap { entity, attributes in
                               attributes.sorted { $0.key < $1.key }.map { (entities[entity % entities.count], $0.key, $0.value) }
                           },
                           evidenceLimit: evidenceLimit, metadata: GraphMetadata(inputs: inputs))
            }
    }

    /// A document drawn as its name, date, mentions (entity number, surface form) and relations (mention
    /// numbers, relation, weight, sentence, text, rule, hedged, attributes), resolved against `entities`.
    /// As in the pipeline, only typed relations have a rule and `hedged`, and a date gives every relation
    /// `first_seen` and `last_seen`.
    private static func document(
        _ drawn: (String, String?, [(Int, String)],
                  [(Int, RelationType, Int, Int, Int, String, String, Bool, [String: AttributeValue])]),
        of entities: [CorpusSpec.Entity]
    ) -> CorpusSpec.Document {
        let (name, date, mentionParts, relationParts) = drawn
        let mentions = mentionParts.map { (entity: entities[$0 % entities.count], surface: $1) }
        let seen: [String: AttributeValue] = date.map { ["first_seen": .string($0), "last_seen": .string($0)] } ?? [:]
        let relations = mentions.isEmpty ? [] : relationParts.map {
            (source, relation, target, weight, sentence, text, rule, hedged, attributes) -> CorpusSpec.Relation in
            let typed = relation != .coOccurs
            return CorpusSpec.Relation(
                source: mentions[source % mentions.count].entity, relation: relation,
                target: mentions[target % mentions.count].entity, weight: Double(weight), sentence: sentence, text: text,
                rule: typed ? rule : nil,
                attributes: attributes.merging(seen) { $1 }.merging(typed ? ["hedged": .boolean(hedged)] : [:]) { $1 })
        }
        return CorpusSpec.Document(name: name, mentions: mentions, relations: relations)
    }
}
