import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
@testable import RelGraph

/// Helpers for the rendering tests: when Graphviz tests run, DOT quoting, and reading the text of an SVG.
enum RenderingTestSupport {
    /// Whether tests that need Graphviz should run: it is installed, or this is CI (where a missing Graphviz
    /// must fail the run rather than skip it silently).
    static var shouldRunGraphviz: Bool {
        GraphvizRenderer.isAvailable || ProcessInfo.processInfo.environment["CI"] != nil
    }

    /// `text` as a quoted DOT string whose label shows `text` literally: Graphviz reads `\` escapes and
    /// HTML entities in labels, so `\` and `&` are escaped as well as `"`.
    static func quoted(_ text: String) -> String {
        var result = "\""
        for character in text {
            switch character {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            case "&": result += "&amp;"
            default: result.append(character)
            }
        }
        return result + "\""
    }

    /// The text of every `<text>` element of `svg`, in document order; nil if `svg` is not well-formed XML.
    static func texts(inSVG svg: Data) -> [String]? {
        let collector = TextCollector()
        let parser = XMLParser(data: svg)
        parser.delegate = collector
        return parser.parse() ? collector.texts : nil
    }

    /// Gathers the character data of `<text>` elements; entity references arrive as separate chunks.
    private final class TextCollector: NSObject, XMLParserDelegate {
        var texts: [String] = []
        private var current: String?

        func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                    qualifiedName: String?, attributes: [String: String] = [:]) {
            if elementName == "text" { current = "" }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            current? += string
        }

        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
                    qualifiedName: String?) {
            if elementName == "text", let text = current {
                texts.append(text)
                current = nil
            }
        }
    }
}
