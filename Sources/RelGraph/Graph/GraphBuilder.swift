import Foundation

/// Accumulates mentions and relation observations, then freezes them into a ``Graph``.
///
/// Weights and counts add up; evidence keeps the first `evidenceLimit` pieces in canonical order
/// (document identifier, then sentence index, then text), whatever order the observations arrive in.
/// Everything is kept under integers: nodes by position (and, for a builder fed from an ``EntityTable``,
/// by entity id), edges in an ``IntegerTable`` per relation (keyed by their two node positions), per-edge
/// tallies as plain data with no reference inside (rule and `first_seen`/`last_seen` by number, evidence
/// as a run of one shared pool), and evidence as (document number, sentence, text number) into tables that
/// hold each document identifier and each cited sentence once, however many edges cite it. A sentence's
/// text, like a document's date, is stored only when an edge keeps it. Names and attribute dictionaries
/// are made in ``build(metadata:)``.
public struct GraphBuilder: Sendable {
    /// How many pieces of evidence each edge keeps.
    public let evidenceLimit: Int

    /// A node as the builder numbers it, for callers that record many relations between the same nodes.
    public struct Handle: Hashable, Sendable {
        let position: Int32
    }

    /// One piece of evidence: a document and a sentence by number, and the sentence's text by number.
    private struct EvidenceRef: Sendable {
        let document: UInt32
        let text: UInt32
        let sentence: Int
    }

    private struct NodeTally: Sendable {
        let id: NodeID
        var label: String
        var type: EntityType
        var aliases: AliasList
        var mentions: Int
        /// The node attribute `documents`, while it is a count (`nil`: never counted).
        var documents: Int?
        var attributes: [String: AttributeValue]
        /// The last document counted in `documents`, so that a document counts once.
        var countedIn = UInt32.max
    }

    /// An edge's tallies: plain data, so that copying, growing and merging them touches no reference count.
    private struct EdgeTally: Sendable {
        let source: Int32
        let target: Int32
        let relation: Int32
        /// The rule that sorts first among those that stated the edge, by number in `rules` (-1: none).
        var rule: Int32 = -1
        var weight: Double = 0
        var count = 0
        /// `first_seen` and `last_seen` by number in `seenValues` (`UInt32.max`: never seen); nearly every
        /// edge of a dated corpus has both.
        var firstSeen = UInt32.max
        var lastSeen = UInt32.max
        /// The evidence kept: `evidenceCount` refs from `evidenceStart` in `evidencePool`, which has room
        /// for `evidenceCapacity` there.
        var evidenceStart: UInt32 = 0
        var evidenceCount: Int32 = 0
        var evidenceCapacity: Int32 = 0
        /// The attribute `hedged`, while it is a boolean (`nil`: never said).
        var hedged: Bool?
        /// Whether `edgeAttributes` holds further attributes of the edge.
        var hasAttributes = false
    }

    private var positions: [NodeID: Int32] = [:]
    /// Node positions by the entity ids of the table that fed ``addMention(_:of:surface:)`` (-1: none yet).
    private var entityPositions: [Int32] = []
    private var nodes: [NodeTally] = []
    /// The relations seen, `co_occurs` first; an edge's relation is its number here.
    private var relations: [RelationType] = [.coOccurs]
    /// Per relation, each edge's index by its two node positions packed in 64 bits.
    private var edgeIndexes: [IntegerTable] = [IntegerTable()]
    private var edges: [EdgeTally] = []
    /// Every edge's evidence, a run per edge (``EdgeTally/evidenceStart``); a run that outgrows its room
    /// moves to the end, so at most as many slots lie unused as are used.
    private var evidencePool: [EvidenceRef] = []
    /// The rules edges name, by number; `ruleNumbers` finds them.
    private var rules: [String] = []
    private var ruleNumbers: [String: Int32] = [:]
    /// The `first_seen` and `last_seen` values edges hold, by number: a value is stored when an edge takes
    /// it, and values no edge holds any more are dropped now and then (``compactSeenValues()``).
    private var seenValues: [AttributeValue] = []
    /// Attributes other than the typed ones, for the few edges that have them (read from saved graphs).
    private var edgeAttributes: [Int32: [String: AttributeValue]] = [:]
    /// The documents evidence may cite, by number; an identifier met twice (the same message id twice in
    /// a dump, or in two merged builders) may have two numbers, which compare as equal.
    private var documents: [String] = []
    /// The identifiers' UTF-8 bytes end to end, and where each starts (one more offset than documents):
    /// identifiers are compared here, not as Strings.
    private var documentBytes: [UInt8] = []
    private var documentStarts: [Int] = [0]
    /// Whether every document sorts after the one numbered before it, so that numbers compare as
    /// identifiers do.
    private var documentsAscending = true
    private var texts: [String] = []
    /// How many documents, texts and dates the tables may hold before ``compactIfSparse()`` looks for
    /// those no edge cites any more.
    private var compactionThreshold = 4_096
    /// The current document's sentences' text numbers, by sentence position (`UInt32.max`: not stored).
    private var sentenceTexts: [UInt32] = []
    private var currentDocument = UInt32.max
    /// The current document's date, and its number in `seenValues` once an edge took it (`UInt32.max`: not yet).
    private var currentDate: AttributeValue?
    private var currentDateNumber = UInt32.max
    /// Counts documents for ``countDocument(_:)``: a node counted under the current stamp is not counted again.
    private var currentDocumentStamp: UInt32 = 0

