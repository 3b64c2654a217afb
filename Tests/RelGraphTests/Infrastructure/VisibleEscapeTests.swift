import Testing
@testable import RelGraph

/// Text from the data reaches a terminal with every character that would act on it (carriage return,
/// ESC sequences, C1 controls, bidirectional overrides) written as a visible escape.
@Suite struct VisibleEscapeTests {
    @Test(arguments: [
        ("Sky ECC", "Sky ECC"),
        ("row\rforged", "row\\u{D}forged"),
        ("\u{1B}[31mred\u{1B}[0m", "\\u{1B}[31mred\\u{1B}[0m"),
        ("a\nb\tc", "a\\u{A}b\\u{9}c"),
        ("del\u{7F} c1\u{85}\u{9B}", "del\\u{7F} c1\\u{85}\\u{9B}"),
        ("txt.\u{202E}exe\u{2066}", "txt.\\u{202E}exe\\u{2066}"),
        ("Frédéric 🛰️ \u{FFFD}", "Frédéric 🛰️ \u{FFFD}"),
    ])
    func controlCharactersBecomeVisible(text: String, shown: String) {
        #expect(text.visiblyEscaped == shown)
    }

    @Test func aNameIsFoundAlikeWithTheControlCharacterOrTheReplacementGraphMLWrites() {
        #expect(NameFolding.key("Sky\u{1B}ECC") == NameFolding.key("Sky\u{FFFD}ECC"))
        #expect(NameFolding.key("a\u{0}b\u{FFFE}") == NameFolding.key("A\u{FFFD}B\u{FFFD}"))
        #expect(NameFolding.key("Sky\u{1B}ECC") != NameFolding.key("SkyECC"))
    }
}
