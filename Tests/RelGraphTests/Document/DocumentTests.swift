import Foundation
import Testing
@testable import RelGraph

@Suite struct DocumentTests {
    @Test func aLeadingDateMarkerBecomesTheDateAndLeavesTheText() {
        let document = Document(identifier: "a.txt", bytes: Array(" date 2021-03 De politie viel binnen.".utf8))
        #expect(document.date == "2021-03")
        #expect(document.text == "De politie viel binnen.")
        #expect(Document(identifier: "b.txt", bytes: Array("Een update over de date 2021-03.".utf8)).date == nil)
    }

    @Test func invalidUTF8IsReplacedAndCounted() {
        let bytes: [UInt8] = Array("Sky ".utf8) + [0xFF, 0xC3] + Array(" ECC".utf8) + [0xE2, 0x82]
        let document = Document(identifier: "bad.txt", bytes: bytes)
        #expect(document.invalidSequences == 3)
        #expect(document.text == "Sky \u{FFFD}\u{FFFD} ECC\u{FFFD}")
    }

    @Test func charactersXMLCannotCarryAreReplaced() {
        let document = Document(identifier: "ctl.txt", bytes: Array("a\u{0}b\u{1B}c\td\u{FFFE}".utf8))
        #expect(document.text == "a\u{FFFD}b\u{FFFD}c\td\u{FFFD}")
        #expect(document.invalidSequences == 0)
    }
}

@Suite struct DocumentLoaderTests {
    private func makeTree() throws -> URL {
        let root = try ExternalTool.temporaryDirectory()
        let nested = root.appendingPathComponent("b/deeper", isDirectory: true)
        try FileManager.default.createDirectory(at: nested, withIntermediateDirectories: true)
        for (path, text) in [("z.txt", "Z"), ("a.md", "A"), ("b/deeper/c.TXT", "C"), ("b/skip.json", "{}"), (".hidden.txt", "H")] {
            try Data(text.utf8).write(to: root.appendingPathComponent(path))
        }
        return root
    }

    @Test func foldersAreReadRecursivelyForTextAndMarkdownInPathOrder() throws {
        let root = try makeTree()
        defer { try? FileManager.default.removeItem(at: root) }
        let paths = try DocumentLoader().documentPaths(for: [root.path])
        #expect(paths == ["a.md", "b/deeper/c.TXT", "z.txt"].map { root.path + "/" + $0 })
    }

    @Test func theOrderOfTheInputsDoesNotMatter() throws {
        let root = try makeTree()
        defer { try? FileManager.default.removeItem(at: root) }
        let a = root.path + "/a.md", z = root.path + "/z.txt"
        #expect(try DocumentLoader().documentPaths(for: [z, a, z]) == DocumentLoader().documentPaths(for: [a, z]))
    }

    @Test func missingPathsAndEmptyFoldersAreRefusedWithTheirName() throws {
        let root = try ExternalTool.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(throws: DocumentError.notFound(path: "/no/such/notes")) {
            try DocumentLoader().documentPaths(for: ["/no/such/notes"])
        }
        #expect(throws: DocumentError.noDocuments(folder: root.path)) {
            try DocumentLoader().documentPaths(for: [root.path])
        }
        #expect(DocumentError.notFound(path: "x.txt").localizedDescription.contains("x.txt"))
    }
}
