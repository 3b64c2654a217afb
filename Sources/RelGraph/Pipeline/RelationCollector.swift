/// Turns a document's analysis records into graph observations: every mention, a `co_occurs` edge for
/// each pair of entities within a window (weight = number of windows), every typed relation with its
/// rule, and for a message with a sender an `account` node with a `mentions` edge to each entity it names.
/// A window naming more than `listThreshold` entities is a list: each entity co-occurs only with the next
/// one named, so that its pairs grow with its entities, not with their square.
///
/// Each edge's evidence is the sentence that supports it: for `co_occurs`, the sentence in which the
/// pair is first complete within its window. A dated document gives its edges `first_seen` and
/// `last_seen`. Everything here is integers: builder handles, entity ids, sentence positions; a
/// sentence's text is cut from the document only if an edge keeps it as evidence.
struct RelationCollector: Sendable {
    /// What a worker keeps from document to document.
    struct Scratch: Sendable {
        /// The builder handle of each mention of the document, in record order.
        fileprivate var handles: [GraphBuilder.Handle] = []
        /// The entities of the current window in order of first mention, with that sentence's position.
        fileprivate var order: [(entity: GraphBuilder.Handle, sentence: Int)] = []
        /// The window each node was last seen in, by handle position.
        fileprivate var seenIn: [UInt32] = []
        fileprivate var window: UInt32 = 0
        /// How many windows were taken as lists since the owner last set it to 0.
        var lists = 0
    }

    /// The co-occurrence window.
    let window: CoOccurrenceWindow
    /// The relations the rules state, by the numbers the records carry.
    let catalog: RelationCatalog
    /// The most entities a window pairs all with all; more make a list.
    let listThreshold: Int

    /// Adds what `records` found in `document` (whose UTF-8 text is `text`, whose entities `table` numbers)
    /// to `builder`.
    func collect(_ records: AnalysisRecords, of document: Document, text: UnsafeBufferPointer<UInt8>, table: EntityTable,
                 into builder: inout GraphBuilder, scratch: inout Scratch) {
        let sentences = records.sentences
        builder.beginDocument(document.identifier, sentences: sentences.count, date: document.date)
        let account = document.sender.map { sender in
            builder.addMention(id: NodeID(type: .account, name: sender), label: sender, type: .account, surface: sender)
        }
        scratch.handles.removeAll(keepingCapacity: true)
        for (position, sentence) in sentences.enumerated() {
            for mention in records.mentions[sentence.mentions] {
                let handle = builder.addMention(mention.entity, of: table, surface: UnsafeBufferPointer(rebasing: text[mention.surface]))
                builder.countDocument(handle)
                scratch.handles.append(handle)
            }
            guard !sentence.mentions.isEmpty else { continue }
            let evidence = { sentence.text(in: text) }
            if let account {
                for handle in scratch.handles[sentence.mentions] {
                    builder.addRelation(from: account, .mentions, to: handle, sentence: sentence.index, slot: position,
                                        text: evidence)
                }
            }
            for index in sentence.relations where !repeats(records.relations[index], in: records.relations[sentence.relations.lowerBound..<index]) {
                let relation = records.relations[index]
                guard let source = builder.handle(of: relation.source), let target = builder.handle(of: relation.target) else { continue }
                let kind = catalog[relation.kind]
                builder.addRelation(from: source, kind.relation, to: target, rule: kind.rule, hedged: relation.hedged,
                                    sentence: sentence.index, slot: position, text: evidence)
            }
        }
        switch window {
        case .sentence:
            for position in sentences.indices {
                addCoOccurrences(in: position..<(position + 1), of: records, text: text, to: &builder, scratch: &scratch)
            }
        case .document:
            if !sentences.isEmpty {
                addCoOccurrences(in: sentences.indices, of: records, text: text, to: &builder, scratch: &scratch)
            }
        case .paragraph:
            var start = 0
            for position in sentences.indices
            where position + 1 == sentences.count || sentences[position + 1].paragraph != sentences[position].paragraph {
                addCoOccurrences(in: start..<(position + 1), of: records, text: text, to: &builder, scratch: &scratch)
                start = position + 1
            }
        }
    }

    /// Whether `relation` states what one of `earlier` (the sentence's relations before it) states: an entity pattern's link and a relation pattern may both find "Anna Berg van Europol",
    /// which is one statement and one observation (it was counted twice, weight 2). The first found stays,
    /// with its rule; the analysis keeps both, so that `rules --try` shows every pattern that matched.
    private func repeats(_ relation: RelationRecord, in earlier: ArraySlice<RelationRecord>) -> Bool {
        let type = catalog[relation.kind].relation
        return earlier.contains { other in
            other.source == relation.source && other.target == relation.target && catalog[other.kind].relation == type
        }
    }

    /// Adds a `co_occurs` observation for each pair of entities of the sentences at `window`.
    private func addCoOccurrences(in window: Range<Int>, of records: AnalysisRecords, text: UnsafeBufferPointer<UInt8>,
                                  to builder: inout GraphBuilder, scratch: inout Scratch) {
        let sentences = records.sentences
        guard sentences[window.lowerBound].mentions.lowerBound + 2 <= sentences[window.upperBound - 1].mentions.upperBound else { return }
        scratch.window &+= 1
        if scratch.window == 0 {
            scratch.seenIn = [UInt32](repeating: 0, count: scratch.seenIn.count)
            scratch.window = 1
        }
        scratch.order.removeAll(keepingCapacity: true)
        for position in window {
            for handle in scratch.handles[sentences[position].mentions] {
                let node = Int(handle.position)
                if node >= scratch.seenIn.count {
                    scratch.seenIn.append(contentsOf: repeatElement(0, count: max(node + 1, scratch.seenIn.count * 2) - scratch.seenIn.count))
                }
                guard scratch.seenIn[node] != scratch.window else { continue }
                scratch.seenIn[node] = scratch.window
                scratch.order.append((handle, position))
            }
        }
        let order = scratch.order
        guard order.count >= 2 else { return }
        let isList = order.count > listThreshold
        if isList { scratch.lists += 1 }
        for first in order.indices {
            for second in (first + 1)..<(isList ? min(first + 2, order.count) : order.count) {
                let position = max(order[first].sentence, order[second].sentence)
                let sentence = sentences[position]
                builder.addCoOccurrence(of: order[first].entity, and: order[second].entity,
                                        sentence: sentence.index, slot: position) { sentence.text(in: text) }
            }
        }
    }
}
