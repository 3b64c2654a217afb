import ArgumentParser
import RelGraph

struct PathCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "path",
        abstract: "Show a shortest path between two entities, each hop with its evidence.",
        discussion: """
        The path with the fewest hops; among equally short ones, the heaviest. Exit code 1 when there is \
        no path (within the filters).

        Examples:
          relgraph path out/graph.graphml "Karim B." EncroChat
          relgraph path out/graph.graphml "Sky ECC" "Hilde Peeters" --relation works_for --relation co_occurs
        """
    )

    @OptionGroup var input: GraphInput

    @Argument(help: "Where the path starts: name, alias or id.")
    var from: String

    @Argument(help: "Where the path ends: name, alias or id.")
    var to: String

    @OptionGroup var traversal: TraversalOptions

    @Flag(help: "Print JSON instead of text.")
    var json = false

    func run() throws {
        try reportingErrors {
            let graph = try input.load()
            let start = try graph.require(from), goal = try graph.require(to)
            guard let steps = try graph.shortestPath(from: start, to: goal, filter: try traversal.filter()) else {
                Console.error("no path between \(try QueryOutput.name(start, in: graph)) and \(try QueryOutput.name(goal, in: graph))\(traversal.types.isEmpty && traversal.relations.isEmpty && traversal.minWeight == nil && traversal.direction == .both ? "" : " with these filters")")
                throw ExitCode.failure
            }
            if json {
                try StandardOutput.print(try QueryOutput.json(steps.map { QueryOutput.EdgeJSON($0.edge) }), terminator: "")
                return
            }
            try StandardOutput.print("\(steps.count) hop(s) from \(try QueryOutput.name(start, in: graph)) to \(try QueryOutput.name(goal, in: graph))")
            for step in steps {
                try StandardOutput.print("\(try QueryOutput.name(step.from, in: graph)) \(QueryOutput.arrow(step)) \(try QueryOutput.name(step.to, in: graph))  weight \(AttributeValue.format(step.weight))")
                if let evidence = step.evidence.first { try StandardOutput.print("    \(QueryOutput.evidence(evidence))") }
            }
        }
    }
}
