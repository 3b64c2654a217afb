import Foundation
import Testing
@testable import RelGraph

@Suite struct RulesCommandTests {
    private static let rules = """
    entities:
      - {name: Nordic Crime Bureau, type: agency, aliases: [NCB]}
      - {name: Liv Tamsen, type: person}
      - {name: Sky ECC, type: platform}
    relation_patterns:
      - id: person-paren-agency
        relation: works_for
        pattern: '{source:person} "(" {target:agency} ")"'
      - id: seized-by
        relation: seized_by
        pattern: "{source:platform} … in beslag genomen door {target:agency}"
    """

    /// A folder holding `rules.yaml`.
    private func folder() throws -> URL {
        let folder = try ExternalTool.temporaryDirectory()
        try Self.rules.write(to: folder.appendingPathComponent("rules.yaml"), atomically: false, encoding: .utf8)
        return folder
    }

    @Test func tryPrintsTokensEntitiesRelationsAndTheClosestMisses() throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try RelGraphBinary.run(["rules", "--no-default-rules", "--rules", "rules.yaml", "--try",
                                             "Liv Tamsen (NCB) zag hoe Sky ECC in beslag werd genomen."], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == """
            sentence 1: Liv Tamsen (NCB) zag hoe Sky ECC in beslag werd genomen.
              tokens: {person: Liv Tamsen} ( {agency: NCB} ) zag hoe {platform: Sky ECC} in beslag werd genomen .
              entities:
                Liv Tamsen (person) ← gazetteer entry Liv Tamsen (rules.yaml:3:5)
                "NCB" → Nordic Crime Bureau (agency) ← gazetteer entry Nordic Crime Bureau (rules.yaml:2:5)
                Sky ECC (platform) ← gazetteer entry Sky ECC (rules.yaml:4:5)
              relations:
                Liv Tamsen -works_for-> Nordic Crime Bureau ← relation pattern person-paren-agency (rules.yaml:6:5)
              closest without a match:
                relation pattern seized-by (rules.yaml:9:5): {source:platform} … in beslag genomen door {target:agency}
                  4 of 7 elements: took `{platform: Sky ECC} in beslag`; then `werd` does not match `genomen`

            """)
    }

    @Test func tryReadsAFileAndWritesJSON() throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try "Sky ECC werd in beslag genomen door NCB.".write(to: folder.appendingPathComponent("a.txt"), atomically: false, encoding: .utf8)
        let result = try RelGraphBinary.run(["rules", "--no-default-rules", "--rules", "rules.yaml", "--try-file", "a.txt", "--json"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        let sentences = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        let relation = try #require((sentences.first?["relations"] as? [[String: Any]])?.first)
        #expect(relation["relation"] as? String == "seized_by" && relation["target"] as? String == "Nordic Crime Bureau")
        #expect((relation["rule"] as? [String: Any])?["location"] as? String == "rules.yaml:9:5")
    }

    @Test func checkWarnsAboutAPatternThatCanNeverMatchAndStillSucceeds() throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try """
        relation_patterns:
          - {id: adj, relation: works_for, pattern: "{source:person.adj} bij {target:agency}"}
        """.write(to: folder.appendingPathComponent("bad.yaml"), atomically: false, encoding: .utf8)
        let result = try RelGraphBinary.run(["rules", "--no-default-rules", "--rules", "rules.yaml", "--check", "bad.yaml"], in: folder)
        #expect(result.status == 0 && result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix("relgraph: warning: bad.yaml:2:46: the slot {source:person.adj} can never be filled"), "\(result.stderr)")
        #expect(result.stderr.contains("bad.yaml: OK with 1 warning(s)"))
    }

    @Test func tryAndCheckTogetherAndTrialOptionsAloneAreUsageErrors() throws {
        for arguments in [["--check", "rules.yaml", "--try", "x"], ["--json"], ["--try", "x", "--try-file", "a.txt"]] {
            let folder = try folder()
            defer { try? FileManager.default.removeItem(at: folder) }
            let result = try RelGraphBinary.run(["rules"] + arguments, in: folder)
            #expect(result.status == 64, "\(arguments): \(result.stderr)")
        }
    }
}
