import Foundation
import Testing
@testable import RelGraph

/// A long document is recognized in blocks, and its later blocks recognized again in pass 2 rather than
/// kept from pass 1 (issue 11): neither may change what the analysis finds.
@Suite struct DocumentBlockTests {
    /// The project's own articles as one document: people named in full in one article and by surname
    /// or initial in another, relations, nested places.
    static let text: String = {
        let folders = ["examples", "Benchmarks/heldout/texts", "Benchmarks/devset2/texts"]
        return folders.flatMap { folder -> [String] in
            let url = RelGraphBinary.repository.appendingPathComponent(folder)
            let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
            return names.sorted().filter { $0.hasSuffix(".txt") || $0.hasSuffix(".md") }.compactMap {
                try? String(contentsOf: url.appendingPathComponent($0), encoding: .utf8)
            }
        }.joined(separator: "\n\n")
    }()

    @Test(arguments: [(length: 1, retained: 0), (length: 300, retained: 2_000), (length: 4_096, retained: 50_000)])
    func smallBlocksFindWhatOneBlockFinds(length: Int, retained: Int) throws {
        #expect(Self.text.utf8.count > 30_000, "the articles were not found")
        let rules = try RuleSet.builtIn()
        let document = Document(identifier: "all.txt", text: Self.text)
        let whole = DocumentAnalyzer(rules: rules).analyze(document)
        let blocked = DocumentAnalyzer(rules: rules, initials: .merge,
                                       blocking: DocumentAnalyzer.Blocking(length: length, retained: retained)).analyze(document)
        #expect(whole.sentences.count == blocked.sentences.count)
        #expect(whole.sentences.flatMap(\.mentions).count > 500)
        for (one, other) in zip(whole.sentences, blocked.sentences) {
            #expect(one.mentions == other.mentions, "sentence \(one.index): \(one.text)")
            #expect(one.relations == other.relations, "sentence \(one.index): \(one.text)")
        }
    }
}
