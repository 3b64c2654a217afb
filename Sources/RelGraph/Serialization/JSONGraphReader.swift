// Reads networkx node-link JSON (what JSONGraphWriter writes, and `networkx.node_link_data` output)
// into a Graph.
//
// Supported: `nodes[{id, label, type, aliases (array), mentions, …}]`, `edges` (or networkx's older
// `links`) `[{source, target, relation, weight, count, evidence (array of {document, sentence, text}),
// rule, …}]`, `graph {generator, inputs, parts [{source, part, of}]}`, `directed` (an undirected file's edges become `co_occurs`),
// `multigraph` edge `key`s equal to the relation (as JSONGraphWriter writes them); other scalar fields
// are kept as typed attributes. Not supported: other multigraph keys (kept as an attribute), nested
// values in other fields (refused), node ids that are not strings or integers.
import Foundation

/// Reads a node-link JSON graph file into a ``Graph``.
public struct JSONGraphReader: Sendable {
    /// Creates a reader.
    public init() {}

    /// The graph in the JSON file at `path`.
    public func read(contentsOf path: String) throws(GraphReadError) -> Graph {
        try GraphFile.requireReadable(path)
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path), options: .mappedIfSafe)
        } catch {
            throw GraphReadError(path: path, message: "cannot be read (\(error.localizedDescription))")
        }
        return try read(data, path: path)
    }

    /// The graph in `data`, the contents of the file `path` (which errors name).
    func read(_ data: Data, path: String) throws(GraphReadError) -> Graph {
        let parsed = data.withUnsafeBytes { JSONValueParser.parse($0.bindMemory(to: UInt8.self)) }
        let document: JSONValue
        do {
            // Whatever the fast parser does not take, JSONDecoder judges, with its own message.
            document = try parsed ?? JSONDecoder().decode(JSONValue.self, from: data)
        } catch {
            throw GraphReadError(path: path, message: "not valid JSON (\(Self.detail(of: error)))")
        }
        return try NodeLinkDocument(path: path).graph(from: document)
    }

    /// What the JSON decoder found wrong: the file is not JSON, or holds a value that no Swift type
    /// takes (a number out of range, a string with an unpaired surrogate), which fails as a type mismatch.
    private static func detail(of error: any Error) -> String {
        switch error {
        case DecodingError.dataCorrupted(let context):
            let underlying = context.underlyingError.flatMap { ($0 as NSError).userInfo[NSDebugDescriptionErrorKey] as? String }
            return [context.debugDescription, underlying].compactMap { $0 }.joined(separator: " ")
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
            let path = context.codingPath.map { $0.intValue.map(String.init) ?? $0.stringValue }.joined(separator: ".")
            return "a value no reader takes\(path.isEmpty ? "" : " in \(path)"): a number out of range, or a string with an unpaired surrogate?"
        default:
            return error.localizedDescription
        }
    }
}

/// A JSON value, with numbers that are integers kept apart from the others and booleans from both.
enum JSONValue: Decodable, Equatable {
    case string(String), int(Int), double(Double), boolean(Bool), array([JSONValue]), object([String: JSONValue]), null

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() { self = .null }
        else if let value = try? container.decode(Bool.self) { self = .boolean(value) }
        else if let value = try? container.decode(Int.self) { self = .int(value) }
        else if let value = try? container.decode(Double.self) { self = .double(value) }
        else if let value = try? container.decode(String.self) { self = .string(value) }
        else if let value = try? container.decode([JSONValue].self) { self = .array(value) }
        else { self = .object(try container.decode([String: JSONValue].self)) }
    }

    var string: String? {
        switch self {
        case .string(let text): text
        case .int(let number): String(number)
        default: nil
        }
    }

    /// The value as a piece of evidence, if it is a `{document, sentence, text}` object.
    var evidence: Evidence? {
        guard case .object(let fields) = self, case .string(let document)? = fields["document"],
              case .int(let sentence)? = fields["sentence"], case .string(let text)? = fields["text"] else { return nil }
        return Evidence(document: document, sentence: sentence, text: text)
    }

    /// The value as an attribute, if it is a scalar.
    var attribute: AttributeValue? {
        switch self {
        case .string(let text): .string(text)
        case .int(let number): .int(number)
        case .double(let number): .double(number)
        case .boolean(let flag): .boolean(flag)
        default: nil
        }
    }
}

private struct NodeLinkDocument {
    let path: String

    func fail(_ message: String) -> GraphReadError {
        GraphReadError(path: path, message: message)
    }

