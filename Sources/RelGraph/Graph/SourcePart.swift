/// Part `index` of `count` of the input `source`: what one of the separate builds of a split input
/// (`build --source-name NAME --part K/N`) was built from, so that `merge` can tell parts that complete
/// each other from parts that overlap.
public struct SourcePart: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The input's name, as a single build of it names it (its path as given).
    public let source: String
    /// Which part, from 1.
    public let index: Int
    /// How many parts the input was split into.
    public let count: Int

    /// Part `index` of `count` of `source`; `nil` unless `1 ≤ index ≤ count`.
    public init?(source: String, index: Int, count: Int) {
        guard index >= 1, index <= count else { return nil }
        self.source = source
        self.index = index
        self.count = count
    }

    /// `part 3/8 of dump.jsonl`.
    public var description: String { "part \(index)/\(count) of \(source)" }

    /// By source, then count, then index.
    public static func < (left: Self, right: Self) -> Bool {
        if left.source != right.source { return left.source.utf8Precedes(right.source) }
        return (left.count, left.index) < (right.count, right.index)
    }
}
