import Foundation
import Testing
@testable import RelGraph

/// A graph written as SQLite answers every query as the same graph in memory does, keeps every byte of
/// its text, and a bad file is refused with a message, untouched.
@Suite struct SQLiteGraphTests {
    /// `graph` written into a fresh SQLite file, and the folder to remove.
    private func saved(_ graph: Graph) throws -> (store: SQLiteGraph, folder: URL) {
        let folder = try ExternalTool.temporaryDirectory()
        let path = folder.appendingPathComponent("graph.sqlite").path
        _ = FileManager.default.createFile(atPath: path, contents: nil)
        try SQLiteGraphWriter().write(graph, toEmptyFileAt: path)
        return (try SQLiteGraph(path: path), folder)
    }

    @Test(arguments: [("small", SampleGraphs.small), ("hostile", SampleGraphs.hostile), ("attributes", SampleGraphs.mixedAttributes)])
    func everyNodeEdgeAndByteComesBack(name: String, graph: Graph) throws {
        let (store, folder) = try saved(graph)
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try store.wholeGraph() == graph, "\(name)")
        for node in graph.nodes {
            #expect(try store.node(node.id) == node)
            #expect(try store.resolve(node.id.rawValue) == .found(node.id))
        }
        for edge in graph.edges {
            #expect(try store.edges(between: edge.source, and: edge.target) == graph.edges(between: edge.source, and: edge.target))
        }
        #expect(store.metadata == graph.metadata)
    }

    /// Every query of every node of a random graph of 10,000 edges, in memory and from SQLite.
    @Test func queriesAnswerAsInMemory() throws {
        let graph = Self.randomGraph(nodes: 1_500, edges: 10_000)
        let (store, folder) = try saved(graph)
        defer { try? FileManager.default.removeItem(at: folder) }
        let memory = IndexedGraph(graph)
        #expect(try store.statistics(top: 10) == memory.statistics(top: 10))
        let filters = [NeighborFilter(), NeighborFilter(entityTypes: [.city, .agency]),
                       NeighborFilter(relations: [.coOccurs], minimumWeight: 3), NeighborFilter(direction: .outgoing),
                       NeighborFilter(relations: [.worksFor, .crackedBy], direction: .incoming)]
        var generator = SplitMix(seed: 11)
        for node in graph.nodes.shuffled(using: &generator).prefix(40) {
            for filter in filters {
                for depth in 1...2 {
                    #expect(try store.neighbors(of: node.id, depth: depth, filter: filter, limit: nil)
                            == memory.neighbors(of: node.id, depth: depth, filter: filter, limit: nil))
                }
                #expect(try store.egoNetwork(around: node.id, depth: 1, filter: filter) == memory.egoNetwork(around: node.id, depth: 1, filter: filter))
                let goal = graph.nodes.randomElement(using: &generator)!.id
                #expect(try store.shortestPath(from: node.id, to: goal, filter: filter) == memory.shortestPath(from: node.id, to: goal, filter: filter))
            }
            #expect(try store.neighbors(of: node.id, depth: 1, filter: NeighborFilter(), limit: 3)
                    == memory.neighbors(of: node.id, depth: 1, filter: NeighborFilter(), limit: 3))
            #expect(try store.resolve(node.label) == memory.resolve(node.label))
        }
        #expect(try store.resolve("nobody at all") == memory.resolve("nobody at all"))
        #expect(try store.resolve("city:Haven 7") == memory.resolve("city:Haven 7"))
    }

    @Test func fullTextSearchFindsPhrasesAndNearWords() throws {
        let (store, folder) = try saved(Self.randomGraph(nodes: 300, edges: 1_000))
        defer { try? FileManager.default.removeItem(at: folder) }
        let phrase = try store.search("\"servers in Roubaix\"", limit: 50)
        #expect(!phrase.isEmpty && phrase.allSatisfy { $0.text.contains("servers in Roubaix") })
        #expect(phrase.allSatisfy { !$0.edges.isEmpty })
        let near = try store.search("NEAR(gekraakt Roubaix, 2)", limit: 50)
        #expect(!near.isEmpty && near.allSatisfy { $0.text.contains("gekraakt") && $0.text.contains("Roubaix") })
        #expect(try store.search("\"Roubaix servers gekraakt\"", limit: 50).isEmpty)
        let typed = try store.search("Roubaix", relations: [.worksFor], limit: 500)
        #expect(!typed.isEmpty && typed.allSatisfy { hit in hit.edges.contains { $0.relation == .worksFor } })
        #expect(throws: SearchQueryError.self) { try store.search("\"unclosed", limit: 5) }
    }

    @Test func aBadFileIsRefusedAndLeftAsItWas() throws {
        let folder = try ExternalTool.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        func refused(_ name: String, _ bytes: [UInt8], saying words: String) throws {
            let path = folder.appendingPathComponent(name).path
            _ = FileManager.default.createFile(atPath: path, contents: Data(bytes))
            #expect(throws: GraphReadError.self) { _ = try SQLiteGraph(path: path).wholeGraph() }
            do { _ = try SQLiteGraph(path: path).wholeGraph() } catch {
                #expect("\(error.localizedDescription)".contains(words), "\(name): \(error.localizedDescription)")
            }
            #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == Data(bytes), "\(name) changed")
        }
        try refused("text.sqlite", Array("not a database at all, just text".utf8), saying: "not a SQLite database")
        let (store, storeFolder) = try saved(SampleGraphs.small)
        defer { try? FileManager.default.removeItem(at: storeFolder) }
        let whole = try [UInt8](Data(contentsOf: URL(fileURLWithPath: store.path)))
        try refused("truncated.sqlite", Array(whole.prefix(whole.count / 2)), saying: "truncated.sqlite")

        let other = folder.appendingPathComponent("other.sqlite").path
        _ = FileManager.default.createFile(atPath: other, contents: nil)
        try SQLiteDatabase(path: other, access: .readWrite).execute("CREATE TABLE people (name TEXT)")
        #expect(throws: GraphReadError(path: other, message: "a SQLite database, but not a graph relgraph wrote; write one with `relgraph build --format sqlite`")) {
            _ = try SQLiteGraph(path: other)
        }

        let newer = folder.appendingPathComponent("newer.sqlite").path
        try FileManager.default.copyItem(atPath: store.path, toPath: newer)
        try SQLiteDatabase(path: newer, access: .readWrite).execute("UPDATE graph SET value = '99' WHERE name = 'schema_version'")
        do { _ = try SQLiteGraph(path: newer); Issue.record("a newer schema was read") } catch {
            #expect(error.message.contains("newer relgraph (schema version 99"))
        }

        let locked = folder.appendingPathComponent("locked.sqlite").path
        try FileManager.default.copyItem(atPath: store.path, toPath: locked)
        let writer = try SQLiteDatabase(path: locked, access: .readWrite)
        try writer.execute("BEGIN EXCLUSIVE; UPDATE nodes SET mentions = mentions + 1")
        do { _ = try SQLiteGraph(path: locked); Issue.record("a locked file was read") } catch {
            #expect(error.message.contains("locked by a program that is writing it"))
        }
        try writer.execute("ROLLBACK")
    }

    /// A graph with edges of several relations between random pairs, evidence sentences that vary.
    static func randomGraph(nodes: Int, edges: Int) -> Graph {
        var random = SplitMix(seed: 7)
        let types: [EntityType] = [.person, .agency, .platform, .city, .country]
        let words = ["Haven", "Politie", "Noord", "Zuid", "Stad", "Lédam", "Ørsted"]
        let all = (0..<nodes).map { index in
            let label = "\(words[index % words.count]) \(index)"
            return Node(label: label, type: types[index % types.count], aliases: [label, "\(label) alias"], mentions: index % 9 + 1)
        }
        let relations: [RelationType] = [.coOccurs, .coOccurs, .worksFor, .crackedBy]
        let phrases = ["servers in Roubaix", "gekraakt door de politie", "berichten over Roubaix werden gekraakt", "zonder verband"]
        var made: [Edge] = []
        for index in 0..<edges {
            let a = Int.random(in: 0..<(index % 2 == 0 ? nodes / 20 : nodes), using: &random)
            let b = Int.random(in: 0..<nodes, using: &random)
            let relation = relations[index % relations.count]
            let text = "\(all[a].label) en \(all[b].label): \(phrases[Int.random(in: 0..<phrases.count, using: &random)])."
            made.append(Edge(key: EdgeKey(source: all[a].id, relation: relation, target: all[b].id),
                             weight: Double(Int.random(in: 1...9, using: &random)), count: 1,
                             evidence: [Evidence(document: "doc\(index % 50).txt", sentence: index % 40, text: text)],
                             rule: relation == .coOccurs ? nil : "rule-\(relation)",
                             attributes: relation == .crackedBy ? ["hedged": .boolean(index % 3 == 0)] : [:]))
        }
        return Graph(nodes: all, edges: made, metadata: GraphMetadata(inputs: ["random"]))
    }
}
