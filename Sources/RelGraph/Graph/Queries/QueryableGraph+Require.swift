import Foundation

/// A name that does not pick out one entity of a graph.
public enum EntityLookupError: Error, Equatable, Sendable {
    /// No entity has that name; `suggestions` are the closest names, as "label (type)" and id.
    case unknown(query: String, suggestions: [(label: String, id: NodeID)])
    /// Several entities have that name; each as "label (type)" and id.
    case ambiguous(query: String, candidates: [(label: String, id: NodeID)])

    public static func == (lhs: EntityLookupError, rhs: EntityLookupError) -> Bool {
        switch (lhs, rhs) {
        case let (.unknown(a, x), .unknown(b, y)), let (.ambiguous(a, x), .ambiguous(b, y)):
            a == b && x.map(\.id) == y.map(\.id)
        default:
            false
        }
    }
}

extension EntityLookupError: LocalizedError {
    public var errorDescription: String? {
        func list(_ items: [(label: String, id: NodeID)]) -> String {
            items.map { "  \($0.label)  [\($0.id)]" }.joined(separator: "\n")
        }
        switch self {
        case .unknown(let query, let suggestions) where suggestions.isEmpty:
            return "no entity named '\(query)' in the graph; `relgraph stats GRAPH` lists the best connected ones"
        case .unknown(let query, let suggestions):
            return "no entity named '\(query)' in the graph; did you mean:\n\(list(suggestions))"
        case .ambiguous(let query, let candidates):
            return "'\(query)' names several entities; give one of these ids (or type:name):\n\(list(candidates))"
        }
    }
}

extension QueryableGraph {
    /// The one node `query` names, or an error that lists the candidates or closest names.
    public func require(_ query: String) throws -> NodeID {
        func described(_ ids: [NodeID]) throws -> [(label: String, id: NodeID)] {
            try ids.compactMap { id in try node(id).map { ("\($0.label) (\($0.type))", id) } }
        }
        switch try resolve(query) {
        case .found(let id): return id
        case .ambiguous(let ids): throw EntityLookupError.ambiguous(query: query, candidates: try described(ids))
        case .notFound(let suggestions): throw EntityLookupError.unknown(query: query, suggestions: try described(suggestions))
        }
    }
}