    /// Creates an empty builder that keeps at most `evidenceLimit` pieces of evidence per edge.
    public init(evidenceLimit: Int) {
        self.evidenceLimit = max(0, evidenceLimit)
    }

    // MARK: Nodes

    /// Records one mention of the entity `label` of type `type`, seen in the text as `surface`.
    /// Returns the entity's node identifier.
    @discardableResult
    public mutating func addMention(label: String, type: EntityType, surface: String) -> NodeID {
        let id = NodeID(type: type, name: label)
        addMention(id: id, label: label, type: type, surface: surface)
        return id
    }

    /// Records one mention of the node `id` (derived from `type` and `label`), seen in the text as `surface`,
    /// and returns its handle.
    @discardableResult
    public mutating func addMention(id: NodeID, label: String, type: EntityType, surface: String) -> Handle {
        if let position = positions[id] {
            nodes[Int(position)].mentions += 1
            nodes[Int(position)].aliases.insert(surface)
            return Handle(position: position)
        }
        return insert(NodeTally(id: id, label: label, type: type, aliases: AliasList([surface]), mentions: 1, attributes: [:]))
    }

    /// Records one mention of the entity `entity` of `table`, seen in the text as the bytes `surface`; the
    /// surface becomes a `String` only the first time the node is seen so written. A builder is fed from
    /// one table (a worker's), whose ids it remembers.
    mutating func addMention(_ entity: EntityID, of table: EntityTable, surface: UnsafeBufferPointer<UInt8>) -> Handle {
        let index = entity.index
        if index < entityPositions.count, entityPositions[index] >= 0 {
            let position = Int(entityPositions[index])
            nodes[position].mentions += 1
            nodes[position].aliases.insert(surface)
            return Handle(position: Int32(position))
        }
        let reference = table[entity]
        let handle = addMention(id: reference.nodeID, label: reference.label, type: reference.type,
                                surface: String(decoding: surface, as: UTF8.self))
        if index >= entityPositions.count {
            entityPositions.append(contentsOf: repeatElement(-1, count: max(index + 1, table.count) - entityPositions.count))
        }
        entityPositions[index] = handle.position
        return handle
    }

    /// The handle of a node already recorded.
    public func handle(of id: NodeID) -> Handle? {
        positions[id].map(Handle.init(position:))
    }

    /// The handle of the node of `entity`, if a mention of it was recorded through the builder's table.
    func handle(of entity: EntityID) -> Handle? {
        entity.index < entityPositions.count && entityPositions[entity.index] >= 0 ? Handle(position: entityPositions[entity.index]) : nil
    }

    /// Sets an attribute on a node already recorded.
    public mutating func setAttribute(_ name: String, _ value: AttributeValue, on id: NodeID) {
        guard let position = positions[id] else { return }
        if name == "documents" { nodes[Int(position)].documents = nil }
        nodes[Int(position)].attributes[name] = value
    }

    /// Counts one more document for each of `handles` (node attribute `documents`); a node named twice
    /// counts once.
    public mutating func countDocument(mentioning handles: some Sequence<Handle>) {
        nextDocumentStamp()
        for handle in handles { countDocument(handle) }
    }

    private mutating func nextDocumentStamp() {
        currentDocumentStamp &+= 1
        if currentDocumentStamp == UInt32.max { currentDocumentStamp = 0 }
    }

    /// Counts the current document (``beginDocument(_:sentences:)``) for the node of `handle`, once.
    mutating func countDocument(_ handle: Handle) {
        let position = Int(handle.position)
        guard nodes[position].countedIn != currentDocumentStamp else { return }
        nodes[position].countedIn = currentDocumentStamp
        if let documents = nodes[position].documents {
            nodes[position].documents = documents + 1
        } else if let kept = nodes[position].attributes["documents"] {
            nodes[position].attributes["documents"] = GraphBuilder.merged(kept, .int(1), named: "documents")
        } else {
            nodes[position].documents = 1
        }
    }

    // MARK: Relations

    /// Records one observation of `relation` from `source` to `target`, supported by `evidence`, made in a
    /// document of `date` (the edge's `first_seen` and `last_seen` take the extremes); `attributes` join
    /// those already recorded by ``GraphBuilder/merged(_:_:named:)``. A relation with an end that no
    /// mention recorded is left out.
    public mutating func addRelation(
        from source: NodeID, _ relation: RelationType, to target: NodeID, evidence: Evidence,
        weight: Double = 1, rule: String? = nil, date: String? = nil, attributes: [String: AttributeValue] = [:]
    ) {
        guard let source = handle(of: source), let target = handle(of: target) else { return }
        addRelation(from: source, relation, to: target, evidence: evidence, weight: weight, rule: rule, date: date, attributes: attributes)
    }

