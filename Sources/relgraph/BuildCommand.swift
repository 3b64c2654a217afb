import ArgumentParser
import Foundation
import RelGraph

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the entity graph of documents.",
        discussion: """
        Reads .txt and .md files (folders recursively, - for standard input) and message dumps (.jsonl, \
        .csv: one message per record), recognises entities with the built-in Dutch/English rule pack, and \
        links them; all cores work, and the output is the same bytes whatever their number.

        Without --format, writes graph.dot, graph.graphml, graph.sqlite, graph.svg and graph.html to the \
        output folder (SVG and HTML only when Graphviz is installed; otherwise it says they were skipped); \
        graph.html is one page to explore the graph in a browser, offline. With --format, writes \
        that one format to --output (default: graph.FORMAT in the output folder; - for standard output); \
        csv writes three tables, PATH.nodes.csv, PATH.edges.csv and PATH.evidence.csv. A .sqlite graph \
        answers neighbors, path, explain, stats and subgraph without reading the whole file, and search \
        finds words and phrases in its evidence; `datasette graph.sqlite` opens it in a browser.

        Examples:
          relgraph build examples/
          relgraph build a.txt b.txt --format graphml --output - | xmllint --format -
          relgraph build notes/ --window paragraph --min-weight 2 --format svg --output map.svg
          relgraph build notes/ --format html --hide-cooccurrence --output notes.html
          relgraph build notes/ --format graphml --graphml-flavor yed -o notes.graphml
          relgraph build notes/ --rules my-rules.yaml --initials per-document
          relgraph build day.jsonl --sender-field from --format json --output day.json
          relgraph build notes/ --format sqlite -o notes.sqlite --datasette-metadata notes.json

        A part of a split input (GNU parallel, a Slurm array, Spark) is named after the whole input and \
        numbered; merge joins the parts into the bytes of one build of the whole input:
          relgraph build - --source-name day.jsonl --part 3/8 --format json --compact -o - < piece3
          N=$(parallel --pipepart -a day.jsonl --block 1M --dry-run true | wc -l)
          parallel --pipepart -a day.jsonl --block 1M relgraph build - \\
            --source-name day.jsonl --part {#}/$N --format json --compact -o - \\
            | relgraph merge - --format graphml -o day.graphml
        """
    )

    @Argument(help: "Files or folders to read (.txt, .md, and .jsonl/.csv message dumps, recursively); - reads standard input.")
    var inputs: [String]

    @Option(help: "Write only this format: \(OutputFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: OutputFormat?

    @Option(name: .shortAndLong, help: ArgumentHelp("File to write the --format output to; - for standard output.", valueName: "path"))
    var output: String?

    @Option(help: ArgumentHelp("Folder for the output files (created if missing).", valueName: "dir"))
    var outputDir: String = "out"

    @Option(help: "Co-occurrence window: \(CoOccurrenceWindow.allCases.map(\.rawValue).joined(separator: ", ")).")
    var window: CoOccurrenceWindow = .sentence

    @Option(help: ArgumentHelp("Drop edges lighter than this weight (and entities left with no edge).", valueName: "weight"))
    var minWeight: Double = 1

    @Option(help: ArgumentHelp("Evidence sentences kept per edge.", valueName: "n"))
    var evidence: Int = 3

    @Option(help: ArgumentHelp("A window naming more entities than this is a list: each entity co-occurs only with the next one named.", valueName: "n"))
    var maxWindowEntities: Int = 50

    @OptionGroup var export: ExportOptions

    @Option(help: ArgumentHelp("Also write a Datasette metadata file for the SQLite graph (labels, facets, search): datasette graph.sqlite --metadata PATH.", valueName: "path"))
    var datasetteMetadata: String?

    @Option(help: "People named by a first name and an initial (\"Karim B.\"): merge (one entity, ambiguous=true when it spans documents) or per-document.")
    var initials: InitialsPolicy = .merge

    @OptionGroup var rules: RuleOptions

    @OptionGroup(title: "Message dumps (JSON Lines, CSV)") var dump: DumpOptions

    @OptionGroup(title: "Parts of a split input") var split: PartOptions

    @Flag(name: .shortAndLong, help: "Print no summary on standard error.")
    var quiet = false

    func validate() throws {
        try OptionsGivenOnce.require([["--format"], ["--output", "-o"], ["--output-dir"], ["--window"], ["--min-weight"]])
        try OptionsGivenOnce.requireNonEmpty(output: output)
        try rules.requireSomeRules()
        try split.validate(inputs: inputs, format: format, minimumWeight: minWeight)
        if output != nil, format == nil {
            throw ValidationError("--output names the file of one format: add --format (\(OutputFormat.allCases.map(\.rawValue).joined(separator: "|"))).")
        }
        if output == "-", let format, !format.canStream {
            throw ValidationError(GraphOutput.needsPath(format))
        }
        try export.requireApplicable(to: format)
        if datasetteMetadata != nil, let format, format != .sqlite {
            throw ValidationError("--datasette-metadata describes a SQLite graph: use it with --format sqlite, or without --format.")
        }
        if evidence < 0 { throw ValidationError("--evidence must be 0 or more.") }
        if maxWindowEntities < 2 { throw ValidationError("--max-window-entities must be 2 or more.") }
        if minWeight < 0 || !minWeight.isFinite { throw ValidationError("--min-weight must be a number of 0 or more.") }
    }

    func run() throws {
        try reportingErrors {
            let options = PipelineOptions(window: window, evidenceLimit: evidence, minimumWeight: minWeight, initials: initials,
                                          listThreshold: maxWindowEntities, part: split.sourcePart(of: inputs))
            let pipeline = Pipeline(rules: try rules.load(), options: options)
            let started = Date()
            let meter = ProgressMeter(enabled: !quiet && isatty(STDERR_FILENO) != 0)
            var exporter = export.exporter
            exporter.compactJSON = split.compact
            var loader = dump.loader
            loader.sourceName = split.sourceName
            // The run never reads what it writes, nor writes over what it reads.
            loader.outputs = GraphOutput.identities(of: outputPaths(exporter) + (output == nil ? [outputDir] : []))
            let (graph, tally) = try pipeline.run(inputs: inputs, loader: loader, diagnostics: { diagnostic in
                meter.clear()
                Console.warn(diagnostic)
            }, progress: meter.show)
            meter.clear()
            var outputs: [EncodedFile] = []
            var notes: [String] = []
            if let format {
                let path = output ?? "\(outputDir)/graph.\(format.fileExtension)"
                outputs += try exporter.files(for: graph, as: format, at: path)
            } else {
                let laidOut = GraphvizRenderer.isAvailable ? OutputFormat.defaults : OutputFormat.defaults.filter { !$0.isLaidOut }
                if laidOut.count < OutputFormat.defaults.count {
                    notes.append("SVG and HTML skipped: Graphviz is not installed (apt-get install graphviz, or libgraphviz-dev)")
                }
                for format in laidOut {
                    do {
                        outputs += try exporter.files(for: graph, as: format, at: "\(outputDir)/graph.\(format.fileExtension)")
                    } catch let error as RenderingError {
                        // Only SVG refuses a graph too large to lay out; HTML shows a part of it.
                        guard case .tooLarge = error else { throw error }
                        notes.append("SVG skipped: \(error.localizedDescription)")
                    }
                }
            }
            if format.map({ $0 == .html }) ?? GraphvizRenderer.isAvailable, exporter.pageShowsPart(of: graph) {
                notes.append(GraphOutput.partNote(graph, exporter: exporter))
            }
            if let datasetteMetadata, let database = outputs.first(where: \.isDatabase) {
                outputs.append(EncodedFile(path: datasetteMetadata, bytes: DatasetteMetadata.json(forDatabaseAt: database.path)))
            }
            if output == nil {
                try AtomicFileWriter().createFolder(outputDir)
            }
            // Every file is complete before any is renamed into place: a failure leaves earlier outputs untouched.
            try GraphOutput.write(outputs)
            if !quiet {
                let written = outputs.map { $0.path == "-" ? "standard output" : $0.path }.joined(separator: ", ")
                let seconds = String(format: "%.1f", Date().timeIntervalSince(started))
                Console.note("\(tally.documents) documents, \(graph.nodes.count) entities, \(graph.edges.count) edges, \(tally.skipped) skipped, \(seconds) s → \(written)")
                if tally.lists > 0 {
                    Console.note("\(tally.lists) \(window.rawValue) window(s) named more than \(maxWindowEntities) entities: taken as lists, each entity co-occurring only with the next one named (--max-window-entities changes the bound)")
                }
                notes.forEach(Console.note)
            }
        }
    }
}

extension BuildCommand {
    /// The files the run writes.
    private func outputPaths(_ exporter: GraphExporter) -> [String] {
        if let format { return exporter.paths(for: format, at: output ?? "\(outputDir)/graph.\(format.fileExtension)") }
        return OutputFormat.defaults.flatMap { exporter.paths(for: $0, at: "\(outputDir)/graph.\($0.fileExtension)") }
    }
}

extension OutputFormat: ExpressibleByArgument {}
extension CoOccurrenceWindow: ExpressibleByArgument {}
extension InitialsPolicy: ExpressibleByArgument {}
