/// The settings of a run that shape the graph.
public struct PipelineOptions: Sendable {
    /// The co-occurrence window.
    public var window: CoOccurrenceWindow
    /// How many pieces of evidence each edge keeps.
    public var evidenceLimit: Int
    /// Edges lighter than this are dropped, and so are the entities left with no edge by that.
    public var minimumWeight: Double
    /// How people named by a first name and an initial are told apart across documents.
    public var initials: InitialsPolicy
    /// A co-occurrence window that names more entities than this is a list, not a statement: each of its
    /// entities co-occurs only with the next one named, so that it adds pairs in proportion to its
    /// entities rather than to their square.
    public var listThreshold: Int
    /// The part of a split input the run builds (`build --part K/N`), recorded in the graph so that `merge`
    /// can tell parts that complete each other from parts that overlap; `nil` for a whole input.
    public var part: SourcePart?

    /// Creates options; the defaults are a sentence window, 3 pieces of evidence, no weight filter and
    /// people named by an initial merged across documents (and marked ambiguous when they span several),
    /// and windows of more than 50 entities taken as lists.
    public init(window: CoOccurrenceWindow = .sentence, evidenceLimit: Int = 3, minimumWeight: Double = 1,
                initials: InitialsPolicy = .merge, listThreshold: Int = 50, part: SourcePart? = nil) {
        self.window = window
        self.evidenceLimit = evidenceLimit
        self.minimumWeight = minimumWeight
        self.initials = initials
        self.listThreshold = listThreshold
        self.part = part
    }
}
