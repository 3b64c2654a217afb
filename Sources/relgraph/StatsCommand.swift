import ArgumentParser
import RelGraph

struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Summarise a saved graph: counts, degrees, components and the best connected entities.",
        discussion: """
        Examples:
          relgraph stats out/graph.graphml
          relgraph stats out/graph.json --top 20 --json
        """
    )

    @OptionGroup var input: GraphInput

    @Option(help: "How many top entities to list.")
    var top = 10

    @Flag(help: "Print JSON instead of text.")
    var json = false

    func run() throws {
        try reportingErrors {
            let graph = try input.load()
            let stats = try graph.statistics(top: top)
            if json {
                try StandardOutput.print(try QueryOutput.json(StatsJSON(stats)), terminator: "")
                return
            }
            try StandardOutput.print("\(stats.nodeCount) entities, \(stats.edgeCount) edges, \(stats.components.count) connected component(s) (largest: \(stats.components.largestSizes.map(String.init).joined(separator: ", ")))")
            try StandardOutput.print("entities by type: " + stats.nodesByType.map { "\($0.key) \($0.count)" }.joined(separator: ", "))
            try StandardOutput.print("edges by relation: " + stats.edgesByRelation.map { "\($0.key) \($0.count)" }.joined(separator: ", "))
            let degrees = stats.degrees
            try StandardOutput.print("degree: min \(degrees.minimum), median \(AttributeValue.format(degrees.median)), mean \(String(format: "%.2f", degrees.mean)), max \(degrees.maximum); \(degrees.isolated) isolated")
            try StandardOutput.print("\ntop by degree:")
            try StandardOutput.print(QueryOutput.table(["DEGREE", "WEIGHTED", "ENTITY"], try stats.topByDegree.map { [String($0.degree), AttributeValue.format($0.weightedDegree), try QueryOutput.name($0.id, in: graph)] }), terminator: "")
            try StandardOutput.print("\ntop by weighted degree:")
            try StandardOutput.print(QueryOutput.table(["WEIGHTED", "DEGREE", "ENTITY"], try stats.topByWeightedDegree.map { [AttributeValue.format($0.weightedDegree), String($0.degree), try QueryOutput.name($0.id, in: graph)] }), terminator: "")
        }
    }

    private struct StatsJSON: Encodable {
        struct Ranked: Encodable { let id: String, degree: Int, weightedDegree: Double }
        let nodes: Int, edges: Int, nodesByType: [String: Int], edgesByRelation: [String: Int]
        let degree: [String: Double], isolated: Int, components: Int, largestComponents: [Int]
        let topByDegree: [Ranked], topByWeightedDegree: [Ranked]

        init(_ stats: GraphStatistics) {
            nodes = stats.nodeCount
            edges = stats.edgeCount
            nodesByType = Dictionary(uniqueKeysWithValues: stats.nodesByType.map { ($0.key.name, $0.count) })
            edgesByRelation = Dictionary(uniqueKeysWithValues: stats.edgesByRelation.map { ($0.key.name, $0.count) })
            degree = ["min": Double(stats.degrees.minimum), "max": Double(stats.degrees.maximum),
                      "mean": stats.degrees.mean, "median": stats.degrees.median]
            isolated = stats.degrees.isolated
            components = stats.components.count
            largestComponents = stats.components.largestSizes
            topByDegree = stats.topByDegree.map { Ranked(id: $0.id.rawValue, degree: $0.degree, weightedDegree: $0.weightedDegree) }
            topByWeightedDegree = stats.topByWeightedDegree.map { Ranked(id: $0.id.rawValue, degree: $0.degree, weightedDegree: $0.weightedDegree) }
        }
    }
}
