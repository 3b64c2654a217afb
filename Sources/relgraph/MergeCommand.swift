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
        everything at once.

        Shards must not share documents: two graphs built from the same input, or from the same part of \
        one (build --source-name NAME --part K/N), are refused with both named, and so is one file given \
        twice, unless --allow-overlap. Parts 1…N of an input merge into the graph of the whole input, \
        whose inputs are [NAME] as in a single build. - reads graphs from standard input, one per line \
        (build --format json --compact writes them so), and so does a .jsonl file; graphs are read one at a time, so memory holds \
        the merged graph, not all the shards.

        Examples:
          relgraph merge part1.json part2.json --format graphml --output all.graphml
          ls shards/*.json | xargs relgraph merge --format json --output all.json
          cat parts/*.jsonl | relgraph merge - --format json --compact --output half.jsonl
        """
    )

    @Argument(help: "Graphs written by `relgraph build` (.json, .graphml or .sqlite); - (standard input) and .jsonl files hold graphs one per line.")
    var graphs: [String]

    @Option(help: "The format of the merged graph: \(OutputFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: OutputFormat

    @Option(name: .shortAndLong, help: ArgumentHelp("The file to write; - for standard output.", valueName: "path"))
    var output = "-"

    @Option(help: ArgumentHelp("Evidence sentences kept per edge.", valueName: "n"))
    var evidence = 3

    @Flag(help: "Merge graphs built from the same input or part, or one file given twice, all the same (their documents count twice).")
    var allowOverlap = false

    @Flag(help: "With --format json: write the graph on one line, for another `merge -`.")
    var compact = false

    @OptionGroup var export: ExportOptions

    func validate() throws {
        try OptionsGivenOnce.require([["--format"], ["--output", "-o"]])
        try OptionsGivenOnce.requireNonEmpty(output: output)
        if graphs.isEmpty { throw ValidationError("Give at least one graph to merge.") }
        if graphs.filter({ $0 == "-" }).count > 1 { throw ValidationError("- (standard input) is given more than once; give it once.") }
        if evidence < 0 { throw ValidationError("--evidence must be 0 or more.") }
        try export.requireApplicable(to: format)
        try PartOptions.requireJSON(compact: compact, format: format)
    }

    func run() throws {
        try reportingErrors {
            let files = graphs.filter { $0 != "-" }
            let protected = GraphOutput.identities(of: files)
            // Before anything is read: the output is none of the graphs, and no graph is given twice.
            if output != "-" { try OutputTransaction(protecting: protected).requireNotAnInput(output) }
            if !allowOverlap { try Self.requireDistinct(files) }
            var merger = GraphMerger(evidenceLimit: evidence, allowsOverlap: allowOverlap)
            var count = 0
            for path in graphs {
                if path == "-" || ["jsonl", "ndjson"].contains((path as NSString).pathExtension.lowercased()) {
                    try GraphLines.forEach(in: path) { graph, name in
                        try merger.add(graph, from: name)
                        count += 1
                    }
                } else {
                    try merger.add(SQLiteGraph.isDatabase(at: path) ? try SQLiteGraph(path: path).wholeGraph() : try GraphFile.read(path), from: path)
                    count += 1
                }
            }
            if count == 0 {
                throw GraphReadError(path: "standard input", message: "holds no graph; give one per line (build --format json --compact --output - writes them so)")
            }
            let merged = merger.merged()
            var exporter = export.exporter
            exporter.compactJSON = compact
            let written = try GraphOutput.write(merged, as: format, to: output, exporter: exporter, inputs: files)
            if !written.isEmpty {
                Console.note("\(count) graphs → \(merged.nodes.count) entities, \(merged.edges.count) edges → \(written.joined(separator: ", "))")
            }
        }
    }

    /// Refuses a graph file given twice (the same path, a link or a hard link to it).
    private static func requireDistinct(_ files: [String]) throws {
        var seen: [FileIdentity: String] = [:]
        for path in files {
            guard let identity = FileIdentity(path: path) else { continue }
            if let first = seen[identity] { throw MergeError.givenTwice(first: first, second: path) }
            seen[identity] = path
        }
    }
}