    /// Records one observation of `relation` between two nodes given by their handles.
    public mutating func addRelation(
        from source: Handle, _ relation: RelationType, to target: Handle, evidence: Evidence,
        weight: Double = 1, rule: String? = nil, date: String? = nil, attributes: [String: AttributeValue] = [:]
    ) {
        var attributes = attributes
        let hedged = GraphBuilder.takeHedged(from: &attributes)
        let edge = tally(source.position, relationNumber(relation), target.position).index
        record(into: edge, weight: weight, count: 1, rule: rule.map { ruleNumber($0) }, hedged: hedged, attributes: attributes)
        if let date { _ = see(.string(date), known: UInt32.max, on: edge) }
        guard evidenceLimit > 0 else { return }
        _ = offer(document: number(document: evidence.document), sentence: evidence.sentence, to: edge, known: UInt32.max) { evidence.text }
    }

    /// Starts a document of `date` whose observations follow (their edges' `first_seen` and `last_seen`
    /// take the extremes): its identifier is numbered, and the texts of its `sentences` sentences are stored
    /// the first time an edge keeps one of them.
    mutating func beginDocument(_ identifier: String, sentences: Int, date: String?) {
        compactIfSparse()
        currentDocument = number(document: identifier)
        currentDate = date.map(AttributeValue.string)
        currentDateNumber = UInt32.max
        sentenceTexts.removeAll(keepingCapacity: true)
        sentenceTexts.append(contentsOf: repeatElement(UInt32.max, count: sentences))
        nextDocumentStamp()
    }

    /// Records one observation in the current document (``beginDocument(_:sentences:date:)``): `relation`
    /// between two nodes, supported by the sentence numbered `sentence` at position `slot` among the
    /// document's sentences, whose text `text` gives if an edge keeps it.
    mutating func addRelation(from source: Handle, _ relation: RelationType, to target: Handle, weight: Double = 1,
                              rule: String? = nil, hedged: Bool? = nil, sentence: Int, slot: Int, text: () -> String) {
        observe(tally(source.position, relationNumber(relation), target.position).index, weight: weight,
                rule: rule.map { ruleNumber($0) }, hedged: hedged, sentence: sentence, slot: slot, text: text)
    }

    /// Records one `co_occurs` observation in the current document, as
    /// ``addRelation(from:_:to:weight:rule:hedged:sentence:slot:text:)`` does.
    mutating func addCoOccurrence(of first: Handle, and second: Handle, sentence: Int, slot: Int, text: () -> String) {
        observe(tally(first.position, 0, second.position).index, weight: 1, rule: nil, hedged: nil, sentence: sentence,
                slot: slot, text: text)
    }

    private mutating func observe(_ edge: Int, weight: Double, rule: Int32?, hedged: Bool?, sentence: Int, slot: Int,
                                  text: () -> String) {
        record(into: edge, weight: weight, count: 1, rule: rule, hedged: hedged, attributes: nil)
        if let date = currentDate { currentDateNumber = see(date, known: currentDateNumber, on: edge) }
        guard evidenceLimit > 0 else { return }
        sentenceTexts[slot] = offer(document: currentDocument, sentence: sentence, to: edge, known: sentenceTexts[slot], text: text)
    }

    // MARK: Merging

    /// Adds everything `other` recorded: mentions, counts and weights add up (counts held at `Int.max`
    /// rather than overflowing), aliases join, evidence keeps the first in canonical order, attributes join
    /// by ``GraphBuilder/merged(_:_:named:)``. The result does not depend on the order builders are merged in.
    public mutating func merge(_ other: GraphBuilder) {
        let renumbered = other.nodes.map { merge(id: $0.id, label: $0.label, type: $0.type, aliases: $0.aliases.all,
                                                 mentions: $0.mentions, documents: $0.documents, attributes: $0.attributes) }
        let relationNumbers = other.relations.map { relationNumber($0) }
        let ruleNumbers = other.rules.map { ruleNumber($0) }
        var documentNumbers = [UInt32](repeating: UInt32.max, count: other.documents.count)
        var textNumbers = [UInt32](repeating: UInt32.max, count: other.texts.count)
        var seenNumbers = [UInt32](repeating: UInt32.max, count: other.seenValues.count)
        for (index, tallied) in other.edges.enumerated() {
            let edge = tally(renumbered[Int(tallied.source)], relationNumbers[Int(tallied.relation)], renumbered[Int(tallied.target)]).index
            record(into: edge, weight: tallied.weight, count: tallied.count, rule: tallied.rule < 0 ? nil : ruleNumbers[Int(tallied.rule)],
                   hedged: tallied.hedged, attributes: tallied.hasAttributes ? other.edgeAttributes[Int32(index)] : nil)
            if tallied.firstSeen != UInt32.max {
                let (first, last) = (Int(tallied.firstSeen), Int(tallied.lastSeen))
                seenNumbers[first] = see(other.seenValues[first], known: seenNumbers[first], later: false, on: edge)
                seenNumbers[last] = see(other.seenValues[last], known: seenNumbers[last], later: true, on: edge)
            }
            for slot in Int(tallied.evidenceStart)..<Int(tallied.evidenceStart) + Int(tallied.evidenceCount) {
                let evidence = other.evidencePool[slot]
                let (otherDocument, otherText) = (Int(evidence.document), Int(evidence.text))
                if documentNumbers[otherDocument] == UInt32.max {
                    documentNumbers[otherDocument] = number(document: other.documents[otherDocument])
                }
                textNumbers[otherText] = offer(document: documentNumbers[otherDocument], sentence: evidence.sentence, to: edge,
                                               known: textNumbers[otherText]) { other.texts[otherText] }
            }
        }
        compactIfSparse()
    }

