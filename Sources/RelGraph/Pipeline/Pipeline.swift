import Dispatch
import Foundation

/// Text in, typed entity graph out: loads documents, analyses them on every core and assembles the graph.
///
/// Documents are taken in identifier order in batches; each core analyses its share of every batch into a
/// builder of its own, and the builders are merged at the end. Merging is commutative (sums, unions,
/// canonical evidence), so the graph is the same, byte for byte, whatever the number of cores; memory holds
/// one batch of documents at a time and grows with the graph, not with the corpus.
public struct Pipeline: Sendable {
    /// The rules applied.
    public let rules: RuleSet
    /// The run's settings.
    public let options: PipelineOptions
    private let analyzer: DocumentAnalyzer
    private let collector: RelationCollector

    /// Compiles `rules` for a run with `options`.
    public init(rules: RuleSet, options: PipelineOptions = PipelineOptions()) {
        self.rules = rules
        self.options = options
        self.analyzer = DocumentAnalyzer(rules: rules, initials: options.initials)
        self.collector = RelationCollector(window: options.window, catalog: analyzer.catalog, listThreshold: options.listThreshold)
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
        let loader = Self.recognisingOwnOutputs(loader)
        let paths = try loader.documentPaths(for: inputs)
        var tally = BuildProgress(totalBytes: paths.reduce(0) { $0 + BuildProgress.size(of: $1) })
        let workers = max(1, ProcessInfo.processInfo.activeProcessorCount)
        var batches = Batches(workers: workers, analyzer: analyzer, evidenceLimit: options.evidenceLimit)
        defer { batches.release() }
        var pending: [Job] = []
        var pendingBytes = 0
        let batchBytes = workers * Pipeline.bytesPerCore
        func flushIfFull() throws(DocumentError) {
            guard pendingBytes >= batchBytes else { return }
            try batches.analyze(pending, pipeline: self, loader: loader, tally: &tally, diagnostics: diagnostics)
            pending.removeAll(keepingCapacity: true)
            pendingBytes = 0
            progress(tally)
        }
        for path in paths {
            if loader.isMessageDump(path) {
                // Records are analysed batch by batch as the dump is read; the cores scan their fields.
                try loader.forEachBlock(in: path) { block throws(DocumentError) in
                    pending.append(.dump(block))
                    pendingBytes += block.size
                    try flushIfFull()
                }
                tally.bytes += BuildProgress.size(of: path)
            } else {
                pending.append(.file(path))
                pendingBytes += Pipeline.bytesPerFile
                try flushIfFull()
            }
        }
        try batches.analyze(pending, pipeline: self, loader: loader, tally: &tally, diagnostics: diagnostics)
        progress(tally)
        return (finish(batches.finish(), inputs: loader.sourceName.map { [$0] } ?? inputs), tally)
    }

    /// The input a core takes in a batch, in bytes: enough to keep the cores busy between merges, little
    /// enough that a batch stays a few megabytes, whether of ~4 KB articles or of ~100-byte messages.
    static let bytesPerCore = 4 << 20
    /// What a document file counts for in a batch before it is read.
    static let bytesPerFile = 4096

    /// A unit of work: a file to read, or a block of a message dump.
    private enum Job: Sendable {
        case file(String)
        case dump(DumpBlock)
    }

    /// The batches of a run: each is analysed on every core, each core into the builder it keeps for the
    /// whole run (so that its tables are grown once, and an edge met in many batches is merged once, not
    /// once per batch); the builders are merged in core order when the last batch is done.
    private struct Batches {
        private let workers: UnsafeMutableBufferPointer<Worker>
        /// Each core's builder, beside its worker.
        private let builders: UnsafeMutableBufferPointer<GraphBuilder>

        init(workers count: Int, analyzer: DocumentAnalyzer, evidenceLimit: Int) {
            workers = .allocate(capacity: count)
            workers.initialize(repeating: Worker(analyzer: analyzer))
            builders = .allocate(capacity: count)
            builders.initialize(repeating: GraphBuilder(evidenceLimit: evidenceLimit))
        }

