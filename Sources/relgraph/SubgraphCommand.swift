import ArgumentParser
import Foundation
import RelGraph

struct SubgraphCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "subgraph",
        abstract: "Write the network around one entity (its ego network) in any format.",
        discussion: """
        The entity, what `neighbors` reaches from it with the same filters, and every edge among them.

        Examples:
          relgraph subgraph out/graph.graphml "Sky ECC" --depth 1 --format svg --output sky.svg
          relgraph subgraph out/graph.json "Karim B." --depth 2 --format graphml --output - | xmllint --format -
        """
    )

    @OptionGroup var input: GraphInput

    @Argument(help: "The centre: name, alias or id.")
    var entity: String

    @Option(help: "How many hops from the centre.")
    var depth = 1

    @OptionGroup var traversal: TraversalOptions

    @Option(help: "The format: \(OutputFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: OutputFormat

    @Option(name: .shortAndLong, help: ArgumentHelp("The file to write; - for standard output.", valueName: "path"))
    var output = "-"

    @OptionGroup var export: ExportOptions

    func validate() throws {
        try OptionsGivenOnce.require([["--format"], ["--output", "-o"]])
        try OptionsGivenOnce.requireNonEmpty(output: output)
        if depth < 1 { throw ValidationError("--depth must be 1 or more.") }
        try export.requireApplicable(to: format)
    }

    func run() throws {
        try reportingErrors {
            let graph = try input.load()
            let centre = try graph.require(entity)
            let ego = try graph.egoNetwork(around: centre, depth: depth, filter: try traversal.filter())
            let written = try GraphOutput.write(ego, as: format, to: output, exporter: export.exporter, inputs: [input.graph])
            if !written.isEmpty {
                Console.note("\(ego.nodes.count) entities, \(ego.edges.count) edges → \(written.joined(separator: ", "))")
            }
        }
    }
}