    /// Adds the nodes and edges of a saved graph, as ``merge(_:)`` does.
    public mutating func merge(_ graph: Graph) {
        for node in graph.nodes {
            if let position = positions[node.id] {
                // One id with two labels or types (a graph edited by hand, or from another tool): the
                // one that sorts first wins, so that merging does not depend on the order of the graphs.
                let index = Int(position)
                if node.label.utf8Precedes(nodes[index].label) { nodes[index].label = node.label }
                if node.type.name.utf8Precedes(nodes[index].type.name) { nodes[index].type = node.type }
            }
            var attributes = node.attributes
            let documents = GraphBuilder.takeDocuments(from: &attributes)
            merge(id: node.id, label: node.label, type: node.type, aliases: node.aliases, mentions: node.mentions,
                  documents: documents, attributes: attributes)
        }
        // Each document the saved evidence cites is numbered once.
        var numbered: [String: UInt32] = [:]
        for edge in graph.edges {
            guard let source = positions[edge.source], let target = positions[edge.target] else { continue }
            var attributes = edge.attributes
            let hedged = GraphBuilder.takeHedged(from: &attributes)
            let seen = attributes["first_seen"].flatMap { first in attributes["last_seen"].map { (first, $0) } }
            if seen != nil {
                attributes["first_seen"] = nil
                attributes["last_seen"] = nil
            }
            let (number, isNew) = tally(source, relationNumber(edge.relation), target)
            record(into: number, weight: edge.weight, count: edge.count, rule: edge.rule.map { ruleNumber($0) }, hedged: hedged,
                   attributes: attributes.isEmpty ? nil : attributes)
            if let (first, last) = seen {
                _ = see(first, known: UInt32.max, later: false, on: number)
                _ = see(last, known: UInt32.max, later: true, on: number)
            }
            guard evidenceLimit > 0 else { continue }
            if isNew, edge.evidence.count <= evidenceLimit {
                // A new edge keeps the saved list as it is.
                for evidence in edge.evidence {
                    texts.append(evidence.text)
                    let document = numbered[evidence.document] ?? self.number(document: evidence.document)
                    numbered[evidence.document] = document
                    put(EvidenceRef(document: document, text: UInt32(texts.count - 1), sentence: evidence.sentence),
                        at: Int(edges[number].evidenceCount), into: number)
                }
                continue
            }
            // Evidence that a full list would reject is dropped before its document is numbered or its
            // text stored, so that merging many graphs holds the evidence kept, not all that was offered.
            for evidence in edge.evidence {
                if Int(edges[number].evidenceCount) == evidenceLimit, let last = lastEvidence(of: number) {
                    let order = evidence.document.utf8Order(documents[Int(last.document)])
                    if order > 0 || (order == 0 && evidence.sentence > last.sentence) { continue }
                }
                let document = numbered[evidence.document] ?? self.number(document: evidence.document)
                numbered[evidence.document] = document
                _ = offer(document: document, sentence: evidence.sentence, to: number, known: UInt32.max) { evidence.text }
            }
        }
    }

    /// How two values of the attribute `name` join: `hedged` holds only if every statement was hedged;
    /// `ambiguous` if either says so; `documents` add up (held at `Int.max`); `first_seen` keeps the
    /// earlier and `last_seen` the later (comparing text by its UTF-8 bytes); any other attribute keeps the
    /// value whose text sorts first, so that joining is commutative.
    public static func merged(_ kept: AttributeValue, _ new: AttributeValue, named name: String) -> AttributeValue {
        switch (name, kept, new) {
        case ("hedged", .boolean(let a), .boolean(let b)): .boolean(a && b)
        case ("ambiguous", .boolean(let a), .boolean(let b)): .boolean(a || b)
        case ("documents", .int(let a), .int(let b)): .int(a.addingSaturated(b))
        case ("last_seen", _, _): kept.text.utf8Precedes(new.text) ? new : kept
        default: new.text.utf8Precedes(kept.text) ? new : kept
        }
    }

