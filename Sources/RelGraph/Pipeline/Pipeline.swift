/// Text in, typed entity graph out: loads documents, analyses each one and assembles the graph.
public struct Pipeline: Sendable {
    /// The rules applied.
    public let rules: RuleSet
    /// The run's settings.
    public let options: PipelineOptions
    private let analyzer: DocumentAnalyzer

    /// Compiles `rules` for a run with `options`.
    public init(rules: RuleSet, options: PipelineOptions = PipelineOptions()) {
        self.rules = rules
        self.options = options
        self.analyzer = DocumentAnalyzer(rules: rules)
    }

    /// Builds the graph of the documents that `inputs` name (files, folders, `-` for standard input),
    /// reporting undecodable bytes to `diagnostics`. The order of `inputs` does not matter.
    public func build(inputs: [String], loader: DocumentLoader = DocumentLoader(),
                      diagnostics: DiagnosticHandler) throws(DocumentError) -> Graph {
        var builder = GraphBuilder(evidenceLimit: options.evidenceLimit)
        let collector = RelationCollector(window: options.window)
        for path in try loader.documentPaths(for: inputs) {
            let document = try loader.load(path)
            if document.invalidSequences > 0 {
                diagnostics(Diagnostic(location: path, message: "\(document.invalidSequences) invalid UTF-8 sequence(s) replaced with U+FFFD; is the file UTF-8?"))
            }
            collector.collect(analyzer.analyze(document), into: &builder)
        }
        return finish(builder, inputs: inputs)
    }

    /// Builds the graph of documents already in memory.
    public func build(documents: [Document]) -> Graph {
        var builder = GraphBuilder(evidenceLimit: options.evidenceLimit)
        let collector = RelationCollector(window: options.window)
        for document in documents.sorted(by: { $0.identifier < $1.identifier }) {
            collector.collect(analyzer.analyze(document), into: &builder)
        }
        return finish(builder, inputs: documents.map(\.identifier))
    }

    /// Analyses one document without building a graph.
    public func analyze(_ document: Document) -> DocumentAnalysis {
        analyzer.analyze(document)
    }

    private func finish(_ builder: GraphBuilder, inputs: [String]) -> Graph {
        let graph = builder.build(metadata: GraphMetadata(inputs: inputs))
        return options.minimumWeight > 1 ? graph.filtered(minimumWeight: options.minimumWeight) : graph
    }
}
