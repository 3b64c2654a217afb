import Foundation
import RelGraph

/// What networkx reads from a GraphML or node-link JSON file, printed by Python as JSON and compared in
/// Swift with what the ``Graph`` holds.
struct NetworkXSummary: Decodable, Equatable {
    struct NodeSummary: Decodable, Equatable {
        let label: String
        let type: String
        let aliases: [String]
        let mentions: Int
        /// The Python type of `mentions` (`int`).
        let mentionsType: String
    }

    struct EvidenceSummary: Decodable, Equatable, Comparable {
        let document: String
        let sentence: Int
        let text: String

        static func < (lhs: EvidenceSummary, rhs: EvidenceSummary) -> Bool {
            (lhs.document, lhs.sentence, lhs.text) < (rhs.document, rhs.sentence, rhs.text)
        }
    }

    struct EdgeSummary: Decodable, Equatable {
        let source: String
        let target: String
        let relation: String
        let weight: Double
        /// The Python type of `weight` (`float` from GraphML).
        let weightType: String
        let count: Int
        /// The Python type of `count` (`int`).
        let countType: String
        let evidence: [EvidenceSummary]
        let rule: String?
    }

    let nodes: [String: NodeSummary]
    /// Sorted by (source, target, relation).
    private(set) var edges: [EdgeSummary]

    /// The summary networkx should give for `graph`; `weightType` is what the format makes of a weight.
    init(expecting graph: Graph, weightType: (Double) -> String) {
        nodes = Dictionary(uniqueKeysWithValues: graph.nodes.map { node in
            (node.id.rawValue, NodeSummary(label: node.label, type: node.type.name, aliases: node.aliases.sorted(),
                                           mentions: node.mentions, mentionsType: "int"))
        })
        edges = graph.edges.map { edge in
            EdgeSummary(source: edge.source.rawValue, target: edge.target.rawValue, relation: edge.relation.name,
                        weight: edge.weight, weightType: weightType(edge.weight), count: edge.count,
                        countType: "int",
                        evidence: edge.evidence.map { EvidenceSummary(document: $0.document, sentence: $0.sentence,
                                                                      text: $0.text) },
                        rule: edge.rule)
        }
        .sorted(by: NetworkXSummary.edgeOrder)
    }

    private static func edgeOrder(_ lhs: EdgeSummary, _ rhs: EdgeSummary) -> Bool {
        (lhs.source, lhs.target, lhs.relation) < (rhs.source, rhs.target, rhs.relation)
    }

    /// Loads `file` with networkx (`read_graphml` for `.graphml`, `node_link_graph` for `.json`) and
    /// decodes the summary Python prints.
    static func read(_ file: URL) throws -> NetworkXSummary {
        let result = try ExternalTool.run("python3", ["-c", script, file.path])
        guard result.status == 0 else {
            throw ReadError(message: "python3 exited \(result.status): \(result.stderr)")
        }
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        var summary = try decoder.decode(NetworkXSummary.self, from: Data(result.stdout.utf8))
        summary.edges.sort(by: edgeOrder)
        return summary
    }

    struct ReadError: Error, CustomStringConvertible {
        let message: String
        var description: String { message }
    }

    private static let script = #"""
        import json, sys
        import networkx as nx
        path = sys.argv[1]
        if path.endswith(".graphml"):
            g = nx.read_graphml(path)
            load = json.loads
        else:
            with open(path, encoding="utf-8") as f:
                g = nx.node_link_graph(json.load(f), edges="edges")
            load = lambda value: value
        nodes = {}
        for n, d in g.nodes(data=True):
            nodes[n] = {"label": d["label"], "type": d["type"], "aliases": sorted(load(d["aliases"])),
                        "mentions": d["mentions"], "mentions_type": type(d["mentions"]).__name__}
        edges = []
        for u, v, d in g.edges(data=True):
            edges.append({"source": u, "target": v, "relation": d["relation"], "weight": d["weight"],
                          "weight_type": type(d["weight"]).__name__, "count": d["count"],
                          "count_type": type(d["count"]).__name__, "evidence": load(d["evidence"]),
                          "rule": d.get("rule")})
        edges.sort(key=lambda e: (e["source"], e["target"], e["relation"]))
        print(json.dumps({"nodes": nodes, "edges": edges}))
        """#
}
