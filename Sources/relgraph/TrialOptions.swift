import ArgumentParser
import RelGraph

/// The options of `rules --try`: the text to try the rules on, and how to show what they make of it.
struct TrialOptions: ParsableArguments {
    @Option(name: .customLong("try"), help: ArgumentHelp(
        "Try the rules on this text and show what they make of each sentence.", valueName: "text"))
    var text: String?

    @Option(name: .customLong("try-file"), help: ArgumentHelp(
        "Try the rules on the text of this file (- reads standard input), as one document.", valueName: "file"))
    var file: String?

    @Option(help: ArgumentHelp(
        "With --try: how many of the patterns that came closest without a match to show per sentence (default 3; those of --rules files are always shown).",
        valueName: "n"))
    var closest: Int?

    /// How many of the closest misses are shown without `--closest`.
    static let defaultClosest = 3

    @Flag(help: "With --try: print JSON (an array of sentences: text, tokens, entities, relations, misses).")
    var json = false

    /// Whether a trial was asked for.
    var isRequested: Bool { text != nil || file != nil }

    /// Refuses options that need a text without one, and two texts.
    func validate() throws {
        if text != nil, file != nil { throw ValidationError("give --try or --try-file, not both.") }
        if !isRequested, json || closest != nil { throw ValidationError("--json and --closest go with --try or --try-file.") }
        if let closest, closest < 0 { throw ValidationError("--closest must be 0 or more.") }
    }

    /// The document to try: the text given, or the file read whole.
    func document() throws -> Document {
        if let text { return Document(identifier: "--try", text: text) }
        return try DocumentLoader().load(file ?? "-")
    }

    /// `sentences` as text: per sentence its tokens, entities, relations and closest misses.
    static func text(_ sentences: [SentenceTrial]) -> String {
        var lines: [String] = []
        for (number, sentence) in sentences.enumerated() {
            lines.append("sentence \(number + 1): \(sentence.text.visiblyEscaped)")
            lines.append("  tokens: \(sentence.tokens.map(\.display).joined(separator: " ").visiblyEscaped)")
            lines.append("  entities:\(sentence.entities.isEmpty ? " none" : "")")
            for entity in sentence.entities {
                let written = entity.surface == entity.name ? "" : "\"\(entity.surface)\" → "
                let origin = entity.rule.map(describe) ?? (entity.type == .person ? "a surname or initial of a person named in full in the text"
                                                                                   : "an abbreviation the text defines in parentheses after the name")
                lines.append("    \(written)\(entity.name) (\(entity.type)) ← \(origin)".visiblyEscaped)
            }
            lines.append("  relations:\(sentence.relations.isEmpty ? " none" : "")")
            for relation in sentence.relations {
                let origin = relation.rule.map { " ← \(describe($0))" } ?? ""
                lines.append("    \(relation.source) -\(relation.relation)-> \(relation.target)\(relation.hedged ? " (hedged)" : "")\(origin)".visiblyEscaped)
            }
            lines.append("  closest without a match:\(sentence.misses.isEmpty ? " none" : "")")
            for miss in sentence.misses {
                lines.append("    \(describe(miss.rule)): \(miss.rule.pattern ?? "")".visiblyEscaped)
                lines.append("      \(miss.elementsMatched) of \(miss.elementCount) elements: \(miss.explanation)".visiblyEscaped)
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `gazetteer entry Europol (<built-in>/agencies.tsv:12:1)`, `relation pattern seized-by (my.yaml:4:5)`.
    private static func describe(_ rule: SentenceTrial.Rule) -> String {
        "\(rule.kind.rawValue) \(rule.name) (\(rule.location))"
    }
}