    // MARK: The graph

    /// Applies `change` to every node recorded so far (whose identifier it cannot change).
    public mutating func updateNodes(_ change: (inout Node) -> Void) {
        for index in nodes.indices {
            var node = node(at: index)
            change(&node)
            nodes[index].aliases = AliasList(node.aliases)
            nodes[index].mentions = node.mentions
            nodes[index].documents = GraphBuilder.takeDocuments(from: &node.attributes)
            nodes[index].attributes = node.attributes
        }
    }

    /// The graph built so far. Nodes and edges are put in the graph's order by integer ranks, not by
    /// comparing their identifiers' text again and again.
    public func build(metadata: GraphMetadata = GraphMetadata()) -> Graph {
        let nodeOrder = nodes.indices.sorted { nodes[$0].id < nodes[$1].id }
        var rank = [Int32](repeating: 0, count: nodes.count)
        for (sorted, position) in nodeOrder.enumerated() { rank[position] = Int32(sorted) }
        var relationRank = [Int32](repeating: 0, count: relations.count)
        for (sorted, number) in relations.indices.sorted(by: { relations[$0] < relations[$1] }).enumerated() {
            relationRank[number] = Int32(sorted)
        }
        // Each edge's key as ranks, which sort as the key does: source, relation, target.
        let ranked = edges.indices.map { index -> (source: Int32, relation: Int32, target: Int32, index: Int) in
            let edge = edges[index]
            var (source, target) = (rank[Int(edge.source)], rank[Int(edge.target)])
            if edge.relation == 0, target < source { swap(&source, &target) }
            return (source, relationRank[Int(edge.relation)], target, index)
        }.sorted { ($0.source, $0.relation, $0.target) < ($1.source, $1.relation, $1.target) }
        let sortedEdges = ranked.map { entry -> Edge in
            let edge = edges[entry.index]
            let kept = Int(edge.evidenceStart)..<Int(edge.evidenceStart) + Int(edge.evidenceCount)
            return Edge(key: EdgeKey(source: nodes[Int(edge.source)].id, relation: relations[Int(edge.relation)], target: nodes[Int(edge.target)].id),
                        weight: edge.weight, count: edge.count,
                        evidence: evidencePool[kept].map { Evidence(document: documents[Int($0.document)], sentence: $0.sentence, text: texts[Int($0.text)]) },
                        rule: edge.rule < 0 ? nil : rules[Int(edge.rule)], attributes: attributes(of: entry.index))
        }
        return Graph(sortedNodes: nodeOrder.map(node(at:)), sortedEdges: sortedEdges, metadata: metadata)
    }

    // MARK: Bookkeeping

    /// Takes the attribute `documents` out of `attributes` while it is a count, for the typed field.
    private static func takeDocuments(from attributes: inout [String: AttributeValue]) -> Int? {
        guard case .int(let count)? = attributes["documents"] else { return nil }
        attributes["documents"] = nil
        return count
    }

    /// Takes the attribute `hedged` out of `attributes` while it is a boolean, for the typed field.
    private static func takeHedged(from attributes: inout [String: AttributeValue]) -> Bool? {
        guard case .boolean(let hedged)? = attributes["hedged"] else { return nil }
        attributes["hedged"] = nil
        return hedged
    }

    private func node(at index: Int) -> Node {
        let tally = nodes[index]
        var attributes = tally.attributes
        if let documents = tally.documents {
            attributes["documents"] = attributes["documents"].map { GraphBuilder.merged($0, .int(documents), named: "documents") }
                ?? .int(documents)
        }
        return Node(id: tally.id, label: tally.label, type: tally.type, aliases: tally.aliases.all, mentions: tally.mentions,
                    attributes: attributes)
    }

    /// All the attributes of the edge numbered `index`, the typed ones (`hedged`, `first_seen`, `last_seen`) included.
    private func attributes(of index: Int) -> [String: AttributeValue] {
        let edge = edges[index]
        var all = edge.hasAttributes ? edgeAttributes[Int32(index)] ?? [:] : [:]
        if let hedged = edge.hedged {
            all["hedged"] = all["hedged"].map { GraphBuilder.merged($0, .boolean(hedged), named: "hedged") } ?? .boolean(hedged)
        }
        if edge.firstSeen != UInt32.max {
            let (first, last) = (seenValues[Int(edge.firstSeen)], seenValues[Int(edge.lastSeen)])
            all["first_seen"] = all["first_seen"].map { GraphBuilder.merged($0, first, named: "first_seen") } ?? first
            all["last_seen"] = all["last_seen"].map { GraphBuilder.merged($0, last, named: "last_seen") } ?? last
        }
        return all
    }