        /// Analyses `batch` on the cores, each into its builder.
        mutating func analyze(_ batch: [Job], pipeline: Pipeline, loader: DocumentLoader, tally: inout BuildProgress,
                              diagnostics: DiagnosticHandler) throws(DocumentError) {
            guard !batch.isEmpty else { return }
            let count = min(workers.count, batch.count)
            let shares = UnsafeMutableBufferPointer<Share>.allocate(capacity: count)
            for worker in 0..<count {
                (shares.baseAddress! + worker).initialize(to: Share(builder: (builders.baseAddress! + worker).move()))
            }
            defer {
                for worker in 0..<count { (builders.baseAddress! + worker).initialize(to: shares[worker].builder) }
                shares.deinitialize()
                shares.deallocate()
            }
            nonisolated(unsafe) let results = shares
            nonisolated(unsafe) let states = workers
            DispatchQueue.concurrentPerform(iterations: count) { worker in
                // Moved out and back, so that the worker's buffers are never shared and copied on write.
                var share = (results.baseAddress! + worker).move()
                var state = (states.baseAddress! + worker).move()
                defer {
                    (states.baseAddress! + worker).initialize(to: state)
                    (results.baseAddress! + worker).initialize(to: share)
                }
                for index in stride(from: worker, to: batch.count, by: count) {
                    switch batch[index] {
                    case .file(let path):
                        do throws(DocumentError) {
                            let document = try loader.load(path)
                            share.bytes += document.text.utf8.count
                            share.take(document, job: index, state: &state, pipeline: pipeline)
                        } catch {
                            share.failure = (index, error)
                        }
                    case .dump(let block):
                        loader.forEachMessage(in: block) { record in
                            switch record {
                            case .message(let message): share.take(message, job: index, state: &state, pipeline: pipeline)
                            case .skipped(let diagnostic): share.report(diagnostic, job: index, skipped: true)
                            }
                        }
                    }
                    if share.failure != nil { break }
                }
            }
            // Report in document order, whichever core met what first.
            if let failure = shares.compactMap(\.failure).min(by: { $0.index < $1.index }) { throw failure.error }
            for (_, diagnostic) in shares.flatMap(\.diagnostics).sorted(by: { $0.order < $1.order }) { diagnostics(diagnostic) }
            for share in shares {
                tally.lists += share.lists
                tally.bytes += share.bytes
                tally.skipped += share.skipped
                tally.documents += share.documents
            }
        }

        /// The run's builder: the cores' builders merged, in core order, each left empty.
        func finish() -> GraphBuilder {
            let base = builders.baseAddress!
            var builder = base.move()
            base.initialize(to: GraphBuilder(evidenceLimit: builder.evidenceLimit))
            for worker in 1..<builders.count {
                builder.merge((base + worker).move())
                (base + worker).initialize(to: GraphBuilder(evidenceLimit: builder.evidenceLimit))
            }
            return builder
        }

        /// Frees the workers and the builders.
        func release() {
            workers.deinitialize()
            workers.deallocate()
            builders.deinitialize()
            builders.deallocate()
        }
    }

    /// Builds the graph of documents already in memory.
    public func build(documents: [Document]) -> Graph {
        var builder = GraphBuilder(evidenceLimit: options.evidenceLimit)
        var worker = Worker(analyzer: analyzer)
        for document in documents.sorted(by: { $0.identifier < $1.identifier }) {
            worker.collect(document, analyzer: analyzer, collector: collector, into: &builder)
        }
        return finish(builder, inputs: documents.map(\.identifier))
    }

