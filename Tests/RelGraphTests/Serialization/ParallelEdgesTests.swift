import Foundation
import Testing
@testable import RelGraph

/// Parallel edges inside one file (networkx MultiDiGraph, igraph) are summed as the same edge in two
/// files is by `merge`, in JSON and GraphML alike; a file without them reads as before.
@Suite struct ParallelEdgesTests {
    private static let nodes = #""nodes": [{"id": "person.a", "label": "A", "type": "person", "mentions": 2}, {"id": "person.b", "label": "B", "type": "person", "mentions": 1}]"#

    private static func jsonEdge(weight: Int, document: String) -> String {
        #"{"source": "person.a", "target": "person.b", "relation": "knows", "weight": \#(weight), "count": 1, "evidence": [{"document": "\#(document)", "sentence": 1, "text": "A knows B."}]}"#
    }

    private static func json(_ edges: [String]) -> String {
        #"{"directed": true, "multigraph": true, "graph": {}, \#(nodes), "edges": [\#(edges.joined(separator: ", "))]}"#
    }

    private static func graphML(weights: [Int]) -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
        <key id="label" for="node" attr.name="label" attr.type="string"/>
        <key id="type" for="node" attr.name="type" attr.type="string"/>
        <key id="relation" for="edge" attr.name="relation" attr.type="string"/>
        <key id="weight" for="edge" attr.name="weight" attr.type="double"/>
        <graph edgedefault="directed">
        <node id="person.a"><data key="label">A</data><data key="type">person</data></node>
        <node id="person.b"><data key="label">B</data><data key="type">person</data></node>
        \(weights.map { #"<edge source="person.a" target="person.b"><data key="relation">knows</data><data key="weight">\#($0)</data></edge>"# }.joined(separator: "\n"))
        </graph>
        </graphml>
        """
    }

    private func read(_ text: String, extension name: String) throws -> Graph {
        let folder = try ExternalTool.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("graph.\(name)").path
        try text.write(toFile: path, atomically: false, encoding: .utf8)
        return try GraphFile.read(path)
    }

    @Test func parallelJSONEdgesAreSummedAsAcrossFiles() throws {
        let one = try read(Self.json([Self.jsonEdge(weight: 2, document: "a.txt"), Self.jsonEdge(weight: 3, document: "b.txt")]), extension: "json")
        let first = try read(Self.json([Self.jsonEdge(weight: 2, document: "a.txt")]), extension: "json")
        let second = try read(Self.json([Self.jsonEdge(weight: 3, document: "b.txt")]), extension: "json")
        let acrossFiles = GraphMerger.merging([first, second], evidenceLimit: 10)
        #expect(one.edges.count == 1)
        #expect(one.edges.first?.weight == 5 && one.edges.first?.count == 2)
        #expect(one.edges.first?.evidence.map(\.document) == ["a.txt", "b.txt"])
        #expect(one.edges == acrossFiles.edges)
        #expect(one.nodes.map(\.mentions) == [2, 1], "nodes count once")
    }

    @Test func parallelGraphMLEdgesAreSummed() throws {
        let graph = try read(Self.graphML(weights: [1, 2, 4]), extension: "graphml")
        #expect(graph.edges.count == 1)
        #expect(graph.edges.first?.weight == 7 && graph.edges.first?.count == 3)
    }

    @Test func aFileWithoutParallelEdgesReadsAsBefore() throws {
        let graph = try read(Self.graphML(weights: [2]), extension: "graphml")
        #expect(graph.edges.first?.weight == 2 && graph.edges.first?.count == 1)
    }
}

/// One id with a different label or type in two graphs: `merge` resolves it by an order on the values,
/// so that the result does not depend on the order of the files.
@Suite struct MergeConflictTests {
    @Test func oneIdWithTwoLabelsAndTypesMergesTheSameInEitherOrder() throws {
        let id = NodeID(rawValue: "person.karim")
        func graph(_ label: String, _ type: String) throws -> Graph {
            let other = Node(label: "Europol", type: try #require(EntityType("agency")), mentions: 1)
            let node = Node(id: id, label: label, type: try #require(EntityType(type)), aliases: [label], mentions: 1, attributes: [:])
            return Graph(nodes: [node, other], edges: [Edge(key: EdgeKey(source: id, relation: .coOccurs, target: other.id), weight: 1, count: 1,
                                                            evidence: [], rule: nil, attributes: [:])])
        }
        let first = try graph("Karim B.", "person"), second = try graph("karim b", "suspect")
        let forward = GraphMerger.merging([first, second], evidenceLimit: 3)
        let backward = GraphMerger.merging([second, first], evidenceLimit: 3)
        #expect(forward == backward)
        let node = try #require(forward.node(id))
        #expect(node.label == "Karim B." && node.type.name == "person")
        #expect(JSONGraphWriter().string(for: forward) == JSONGraphWriter().string(for: backward))
    }
}
