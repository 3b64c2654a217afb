import ArgumentParser
import RelGraph

struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Show every piece of evidence that joins two entities.",
        discussion: """
        Every edge between A and B, either way: relation, weight, the rule that found a typed relation, \
        whether it was hedged, and the evidence kept (documents and sentences; `build --evidence N` sets \
        how many are kept).

        Examples:
          relgraph explain out/graph.graphml "Sky ECC" "Nederlandse autoriteiten"
          relgraph explain out/graph.json EncroChat "Franse politie" --json
        """
    )

    @OptionGroup var input: GraphInput

    @Argument(help: "One entity: name, alias or id.")
    var first: String

    @Argument(help: "The other entity: name, alias or id.")
    var second: String

    @Flag(help: "Print JSON instead of text.")
    var json = false

    func run() throws {
        try reportingErrors {
            let graph = try input.load()
            let a = try graph.require(first), b = try graph.require(second)
            let edges = try graph.edges(between: a, and: b)
            if json {
                try StandardOutput.print(try QueryOutput.json(edges.map(QueryOutput.EdgeJSON.init)), terminator: "")
                return
            }
            guard !edges.isEmpty else {
                try StandardOutput.print("nothing joins \(try QueryOutput.name(a, in: graph)) and \(try QueryOutput.name(b, in: graph)) directly; try `relgraph path`")
                return
            }
            for edge in edges {
                var line = "\(try QueryOutput.name(edge.source, in: graph)) \(edge.relation == .coOccurs ? "~co_occurs~" : "-\(edge.relation)->") \(try QueryOutput.name(edge.target, in: graph))"
                line += "  weight \(AttributeValue.format(edge.weight)), seen \(edge.count)×"
                if let rule = edge.rule { line += ", rule \(rule.visiblyEscaped)" }
                if edge.attributes["hedged"] == .boolean(true) { line += ", hedged" }
                try StandardOutput.print(line)
                for evidence in edge.evidence { try StandardOutput.print("    \(QueryOutput.evidence(evidence, width: 400))") }
                if edge.count > edge.evidence.count { try StandardOutput.print("    … and \(edge.count - edge.evidence.count) more not kept") }
            }
        }
    }
}
