/// The settings of a run that shape the graph.
public struct PipelineOptions: Sendable {
    /// The co-occurrence window.
    public var window: CoOccurrenceWindow
    /// How many pieces of evidence each edge keeps.
    public var evidenceLimit: Int
    /// Edges lighter than this are dropped, and so are the entities left with no edge by that.
    public var minimumWeight: Double

    /// Creates options; the defaults are a sentence window, 3 pieces of evidence and no weight filter.
    public init(window: CoOccurrenceWindow = .sentence, evidenceLimit: Int = 3, minimumWeight: Double = 1) {
        self.window = window
        self.evidenceLimit = evidenceLimit
        self.minimumWeight = minimumWeight
    }
}
