/// Reads the compact tab-separated gazetteer format of the built-in rule pack:
/// `type<TAB>name<TAB>aliases<TAB>adjectives<TAB>options`, lists separated by `|`, options
/// `exact` or `ignorecase` and `misspellings`, `#` comment lines, blank lines ignored.
enum GazetteerTable {
    /// Parses `text` as UTF-8 bytes: splitting it as a String, by grapheme clusters, cost most of the
    /// built-in pack's start (about 40,000 instructions a line for 6,600 lines).
    static func parse(_ text: String, file: String, types: Set<EntityType>) throws(RuleError) -> [GazetteerEntry] {
        var entries: [GazetteerEntry] = []
        var lineNumber = 0
        for line in text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false) {
            lineNumber += 1
            if line.allSatisfy(isSpace) || line.first == UInt8(ascii: "#") { continue }
            let location = SourceLocation(file: file, line: lineNumber)
            let columns = line.split(separator: 0x09, omittingEmptySubsequences: false)
            guard columns.count >= 2, columns.count <= 5 else {
                throw RuleError(location, "expected 2 to 5 tab-separated columns (type, name, aliases, adjectives, options), found \(columns.count)")
            }
            let typeName = String(Substring(columns[0]))
            guard let type = EntityType(typeName), types.contains(type) else {
                throw RuleError(location, "unknown entity type '\(typeName)'; known types: \(types.map(\.name).sorted().joined(separator: ", "))")
            }
            let name = trimmed(columns[1])
            guard !name.isEmpty else { throw RuleError(location, "empty entity name") }
            func list(_ index: Int, separators: [UInt8] = [UInt8(ascii: "|")]) -> [String] {
                guard index < columns.count else { return [] }
                return columns[index].split(whereSeparator: separators.contains).map(trimmed).filter { !$0.isEmpty }
            }
            var policy = CasePolicy.smart
            var findsMisspellings = false
            for option in list(4, separators: [UInt8(ascii: "|"), UInt8(ascii: ",")]) {
                switch option {
                case "exact": policy = .exact
                case "ignorecase": policy = .ignore
                case "misspellings": findsMisspellings = true
                case let other:
                    throw RuleError(location, "unknown option '\(other)'; expected exact, ignorecase or misspellings")
                }
            }
            entries.append(GazetteerEntry(name: name, type: type, aliases: list(2), adjectives: list(3),
                                          casePolicy: policy, findsMisspellings: findsMisspellings, location: location))
        }
        return entries
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (0x09...0x0D).contains(byte)
    }

    /// `bytes` without the spaces and tabs around them, as a String.
    private static func trimmed(_ bytes: Substring.UTF8View) -> String {
        let isBlank = { (byte: UInt8) in byte == 0x20 || byte == 0x09 }
        guard let first = bytes.firstIndex(where: { !isBlank($0) }), let last = bytes.lastIndex(where: { !isBlank($0) }) else { return "" }
        return String(Substring(bytes[first...last]))
    }
}
