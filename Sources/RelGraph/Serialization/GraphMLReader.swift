// Reads GraphML (http://graphml.graphdrawing.org/) into a Graph: relgraph's own files and reasonable
// files from networkx, igraph and Gephi.
//
// Supported: `<key>`s with `attr.type` string, int, long, float, double, boolean (read first; a
// `<data>` whose key was not declared is refused); node data `label` (or, failing that, `name`), `type`,
// `aliases` (a JSON array string), `mentions`; edge data `relation` (default `co_occurs`), `weight`
// (default 1), `count` (default 1), `evidence` (a JSON array string), `rule`; any other declared data
// kept as typed attributes; the `<desc>` relgraph writes, for the generator and the inputs. Data of a
// yFiles key (`yfiles.type="nodegraphics"` and the like, as in relgraph's yEd flavour and yEd's own files)
// is skipped whole: the graph is the same as from plain GraphML.
// Not supported: several graphs in one file (the first is read), nested graphs, hyperedges, ports,
// key defaults, an input path containing ", " in the `<desc>` (use JSON for such graphs). A document
// that declares DTD entities is refused: nothing is ever resolved from an external entity.
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Reads a GraphML file into a ``Graph``, streaming it from disk.
public struct GraphMLReader: Sendable {
    /// Creates a reader.
    public init() {}

    /// The graph in the GraphML file at `path`.
    public func read(contentsOf path: String) throws(GraphReadError) -> Graph {
        try GraphFile.requireReadable(path)
        try Self.refuse(XMLProlog.finding(inFileAt: path), path: path)
        guard let parser = XMLParser(contentsOf: URL(fileURLWithPath: path)) else {
            throw GraphReadError(path: path, message: "cannot be opened")
        }
        return try read(with: parser, path: path)
    }

    /// The graph in `data`, the contents of the file `path` (which errors name).
    func read(_ data: Data, path: String) throws(GraphReadError) -> Graph {
        try Self.refuse(data.withUnsafeBytes { XMLProlog.finding(in: $0.bindMemory(to: UInt8.self)) }, path: path)
        return try read(with: XMLParser(data: data), path: path)
    }

    /// Throws what `finding`, the prolog's, says must be refused.
    private static func refuse(_ finding: XMLProlog.Finding?, path: String) throws(GraphReadError) {
        switch finding {
        case .entityDeclaration(let line):
            throw GraphReadError(path: path, line: line, message: "the document declares a DTD entity; entities are never read (an external one could read any file)")
        case .wideEncoding:
            throw GraphReadError(path: path, message: "the file is in UTF-16 or UTF-32; save it as UTF-8 (relgraph reads GraphML in UTF-8)")
        case .unscannedEncoding(let encoding):
            throw GraphReadError(path: path, message: "the file declares the encoding \(encoding.visiblyEscaped), which relgraph does not read; convert it to UTF-8 (iconv -f \(encoding.visiblyEscaped) -t UTF-8) and declare encoding=\"UTF-8\"")
        case .noRootElement:
            throw GraphReadError(path: path, message: "holds no XML element, so no <graphml>; give a .graphml file written by relgraph build")
        case nil:
            break
        }
    }

    private func read(with parser: XMLParser, path: String) throws(GraphReadError) -> Graph {
        let delegate = GraphMLParsing(path: path)
        parser.delegate = delegate
        parser.shouldResolveExternalEntities = false
        parser.shouldProcessNamespaces = false
        let parsed = parser.parse()
        if let error = delegate.error { throw error }
        guard parsed else {
            throw GraphReadError(path: path, line: parser.lineNumber, message: "not well-formed GraphML (\(Self.describe(parser.parserError)))")
        }
        guard delegate.isComplete else {
            throw GraphReadError(path: path, line: parser.lineNumber, message: "the file ends before </graphml>: it was cut short")
        }
        return try delegate.graph()
    }

    /// What the XML parser found wrong, in words ("tag name mismatch") rather than an error number.
    private static func describe(_ error: (any Error)?) -> String {
        guard let error, let code = XMLParser.ErrorCode(rawValue: (error as NSError).code) else { return "malformed XML" }
        let name = "\(code)".replacingOccurrences(of: "Error", with: "")
        return name.reduce(into: "") { words, character in
            words += character.isUppercase ? " " + character.lowercased() : String(character)
        }
    }
}

