// JSON (RFC 8259) in networkx's node-link layout
// (https://networkx.org/documentation/stable/reference/readwrite/generated/networkx.readwrite.json_graph.node_link_data.html),
// readable with `nx.node_link_graph(data, edges="edges")`.
//
// Writes `directed`, `multigraph`, `graph` (`generator`, `inputs`, and for a part of a split input
// `parts`: `[{source, part, of}]`), `nodes` (`id`, `label`, `type`, `aliases` as a real array, `mentions`,
// then the attributes by name) and `edges` (`source`, `target`, `relation`, `weight`, `count`, `evidence`
// as an array of `{document, sentence, text}` objects, `rule` when there is one, then the attributes by
// name), one node or edge per line, or (`compact`) the whole graph on one line. `multigraph` is false
// unless two edges join the same pair in the same direction (a `co_occurs` and a typed relation, say);
// then it is true and every edge carries `key`, its relation, so that networkx keeps both.
//
// Not supported: a number's type does not survive (a double `2` is written `2`, as everywhere in
// relgraph); doubles that are not finite are written `null`; attributes named like a field are not written.

/// Writes a graph as networkx node-link JSON.
public struct JSONGraphWriter: GraphWriter {
    /// Whether the graph is written on one line (ending with a line feed), so that shell pipes and Spark's
    /// `RDD.pipe` carry one graph per line; otherwise one node or edge per line.
    public var compact: Bool

    /// Creates a JSON writer, one node or edge per line unless `compact`.
    public init(compact: Bool = false) {
        self.compact = compact
    }

    /// Writes `graph` as node-link JSON to `target`.
    public func write<Target: TextOutputStream>(_ graph: Graph, to target: inout Target) {
        let multigraph = JSONGraphWriter.hasParallelEdges(graph)
        let field = compact ? ", " : ",\n  ", item = compact ? ", " : ",\n    "
        let firstItem = compact ? "" : "\n    ", listEnd = compact ? "]" : "\n  ]"
        var out = TextBuffer()
        out.append(compact ? "{" : "{\n  ")
        out.append("\"directed\": true")
        out.append(field)
        out.append("\"multigraph\": ")
        out.append(multigraph ? "true" : "false")
        out.append(field)
        out.append("\"graph\": {\"generator\": ")
        out.appendJSONString(graph.metadata.generator)
        out.append(", \"inputs\": ")
        out.appendJSONArray(graph.metadata.inputs)
        if !graph.metadata.parts.isEmpty {
            out.append(", \"parts\": [")
            for (position, part) in graph.metadata.parts.enumerated() {
                out.append(position == 0 ? "{\"source\": " : ", {\"source\": ")
                out.appendJSONString(part.source)
                out.append(", \"part\": ")
                out.append(part.index)
                out.append(", \"of\": ")
                out.append(part.count)
                out.append("}")
            }
            out.append("]")
        }
        out.append("}")
        out.append(field)
        out.append("\"nodes\": [")
        for (position, node) in graph.nodes.enumerated() {
            out.append(position == 0 ? firstItem : item)
            appendNode(node, to: &out)
            out.flush(to: &target)
        }
        out.append(graph.nodes.isEmpty ? "]" : listEnd)
        out.append(field)
        out.append("\"edges\": [")
        graph.edges.withUnsafeBufferPointer { edges in // Edges are read in place, not copied.
            for position in edges.indices {
                out.append(position == 0 ? firstItem : item)
                appendEdge(edges[position], key: multigraph, to: &out)
                out.flush(to: &target)
            }
        }
        out.append(graph.edges.isEmpty ? "]" : listEnd)
        out.append(compact ? "}\n" : "\n}\n")
        out.flush(to: &target, force: true)
    }

    /// Whether two edges of `graph` share source and target. Edges are sorted by (source, relation,
    /// target), so those of one source are adjacent.
    private static func hasParallelEdges(_ graph: Graph) -> Bool {
        graph.edges.withUnsafeBufferPointer { edges in // Reads keys in place, without copying edges.
            var start = 0
            while start < edges.count {
                var end = start + 1
                while end < edges.count, edges[end].key.source == edges[start].key.source { end += 1 }
                if end - start > 1 {
                    var targets = Set<NodeID>(minimumCapacity: end - start)
                    for index in start..<end where !targets.insert(edges[index].key.target).inserted {
                        return true
                    }
                }
                start = end
            }
            return false
        }
    }

    private func appendNode(_ node: Node, to out: inout TextBuffer) {
        out.append("{\"id\": ")
        out.appendJSONString(node.id.rawValue)
        out.append(", \"label\": ")
        out.appendJSONString(node.label)
        out.append(", \"type\": ")
        out.appendJSONString(node.type.name)
        out.append(", \"aliases\": ")
        out.appendJSONArray(node.aliases)
        out.append(", \"mentions\": ")
        out.append(node.mentions)
        appendAttributes(node.writableAttributes, to: &out)
        out.append("}")
    }

    private func appendEdge(_ edge: Edge, key: Bool, to out: inout TextBuffer) {
        out.append("{\"source\": ")
        out.appendJSONString(edge.source.rawValue)
        out.append(", \"target\": ")
        out.appendJSONString(edge.target.rawValue)
        if key {
            out.append(", \"key\": \"")
            out.append(edge.relation.name)
            out.append("\"")
        }
        out.append(", \"relation\": \"")
        out.append(edge.relation.name)
        out.append("\", \"weight\": ")
        out.append(JSONGraphWriter.number(edge.weight))
        out.append(", \"count\": ")
        out.append(edge.count)
        out.append(", \"evidence\": ")
        out.appendJSONArray(edge.evidence)
        if let rule = edge.rule {
            out.append(", \"rule\": ")
            out.appendJSONString(rule)
        }
        appendAttributes(edge.writableAttributes, to: &out)
        out.append("}")
    }

    private func appendAttributes(_ attributes: [(name: String, value: AttributeValue)], to out: inout TextBuffer) {
        for (name, value) in attributes {
            out.append(", ")
            out.appendJSONString(name)
            out.append(": ")
            switch value {
            case .string(let text): out.appendJSONString(text)
            case .int(let number): out.append(number)
            case .double(let number): out.append(JSONGraphWriter.number(number))
            case .boolean(let flag): out.append(flag ? "true" : "false")
            }
        }
    }

    private static func number(_ value: Double) -> String {
        value.isFinite ? AttributeValue.format(value) : "null"
    }
}
