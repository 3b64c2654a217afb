import ArgumentParser
import RelGraph

struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Find where the evidence says something: full-text search in a SQLite graph.",
        discussion: """
        QUERY uses SQLite's full-text syntax: words (all must occur), "a phrase", OR, NOT, AND, \
        NEAR(word word, N) for words at most N apart, and prefix* for any ending. Matching ignores case. \
        Each matching sentence is shown with its document and the edges it is evidence for, best match \
        first. Needs a graph written with --format sqlite (the default run writes out/graph.sqlite).

        Examples:
          relgraph search out/graph.sqlite '"Sky ECC"'
          relgraph search out/graph.sqlite 'NEAR(Europol Sky, 5)' --top 5
          relgraph search out/graph.sqlite 'gekraakt OR ontsleuteld' --type agency --json
          relgraph search out/graph.sqlite 'Encro*' --relation cracked_by
        """
    )

    @Argument(help: "A graph written by `relgraph build --format sqlite`.")
    var graph: String

    @Argument(help: "What to look for (see above).")
    var query: String

    @Option(name: .customLong("type"), help: ArgumentHelp("Only sentences that support an edge touching an entity of this type (repeatable).", valueName: "type"))
    var types: [String] = []

    @Option(name: .customLong("relation"), help: ArgumentHelp("Only sentences that support an edge of this relation (repeatable).", valueName: "relation"))
    var relations: [String] = []

    @Option(help: "How many sentences to show at most.")
    var top = 20

    @Flag(help: "Print JSON instead of text.")
    var json = false

    func validate() throws {
        if top < 1 { throw ValidationError("--top must be 1 or more.") }
        if query.allSatisfy(\.isWhitespace) { throw ValidationError("QUERY is empty: give words or a \"phrase\" to look for.") }
    }

    func run() throws {
        try reportingErrors {
            guard SQLiteGraph.isDatabase(at: graph) else {
                throw ValidationError("search needs a SQLite graph, and \(graph) is not one; write one with `relgraph build … --format sqlite --output graph.sqlite` (or `relgraph merge \(graph) --format sqlite --output graph.sqlite`).")
            }
            let (entityTypes, relationTypes) = (try TraversalOptions.entityTypes(types), try TraversalOptions.relationTypes(relations))
            let store = try SQLiteGraph(path: graph)
            let hits: [EvidenceHit]
            do {
                hits = try store.search(query, types: entityTypes, relations: relationTypes, limit: top)
            } catch let error as SearchQueryError {
                throw ValidationError(error.description)
            }
            if json {
                try StandardOutput.print(try QueryOutput.json(hits.map(HitJSON.init)), terminator: "")
                return
            }
            try StandardOutput.print("\(hits.count) sentence(s) match \(query.visiblyEscaped)\(hits.count == top ? " (--top \(top))" : "")")
            for hit in hits {
                try StandardOutput.print("\(QueryOutput.evidence(Evidence(document: hit.document, sentence: hit.sentence, text: hit.text), width: 400))")
                for edge in hit.edges {
                    let arrow = edge.relation == .coOccurs ? "~co_occurs~" : "-\(edge.relation)->"
                    try StandardOutput.print("    \(try QueryOutput.name(edge.source, in: store)) \(arrow) \(try QueryOutput.name(edge.target, in: store))  weight \(AttributeValue.format(edge.weight))")
                }
            }
        }
    }

    private struct HitJSON: Encodable {
        struct EdgeJSON: Encodable { let source: String, target: String, relation: String, weight: Double, count: Int }
        let document: String, sentence: Int, text: String, score: Double
        let entities: [String]
        let edges: [EdgeJSON]

        init(_ hit: EvidenceHit) {
            (document, sentence, text, score) = (hit.document, hit.sentence, hit.text, hit.score)
            edges = hit.edges.map { EdgeJSON(source: $0.source.rawValue, target: $0.target.rawValue, relation: $0.relation.name, weight: $0.weight, count: $0.count) }
            var seen = Set<String>()
            entities = hit.edges.flatMap { [$0.source.rawValue, $0.target.rawValue] }.filter { seen.insert($0).inserted }
        }
    }
}
