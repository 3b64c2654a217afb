import Foundation

/// Reads the compact tab-separated gazetteer format of the built-in rule pack:
/// `type<TAB>name<TAB>aliases<TAB>adjectives<TAB>options`, lists separated by `|`, options
/// `exact` or `ignorecase` and `misspellings`, `#` comment lines, blank lines ignored.
enum GazetteerTable {
    static func parse(_ text: String, file: String, types: Set<EntityType>) throws(RuleError) -> [GazetteerEntry] {
        var entries: [GazetteerEntry] = []
        var lineNumber = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            if line.allSatisfy(\.isWhitespace) || line.hasPrefix("#") { continue }
            let location = SourceLocation(file: file, line: lineNumber)
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard columns.count >= 2, columns.count <= 5 else {
                throw RuleError(location, "expected 2 to 5 tab-separated columns (type, name, aliases, adjectives, options), found \(columns.count)")
            }
            guard let type = EntityType(columns[0]), types.contains(type) else {
                throw RuleError(location, "unknown entity type '\(columns[0])'; known types: \(types.map(\.name).sorted().joined(separator: ", "))")
            }
            let name = columns[1].trimmingCharacters(in: .whitespaces)
            guard !name.isEmpty else { throw RuleError(location, "empty entity name") }
            func list(_ index: Int) -> [String] {
                guard index < columns.count else { return [] }
                return columns[index].split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            }
            var policy = CasePolicy.smart
            var findsMisspellings = false
            for option in list(4).flatMap({ $0.split(separator: ",") }) {
                switch option.trimmingCharacters(in: .whitespaces) {
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
}
