import Testing
@testable import RelGraph

extension SerializationTests {
    /// Labels longer than Graphviz's lexer takes in one piece are cut into `"…" + "…"`: never inside an
    /// escape, whatever the run of backslashes (a label of backslashes once walked the cut below 0).
    @Suite struct DOTStringSplitTests {
        @Test(arguments: [8_001, 8_000, 16_001, 20_000, 40_000])
        func aRunOfBackslashesIsCutBetweenEscapes(count: Int) {
            for label in [String(repeating: "\\", count: count), "x" + String(repeating: "\\", count: count) + "\"",
                          String(repeating: "é\\", count: count / 2)] {
                var buffer = TextBuffer()
                buffer.appendDOTString(label, asLabel: true)
                var sink = FileSink()
                buffer.flush(to: &sink, force: true)
                let text = String(decoding: sink.collected, as: UTF8.self)
                let pieces = text.dropFirst().dropLast().components(separatedBy: "\" + \"")
                #expect(pieces.allSatisfy { $0.utf8.count <= TextBuffer.dotPieceSize })
                // Each piece is whole escapes: an even run of backslashes before every quote and at its end.
                #expect(pieces.allSatisfy { (Array($0.utf8).reversed().prefix { $0 == UInt8(ascii: "\\") }.count).isMultiple(of: 2) })
                #expect(pieces.joined() == Self.escaped(label))
            }
        }

        /// `label` escaped for a DOT label: `\` and `"` with a backslash (nothing else occurs in the tests).
        private static func escaped(_ label: String) -> String {
            label.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
        }
    }
}
