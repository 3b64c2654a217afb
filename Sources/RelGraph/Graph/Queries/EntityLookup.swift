/// What a name typed by a user resolves to in a graph: one node, several, or none and what was meant.
public enum EntityLookup: Hashable, Sendable {
    /// Exactly one node has that identifier, name or alias.
    case found(NodeID)
    /// Several nodes share that name or alias: names first, then aliases, each by identifier; the CLI
    /// asks which one, as `type:label`.
    case ambiguous([NodeID])
    /// No node matches; `suggestions` are the closest names, best first (at most five, maybe none).
    case notFound(suggestions: [NodeID])

    /// The node found, or `nil` when the lookup was ambiguous or found nothing.
    public var node: NodeID? {
        if case .found(let id) = self { id } else { nil }
    }
}
