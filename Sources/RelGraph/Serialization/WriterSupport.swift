// What the writers share beyond text: which attribute names are taken by fields, and the order in which
// attributes are written (aliases are already sorted: `Graph` keeps them so).

/// The attribute names a node or edge's own fields use; an entry of `attributes` with one of these names
/// is not written, so that it can never shadow the field (`label`, `weight`, …) in any format.
enum ReservedAttributeNames {
    /// Names of node fields in GraphML and JSON (`id` is the JSON node's identifier).
    static let node: Set<String> = ["id", "label", "name", "type", "aliases", "mentions"]
    /// Names of edge fields in GraphML and JSON (`key` is networkx's multigraph edge key).
    static let edge: Set<String> = ["id", "source", "target", "key", "relation", "label", "weight", "count",
                                    "evidence", "rule"]
}

extension Node {
    /// The attributes that do not shadow a node field, sorted by name.
    var writableAttributes: [(name: String, value: AttributeValue)] {
        ReservedAttributeNames.writable(attributes, reserved: ReservedAttributeNames.node)
    }
}

extension Edge {
    /// The attributes that do not shadow an edge field, sorted by name.
    var writableAttributes: [(name: String, value: AttributeValue)] {
        ReservedAttributeNames.writable(attributes, reserved: ReservedAttributeNames.edge)
    }
}

extension ReservedAttributeNames {
    /// `attributes` without those named in `reserved`, sorted by name (by UTF-8 bytes).
    static func writable(_ attributes: [String: AttributeValue], reserved: Set<String>) -> [(name: String, value: AttributeValue)] {
        attributes.isEmpty ? [] : attributes
            .compactMap { reserved.contains($0.key) ? nil : (name: $0.key, value: $0.value) }
            .sorted { $0.name.utf8Precedes($1.name) }
    }
}