    private mutating func insert(_ node: NodeTally) -> Handle {
        let position = Int32(nodes.count)
        positions[node.id] = position
        nodes.append(node)
        return Handle(position: position)
    }

    @discardableResult
    private mutating func merge(id: NodeID, label: String, type: EntityType, aliases: [String], mentions: Int,
                                documents: Int?, attributes: [String: AttributeValue]) -> Int32 {
        guard let position = positions[id] else {
            return insert(NodeTally(id: id, label: label, type: type, aliases: AliasList(aliases), mentions: mentions,
                                    documents: documents, attributes: attributes)).position
        }
        let index = Int(position)
        nodes[index].mentions = nodes[index].mentions.addingSaturated(mentions)
        for alias in aliases { nodes[index].aliases.insert(alias) }
        if let documents {
            nodes[index].documents = nodes[index].documents.map { $0.addingSaturated(documents) } ?? documents
        }
        for (name, value) in attributes {
            nodes[index].attributes[name] = nodes[index].attributes[name].map { GraphBuilder.merged($0, value, named: name) } ?? value
        }
        return position
    }

    private mutating func relationNumber(_ relation: RelationType) -> Int32 {
        if let number = relations.firstIndex(of: relation) { return Int32(number) }
        relations.append(relation)
        edgeIndexes.append(IntegerTable())
        return Int32(relations.count - 1)
    }

    /// The number of the rule `name`; names are compared by their bytes, as the choice between rules is.
    private mutating func ruleNumber(_ name: String) -> Int32 {
        if let number = ruleNumbers[name], rules[Int(number)].utf8Order(name) == 0 { return number }
        let number = Int32(rules.count)
        rules.append(name)
        if ruleNumbers[name] == nil { ruleNumbers[name] = number }
        return number
    }

    /// The index of the edge (`source`, `relation`, `target`), made empty if new; a `co_occurs` pair is
    /// filed with its smaller position first.
    private mutating func tally(_ source: Int32, _ relation: Int32, _ target: Int32) -> (index: Int, isNew: Bool) {
        let (first, second) = relation == 0 && target < source ? (target, source) : (source, target)
        let key = UInt64(UInt32(bitPattern: first)) | UInt64(UInt32(bitPattern: second)) << 32
        let (index, inserted) = edgeIndexes[Int(relation)].value(for: key, orInsert: Int32(edges.count))
        if inserted { edges.append(EdgeTally(source: first, target: second, relation: relation)) }
        return (Int(index), inserted)
    }

    private mutating func record(into edge: Int, weight: Double, count: Int, rule: Int32?, hedged: Bool?,
                                 attributes: [String: AttributeValue]?) {
        // Finite weights can sum past the largest double; the sum stays the largest, never infinity.
        edges[edge].weight = min(edges[edge].weight + weight, .greatestFiniteMagnitude)
        edges[edge].count = edges[edge].count.addingSaturated(count)
        if let rule, rule != edges[edge].rule, edges[edge].rule < 0 || rules[Int(rule)].utf8Precedes(rules[Int(edges[edge].rule)]) {
            edges[edge].rule = rule
        }
        if let hedged { edges[edge].hedged = edges[edge].hedged.map { $0 && hedged } ?? hedged }
        guard let attributes, !attributes.isEmpty else { return }
        edges[edge].hasAttributes = true
        for (name, value) in attributes {
            edgeAttributes[Int32(edge), default: [:]][name] = edgeAttributes[Int32(edge)]?[name].map { GraphBuilder.merged($0, value, named: name) } ?? value
        }
    }

    // MARK: Dates

    /// Joins a document's date into the edge's `first_seen` and `last_seen`, as
    /// ``see(_:known:later:on:)`` does; returns the date's number, stored or not.
    private mutating func see(_ date: AttributeValue, known: UInt32, on edge: Int) -> UInt32 {
        see(date, known: see(date, known: known, later: false, on: edge), later: true, on: edge)
    }

    /// Joins `value` into the edge's `last_seen` (`later`: the later value stays) or `first_seen` (the
    /// earlier stays), comparing text by its UTF-8 bytes. The value is `known` by its number in
    /// `seenValues` or, if that is `UInt32.max`, stored only if the edge takes it; returns its number,
    /// stored or not.
    private mutating func see(_ value: AttributeValue, known: UInt32, later: Bool, on edge: Int) -> UInt32 {
        let kept = later ? edges[edge].lastSeen : edges[edge].firstSeen
        if kept != UInt32.max {
            if kept == known { return known }
            let keptText = seenValues[Int(kept)].text
            guard later ? keptText.utf8Precedes(value.text) : value.text.utf8Precedes(keptText) else { return known }
        }
        var number = known
        if number == UInt32.max {
            number = UInt32(seenValues.count)
            seenValues.append(value)
        }
        if later { edges[edge].lastSeen = number } else { edges[edge].firstSeen = number }
        return number
    }

    // MARK: Compaction

