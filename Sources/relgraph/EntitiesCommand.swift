import ArgumentParser
import Foundation
import RelGraph

struct EntitiesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "entities",
        abstract: "List the entities recognised in documents, with the surface forms merged into each.",
        discussion: """
        One line per entity: type, canonical name, mentions, documents, and the surface forms that were \
        merged into it, so that a wrong merge or split can be spotted and fixed with a `same` or \
        `distinct` correction in a rule file.

        Examples:
          relgraph entities examples/
          relgraph entities notes/ --type person --json | jq .
        """
    )

    @Argument(help: "Files or folders to read (.txt and .md, recursively); - reads standard input.")
    var inputs: [String]

    @Option(help: ArgumentHelp("Only entities of this type (repeatable).", valueName: "type"))
    var type: [String] = []

    @Flag(help: "Print JSON (an array of {name, type, mentions, documents, surfaces}) instead of a table.")
    var json = false

    @Option(help: "People named by a first name and an initial: merge or per-document.")
    var initials: InitialsPolicy = .merge

    @OptionGroup var rules: RuleOptions

    func validate() throws {
        try rules.requireSomeRules()
    }

    func run() throws {
        try reportingErrors {
            let ruleSet = try rules.load()
            let unknown = type.filter { name in !ruleSet.entityTypes.contains { $0.name == name } }
            guard unknown.isEmpty else {
                throw ValidationError("unknown type \(unknown.joined(separator: ", ")); known: \(ruleSet.entityTypes.map(\.name).sorted().joined(separator: ", "))")
            }
            let pipeline = Pipeline(rules: ruleSet, options: PipelineOptions(initials: initials))
            var listing = EntityListing()
            try pipeline.forEachAnalysis(of: inputs, diagnostics: Console.warn) { listing.add($0) }
            let entries = listing.entries.filter { type.isEmpty || type.contains($0.entity.type.name) }
            try StandardOutput.print(json ? EntityTable.json(entries) : EntityTable.text(entries), terminator: "")
        }
    }
}

/// The two renderings of an entity listing.
enum EntityTable {
    static func text(_ entries: [EntityListing.Entry]) -> String {
        let rows = entries.map { entry in
            [entry.entity.type.name, entry.entity.label.visiblyEscaped, String(entry.mentions), String(entry.documents.count),
             entry.surfaces.joined(separator: " | ").visiblyEscaped]
        }
        return QueryOutput.table(["TYPE", "NAME", "MENTIONS", "DOCS", "SURFACE FORMS"], rows)
    }

    static func json(_ entries: [EntityListing.Entry]) -> String {
        struct Row: Encodable {
            let name: String, type: String, mentions: Int, documents: [String], surfaces: [String]
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let rows = entries.map { Row(name: $0.entity.label, type: $0.entity.type.name, mentions: $0.mentions,
                                     documents: $0.documents, surfaces: $0.surfaces) }
        return String(decoding: (try? encoder.encode(rows)) ?? Data("[]".utf8), as: UTF8.self) + "\n"
    }
}
