// The `<key>` declarations of a GraphML file: one per (attribute name, scope), typed, with ids named
// after the attribute, as GraphMLWriter writes them; in the yEd flavour also the two yFiles graphics keys.

/// A GraphML `attr.type`; `long`, `float` are never used (yEd refuses `long`).
enum GraphMLType: String, Sendable {
    case string, int, double, boolean

    /// The type of one value: `int` only when it fits the 32 bits of XML Schema's `int`, else `double`.
    init(_ value: AttributeValue) {
        switch value {
        case .string: self = .string
        case .int(let number): self = Int(Int32.min)...Int(Int32.max) ~= number ? .int : .double
        case .double: self = .double
        case .boolean: self = .boolean
        }
    }

    /// The narrowest type that holds values of both `self` and `other`: `int` and `double` widen to
    /// `double`; anything else mixed widens to `string`.
    func widened(with other: GraphMLType) -> GraphMLType {
        switch (self, other) {
        case _ where self == other: self
        case (.int, .double), (.double, .int): .double
        default: .string
        }
    }

    /// `value` written as data of this type.
    func text(for value: AttributeValue) -> String {
        switch (self, value) {
        case (.double, .double(let number)): GraphMLType.xmlSchemaDouble(number)
        default: value.text
        }
    }

    /// A double in XML Schema's lexical form: `NaN`, `INF` and `-INF` for the values that are not finite.
    static func xmlSchemaDouble(_ value: Double) -> String {
        if value.isNaN { return "NaN" }
        if value.isInfinite { return value < 0 ? "-INF" : "INF" }
        return AttributeValue.format(value)
    }
}

/// One `<key>`: its id, scope, attribute name and type.
struct GraphMLKey: Sendable {
    let id: String
    let scope: String
    let name: String
    let type: GraphMLType
    /// The key's place among the declarations: data is written in this order.
    let order: Int
}

/// Every key of a graph, in declaration order, with lookups from attribute name to key.
struct GraphMLKeys: Sendable {
    /// Node field keys, in the order their data is written; declared first, their ids are their names.
    static let nodeFields: [(String, GraphMLType)] = [
        ("label", .string), ("name", .string), ("type", .string), ("aliases", .string), ("mentions", .int),
    ]
    /// Edge field keys, in the order their data is written.
    static let edgeFields: [(String, GraphMLType)] = [
        ("relation", .string), ("label", .string), ("weight", .double), ("count", .int),
        ("evidence", .string), ("rule", .string),
    ]

    /// The ids of the edge field keys, which an attribute of the nodes may have pushed to `edge_…`.
    struct EdgeFieldIDs: Sendable {
        var relation = "relation", label = "edge_label", weight = "weight", count = "count"
        var evidence = "evidence", rule = "rule"
    }

    /// The ids of the yFiles graphics keys (`yfiles.type="nodegraphics"`, `"edgegraphics"`).
    struct GraphicsIDs: Sendable {
        let node: String
        let edge: String
    }

    private(set) var declarations: [GraphMLKey] = []
    /// The ids of the graphics keys, declared after the attribute keys in the yEd flavour; `nil` in plain GraphML.
    private(set) var graphicsIDs: GraphicsIDs?
    /// The ids of the edge field keys.
    private(set) var edgeFieldIDs = EdgeFieldIDs()
    /// Node keys by attribute name.
    private(set) var node: [String: GraphMLKey] = [:]
    /// Edge keys by attribute name.
    private(set) var edge: [String: GraphMLKey] = [:]

