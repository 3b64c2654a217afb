/// Turns document analyses into graph observations: every mention, a `co_occurs` edge for each pair of
/// entities within a window (weight = number of windows), and every typed relation with its rule.
///
/// Each edge's evidence is the sentence that supports it: for `co_occurs`, the sentence in which the
/// pair is first complete within its window.
public struct RelationCollector: Sendable {
    /// The co-occurrence window.
    public let window: CoOccurrenceWindow

    /// Creates a collector for `window`.
    public init(window: CoOccurrenceWindow) {
        self.window = window
    }

    /// Adds what `analysis` found to `builder`.
    public func collect(_ analysis: DocumentAnalysis, into builder: inout GraphBuilder) {
        for sentence in analysis.sentences {
            for mention in sentence.mentions {
                builder.addMention(id: mention.entity.nodeID, label: mention.entity.label, type: mention.entity.type, surface: mention.surface)
            }
            for relation in sentence.relations {
                builder.addRelation(
                    from: relation.source.nodeID, relation.relation, to: relation.target.nodeID,
                    evidence: Evidence(document: analysis.document, sentence: sentence.index, text: sentence.text),
                    rule: relation.rule, attributes: ["hedged": .boolean(relation.hedged)])
            }
        }
        builder.countDocument(mentioning: Set(analysis.sentences.lazy.flatMap(\.mentions).map(\.entity.nodeID)))
        for windowSentences in windows(of: analysis.sentences) {
            addCoOccurrences(in: windowSentences, document: analysis.document, to: &builder)
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

    private func addCoOccurrences(in sentences: ArraySlice<DocumentAnalysis.Sentence>, document: String, to builder: inout GraphBuilder) {
        // Each entity with the position of the sentence that first mentions it in the window.
        var seen = Set<NodeID>()
        var order: [(entity: NodeID, sentence: Int)] = []
        for (position, sentence) in zip(sentences.indices, sentences) {
            for mention in sentence.mentions where seen.insert(mention.entity.nodeID).inserted {
                order.append((mention.entity.nodeID, position))
            }
        }
        guard order.count >= 2 else { return }
        for (offset, first) in order.enumerated() {
            for second in order[(offset + 1)...] {
                let sentence = sentences[max(first.sentence, second.sentence)]
                builder.addRelation(from: first.entity, .coOccurs, to: second.entity,
                                    evidence: Evidence(document: document, sentence: sentence.index, text: sentence.text))
            }
        }
    }
}
