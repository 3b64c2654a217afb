import Foundation

// GraphML 1.0 (http://graphml.graphdrawing.org/specification.html, schema
// http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd), as networkx, igraph, Gephi, yEd and Cytoscape read it.
//
// Writes every `<key>` before the `<graph>`, once per (attribute name, scope), with an id named after the
// attribute (never the positional `d0, d1, …`, never `d3`/`d7`, which Gephi reads as labels) and an
// `attr.type` of `string`, `int`, `double` or `boolean` (never `long`, which yEd refuses). An attribute
// whose values have mixed types is declared with the widened type (`int` + `double` → `double`, anything
// else mixed → `string`); an `int` outside 32 bits is declared `double`. Node data: `label`, `name` (a copy
// of the label, for Cytoscape), `type`, `aliases` (a JSON array in a string), `mentions`, then the
// attributes. Edge data: `relation`, `label`, `weight`, `count`, `evidence` (a JSON array in a string),
// `rule` when there is one, then the attributes. Text is raw UTF-8, escaped for XML.
//
// The yEd flavour (``GraphMLFlavor/yed``) adds the `y:` namespace, yEd's schema location, a
// `nodegraphics` and an `edgegraphics` key after the others, and as the last data of every node and edge its
// yFiles graphics (``YEdGraphics``); the data before them is the plain flavour's, byte for byte.
//
// Not supported: nested graphs, hyperedges, ports, `<default>` values, per-edge `directed` (every edge
// follows `edgedefault="directed"`; `co_occurs` edges are undirected in meaning only).
// Characters XML 1.0 forbids are removed; attributes named like a field (`label`, `weight`, …) are not
// written.

/// Writes a graph as GraphML, plain or with yEd's graphics.
public struct GraphMLWriter: GraphWriter {
    /// The dialect written.
    public var flavor: GraphMLFlavor

    /// Creates a GraphML writer of `flavor`.
    public init(flavor: GraphMLFlavor = .plain) {
        self.flavor = flavor
    }

    /// Writes `graph` as GraphML to `target`.
    public func write<Target: TextOutputStream>(_ graph: Graph, to target: inout Target) {
        let keys = GraphMLKeys(for: graph, flavor: flavor)
        let graphics = keys.graphicsIDs.map { ($0, YEdGraphics(for: graph)) }
        var out = TextBuffer()
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" ")
        out.append("xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" ")
        if graphics != nil {
            out.append("xmlns:y=\"\(YEdGraphics.namespace)\" ")
        }
        out.append("xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns ")
        out.append(graphics == nil ? "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n" : "\(YEdGraphics.schemaLocation)\">\n")
        for key in keys.declarations {
            out.append("  <key id=\"")
            out.append(key.id, escaping: .xmlAttribute)
            out.append("\" for=\"")
            out.append(key.scope)
            out.append("\" attr.name=\"")
            out.append(key.name, escaping: .xmlAttribute)
            out.append("\" attr.type=\"")
            out.append(key.type.rawValue)
            out.append("\"/>\n")
        }
        if let (ids, _) = graphics {
            out.append("  <key id=\"")
            out.append(ids.node, escaping: .xmlAttribute)
            out.append("\" for=\"node\" yfiles.type=\"nodegraphics\"/>\n  <key id=\"")
            out.append(ids.edge, escaping: .xmlAttribute)
            out.append("\" for=\"edge\" yfiles.type=\"edgegraphics\"/>\n")
        }
        out.append("  <graph id=\"G\" edgedefault=\"directed\">\n    <desc>")
        out.append(graph.metadata.generator, escaping: .xmlText)
        if !graph.metadata.inputs.isEmpty {
            out.append("; inputs: ")
            out.append(graph.metadata.inputs.joined(separator: ", "), escaping: .xmlText)
        }
        out.append("</desc>\n")
        out.flush(to: &target)
        for (index, node) in graph.nodes.enumerated() {
            appendNode(node, keys: keys, to: &out)
            if let (ids, drawing) = graphics {
                drawing.appendNode(node, index: index, key: ids.node, to: &out)
            }
            out.append("    </node>\n")
            out.flush(to: &target)
        }
        // Edges are encoded on every core, a block each, and the blocks written in order: the bytes are
        // those of one core. Edges are read in place, not copied.
        let cores = max(1, ProcessInfo.processInfo.activeProcessorCount)
        var blocks = [TextBuffer](repeating: TextBuffer(), count: cores)
        graph.edges.withUnsafeBufferPointer { edges in
            var start = 0
            while start < edges.count {
                let first = start
                blocks.withUnsafeMutableBufferPointer { buffers in
                    nonisolated(unsafe) let buffers = buffers
                    nonisolated(unsafe) let edges = edges
                    nonisolated(unsafe) let graphics = graphics
                    DispatchQueue.concurrentPerform(iterations: cores) { core in
                        let lower = min(edges.count, first + core * GraphMLWriter.edgesPerBlock)
                        for position in lower..<min(edges.count, lower + GraphMLWriter.edgesPerBlock) {
                            appendEdge(edges[position], id: position, keys: keys, to: &buffers[core])
                            if let (ids, drawing) = graphics {
                                drawing.appendEdge(edges[position], key: ids.edge, to: &buffers[core])
                            }
                            buffers[core].append("    </edge>\n")
                        }
                    }
                }
                for core in blocks.indices {
                    out.take(&blocks[core])
                    out.flush(to: &target)
                }
                start += cores * GraphMLWriter.edgesPerBlock
            }
        }
        out.append("  </graph>\n</graphml>\n")
        out.flush(to: &target, force: true)
    }

