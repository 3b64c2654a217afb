/// What produced a graph: the generator's version and the inputs, written into each format's header.
public struct GraphMetadata: Hashable, Sendable {
    /// The name and version of the program that built the graph, e.g. `relgraph 0.1.0`.
    public var generator: String
    /// The inputs as given on the command line, sorted.
    public var inputs: [String]

    /// Creates metadata; `inputs` are sorted so that their order on the command line does not matter.
    public init(generator: String = "relgraph \(RelGraphVersion.current)", inputs: [String] = []) {
        self.generator = generator
        self.inputs = inputs.sorted()
    }
}

/// The version of the relgraph library and tool.
public enum RelGraphVersion {
    /// The current version, as `relgraph --version` prints it.
    public static let current = "0.1.0"
}