    /// The keys and values of `attributes` but those named in `reserved` (they would shadow a field), in
    /// the order `keys` (``node`` or ``edge``) were declared. The order is the keys' and not the attribute
    /// names' own: two names that differ in bytes but not in characters ("é" composed, or e + U+0301) share
    /// one key, whose name is what reads back.
    static func data(of attributes: [String: AttributeValue], in keys: [String: GraphMLKey],
                     reserved: Set<String>) -> [(key: GraphMLKey, value: AttributeValue)] {
        attributes.isEmpty ? [] : attributes
            .compactMap { name, value in reserved.contains(name) ? nil : keys[name].map { (key: $0, value: value) } }
            .sorted { $0.key.order < $1.key.order }
    }
    private var usedIDs: Set<String> = ["d3", "d7"] // Gephi reads these ids as labels.

    /// The keys for `graph`: the fields, then each attribute name in name order, typed by widening the
    /// types of all its values in that scope, then the graphics keys if `flavor` has them.
    init(for graph: Graph, flavor: GraphMLFlavor) {
        var nodeTypes: [String: GraphMLType] = [:]
        for node in graph.nodes {
            for (name, value) in node.attributes where !ReservedAttributeNames.node.contains(name) {
                let type = GraphMLType(value)
                nodeTypes[name] = nodeTypes[name].map { $0.widened(with: type) } ?? type
            }
        }
        var edgeTypes: [String: GraphMLType] = [:]
        for edge in graph.edges where !edge.attributes.isEmpty {
            for (name, value) in edge.attributes where !ReservedAttributeNames.edge.contains(name) {
                let type = GraphMLType(value)
                edgeTypes[name] = edgeTypes[name].map { $0.widened(with: type) } ?? type
            }
        }
        for (name, type) in GraphMLKeys.nodeFields + nodeTypes.sorted(by: { $0.key < $1.key }) {
            node[name] = declare(name, scope: "node", type: type)
        }
        for (name, type) in GraphMLKeys.edgeFields + edgeTypes.sorted(by: { $0.key < $1.key }) {
            edge[name] = declare(name, scope: "edge", type: type)
        }
        edgeFieldIDs = EdgeFieldIDs(
            relation: edge["relation"]?.id ?? "relation", label: edge["label"]?.id ?? "edge_label",
            weight: edge["weight"]?.id ?? "weight", count: edge["count"]?.id ?? "count",
            evidence: edge["evidence"]?.id ?? "evidence", rule: edge["rule"]?.id ?? "rule")
        if flavor == .yed {
            graphicsIDs = GraphicsIDs(node: unusedID("nodegraphics"), edge: unusedID("edgegraphics"))
        }
    }

    /// Declares a key whose id is `name` made XML-name safe, prefixed `edge_` for an edge key whose name
    /// a node key already uses, and suffixed `_2`, `_3`, … if still taken.
    private mutating func declare(_ name: String, scope: String, type: GraphMLType) -> GraphMLKey {
        var base = GraphMLKeys.safeID(name)
        if scope == "edge", usedIDs.contains(base) {
            base = "edge_" + base
        }
        let key = GraphMLKey(id: unusedID(base), scope: scope, name: name, type: type, order: declarations.count)
        declarations.append(key)
        return key
    }

    /// `base`, suffixed `_2`, `_3`, … if an earlier key has it, and marked as used.
    private mutating func unusedID(_ base: String) -> String {
        var id = base
        var suffix = 2
        while usedIDs.contains(id) {
            id = base + "_" + String(suffix)
            suffix += 1
        }
        usedIDs.insert(id)
        return id
    }

    /// `name` with every character other than ASCII letters, digits, `_`, `.` and `-` replaced by `_`,
    /// and `_` put in front when it does not start with a letter or `_`.
    private static func safeID(_ name: String) -> String {
        var id = ""
        for scalar in name.unicodeScalars {
            switch scalar {
            case "a"..."z", "A"..."Z", "0"..."9", "_", ".", "-": id.unicodeScalars.append(scalar)
            default: id.append("_")
            }
        }
        switch id.unicodeScalars.first {
        case .none: return "_"
        case .some("a"..."z"), .some("A"..."Z"), .some("_"): return id
        default: return "_" + id
        }
    }
}