    /// How many documents, sentence texts and dates the builder holds: what edges cite, and what they no
    /// longer cite until the next compaction.
    var storedCounts: (documents: Int, texts: Int, dates: Int) {
        (documents.count, texts.count, seenValues.count)
    }

    /// Drops the documents, texts and dates no edge cites any more, once the tables have doubled since
    /// the last look: a builder kept for a whole run numbers every document, and a dump of dated messages
    /// moves `last_seen` on with nearly every message, but only what edges keep may stay.
    private mutating func compactIfSparse() {
        guard documents.count + texts.count + seenValues.count > compactionThreshold else { return }
        compactDocumentsAndTexts()
        compactSeenValues()
        compactionThreshold = 2 * (documents.count + texts.count + seenValues.count) + 4_096
    }

    /// Keeps the documents and texts that evidence cites (and the current document), renumbered in their
    /// order, so that document numbers still compare as their identifiers do when they did before.
    private mutating func compactDocumentsAndTexts() {
        var documentNumbers = [UInt32](repeating: UInt32.max, count: documents.count)
        var textNumbers = [UInt32](repeating: UInt32.max, count: texts.count)
        for edge in edges {
            for slot in Int(edge.evidenceStart)..<Int(edge.evidenceStart) + Int(edge.evidenceCount) {
                documentNumbers[Int(evidencePool[slot].document)] = 0
                textNumbers[Int(evidencePool[slot].text)] = 0
            }
        }
        if currentDocument != UInt32.max { documentNumbers[Int(currentDocument)] = 0 }
        let (oldDocuments, oldBytes, oldStarts, oldTexts) = (documents, documentBytes, documentStarts, texts)
        documents.removeAll(keepingCapacity: true)
        documentBytes.removeAll(keepingCapacity: true)
        documentStarts.removeAll(keepingCapacity: true)
        documentStarts.append(0)
        texts.removeAll(keepingCapacity: true)
        for old in oldDocuments.indices where documentNumbers[old] == 0 {
            documentNumbers[old] = UInt32(documents.count)
            documents.append(oldDocuments[old])
            documentBytes.append(contentsOf: oldBytes[oldStarts[old]..<oldStarts[old + 1]])
            documentStarts.append(documentBytes.count)
        }
        for old in oldTexts.indices where textNumbers[old] == 0 {
            textNumbers[old] = UInt32(texts.count)
            texts.append(oldTexts[old])
        }
        for edge in edges {
            for slot in Int(edge.evidenceStart)..<Int(edge.evidenceStart) + Int(edge.evidenceCount) {
                let ref = evidencePool[slot]
                evidencePool[slot] = EvidenceRef(document: documentNumbers[Int(ref.document)], text: textNumbers[Int(ref.text)],
                                                 sentence: ref.sentence)
            }
        }
        if currentDocument != UInt32.max { currentDocument = documentNumbers[Int(currentDocument)] }
        // The current document's texts are stored again if an edge keeps one.
        for slot in sentenceTexts.indices { sentenceTexts[slot] = UInt32.max }
    }

    /// Keeps the dates edges hold, renumbered; the current document's date is stored again if an edge
    /// takes it.
    private mutating func compactSeenValues() {
        let values = seenValues
        var renumbered = [UInt32](repeating: UInt32.max, count: values.count)
        seenValues.removeAll(keepingCapacity: true)
        func keep(_ number: UInt32) -> UInt32 {
            if renumbered[Int(number)] == UInt32.max {
                renumbered[Int(number)] = UInt32(seenValues.count)
                seenValues.append(values[Int(number)])
            }
            return renumbered[Int(number)]
        }
        for index in edges.indices where edges[index].firstSeen != UInt32.max {
            edges[index].firstSeen = keep(edges[index].firstSeen)
            edges[index].lastSeen = keep(edges[index].lastSeen)
        }
        currentDateNumber = UInt32.max
    }

    // MARK: Evidence

    /// Numbers the document `identifier`.
    private mutating func number(document identifier: String) -> UInt32 {
        let number = UInt32(documents.count)
        documents.append(identifier)
        documentBytes.append(contentsOf: identifier.utf8)
        documentStarts.append(documentBytes.count)
        if documentsAscending, number > 0, compare(number - 1, number) >= 0 { documentsAscending = false }
        return number
    }

    /// Negative, zero or positive as document `a` sorts before, as, or after document `b`.
    private func documentOrder(_ a: UInt32, _ b: UInt32) -> Int {
        if a == b { return 0 }
        if documentsAscending { return a < b ? -1 : 1 }
        return compare(a, b)
    }

    /// Negative, zero or positive as the identifier of document `a` sorts before, as, or after `b`'s, by bytes.
    private func compare(_ a: UInt32, _ b: UInt32) -> Int {
        let (first, second) = (documentStarts[Int(a)]..<documentStarts[Int(a) + 1], documentStarts[Int(b)]..<documentStarts[Int(b) + 1])
        return documentBytes.withUnsafeBufferPointer { bytes in
            let common = min(first.count, second.count)
            let order = common == 0 ? 0 : Int(memcmp(bytes.baseAddress! + first.lowerBound, bytes.baseAddress! + second.lowerBound, common))
            return order != 0 ? order : first.count - second.count
        }
    }

