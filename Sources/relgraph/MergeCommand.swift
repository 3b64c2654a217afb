import ArgumentParser
import Foundation
import RelGraph

struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Join graphs built from separate shards of documents into one.",
        discussion: """
        Weights, counts and mentions add up, aliases join, evidence keeps the first --evidence N in \
        document order, hedged holds only if it holds in every shard. Merging is associative and \
        commutative: building the shards separately and merging them gives the same bytes as building \
        everything at once (when the shards do not share documents).

        Examples:
          relgraph merge part1.json part2.json --format graphml --output all.graphml
          ls shards/*.json | xargs relgraph merge --format json --output all.json
        """
    )

    @Argument(help: "Graphs written by `relgraph build` (.json or .graphml).")
    var graphs: [String]

    @Option(help: "The format of the merged graph: \(OutputFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: OutputFormat

    @Option(name: .shortAndLong, help: ArgumentHelp("The file to write; - for standard output.", valueName: "path"))
    var output = "-"

    @Option(help: ArgumentHelp("Evidence sentences kept per edge.", valueName: "n"))
    var evidence = 3

    @OptionGroup var export: ExportOptions

    func validate() throws {
        try OptionsGivenOnce.require([["--format"], ["--output", "-o"]])
        try OptionsGivenOnce.requireNonEmpty(output: output)
        if graphs.isEmpty { throw ValidationError("Give at least one graph to merge.") }
        if evidence < 0 { throw ValidationError("--evidence must be 0 or more.") }
        try export.requireApplicable(to: format)
    }

    func run() throws {
        try reportingErrors {
            var parts: [Graph] = []
            for path in graphs {
                parts.append(SQLiteGraph.isDatabase(at: path) ? try SQLiteGraph(path: path).wholeGraph() : try GraphFile.read(path))
            }
            let merged = GraphMerger(evidenceLimit: evidence).merge(parts)
            let written = try GraphOutput.write(merged, as: format, to: output, exporter: export.exporter, inputs: graphs)
            if !written.isEmpty {
                Console.note("\(graphs.count) graphs → \(merged.nodes.count) entities, \(merged.edges.count) edges → \(written.joined(separator: ", "))")
            }
        }
    }
}
