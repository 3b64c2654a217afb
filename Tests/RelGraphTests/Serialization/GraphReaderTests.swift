import Foundation
import Testing
@testable import RelGraph

@Suite struct GraphReaderTests {
    private static var examplesGraph: Graph {
        get throws {
            let folder = RelGraphBinary.repository.appendingPathComponent("examples").path
            return try Pipeline(rules: RuleSet.builtIn(), options: PipelineOptions(evidenceLimit: 2))
                .build(inputs: [folder], diagnostics: { _ in })
        }
    }

    @Test(arguments: ["small", "hostile", "examples"])
    func whatTheWritersWriteReadsBackEqual(name: String) throws {
        let graph = switch name {
        case "small": SampleGraphs.small
        case "hostile": SampleGraphs.hostile
        default: try Self.examplesGraph
        }
        #expect(try GraphMLWriter().readBack(graph, extension: "graphml") == graph)
        #expect(try JSONGraphWriter().readBack(graph, extension: "json") == graph)
    }

    @Test func mixedAttributeTypesReadBackAsTheirWidenedType() throws {
        let graph = try GraphMLWriter().readBack(SampleGraphs.mixedAttributes, extension: "graphml")
        let node = try #require(graph.nodes.first { $0.label == "A" })
        #expect(node.attributes["score"] == .double(1))   // ints and doubles mixed: double
        #expect(node.attributes["flag"] == .string("true"))  // booleans and strings mixed: string
        #expect(node.attributes["ok"] == .boolean(true))
    }

    @Test func aLargeFileIsStreamed() throws {
        var builder = GraphBuilder(evidenceLimit: 1)
        var previous: NodeID?
        for index in 0..<30_000 {
            let id = builder.addMention(label: "Entiteit \(index) " + String(repeating: "x", count: 200), type: .agency, surface: "e\(index)")
            if let previous {
                builder.addRelation(from: previous, .coOccurs, to: id, evidence: Evidence(document: "d.txt", sentence: index, text: "Zin \(index)."))
            }
            previous = id
        }
        let graph = builder.build()
        let read = try GraphMLWriter().readBack(graph, extension: "graphml")
        #expect(read.nodes.count == 30_000 && read.edges.count == 29_999)
        #expect(read == graph)
    }

    private func read(graphml: String) throws -> Graph {
        let folder = try ExternalTool.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("in.graphml").path
        try AtomicFileWriter().write(graphml, to: path)
        return try GraphMLReader().read(contentsOf: path)
    }

    @Test func anUndeclaredKeyIsRefusedWithItsLine() throws {
        let graphml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
          <key id="label" for="node" attr.name="label" attr.type="string"/>
          <graph edgedefault="directed">
            <node id="a"><data key="label">A</data><data key="colour">red</data></node>
          </graph>
        </graphml>
        """
        #expect {
            _ = try read(graphml: graphml)
        } throws: { error in
            let error = error as? GraphReadError
            return error?.line == 5 && error?.message.contains("colour") == true
        }
    }

    @Test func anExternalEntityIsNeverRead() throws {
        let secret = try ExternalTool.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: secret) }
        let secretFile = secret.appendingPathComponent("secret.txt")
        try Data("TOP-SECRET-INFORMANT".utf8).write(to: secretFile)
        let graphml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <!DOCTYPE graphml [ <!ENTITY leak SYSTEM "file://\(secretFile.path)"> ]>
        <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
          <key id="label" for="node" attr.name="label" attr.type="string"/>
          <graph edgedefault="directed"><node id="a"><data key="label">&leak;</data></node></graph>
        </graphml>
        """
        do {
            let graph = try read(graphml: graphml)
            #expect(!graph.nodes.contains { $0.label.contains("TOP-SECRET") })
        } catch let error as GraphReadError {
            #expect(!error.message.contains("TOP-SECRET"))
            #expect(error.message.contains("entit"))
        }
    }

