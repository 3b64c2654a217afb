extension String {
    /// The string with `0`s before it up to `width` characters (`"7"` → `"07"`).
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
