/// The optimal-string-alignment distance (Damerau–Levenshtein restricted to edits that do not overlap):
/// the fewest insertions, deletions, substitutions and swaps of two adjacent scalars turning one string
/// into the other.
enum EditDistance {
    /// The distance between `a` and `b`, or `nil` as soon as it is certain to exceed `limit`.
    ///
    /// O(|a| · |b|) time and O(|b|) memory; O(1) when the lengths alone differ by more than `limit`.
    static func between(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], limit: Int) -> Int? {
        guard abs(a.count - b.count) <= limit else { return nil }
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        // Three rows: the one before the previous (for swaps), the previous, and the current.
        var beforePrevious = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        var previousMinimum = 0
        for i in 1...a.count {
            current[0] = i
            var rowMinimum = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var distance = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    distance = min(distance, beforePrevious[j - 2] + 1)
                }
                current[j] = distance
                rowMinimum = min(rowMinimum, distance)
            }
            // A row's entries come from the row above or, by a swap, from the row above that plus one:
            // once this row is past the limit and the one above cannot come back under it, no later can.
            if rowMinimum > limit, previousMinimum >= limit { return nil }
            previousMinimum = rowMinimum
            (beforePrevious, previous, current) = (previous, current, beforePrevious)
        }
        let distance = previous[b.count]
        return distance <= limit ? distance : nil
    }
}
