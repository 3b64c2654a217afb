import Foundation
import Testing
@testable import RelGraph

@Suite struct MessageDumpTests {
    private func write(_ text: String, as name: String) throws -> (folder: URL, path: String) {
        let folder = try ExternalTool.temporaryDirectory()
        let path = folder.appendingPathComponent(name).path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return (folder, path)
    }

    @Test func jsonLinesAreMessagesAndAMalformedRecordIsSkippedWithItsLine() throws {
        let (folder, path) = try write("""
        {"id": "m1", "date": "2021-02-10", "from": "vlinder77", "text": "Zending via Antwerpen, praat op Sky ECC."}
        {"id": "m2", "date": "2021-02-12", "from": "vlinder77", "meta": {"x": [1, "}"]}, "text": "Europol leest mee \\u00e9n \\"niemand\\" weet het."}
        {"id": "m3", "text": unquoted}

        {"id": "m4", "date": "2021-03-01", "from": "kaasboer", "text": "Alles via Antwerpen."}
        """, as: "day.jsonl")
        defer { try? FileManager.default.removeItem(at: folder) }
        let loader = DocumentLoader(fields: MessageFields(sender: "from"))
        let dump = try loader.messages(in: path)
        #expect(dump.documents.map(\.identifier) == ["\(path)#m1", "\(path)#m2", "\(path)#m4"])
        #expect(dump.documents[1].text == "Europol leest mee én \"niemand\" weet het.")
        #expect(dump.documents[0].date == "2021-02-10" && dump.documents[0].sender == "vlinder77")
        #expect(dump.skipped.map(\.location) == ["\(path):3"])
    }

    @Test func escapesDecodeToTheirCharactersAndABadOneSkipsTheRecord() throws {
        let (folder, path) = try write("""
        {"id": "a", "text": "Li\\u00E8ge, \\ud83d\\udcf1 op Sky ECC\\n\\u0041\\/B"}
        {"id": "b", "text": "lone \\udcf1 low"}
        {"id": "c", "text": "not hex \\u00g9"}
        {"id": "d", "text": "sign \\u+0e9"}
        """, as: "escapes.jsonl")
        defer { try? FileManager.default.removeItem(at: folder) }
        let dump = try DocumentLoader().messages(in: path)
        #expect(dump.documents.map(\.text) == ["Li\u{E8}ge, \u{1F4F1} op Sky ECC\nA/B", "lone \u{FFFD} low"])
        #expect(dump.skipped.map(\.location) == ["\(path):3", "\(path):4"])
    }

    @Test func sendersBecomeAccountsThatMentionWhatTheirMessagesName() throws {
        let (folder, path) = try write("""
        {"id": "m1", "date": "2021-02-10", "from": "vlinder77", "text": "Zending via Antwerpen, praat op Sky ECC."}
        {"id": "m2", "date": "2021-03-02", "from": "vlinder77", "text": "Weer Antwerpen."}
        {"id": "m3", "date": "2021-01-05", "from": "kaasboer", "text": "Antwerpen is te heet."}
        """, as: "day.jsonl")
        defer { try? FileManager.default.removeItem(at: folder) }
        let pipeline = Pipeline(rules: try TestRules.rules())
        let (graph, tally) = try pipeline.run(inputs: [path], loader: DocumentLoader(fields: MessageFields(sender: "from")), diagnostics: { _ in })
        #expect(tally.documents == 3 && tally.skipped == 0)
        let mentions = graph.edges.filter { $0.relation == .mentions }
        let vlinder = try #require(mentions.first { $0.source == NodeID(type: .account, name: "vlinder77") && $0.target == NodeID(type: .city, name: "Antwerpen") })
        #expect(vlinder.weight == 2)
        #expect(vlinder.attributes["first_seen"] == .string("2021-02-10") && vlinder.attributes["last_seen"] == .string("2021-03-02"))
        #expect(graph.node(NodeID(type: .account, name: "kaasboer"))?.type == .account)
        let cooccurs = try #require(graph.edges.first { $0.relation == .coOccurs })
        #expect(cooccurs.evidence.first?.document == "\(path)#m1")
    }

    @Test func csvRecordsMayQuoteCommasQuotesAndLineBreaks() throws {
        let (folder, path) = try write("""
        id,when,text
        1,2021-03-09,"Sky ECC, zegt men, is ""veilig""."
        2,2021-03-09,"Eerste regel
        tweede regel over Europol"
        3,2021-03-09,"kapot"veld
        """, as: "export.csv")
        defer { try? FileManager.default.removeItem(at: folder) }
        let dump = try DocumentLoader(fields: MessageFields(date: "when")).messages(in: path)
        #expect(dump.documents.map(\.text) == ["Sky ECC, zegt men, is \"veilig\".", "Eerste regel\ntweede regel over Europol"])
        #expect(dump.documents.first?.date == "2021-03-09")
        #expect(dump.skipped.map(\.location) == ["\(path):5"])
    }

    @Test func aCSVWithoutTheTextColumnSaysWhichColumnsItHas() throws {
        let (folder, path) = try write("id,body\n1,Hallo\n", as: "x.csv")
        defer { try? FileManager.default.removeItem(at: folder) }
        let dump = try DocumentLoader().messages(in: path)
        #expect(dump.documents.isEmpty && dump.skipped.first?.message.contains("--text-field") == true)
    }
}
