import Foundation
import Testing
@testable import RelGraph

/// The query commands, run as a user would on graphs built from the sample corpus.
@Suite(.serialized) struct QueryCommandTests {
    private static let built: (folder: URL, graphml: String, json: String, sqlite: String) = {
        let folder = (try? ExternalTool.temporaryDirectory()) ?? URL(fileURLWithPath: NSTemporaryDirectory())
        let examples = RelGraphBinary.repository.appendingPathComponent("examples").path
        let graphml = folder.appendingPathComponent("graph.graphml").path
        let json = folder.appendingPathComponent("graph.json").path
        let sqlite = folder.appendingPathComponent("graph.sqlite").path
        for (format, path) in [("graphml", graphml), ("json", json), ("sqlite", sqlite)] {
            _ = try? RelGraphBinary.run(["build", examples, "--format", format, "--output", path])
        }
        return (folder, graphml, json, sqlite)
    }()

    private func run(_ arguments: [String]) throws -> ExternalTool.Result {
        try RelGraphBinary.run(arguments)
    }

    @Test(arguments: ["graphml", "json"])
    func neighborsListsRelationsWeightsAndEvidence(format: String) throws {
        let result = try run(["neighbors", format == "json" ? graphJSON : graphML, "sky ecc"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("Sky ECC (platform):"))
        #expect(result.stdout.contains("-seized_by->") && result.stdout.contains("Nederlandse autoriteiten"))
        #expect(result.stdout.contains("examples/02-rotterdam-server.txt#0: De server van Sky ECC"))
    }

    var graphML: String { Self.built.graphml }
    var graphJSON: String { Self.built.json }

    @Test func depthAndFiltersLimitTheNeighbourhood() throws {
        let one = try run(["neighbors", graphML, "Karim B.", "--json"])
        let two = try run(["neighbors", graphML, "Karim B.", "--depth", "2", "--json"])
        struct Listing: Decodable { struct Entry: Decodable { let label: String; let depth: Int }; let neighbors: [Entry] }
        let first = try JSONDecoder().decode(Listing.self, from: Data(one.stdout.utf8))
        let second = try JSONDecoder().decode(Listing.self, from: Data(two.stdout.utf8))
        #expect(first.neighbors.map(\.label) == ["Antwerpen"])
        #expect(second.neighbors.count > first.neighbors.count && second.neighbors.allSatisfy { $0.depth <= 2 })
        let agencies = try run(["neighbors", graphML, "EncroChat", "--type", "agency", "--relation", "cracked_by"])
        #expect(agencies.stdout.contains("Franse politie") && !agencies.stdout.contains("Sky ECC"))
        let outgoing = try run(["neighbors", graphML, "Sky ECC", "--relation", "users_migrated_to", "--direction", "out"])
        #expect(outgoing.stdout.contains("0 neighbour(s)"))
        let incoming = try run(["neighbors", graphML, "Sky ECC", "--relation", "users_migrated_to", "--direction", "in"])
        #expect(incoming.stdout.contains("EncroChat"))
    }

    @Test func anUnknownNameGetsTheClosestMatches() throws {
        let result = try run(["neighbors", graphML, "Skyy ECC"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("no entity named 'Skyy ECC'") && result.stderr.contains("did you mean") && result.stderr.contains("platform.Sky_ECC"))
    }

    @Test func pathFindsTheShortestAndSaysWhenThereIsNone() throws {
        let path = try run(["path", graphML, "Karim B.", "onderzoeksrechter in Mechelen"])
        #expect(path.status == 0, "\(path.stderr)")
        #expect(path.stdout.hasPrefix("3 hop(s) from Karim B. (person) to onderzoeksrechter in Mechelen (agency)"))
        #expect(path.stdout.contains("Karim B. (person) ~co_occurs~ Antwerpen (city)"))
        let none = try run(["path", graphML, "Hilde Peeters", "Vlaardingen"])
        #expect(none.status == 1 && none.stderr.contains("no path between Hilde Peeters (person) and Vlaardingen (city)"))
        let filtered = try run(["path", graphML, "Karim B.", "Mechelen", "--relation", "cracked_by"])
        #expect(filtered.status == 1 && filtered.stderr.contains("with these filters"))
    }

    @Test func explainShowsEveryPieceOfEvidence() throws {
        let result = try run(["explain", graphJSON, "EncroChat", "Sky ECC"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("EncroChat (platform) -users_migrated_to-> Sky ECC (platform)"))
        #expect(result.stdout.contains("rule migrated-from-to-nl"))
        #expect(result.stdout.contains("examples/04-europe-english.txt#"))
        let hedged = try run(["explain", graphML, "Sky ECC", "Federale Computer Crime Unit"])
        #expect(hedged.stdout.contains("cracked_by") && hedged.stdout.contains("hedged"))
    }

    @Test func statsCountsAndRanks() throws {
        let result = try run(["stats", graphML, "--top", "3"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("entities by type: agency"))
        #expect(result.stdout.contains("top by degree:\nDEGREE  WEIGHTED  ENTITY\n"))
        #expect(result.stdout.contains("Sky ECC (platform)"))
    }

    @Test func subgraphWritesTheEgoNetworkInEveryFormat() throws {
        let graphml = try run(["subgraph", graphML, "Karim B.", "--depth", "1", "--format", "graphml"])
        #expect(graphml.status == 0 && graphml.stdout.contains(">Karim B.</data>") && graphml.stdout.contains(">Antwerpen</data>"))
        #expect(!graphml.stdout.contains(">Sky ECC</data>"))
        let svgPath = Self.built.folder.appendingPathComponent("karim.svg").path
        let svg = try run(["subgraph", graphJSON, "Karim B.", "--format", "svg", "--output", svgPath])
        if GraphvizRenderer.isAvailable || ProcessInfo.processInfo.environment["CI"] != nil {
            #expect(svg.status == 0, "\(svg.stderr)")
            #expect(try String(contentsOfFile: svgPath, encoding: .utf8).contains("Karim B."))
        }
    }

    /// Every query command gives the same output, byte for byte, from the GraphML and the SQLite file of
    /// one graph, for the seeds and the examples.
    @Test(arguments: ["examples", "seeds"])
    func sqliteAnswersAsGraphMLDoes(corpus: String) throws {
        let folder = try ExternalTool.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = corpus == "examples" ? RelGraphBinary.repository.appendingPathComponent("examples").path
            : RelGraphBinary.repository.deletingLastPathComponent().appendingPathComponent("shared/corpus/seeds").path
        let graphml = folder.appendingPathComponent("g.graphml").path, sqlite = folder.appendingPathComponent("g.sqlite").path
        for (format, path) in [("graphml", graphml), ("sqlite", sqlite)] {
            let build = try run(["build", input, "--format", format, "--output", path, "--quiet"])
            #expect(build.status == 0, "\(build.stderr)")
        }
        let stats = try run(["stats", graphml, "--top", "6", "--json"])
        struct Stats: Decodable { struct Ranked: Decodable { let id: String }; let topByDegree: [Ranked] }
        let top = try JSONDecoder().decode(Stats.self, from: Data(stats.stdout.utf8)).topByDegree.map(\.id)
        var questions: [[String]] = [["stats"], ["stats", "--top", "3", "--json"], ["neighbors", "Skyy ECC"], ["neighbors", "nobody"]]
        for (index, id) in top.enumerated() {
            let other = top[(index + 2) % top.count]
            questions += [["neighbors", id], ["neighbors", id, "--depth", "2", "--json"], ["neighbors", id, "--top", "2"],
                          ["neighbors", id, "--type", "agency", "--direction", "out"], ["explain", id, other], ["explain", id, other, "--json"],
                          ["path", id, other], ["path", id, other, "--relation", "co_occurs", "--json"],
                          ["subgraph", id, "--format", "json"], ["subgraph", id, "--depth", "2", "--format", "graphml", "--min-weight", "2"]]
        }
        for question in questions {
            let fromGraphML = try run([question[0], graphml] + question.dropFirst())
            let fromSQLite = try run([question[0], sqlite] + question.dropFirst())
            #expect(fromSQLite.status == fromGraphML.status, "\(question): \(fromSQLite.stderr)")
            #expect(fromSQLite.stdout == fromGraphML.stdout, "\(question)")
            #expect(fromSQLite.stderr.replacingOccurrences(of: sqlite, with: graphml) == fromGraphML.stderr, "\(question)")
        }
    }

    /// `merge` and `subgraph` write SQLite too, and `merge` reads it: the same graph comes back.
    @Test func mergeAndSubgraphWriteAndReadSQLite() throws {
        let folder = try ExternalTool.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let merged = folder.appendingPathComponent("merged.sqlite").path, back = folder.appendingPathComponent("back.graphml").path
        let merge = try run(["merge", graphML, "--format", "sqlite", "--output", merged])
        #expect(merge.status == 0, "\(merge.stderr)")
        let again = try run(["merge", merged, "--format", "graphml", "--output", back])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(try run(["stats", back, "--json"]).stdout == (try run(["stats", graphML, "--json"]).stdout))
        let sub = folder.appendingPathComponent("karim.sqlite").path
        let subgraph = try run(["subgraph", Self.built.sqlite, "Karim B.", "--format", "sqlite", "--output", sub])
        #expect(subgraph.status == 0, "\(subgraph.stderr)")
        #expect(try run(["neighbors", sub, "Karim B."]).stdout == (try run(["neighbors", graphML, "Karim B."]).stdout))
        let toStandardOutput = try run(["subgraph", graphML, "Karim B.", "--format", "sqlite"])
        #expect(toStandardOutput.status == 64 && toStandardOutput.stderr.contains("database file"))
    }

    @Test func searchFindsSentencesWithTheirEdges() throws {
        let phrase = try run(["search", Self.built.sqlite, "\"Sky ECC\""])
        #expect(phrase.status == 0, "\(phrase.stderr)")
        #expect(phrase.stdout.contains("sentence(s) match \"Sky ECC\"") && phrase.stdout.contains("examples/02-rotterdam-server.txt#0: De server van Sky ECC"))
        #expect(phrase.stdout.contains("    Sky ECC (platform) -seized_by-> Nederlandse autoriteiten (agency)  weight"))
        let json = try run(["search", Self.built.sqlite, "NEAR(server autoriteiten, 15)", "--json", "--top", "2"])
        struct Hit: Decodable { let document: String; let text: String; let entities: [String] }
        let hits = try JSONDecoder().decode([Hit].self, from: Data(json.stdout.utf8))
        #expect(!hits.isEmpty && hits.count <= 2 && hits.allSatisfy { $0.text.contains("server") && !$0.entities.isEmpty })
        let none = try run(["search", Self.built.sqlite, "\"Rotterdam Sky Vancouver Roubaix\""])
        #expect(none.status == 0 && none.stdout.hasPrefix("0 sentence(s) match"))
        let bad = try run(["search", Self.built.sqlite, "\"unclosed"])
        #expect(bad.status == 64 && bad.stderr.contains("is not a search relgraph understands"))
        let notSQLite = try run(["search", graphML, "Sky"])
        #expect(notSQLite.status == 64 && notSQLite.stderr.contains("--format sqlite"))
    }

    @Test func eachCommandsHelpExplainsWithAnExample() throws {
        for command in ["neighbors", "path", "explain", "stats", "subgraph", "search"] {
            let help = try run([command, "--help"]).stdout
            #expect(help.contains("Examples:") && help.contains("relgraph \(command) out/graph."), "\(command)")
        }
    }
}