    @Test func filesFromOtherToolsKeepTheirExtraDataTyped() throws {
        let graphml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
          <key id="d0" for="node" attr.name="name" attr.type="string"/>
          <key id="d1" for="node" attr.name="population" attr.type="long"/>
          <key id="d2" for="edge" attr.name="weight" attr.type="float"/>
          <key id="d3" for="edge" attr.name="verified" attr.type="boolean"/>
          <graph id="G" edgedefault="undirected">
            <node id="n0"><data key="d0">Antwerpen</data><data key="d1">530000</data></node>
            <node id="n1"><data key="d0">Rotterdam &amp; omgeving</data></node>
            <edge source="n0" target="n1"><data key="d2">2.5</data><data key="d3">true</data></edge>
          </graph>
        </graphml>
        """
        let graph = try read(graphml: graphml)
        #expect(graph.nodes.map(\.label) == ["Antwerpen", "Rotterdam & omgeving"])
        #expect(graph.nodes[0].attributes == ["population": .int(530_000)])
        #expect(graph.nodes[0].type.name == "entity")
        let edge = try #require(graph.edges.first)
        #expect(edge.relation == .coOccurs && edge.weight == 2.5 && edge.attributes == ["verified": .boolean(true)])
    }

    @Test(.enabled(if: ExternalTool.shouldRunPython(module: "networkx")))
    func aGraphNetworkxWroteIsRead() throws {
        let folder = try ExternalTool.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("nx.graphml").path
        let script = """
        import networkx as nx
        g = nx.DiGraph()
        g.add_node("Europol", label="Europol", type="agency", mentions=3)
        g.add_node("EncroChat", label="EncroChat", type="platform", mentions=2)
        g.add_edge("EncroChat", "Europol", relation="cracked_by", weight=1.0, count=1)
        nx.write_graphml(g, "\(path)")
        """
        let result = try ExternalTool.run("python3", ["-c", script])
        #expect(result.status == 0, "\(result.stderr)")
        let graph = try GraphMLReader().read(contentsOf: path)
        #expect(graph.nodes.map(\.label) == ["EncroChat", "Europol"])
        #expect(graph.edges.first?.relation == .crackedBy && graph.edges.first?.source.rawValue == "EncroChat")
    }

    @Test(.enabled(if: ExternalTool.shouldRunPython(module: "igraph")))
    func aGraphIgraphWroteIsRead() throws {
        let folder = try ExternalTool.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("ig.graphml").path
        // igraph names keys d0, d1, …, keeps the node id in a `name`-less `id` attribute and writes weights as double.
        let script = """
        import igraph
        g = igraph.Graph(directed=True)
        g.add_vertices(2)
        g.vs["label"] = ["Sky ECC", "Europol"]
        g.vs["type"] = ["platform", "agency"]
        g.vs["mentions"] = [4, 1]
        g.add_edges([(0, 1)])
        g.es["relation"] = ["seized_by"]
        g.es["weight"] = [2.0]
        g.write_graphml("\(path)")
        """
        let result = try ExternalTool.run("python3", ["-c", script])
        #expect(result.status == 0, "\(result.stderr)")
        let graph = try GraphMLReader().read(contentsOf: path)
        #expect(graph.nodes.map(\.label).sorted() == ["Europol", "Sky ECC"])
        #expect(graph.nodes.first { $0.label == "Sky ECC" }?.type == .platform)
        #expect(graph.nodes.first { $0.label == "Sky ECC" }?.mentions == 4)
        let edge = try #require(graph.edges.first)
        #expect(edge.relation == .seizedBy && edge.weight == 2 && graph.node(edge.source)?.label == "Sky ECC")
    }

    @Test func aNodeBuiltWithUnsortedAliasesIsWrittenSorted() {
        var node = Node(label: "Sky ECC", type: .platform, aliases: ["Sky"], mentions: 3)
        node.aliases = ["SKY ECC", "Sky", "Sky", "SkyECC"].reversed()
        let graph = Graph(nodes: [node], edges: [])
        #expect(graph.nodes[0].aliases == ["SKY ECC", "Sky", "SkyECC"])
        #expect(GraphMLWriter().string(for: graph).contains("[&quot;SKY ECC&quot;,&quot;Sky&quot;,&quot;SkyECC&quot;]")
            || GraphMLWriter().string(for: graph).contains(#"["SKY ECC","Sky","SkyECC"]"#))
    }

    /// Found by WriterPropertyTests: the `<desc>` was trimmed, and split between characters, not scalars.
    @Test func inputsEndingInWhiteSpaceOrStartingWithACombiningMarkReadBack() throws {
        for inputs in [["\n"], ["notes ", "a.txt"], ["\u{0D3B}"], ["a.txt", "\u{301}b.txt"]] {
            let graph = Graph(nodes: [Node](), edges: [Edge](), metadata: GraphMetadata(inputs: inputs))
            #expect(try GraphMLWriter().readBack(graph, extension: "graphml").metadata == graph.metadata)
        }
    }

    /// Found by WriterPropertyTests: `JSONSerialization` dropped the U+FEFF that starts a string.
    @Test func aByteOrderMarkStartingAnAliasOrEvidenceReadsBack() throws {
        var builder = GraphBuilder(evidenceLimit: 1)
        let id = builder.addMention(label: "A", type: .person, surface: "\u{FEFF}")
        builder.addRelation(from: id, .coOccurs, to: id, evidence: Evidence(document: "a", sentence: 0, text: "\u{FEFF}x"))
        let graph = builder.build()
        #expect(try GraphMLWriter().readBack(graph, extension: "graphml") == graph)
    }

    @Test func truncatedAndMissingFilesAreRefusedClearly() throws {
        #expect(throws: GraphReadError.self) { try read(graphml: "<?xml version=\"1.0\"?><graphml><graph><node id=\"a\">") }
        #expect(throws: GraphReadError(path: "/no/such.graphml", message: "no such file")) { try GraphFile.read("/no/such.graphml") }
    }
}