/// The parser's delegate: collects keys, nodes and edges as they stream by.
private final class GraphMLParsing: NSObject, XMLParserDelegate {
    private struct Key {
        let name: String
        let type: String
        /// Whether the key holds yFiles graphics (it has a `yfiles.type`), which are not read.
        let isGraphics: Bool
    }

    private struct Element {
        let id: String
        var data: [String: AttributeValue] = [:]
        var source = "", target = ""
    }

    let path: String
    private(set) var error: GraphReadError?
    private var keys: [String: Key] = [:]
    private var nodes: [Element] = []
    private var edges: [Element] = []
    private var current: Element?
    private var dataKey: String?
    private var text = ""
    private var inDescription = false
    private var graphDescription = ""
    private var graphDepth = 0
    private var directed = true
    /// Whether `</graphml>` was seen.
    private(set) var isComplete = false
    /// Whether the root element was seen.
    private var sawRoot = false

    init(path: String) {
        self.path = path
    }

    private func fail(_ parser: XMLParser, _ message: String) {
        guard error == nil else { return }
        error = GraphReadError(path: path, line: parser.lineNumber, message: message)
        parser.abortParsing()
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        if !sawRoot {
            sawRoot = true
            guard name == "graphml" else { return fail(parser, "not GraphML: the root element is <\(name)>, not <graphml>") }
        }
        switch name {
        case "key":
            guard let id = attributes["id"] else { return fail(parser, "a <key> without an id") }
            keys[id] = Key(name: attributes["attr.name"] ?? id, type: attributes["attr.type"] ?? "string",
                           isGraphics: attributes["yfiles.type"] != nil)
        case "graph":
            graphDepth += 1
            if graphDepth > 1 { return fail(parser, "nested graphs are not supported") }
            directed = attributes["edgedefault"] != "undirected"
        case "desc" where graphDepth == 1 && current == nil:
            inDescription = true
        case "node":
            guard let id = attributes["id"] else { return fail(parser, "a <node> without an id") }
            current = Element(id: id)
        case "edge":
            guard let source = attributes["source"], let target = attributes["target"] else {
                return fail(parser, "an <edge> without source or target")
            }
            current = Element(id: attributes["id"] ?? "", source: source, target: target)
        case "data":
            guard let key = attributes["key"] else { return fail(parser, "a <data> without a key") }
            guard keys[key] != nil else {
                return fail(parser, "<data key=\"\(key)\"> refers to a key that no <key> declares (keys must be declared before the graph)")
            }
            dataKey = key
            text = ""
        case "hyperedge", "port":
            fail(parser, "<\(name)> is not supported")
        default:
            break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if dataKey != nil { text += string } else if inDescription { graphDescription += string }
    }

    func parser(_ parser: XMLParser, foundCDATA block: Data) {
        let string = String(decoding: block, as: UTF8.self)
        if dataKey != nil { text += string } else if inDescription { graphDescription += string }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        switch name {
        case "data":
            guard let key = dataKey.flatMap({ keys[$0] }) else { return }
            dataKey = nil
            guard current != nil, !key.isGraphics else { return }  // graph-level data, graphics: nothing relgraph keeps
            guard let value = Self.value(text, type: key.type) else {
                return fail(parser, "'\(text)' is not a valid \(key.type) for '\(key.name)'")
            }
            current?.data[key.name] = value
        case "node":
            if let node = current { nodes.append(node) }
            current = nil
        case "edge":
            if let edge = current { edges.append(edge) }
            current = nil
        case "desc":
            inDescription = false
        case "graph":
            graphDepth -= 1
        case "graphml":
            isComplete = true
        default:
            break
        }
    }

    private static func value(_ text: String, type: String) -> AttributeValue? {
        // Only numbers and booleans are trimmed: a string (a label, a long evidence array) is kept as it is.
        var trimmed: String { text.trimmingCharacters(in: .whitespacesAndNewlines) }
        switch type {
        case "int", "long": return Int(trimmed).map(AttributeValue.int)
        case "float", "double":
            switch trimmed {
            case "NaN": return .double(.nan)
            case "INF": return .double(.infinity)
            case "-INF": return .double(-.infinity)
            default: return Double(trimmed).map(AttributeValue.double)
            }
        case "boolean":
            switch trimmed.lowercased() {
            case "true", "1": return .boolean(true)
            case "false", "0": return .boolean(false)
            default: return nil
            }
        default: return .string(text)
        }
    }

    /// The graph the file describes.
    func graph() throws(GraphReadError) -> Graph {
        var graphNodes: [Node] = []
        var ids = Set<String>()
        for element in nodes {
            guard ids.insert(element.id).inserted else {
                throw GraphReadError(path: path, message: "two nodes have the id '\(element.id)'")
            }
            var data = element.data
            let label = data.removeValue(forKey: "label")?.text ?? data["name"]?.text ?? element.id
            if data["name"]?.text == label { data.removeValue(forKey: "name") }
            let typeName = data.removeValue(forKey: "type")?.text ?? "entity"
            guard let type = EntityType(typeName) else {
                throw GraphReadError(path: path, message: "node '\(element.id)' has the type '\(typeName)', which is not a lower-case identifier")
            }
            let aliases = try data.removeValue(forKey: "aliases").map { value throws(GraphReadError) in
                try JSONText.strings(value.text, path: path, what: "aliases of node '\(element.id)'")
            } ?? []
            let mentions = data.removeValue(forKey: "mentions").flatMap(Self.integer) ?? 0
            graphNodes.append(Node(id: NodeID(rawValue: element.id), label: label, type: type, aliases: aliases,
                                   mentions: mentions, attributes: data))
        }
        var graphEdges: [Edge] = []
        for element in edges {
            for end in [element.source, element.target] where !ids.contains(end) {
                throw GraphReadError(path: path, message: "edge '\(element.id)' refers to the node '\(end)', which the file does not have")
            }
            var data = element.data
            let relationName = data.removeValue(forKey: "relation")?.text ?? RelationType.coOccurs.name
            guard let relation = RelationType(relationName) else {
                throw GraphReadError(path: path, message: "edge '\(element.id)' has the relation '\(relationName)', which is not a lower-case identifier")
            }
            if data["label"]?.text == relationName { data.removeValue(forKey: "label") }
            let weight = data.removeValue(forKey: "weight").flatMap(Self.number) ?? 1
            guard weight.isFinite else {
                throw GraphReadError(path: path, message: "edge '\(element.id)' has the weight \(weight), which is not a finite number; give a number")
            }
            let count = data.removeValue(forKey: "count").flatMap(Self.integer) ?? 1
            let evidence = try data.removeValue(forKey: "evidence").map { value throws(GraphReadError) in
                try JSONText.evidence(value.text, path: path, what: "evidence of edge '\(element.id)'")
            } ?? []
            let rule = data.removeValue(forKey: "rule")?.text
            let key = EdgeKey(source: NodeID(rawValue: element.source),
                              relation: directed ? relation : .coOccurs, target: NodeID(rawValue: element.target))
            graphEdges.append(Edge(key: key, weight: weight, count: count, evidence: evidence, rule: rule, attributes: data))
        }
        return Graph.summingParallelEdges(nodes: graphNodes, edges: graphEdges, metadata: Self.metadata(from: graphDescription))
    }

    private static func integer(_ value: AttributeValue) -> Int? {
        switch value {
        case .int(let number): number
        case .double(let number) where number == number.rounded() && abs(number) < 9e15: Int(number)
        case .string(let text): Int(text)
        default: nil
        }
    }

    private static func number(_ value: AttributeValue) -> Double? {
        switch value {
        case .int(let number): Double(number)
        case .double(let number): number
        case .string(let text): Double(text)
        default: nil
        }
    }

    /// The generator and inputs of relgraph's `<desc>` ("relgraph 0.1.0; inputs: a.txt, b.txt"), taken as
    /// they are: an input may end in white space. The separators are found among scalars, not characters,
    /// since an input that starts with a combining mark joins the space before it into one character.
    private static func metadata(from text: String) -> GraphMetadata {
        let scalars = text.unicodeScalars
        guard let marker = scalars.firstRange(of: "; inputs: ".unicodeScalars) else {
            return GraphMetadata(generator: text, inputs: [])
        }
        return GraphMetadata(
            generator: String(scalars[..<marker.lowerBound]),
            inputs: scalars[marker.upperBound...].split(separator: ", ".unicodeScalars, omittingEmptySubsequences: false)
                .map { String($0) })
    }
}
