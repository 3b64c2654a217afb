extension Int {
    /// The sum, held at `Int.max` or `Int.min` instead of overflowing: counts read from files (mentions,
    /// documents, an edge's count) are untrusted, and adding two near `Int.max` must not trap.
    func addingSaturated(_ other: Int) -> Int {
        let (sum, overflow) = addingReportingOverflow(other)
        return overflow ? (other > 0 ? .max : .min) : sum
    }
}
