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
        var assembly = Assembly(options: options)
        try forEachAnalysis(of: inputs, loader: loader, diagnostics: diagnostics) { assembly.add($0) }
        return assembly.graph(inputs: inputs)
    }

    /// Builds the graph of documents already in memory.
    public func build(documents: [Document]) -> Graph {
        var assembly = Assembly(options: options)
        for document in documents.sorted(by: { $0.identifier < $1.identifier }) {
            assembly.add(analyze(document))
        }
        return assembly.graph(inputs: documents.map(\.identifier))
    }

    /// Analyses the documents that `inputs` name, one at a time in identifier order, and hands each
    /// analysis to `body`.
    public func forEachAnalysis(of inputs: [String], loader: DocumentLoader = DocumentLoader(), diagnostics: DiagnosticHandler,
                                _ body: (DocumentAnalysis) -> Void) throws(DocumentError) {
        for path in try loader.documentPaths(for: inputs) {
            let document = try loader.load(path)
            if document.invalidSequences > 0 {
                diagnostics(Diagnostic(location: path, message: "\(document.invalidSequences) invalid UTF-8 sequence(s) replaced with U+FFFD; is the file UTF-8?"))
            }
            body(analyze(document))
        }
    }

    /// Analyses one document without building a graph; people named by an initial are kept apart per
    /// document if the options say so.
    public func analyze(_ document: Document) -> DocumentAnalysis {
        let analysis = analyzer.analyze(document)
        guard options.initials == .perDocument else { return analysis }
        return analysis.mappingEntities { options.initials.entity($0, in: document.identifier) }
    }

    /// The graph under construction, with the documents each person named by an initial appears in.
    private struct Assembly {
        let options: PipelineOptions
        var builder: GraphBuilder
        let collector: RelationCollector
        var initialNameDocuments: [NodeID: Set<String>] = [:]

        init(options: PipelineOptions) {
            self.options = options
            self.builder = GraphBuilder(evidenceLimit: options.evidenceLimit)
            self.collector = RelationCollector(window: options.window)
        }

        mutating func add(_ analysis: DocumentAnalysis) {
            collector.collect(analysis, into: &builder)
            for mention in analysis.sentences.lazy.flatMap(\.mentions)
            where mention.entity.type == .person && InitialsPolicy.isInitialName(mention.entity.label) {
                initialNameDocuments[mention.entity.nodeID, default: []].insert(analysis.document)
            }
        }

        mutating func graph(inputs: [String]) -> Graph {
            for (id, documents) in initialNameDocuments where documents.count > 1 {
                builder.setAttribute("ambiguous", .boolean(true), on: id)
            }
            let graph = builder.build(metadata: GraphMetadata(inputs: inputs))
            return options.minimumWeight > 1 ? graph.filtered(minimumWeight: options.minimumWeight) : graph
        }
    }
}
