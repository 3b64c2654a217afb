import ArgumentParser
import RelGraph

struct NeighborsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "neighbors",
        abstract: "Show an entity's neighbours in a saved graph, with one evidence sentence each.",
        discussion: """
        ENTITY is a name, an alias or a node id, matched ignoring case and accents ("sky ecc", \
        "Frederic Van Leeuw", "platform.Sky_ECC"); type:name picks among namesakes. An unknown name gets \
        the closest matches. Neighbours are listed by depth, then weight.

        Examples:
          relgraph neighbors out/graph.graphml "Sky ECC"
          relgraph neighbors out/graph.graphml EncroChat --depth 2 --type agency
          relgraph neighbors out/graph.json "Karim B." --relation arrested_by --direction out --json
          relgraph neighbors out/graph.sqlite Europol --top 20          # a SQLite graph answers in milliseconds
        """
    )

    @OptionGroup var input: GraphInput

    @Argument(help: "The entity: name, alias or id.")
    var entity: String

    @Option(help: "How many hops to go (1: direct neighbours).")
    var depth = 1

    @OptionGroup var traversal: TraversalOptions

    @Option(help: ArgumentHelp("Show only the first N rows (the heaviest, depth by depth).", valueName: "N"))
    var top: Int?

    @Flag(help: "Print JSON instead of a table.")
    var json = false

    func validate() throws {
        if depth < 1 { throw ValidationError("--depth must be 1 or more.") }
        if let top, top < 1 { throw ValidationError("--top must be 1 or more.") }
    }

    func run() throws {
        try reportingErrors {
            let graph = try input.load()
            let start = try graph.require(entity)
            let neighbors = try graph.neighbors(of: start, depth: depth, filter: try traversal.filter(), limit: top)
            if json {
                try StandardOutput.print(try QueryOutput.json(try NeighborsJSON(graph: graph, start: start, neighbors: neighbors)), terminator: "")
                return
            }
            try StandardOutput.print("\(try QueryOutput.name(start, in: graph)): \(neighbors.count) neighbour(s)\(top.map { neighbors.count == $0 ? " (--top \($0))" : "" } ?? "")")
            guard !neighbors.isEmpty else { return }
            let rows = try neighbors.map { neighbor in
                // Every relation between the pair, typed ones first: they say more than co-occurrence.
                let edges = try graph.edges(between: neighbor.via.from, and: neighbor.id)
                    .sorted { ($0.relation == .coOccurs ? 1 : 0, $0.relation) < ($1.relation == .coOccurs ? 1 : 0, $1.relation) }
                let relations = edges.map { edge in
                    edge.relation == .coOccurs ? "~co_occurs~" : edge.source == neighbor.via.from ? "-\(edge.relation)->" : "<-\(edge.relation)-"
                }
                let node = try graph.node(neighbor.id)
                return [String(neighbor.depth), node?.label ?? neighbor.id.rawValue,
                        node?.type.name ?? "", relations.joined(separator: " "),
                        AttributeValue.format(neighbor.via.weight),
                        (edges.first?.evidence.first ?? neighbor.via.evidence.first).map { QueryOutput.evidence($0) } ?? ""]
            }
            try StandardOutput.print(QueryOutput.table(["DEPTH", "NEIGHBOUR", "TYPE", "RELATION", "WEIGHT", "EVIDENCE"], rows), terminator: "")
        }
    }

    private struct NeighborsJSON: Encodable {
        struct Entry: Encodable {
            let id: String, label: String, type: String, depth: Int, from: String
            let edge: QueryOutput.EdgeJSON
        }
        let entity: String
        let neighbors: [Entry]

        init(graph: any QueryableGraph, start: NodeID, neighbors: [Neighbor]) throws {
            entity = start.rawValue
            self.neighbors = try neighbors.map { neighbor in
                let node = try graph.node(neighbor.id)
                return Entry(id: neighbor.id.rawValue, label: node?.label ?? "",
                      type: node?.type.name ?? "", depth: neighbor.depth,
                      from: neighbor.via.from.rawValue, edge: QueryOutput.EdgeJSON(neighbor.via.edge))
            }
        }
    }
}