    /// How many edges one core encodes before the blocks are written: a few megabytes of text each.
    private static let edgesPerBlock = 4096

    /// Appends `<node>` and its data, leaving it open for graphics.
    private func appendNode(_ node: Node, keys: GraphMLKeys, to out: inout TextBuffer) {
        out.append("    <node id=\"")
        out.append(node.id.rawValue, escaping: .xmlAttribute)
        out.append("\">\n      <data key=\"label\">")
        out.append(node.label, escaping: .xmlText)
        out.append("</data>\n      <data key=\"name\">")
        out.append(node.label, escaping: .xmlText)
        out.append("</data>\n      <data key=\"type\">")
        out.append(node.type.name)
        out.append("</data>\n      <data key=\"aliases\">")
        out.appendJSONArray(node.aliases, inXML: true)
        out.append("</data>\n      <data key=\"mentions\">")
        out.append(node.mentions)
        out.append("</data>\n")
        for (key, value) in GraphMLKeys.data(of: node.attributes, in: keys.node, reserved: ReservedAttributeNames.node) {
            appendData(key: key, value: value, to: &out)
        }
    }

    /// Appends `<edge>` and its data, leaving it open for graphics.
    private func appendEdge(_ edge: Edge, id: Int, keys: GraphMLKeys, to out: inout TextBuffer) {
        out.append("    <edge id=\"e")
        out.append(id)
        out.append("\" source=\"")
        out.append(edge.source.rawValue, escaping: .xmlAttribute)
        out.append("\" target=\"")
        out.append(edge.target.rawValue, escaping: .xmlAttribute)
        out.append("\">\n")
        let ids = keys.edgeFieldIDs
        appendData(key: ids.relation, text: edge.relation.name, to: &out)
        appendData(key: ids.label, text: edge.relation.name, to: &out)
        appendData(key: ids.weight, text: GraphMLType.xmlSchemaDouble(edge.weight), to: &out)
        appendData(key: ids.count, text: String(edge.count), to: &out)
        out.append("      <data key=\"")
        out.append(ids.evidence, escaping: .xmlAttribute)
        out.append("\">")
        out.appendJSONArray(edge.evidence, inXML: true)
        out.append("</data>\n")
        if let rule = edge.rule {
            appendData(key: ids.rule, text: rule, to: &out)
        }
        for (key, value) in GraphMLKeys.data(of: edge.attributes, in: keys.edge, reserved: ReservedAttributeNames.edge) {
            appendData(key: key, value: value, to: &out)
        }
    }

    private func appendData(key: GraphMLKey, value: AttributeValue, to out: inout TextBuffer) {
        appendData(key: key.id, text: key.type.text(for: value), to: &out)
    }

    private func appendData(key id: String, text: String, to out: inout TextBuffer) {
        out.append("      <data key=\"")
        out.append(id, escaping: .xmlAttribute)
        out.append("\">")
        out.append(text, escaping: .xmlText)
        out.append("</data>\n")
    }
}
