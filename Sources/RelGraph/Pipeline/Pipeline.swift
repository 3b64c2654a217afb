import Dispatch
import Foundation

/// Text in, typed entity graph out: loads documents, analyses them on every core and assembles the graph.
///
/// Documents are taken in identifier order in batches; each core analyses its share of a batch into a
/// builder of its own, and the builders are merged. Merging is commutative (sums, unions, canonical
/// evidence), so the graph is the same, byte for byte, whatever the number of cores; memory holds one
/// batch of documents at a time and grows with the graph, not with the corpus.
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

    /// Builds the graph of the documents that `inputs` name (files, folders, message dumps, `-` for standard
    /// input), reporting undecodable bytes and skipped records to `diagnostics`. The order of `inputs` does
    /// not matter.
    public func build(inputs: [String], loader: DocumentLoader = DocumentLoader(),
                      diagnostics: DiagnosticHandler) throws(DocumentError) -> Graph {
        try run(inputs: inputs, loader: loader, diagnostics: diagnostics).graph
    }

    /// Builds the graph as ``build(inputs:loader:diagnostics:)`` does, telling `progress` how far it got after
    /// each batch, and returns the graph with the run's tally.
    public func run(inputs: [String], loader: DocumentLoader = DocumentLoader(), diagnostics: DiagnosticHandler,
                    progress: (BuildProgress) -> Void = { _ in }) throws(DocumentError) -> (graph: Graph, tally: BuildProgress) {
        let paths = try loader.documentPaths(for: inputs)
        var tally = BuildProgress(totalBytes: paths.reduce(0) { $0 + BuildProgress.size(of: $1) })
        let workers = max(1, ProcessInfo.processInfo.activeProcessorCount)
        var builder = GraphBuilder(evidenceLimit: options.evidenceLimit)
        var pending: [Job] = []
        let batchSize = workers * Pipeline.batchSize
        func flushIfFull() throws(DocumentError) {
            guard pending.count >= batchSize else { return }
            try analyze(pending, workers: workers, loader: loader, into: &builder, tally: &tally, diagnostics: diagnostics)
            pending.removeAll(keepingCapacity: true)
            progress(tally)
        }
        for path in paths {
            if loader.isMessageDump(path) {
                // Records are analysed batch by batch as the dump is read; the cores scan their fields.
                try loader.forEachRecord(in: path) { record throws(DocumentError) in
                    pending.append(.record(record))
                    try flushIfFull()
                }
                tally.bytes += BuildProgress.size(of: path)
            } else {
                pending.append(.file(path))
                try flushIfFull()
            }
        }
        try analyze(pending, workers: workers, loader: loader, into: &builder, tally: &tally, diagnostics: diagnostics)
        progress(tally)
        return (finish(builder, inputs: inputs), tally)
    }

    /// Documents per core in a batch: enough to keep the cores busy between merges, few enough that a
    /// batch of ~4 KB articles stays a few megabytes.
    static let batchSize = 1024

    /// A unit of work: a file to read, or a record of a message dump.
    private enum Job: Sendable {
        case file(String)
        case record(DumpRecord)
    }

    /// Analyses `batch` on `workers` cores and merges what they found into `builder`.
    private func analyze(_ batch: [Job], workers: Int, loader: DocumentLoader, into builder: inout GraphBuilder,
                         tally: inout BuildProgress, diagnostics: DiagnosticHandler) throws(DocumentError) {
        guard !batch.isEmpty else { return }
        let workers = min(workers, batch.count)
        let collector = RelationCollector(window: options.window)
        let shares = UnsafeMutableBufferPointer<Share>.allocate(capacity: workers)
        shares.initialize(repeating: Share(builder: GraphBuilder(evidenceLimit: options.evidenceLimit)))
        defer { shares.deallocate() }
        nonisolated(unsafe) let results = shares
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            var share = results[worker]
            for index in stride(from: worker, to: batch.count, by: workers) {
                do throws(DocumentError) {
                    let document: Document
                    switch batch[index] {
                    case .file(let path):
                        document = try loader.load(path)
                        share.bytes += document.text.utf8.count
                    case .record(let record):
                        switch loader.message(from: record) {
                        case .message(let message):
                            document = message
                        case .skipped(let diagnostic):
                            share.diagnostics.append((index, diagnostic))
                            share.skipped += 1
                            continue
                        }
                    }
                    if let warning = document.decodingWarning { share.diagnostics.append((index, warning)) }
                    collector.collect(analyze(document), into: &share.builder)
                } catch {
                    share.failure = share.failure ?? (index, error)
                    break
                }
            }
            results[worker] = share
        }
        // Report in document order, whichever core met what first.
        if let failure = shares.compactMap(\.failure).min(by: { $0.index < $1.index }) { throw failure.error }
        for (_, diagnostic) in shares.flatMap(\.diagnostics).sorted(by: { $0.index < $1.index }) { diagnostics(diagnostic) }
        var skipped = 0
        for share in shares {
            builder.merge(share.builder)
            tally.bytes += share.bytes
            skipped += share.skipped
        }
        tally.skipped += skipped
        tally.documents += batch.count - skipped
    }

    /// Builds the graph of documents already in memory.
    public func build(documents: [Document]) -> Graph {
        var builder = GraphBuilder(evidenceLimit: options.evidenceLimit)
        let collector = RelationCollector(window: options.window)
        for document in documents.sorted(by: { $0.identifier < $1.identifier }) {
            collector.collect(analyze(document), into: &builder)
        }
        return finish(builder, inputs: documents.map(\.identifier))
    }

    /// Analyses the documents that `inputs` name, one at a time in identifier order (messages of a dump in
    /// file order), and hands each analysis to `body`.
    public func forEachAnalysis(of inputs: [String], loader: DocumentLoader = DocumentLoader(), diagnostics: DiagnosticHandler,
                                _ body: (DocumentAnalysis) -> Void) throws(DocumentError) {
        for path in try loader.documentPaths(for: inputs) {
            if loader.isMessageDump(path) {
                try loader.forEachMessage(in: path) { record throws(DocumentError) in
                    switch record {
                    case .message(let document): body(analyze(document))
                    case .skipped(let diagnostic): diagnostics(diagnostic)
                    }
                }
                continue
            }
            let document = try loader.load(path)
            document.decodingWarning.map(diagnostics)
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

    /// What one core produced from its share of a batch.
    private struct Share {
        var builder: GraphBuilder
        var bytes = 0
        var skipped = 0
        var diagnostics: [(index: Int, diagnostic: Diagnostic)] = []
        var failure: (index: Int, error: DocumentError)?
    }

    private func finish(_ builder: consuming GraphBuilder, inputs: [String]) -> Graph {
        builder.updateNodes(InitialsPolicy.markAmbiguous)
        let graph = builder.build(metadata: GraphMetadata(inputs: inputs))
        return options.minimumWeight > 1 ? graph.filtered(minimumWeight: options.minimumWeight) : graph
    }
}