    private enum Placement {
        /// Not among the first: the list is full of evidence that sorts before it.
        case rejected
        /// To be put at this position.
        case at(Int)
        /// The list holds evidence of the same document and sentence: the texts decide.
        case tied
    }

    /// Where evidence of `document` and `sentence` goes in the edge's list, judged without its text.
    private func placement(document: UInt32, sentence: Int, in edge: Int) -> Placement {
        let (start, count) = (Int(edges[edge].evidenceStart), Int(edges[edge].evidenceCount))
        for position in 0..<count {
            let kept = evidencePool[start + position]
            let order = documentOrder(document, kept.document)
            if order < 0 || (order == 0 && sentence < kept.sentence) { return .at(position) }
            if order == 0, sentence == kept.sentence { return .tied }
        }
        return count < evidenceLimit ? .at(count) : .rejected
    }

    /// The last piece of evidence the edge keeps, if any.
    private func lastEvidence(of edge: Int) -> EvidenceRef? {
        edges[edge].evidenceCount == 0 ? nil : evidencePool[Int(edges[edge].evidenceStart) + Int(edges[edge].evidenceCount) - 1]
    }

    /// Whether `a` sorts before `b`: document, sentence, then text by its UTF-8 bytes.
    private func precedes(_ a: EvidenceRef, _ b: EvidenceRef) -> Bool {
        let order = documentOrder(a.document, b.document)
        if order != 0 { return order < 0 }
        if a.sentence != b.sentence { return a.sentence < b.sentence }
        return a.text != b.text && texts[Int(a.text)].utf8Precedes(texts[Int(b.text)])
    }

    /// Offers evidence of `document` and `sentence` to the edge's list. Its text is `known` (a text number)
    /// or, if that is `UInt32.max`, what `text` gives, stored only if the list takes it; returns the text
    /// number, stored or not.
    private mutating func offer(document: UInt32, sentence: Int, to edge: Int, known: UInt32, text: () -> String) -> UInt32 {
        let place = placement(document: document, sentence: sentence, in: edge)
        if case .rejected = place { return known }
        var number = known
        if number == UInt32.max {
            number = UInt32(texts.count)
            texts.append(text())
        }
        let ref = EvidenceRef(document: document, text: number, sentence: sentence)
        switch place {
        case .at(let position): put(ref, at: position, into: edge)
        case .tied: insert(ref, into: edge)
        case .rejected: break
        }
        return number
    }

    /// Puts `ref` in its place in the edge's list, unless the list holds it already or is full of
    /// evidence that sorts before it.
    private mutating func insert(_ ref: EvidenceRef, into edge: Int) {
        let list = Int(edges[edge].evidenceStart)..<Int(edges[edge].evidenceStart) + Int(edges[edge].evidenceCount)
        if list.contains(where: { slot in
            let kept = evidencePool[slot]
            return kept.sentence == ref.sentence && documentOrder(kept.document, ref.document) == 0
                && (kept.text == ref.text || texts[Int(kept.text)].utf8Order(texts[Int(ref.text)]) == 0)
        }) { return }
        if list.count == evidenceLimit {
            guard let last = lastEvidence(of: edge), precedes(ref, last) else { return }
        }
        let position = list.firstIndex { precedes(ref, evidencePool[$0]) } ?? list.upperBound
        put(ref, at: position - list.lowerBound, into: edge)
    }

    /// Puts `ref` at `position` in the edge's list, dropping the last piece if the list is full, and
    /// moving the list to the end of the pool with twice the room if it has none left.
    private mutating func put(_ ref: EvidenceRef, at position: Int, into edge: Int) {
        var tally = edges[edge]
        if Int(tally.evidenceCount) == evidenceLimit { tally.evidenceCount -= 1 }
        if tally.evidenceCount == tally.evidenceCapacity {
            let capacity = min(evidenceLimit, max(4, 2 * Int(tally.evidenceCapacity)))
            let start = evidencePool.count
            for slot in Int(tally.evidenceStart)..<Int(tally.evidenceStart) + Int(tally.evidenceCount) {
                evidencePool.append(evidencePool[slot])
            }
            evidencePool.append(contentsOf: repeatElement(ref, count: capacity - Int(tally.evidenceCount)))
            tally.evidenceStart = UInt32(start)
            tally.evidenceCapacity = Int32(capacity)
        }
        let start = Int(tally.evidenceStart)
        let at = start + min(position, Int(tally.evidenceCount))
        var slot = start + Int(tally.evidenceCount)
        while slot > at {
            evidencePool[slot] = evidencePool[slot - 1]
            slot -= 1
        }
        evidencePool[at] = ref
        tally.evidenceCount += 1
        edges[edge] = tally
    }
}
