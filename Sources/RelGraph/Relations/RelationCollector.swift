/// Turns document analyses into graph observations: every mention, a `co_occurs` edge for each pair of
/// entities within a window (weight = number of windows), every typed relation with its rule, and for a
/// message with a sender an `account` node with a `mentions` edge to each entity it names.
///
/// Each edge's evidence is the sentence that supports it: for `co_occurs`, the sentence in which the
/// pair is first complete within its window. A dated document gives its edges `first_seen` and
/// `last_seen`.
public struct RelationCollector: Sendable {
    /// The co-occurrence window.
    public let window: CoOccurrenceWindow

    /// Creates a collector for `window`.
    public init(window: CoOccurrenceWindow) {
        self.window = window
    }

    /// Adds what `analysis` found to `builder`.
    public func collect(_ analysis: DocumentAnalysis, into builder: inout GraphBuilder) {
        let account = analysis.sender.map { sender in
            builder.addMention(id: NodeID(type: .account, name: sender), label: sender, type: .account, surface: sender)
        }
        // Each sentence's mentions as builder handles, in mention order.
        var handles: [[GraphBuilder.Handle]] = []
        handles.reserveCapacity(analysis.sentences.count)
        var mentioned = Set<GraphBuilder.Handle>()
        for sentence in analysis.sentences {
            let sentenceHandles = sentence.mentions.map { mention in
                builder.addMention(id: mention.entity.nodeID, label: mention.entity.label, type: mention.entity.type,
                                   surface: mention.surface)
            }
            handles.append(sentenceHandles)
            mentioned.formUnion(sentenceHandles)
            guard !sentence.mentions.isEmpty else { continue }
            let evidence = Evidence(document: analysis.document, sentence: sentence.index, text: sentence.text)
            if let account {
                for handle in sentenceHandles { builder.addRelation(from: account, .mentions, to: handle, evidence: evidence, date: analysis.date) }
            }
            for relation in sentence.relations {
                builder.addRelation(
                    from: relation.source.nodeID, relation.relation, to: relation.target.nodeID, evidence: evidence,
                    rule: relation.rule, date: analysis.date, attributes: ["hedged": .boolean(relation.hedged)])
            }
        }
        builder.countDocument(mentioning: mentioned)
        for window in windows(of: analysis.sentences) {
            addCoOccurrences(in: analysis.sentences[window], handles: handles[window], document: analysis.document, date: analysis.date,
                             to: &builder)
        }
    }

    /// The windows as ranges of sentence positions.
    private func windows(of sentences: [DocumentAnalysis.Sentence]) -> [Range<Int>] {
        switch window {
        case .sentence:
            return sentences.indices.map { $0..<($0 + 1) }
        case .document:
            return sentences.isEmpty ? [] : [sentences.indices]
        case .paragraph:
            var windows: [Range<Int>] = []
            var start = sentences.startIndex
            for index in sentences.indices where index + 1 == sentences.endIndex || sentences[index + 1].paragraph != sentences[index].paragraph {
                windows.append(start..<(index + 1))
                start = index + 1
            }
            return windows
        }
    }

    private func addCoOccurrences(in sentences: ArraySlice<DocumentAnalysis.Sentence>, handles: ArraySlice<[GraphBuilder.Handle]>,
                                  document: String, date: String?, to builder: inout GraphBuilder) {
        guard handles.reduce(0, { $0 + $1.count }) >= 2 else { return }
        // Each entity with the position of the sentence that first mentions it in the window.
        var entities = Set<GraphBuilder.Handle>()
        var order: [(entity: GraphBuilder.Handle, sentence: Int)] = []
        for (position, sentenceHandles) in zip(handles.indices, handles) {
            for handle in sentenceHandles where entities.insert(handle).inserted { order.append((handle, position)) }
        }
        guard order.count >= 2 else { return }
        for (offset, first) in order.enumerated() {
            for second in order[(offset + 1)...] {
                let sentence = sentences[max(first.sentence, second.sentence)]
                builder.addRelation(from: first.entity, .coOccurs, to: second.entity,
                                    evidence: Evidence(document: document, sentence: sentence.index, text: sentence.text),
                                    date: date)
            }
        }
    }
}
