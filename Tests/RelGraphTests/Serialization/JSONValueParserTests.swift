import Foundation
import Testing
@testable import RelGraph

extension SerializationTests {
    /// The fast JSON parser gives what JSONDecoder gives, and leaves to it whatever it does not take.
    @Suite struct JSONValueParserTests {
        private static func parsed(_ text: String) -> JSONValue? {
            var text = text
            return text.withUTF8 { JSONValueParser.parse($0) }
        }

        private static func decoded(_ text: String) -> JSONValue? {
            try? JSONDecoder().decode(JSONValue.self, from: Data(text.utf8))
        }

        @Test(arguments: [
            #"{"a": 1, "b": [true, false, null], "c": {"d": "e"}}"#, "[]", "{}", " [ 1 , 2 ] ",
            "2.0", "1e2", "2.5", "-0", "-0.0", "1.0e0", "9223372036854775807", "9223372036854775808", "-12.5E-3",
            #""\u00e9\ud83d\ude00\n\t\"\\\/""#, "\"\u{FEFF}starts with a BOM\"", #""héllo wörld""#,
            #"[{"document": "a.txt", "sentence": 3, "text": "Zin."}]"#,
        ])
        func agreesWithJSONDecoder(_ text: String) {
            #expect(Self.parsed(text) != nil)
            #expect(Self.parsed(text) == Self.decoded(text))
        }

        @Test(arguments: [
            "", "[1,]", "{\"a\" 1}", "01", "1.", "1e", "1E400", "\"\\ud800\"", "\"\\ud800x\"", "\"\\x\"", "\"a\u{01}b\"",
            "[1] x", "tru", "\"open", String(repeating: "[", count: 600) + String(repeating: "]", count: 600),
        ])
        func leavesToJSONDecoderWhatItDoesNotTake(_ text: String) {
            #expect(Self.parsed(text) == nil)
        }
    }
}
