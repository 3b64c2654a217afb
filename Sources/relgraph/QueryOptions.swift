import ArgumentParser
import Foundation
import RelGraph

/// The saved graph a query command reads, and how it names entities.
struct GraphInput: ParsableArguments {
    @Argument(help: "A graph written by `relgraph build` (.graphml, .json or .sqlite; .sqlite answers fastest).")
    var graph: String

    /// The graph: a SQLite file opened read-only and read where a question needs it, any other read whole.
    func load() throws -> any QueryableGraph {
        if SQLiteGraph.isDatabase(at: graph) { return try SQLiteGraph(path: graph) }
        return IndexedGraph(try GraphFile.read(graph))
    }
}

/// Which edges and entities a traversal may use.
struct TraversalOptions: ParsableArguments {
    @Option(name: .customLong("type"), help: ArgumentHelp("Only entities of this type (repeatable), e.g. --type person.", valueName: "type"))
    var types: [String] = []

    @Option(name: .customLong("relation"), help: ArgumentHelp("Only edges of this relation (repeatable), e.g. --relation cracked_by.", valueName: "relation"))
    var relations: [String] = []

    @Option(help: ArgumentHelp("Only edges at least this heavy.", valueName: "weight"))
    var minWeight: Double?

    @Option(help: "Follow edges both ways, or only out of or into each entity (co_occurs counts both ways): both, out, in.")
    var direction: DirectionOption = .both

    enum DirectionOption: String, ExpressibleByArgument, CaseIterable {
        case both, out, `in`
    }

    func validate() throws {
        if let minWeight, !(minWeight >= 0 && minWeight.isFinite) {
            throw ValidationError("--min-weight must be a number of 0 or more, not \(minWeight).")
        }
    }

    /// The filter, with the type and relation names checked.
    func filter() throws -> NeighborFilter {
        let (entityTypes, relationTypes) = (try Self.entityTypes(types), try Self.relationTypes(relations))
        let direction: NeighborFilter.Direction = switch self.direction {
        case .both: .both
        case .out: .outgoing
        case .in: .incoming
        }
        return NeighborFilter(entityTypes: entityTypes, relations: relationTypes, minimumWeight: minWeight, direction: direction)
    }

    /// The types `names` name; an error for a name that is not a type name.
    static func entityTypes(_ names: [String]) throws -> Set<EntityType> {
        Set(try names.map { name in
            guard let type = EntityType(name) else { throw ValidationError("'\(name)' is not a type name.") }
            return type
        })
    }

    /// The relations `names` name; an error for a name that is not a relation name.
    static func relationTypes(_ names: [String]) throws -> Set<RelationType> {
        Set(try names.map { name in
            guard let relation = RelationType(name) else { throw ValidationError("'\(name)' is not a relation name.") }
            return relation
        })
    }
}

/// How query results are shown.
enum QueryOutput {
    /// `label (type)` of a node.
    static func name(_ id: NodeID, in graph: any QueryableGraph) throws -> String {
        try graph.node(id).map { "\($0.label.visiblyEscaped) (\($0.type))" } ?? id.rawValue.visiblyEscaped
    }

    /// A step as `A -relation-> B`, `A <-relation- B` or `A ~co_occurs~ B`.
    static func arrow(_ step: PathStep) -> String {
        if step.relation == .coOccurs { return "~\(step.relation)~" }
        return step.isReversed ? "<-\(step.relation)-" : "-\(step.relation)->"
    }

    /// One piece of evidence on one line: `document#sentence: text`, the text cut at `width` characters.
    static func evidence(_ evidence: Evidence, width: Int = 110) -> String {
        let text = evidence.text.count > width ? String(evidence.text.prefix(width - 1)) + "…" : evidence.text
        return "\(evidence.document.visiblyEscaped)#\(evidence.sentence): \(text.visiblyEscaped)"
    }

    /// The value as pretty JSON text.
    static func json(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
    }

    /// An edge as JSON.
    struct EdgeJSON: Encodable {
        let source: String, target: String, relation: String, weight: Double, count: Int
        let rule: String?, hedged: Bool?, evidence: [EvidenceJSON]

        init(_ edge: Edge) {
            source = edge.source.rawValue
            target = edge.target.rawValue
            relation = edge.relation.name
            weight = edge.weight
            count = edge.count
            rule = edge.rule
            if case .boolean(let flag)? = edge.attributes["hedged"] { hedged = flag } else { hedged = nil }
            evidence = edge.evidence.map(EvidenceJSON.init)
        }
    }

    struct EvidenceJSON: Encodable {
        let document: String, sentence: Int, text: String
        init(_ evidence: Evidence) {
            (document, sentence, text) = (evidence.document, evidence.sentence, evidence.text)
        }
    }

    /// Left-aligned columns, the last one as it is; control characters in the cells shown as escapes. A
    /// cell of another column is cut at ``cellWidth`` characters (ending in `…`), so that one long label
    /// does not pad every row of the table to its width.
    static func table(_ header: [String], _ rows: [[String]]) -> String {
        let cells = ([header] + rows.map { $0.map(\.visiblyEscaped) }).map { row in
            row.indices.map { index in
                index < row.count - 1 && row[index].count > cellWidth ? String(row[index].prefix(cellWidth - 1)) + "…" : row[index]
            }
        }
        let widths = header.indices.map { column in cells.map { $0[column].count }.max() ?? 0 }
        return cells.map { row in
            row.indices.map { index in
                index == row.count - 1 ? row[index] : row[index].padding(toLength: widths[index], withPad: " ", startingAt: 0)
            }.joined(separator: "  ")
        }.joined(separator: "\n") + "\n"
    }

    /// The widest a table's cell is, but in its last column.
    static let cellWidth = 60
}
