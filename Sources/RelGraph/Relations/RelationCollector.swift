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
        let seen: [String: AttributeValue] = analysis.date.map { ["first_seen": .string($0), "last_seen": .string($0)] } ?? [:]
        let account = analysis.sender.map { sender in
            builder.addMention(id: NodeID(type: .account, name: sender), label: sender, type: .account, surface: sender)
        }
        var handles: [NodeID: GraphBuilder.Handle] = [:]
        for sentence in analysis.sentences {
            let evidence = Evidence(document: analysis.document, sentence: sentence.index, text: sentence.text)
            for mention in sentence.mentions {
                let handle = builder.addMention(id: mention.entity.nodeID, label: mention.entity.label, type: mention.entity.type,
                                                surface: mention.surface)
                handles[mention.entity.nodeID] = handle
                if let account {
                    builder.addRelation(from: account, .mentions, to: handle, evidence: evidence, attributes: seen)
                }
            }
            for relation in sentence.relations {
                builder.addRelation(
                    from: relation.source.nodeID, relation.relation, to: relation.target.nodeID, evidence: evidence,
                    rule: relation.rule, attributes: seen.merging(["hedged": .boolean(relation.hedged)]) { $1 })
            }
        }
        builder.countDocument(mentioning: handles.values)
        for windowSentences in windows(of: analysis.sentences) {
            addCoOccurrences(in: windowSentences, document: analysis.document, seen: seen, handles: handles, to: &builder)
        }
    }

    private func windows(of sentences: [DocumentAnalysis.Sentence]) -> [ArraySlice<DocumentAnalysis.Sentence>] {
        switch window {
        case .sentence:
            return sentences.indices.map { sentences[$0...$0] }
        case .document:
            return sentences.isEmpty ? [] : [sentences[...]]
        case .paragraph:
            var slices: [ArraySlice<DocumentAnalysis.Sentence>] = []
            var start = sentences.startIndex
            for index in sentences.indices where index + 1 == sentences.endIndex || sentences[index + 1].paragraph != sentences[index].paragraph {
                slices.append(sentences[start...index])
                start = index + 1
            }
            return slices
        }
    }

    private func addCoOccurrences(in sentences: ArraySlice<DocumentAnalysis.Sentence>, document: String,
                                  seen: [String: AttributeValue], handles: [NodeID: GraphBuilder.Handle],
                                  to builder: inout GraphBuilder) {
        // Each entity with the position of the sentence that first mentions it in the window.
        var entities = Set<NodeID>()
        var order: [(entity: GraphBuilder.Handle, sentence: Int)] = []
        for (position, sentence) in zip(sentences.indices, sentences) {
            for mention in sentence.mentions where entities.insert(mention.entity.nodeID).inserted {
                if let handle = handles[mention.entity.nodeID] { order.append((handle, position)) }
            }
        }
        guard order.count >= 2 else { return }
        for (offset, first) in order.enumerated() {
            for second in order[(offset + 1)...] {
                let sentence = sentences[max(first.sentence, second.sentence)]
                builder.addRelation(from: first.entity, .coOccurs, to: second.entity,
                                    evidence: Evidence(document: document, sentence: sentence.index, text: sentence.text),
                                    attributes: seen)
            }
        }
    }
}