    func graph(from document: JSONValue) throws(GraphReadError) -> Graph {
        guard case .object(let root) = document else { throw fail("expected a JSON object with nodes and edges") }
        let directed = root["directed"] != .boolean(false)
        guard case .array(let nodeValues)? = root["nodes"] else { throw fail("expected a \"nodes\" array") }
        var nodes: [Node] = []
        var ids = Set<String>()
        for (index, value) in nodeValues.enumerated() {
            guard case .object(var fields) = value, let id = fields.removeValue(forKey: "id")?.string else {
                throw fail("node \(index) has no string or integer \"id\"")
            }
            guard ids.insert(id).inserted else { throw fail("two nodes have the id '\(id)'") }
            let label = fields.removeValue(forKey: "label")?.string ?? id
            if fields["name"]?.string == label { fields.removeValue(forKey: "name") }
            let typeName = fields.removeValue(forKey: "type")?.string ?? "entity"
            guard let type = EntityType(typeName) else { throw fail("node '\(id)' has the type '\(typeName)', which is not a lower-case identifier") }
            let aliases = try strings(fields.removeValue(forKey: "aliases"), what: "aliases of node '\(id)'")
            let mentions = fields.removeValue(forKey: "mentions").flatMap(integer) ?? 0
            nodes.append(Node(id: NodeID(rawValue: id), label: label, type: type, aliases: aliases, mentions: mentions,
                              attributes: try attributes(fields, of: "node '\(id)'")))
        }
        guard case .array(let edgeValues)? = root["edges"] ?? root["links"] else { throw fail("expected an \"edges\" array") }
        var edges: [Edge] = []
        for (index, value) in edgeValues.enumerated() {
            guard case .object(var fields) = value, let source = fields.removeValue(forKey: "source")?.string,
                  let target = fields.removeValue(forKey: "target")?.string else {
                throw fail("edge \(index) has no source and target")
            }
            for end in [source, target] where !ids.contains(end) {
                throw fail("edge \(index) refers to the node '\(end)', which the file does not have")
            }
            let relationName = fields.removeValue(forKey: "relation")?.string ?? RelationType.coOccurs.name
            guard let relation = RelationType(relationName) else { throw fail("edge \(index) has the relation '\(relationName)', which is not a lower-case identifier") }
            for field in ["label", "key"] where fields[field]?.string == relationName { fields.removeValue(forKey: field) }
            let weight = fields.removeValue(forKey: "weight").flatMap(number) ?? 1
            guard weight.isFinite else { throw fail("edge \(index) has the weight \(weight), which is not a finite number; give a number") }
            let count = fields.removeValue(forKey: "count").flatMap(integer) ?? 1
            let evidence = try evidenceList(fields.removeValue(forKey: "evidence"), edge: index)
            let rule = fields.removeValue(forKey: "rule")?.string
            let key = EdgeKey(source: NodeID(rawValue: source), relation: directed ? relation : .coOccurs, target: NodeID(rawValue: target))
            edges.append(Edge(key: key, weight: weight, count: count, evidence: evidence, rule: rule,
                              attributes: try attributes(fields, of: "edge \(index)")))
        }
        var metadata = GraphMetadata(generator: "", inputs: [])
        if case .object(let graphFields)? = root["graph"] {
            metadata = GraphMetadata(generator: graphFields["generator"]?.string ?? "",
                                     inputs: try strings(graphFields["inputs"], what: "graph inputs"),
                                     parts: try parts(graphFields["parts"]))
        }
        return Graph.summingParallelEdges(nodes: nodes, edges: edges, metadata: metadata)
    }

    private func strings(_ value: JSONValue?, what: String) throws(GraphReadError) -> [String] {
        guard let value else { return [] }
        guard case .array(let items) = value else { throw fail("the \(what) are not an array") }
        var result: [String] = []
        for item in items {
            guard case .string(let text) = item else { throw fail("the \(what) hold a value that is not a string") }
            result.append(text)
        }
        return result
    }

    /// The parts of split inputs the graph holds (`[{source, part, of}]`).
    private func parts(_ value: JSONValue?) throws(GraphReadError) -> [SourcePart] {
        guard let value else { return [] }
        guard case .array(let items) = value else { throw fail("the graph's parts are not an array") }
        var result: [SourcePart] = []
        for item in items {
            guard case .object(let fields) = item, case .string(let source)? = fields["source"], case .int(let index)? = fields["part"],
                  case .int(let count)? = fields["of"], let part = SourcePart(source: source, index: index, count: count) else {
                throw fail("the graph's parts hold an item that is not {\"source\": NAME, \"part\": K, \"of\": N} with 1 ≤ K ≤ N")
            }
            result.append(part)
        }
        return result
    }

    private func evidenceList(_ value: JSONValue?, edge: Int) throws(GraphReadError) -> [Evidence] {
        guard let value else { return [] }
        guard case .array(let items) = value else { throw fail("the evidence of edge \(edge) is not an array") }
        var result: [Evidence] = []
        for item in items {
            guard let evidence = item.evidence else {
                throw fail("the evidence of edge \(edge) holds an item without document, sentence and text")
            }
            result.append(evidence)
        }
        return result
    }

    private func attributes(_ fields: [String: JSONValue], of owner: String) throws(GraphReadError) -> [String: AttributeValue] {
        var result: [String: AttributeValue] = [:]
        for (name, value) in fields where value != .null {
            guard let attribute = value.attribute else { throw fail("the field '\(name)' of \(owner) is not a string, number or boolean") }
            result[name] = attribute
        }
        return result
    }

    private func integer(_ value: JSONValue) -> Int? {
        switch value {
        case .int(let number): number
        case .double(let number) where number == number.rounded() && abs(number) < 9e15: Int(number)
        default: nil
        }
    }

    private func number(_ value: JSONValue) -> Double? {
        switch value {
        case .int(let number): Double(number)
        case .double(let number): number
        default: nil
        }
    }
}
