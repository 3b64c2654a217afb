/// The format of an input.
public enum InputFormat: String, Sendable, CaseIterable {
    /// By extension: `.jsonl`/`.ndjson` are JSON Lines, `.csv` is CSV, anything else is text.
    case auto
    /// Plain text or Markdown: one document per file.
    case text
    /// JSON Lines: one message per line, a JSON object.
    case jsonl
    /// CSV with a header row: one message per record.
    case csv

    /// The format of the file at `path` under this setting.
    func resolved(for path: String) -> InputFormat {
        guard self == .auto else { return self }
        switch path.split(separator: ".").last?.lowercased() {
        case "jsonl", "ndjson": return .jsonl
        case "csv": return .csv
        default: return .text
        }
    }
}