    /// Analyses the documents that `inputs` name, one at a time in identifier order (messages of a dump in
    /// file order), and hands each analysis to `body`.
    public func forEachAnalysis(of inputs: [String], loader: DocumentLoader = DocumentLoader(), diagnostics: DiagnosticHandler,
                                _ body: (DocumentAnalysis) -> Void) throws(DocumentError) {
        let loader = Self.recognisingOwnOutputs(loader)
        for path in try loader.documentPaths(for: inputs) {
            if loader.isMessageDump(path) {
                try loader.forEachMessage(in: path) { record in
                    switch record {
                    case .message(let document): body(analyzer.analyze(document))
                    case .skipped(let diagnostic): diagnostics(diagnostic)
                    }
                }
                continue
            }
            let document = try loader.load(path)
            document.decodingWarning.map(diagnostics)
            body(analyzer.analyze(document))
        }
    }

    /// Analyses one document without building a graph; people named by an initial are kept apart per
    /// document if the options say so.
    public func analyze(_ document: Document) -> DocumentAnalysis {
        analyzer.analyze(document)
    }

    /// What one core keeps from batch to batch: its scratch for the analysis, the records of the current
    /// document, and the collector's buffers.
    private struct Worker {
        var scratch: DocumentAnalyzer.Scratch
        var records = AnalysisRecords()
        var collecting = RelationCollector.Scratch()

        init(analyzer: DocumentAnalyzer) {
            scratch = analyzer.makeScratch()
        }

        /// Analyses `document` and adds what it holds to `builder`; returns how many of its windows were lists.
        @discardableResult
        mutating func collect(_ document: Document, analyzer: DocumentAnalyzer, collector: RelationCollector,
                              into builder: inout GraphBuilder) -> Int {
            collecting.lists = 0
            var text = document.text
            text.withUTF8 { text in
                analyzer.analyze(text, document: document.identifier, into: &records, scratch: &scratch)
                collector.collect(records, of: document, text: text, table: scratch.table, into: &builder, scratch: &collecting)
            }
            return collecting.lists
        }
    }

    /// What one core produced from its share of a batch.
    private struct Share {
        var builder: GraphBuilder
        var bytes = 0
        var documents = 0
        var skipped = 0
        var lists = 0
        /// What to tell the user, each with its place in the batch: its job, then its place in the job.
        var diagnostics: [(order: DiagnosticOrder, diagnostic: Diagnostic)] = []
        var failure: (index: Int, error: DocumentError)?

        /// Analyses `document`, the job `job` of the batch or a message in it, into the share's builder.
        mutating func take(_ document: Document, job: Int, state: inout Worker, pipeline: Pipeline) {
            if let warning = document.decodingWarning { report(warning, job: job, skipped: false) }
            lists += state.collect(document, analyzer: pipeline.analyzer, collector: pipeline.collector, into: &builder)
            documents += 1
        }

        mutating func report(_ diagnostic: Diagnostic, job: Int, skipped: Bool) {
            diagnostics.append((DiagnosticOrder(job: job, place: diagnostics.count), diagnostic))
            if skipped { self.skipped += 1 }
        }
    }

    /// Where a diagnostic belongs in the batch: by job, then in the order the job gave it.
    private struct DiagnosticOrder: Comparable {
        let job: Int
        let place: Int

        static func < (left: Self, right: Self) -> Bool { (left.job, left.place) < (right.job, right.place) }
    }

    private func finish(_ builder: consuming GraphBuilder, inputs: [String]) -> Graph {
        builder.updateNodes(InitialsPolicy.markAmbiguous)
        let graph = builder.build(metadata: GraphMetadata(inputs: inputs, parts: options.part.map { [$0] } ?? []))
        return options.minimumWeight > 1 ? graph.filtered(minimumWeight: options.minimumWeight) : graph
    }

    /// `loader`, knowing relgraph's own CSV tables by their header rows, so that a rerun over a folder that
    /// holds them does not read them as message dumps.
    private static func recognisingOwnOutputs(_ loader: DocumentLoader) -> DocumentLoader {
        var loader = loader
        if loader.ownOutputSignatures.isEmpty { loader.ownOutputSignatures = CSVGraphWriter.headerRows }
        return loader
    }
}
