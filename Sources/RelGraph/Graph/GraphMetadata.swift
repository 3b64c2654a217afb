/// What produced a graph: the generator's version and the inputs, written into each format's header.
public struct GraphMetadata: Hashable, Sendable {
    /// The name and version of the program that built the graph, e.g. `relgraph 0.1.0`.
    public var generator: String
    /// The inputs as given on the command line (or named by `--source-name`), sorted.
    public var inputs: [String]
    /// For an input built in separate parts (`build --part K/N`), the parts the graph holds, sorted; empty
    /// when it holds its inputs whole (a merge that completes an input's parts drops them). Only JSON
    /// carries them.
    public var parts: [SourcePart]

    /// Creates metadata; `inputs` and `parts` are sorted so that their order on the command line does not matter.
    public init(generator: String = "relgraph \(RelGraphVersion.current)", inputs: [String] = [], parts: [SourcePart] = []) {
        self.generator = generator
        self.inputs = inputs.sorted()
        self.parts = parts.sorted()
    }
}

/// The version of the relgraph library and tool.
public enum RelGraphVersion {
    /// The current version, as `relgraph --version` prints it.
    public static let current = "0.1.0"
}
