import ArgumentParser
import Foundation
import RelGraph

/// Writes a run's files: to standard output as they are encoded, or all or nothing through an
/// ``OutputTransaction`` (each streamed into a temporary file, renamed into place once all are complete).
enum GraphOutput {
    /// Writes `graph` as `format` to `output` (`-`: standard output), never over one of the files
    /// `inputs`, and returns the files written.
    static func write(_ graph: Graph, as format: OutputFormat, to output: String, exporter: GraphExporter, inputs: [String]) throws -> [String] {
        if output == "-", !format.canStream {
            throw ValidationError(needsPath(format))
        }
        let files = try exporter.files(for: graph, as: format, at: output)
        try write(files, protecting: Set(inputs.compactMap(FileIdentity.init(path:))))
        if format == .html, exporter.pageShowsPart(of: graph) {
            Console.note(partNote(graph, exporter: exporter))
        }
        return output == "-" ? [] : files.map(\.path)
    }

    /// What a page that shows only the best-connected part of `graph` says on standard error.
    static func partNote(_ graph: Graph, exporter: GraphExporter) -> String {
        let drawn = graph.drawing(exporter.selection)
        let engine = exporter.engine(for: drawn)
        return "the HTML page shows the best-connected part of the graph: its \(drawn.nodes.count) nodes and \(drawn.edges.count) edges drawn "
            + "are more than \(engine.rawValue) lays out in reasonable time (about \(engine.largestGraph) nodes or \(engine.largestEdgeCount) edges); "
            + "add --force to lay out everything, or draw one entity's network with `relgraph subgraph`"
    }

    /// Why `format` cannot go to standard output.
    static func needsPath(_ format: OutputFormat) -> String {
        format == .csv
            ? "--format csv writes several files; give --output PATH (PATH.nodes.csv, PATH.edges.csv, PATH.evidence.csv)."
            : "--format \(format.rawValue) writes a database file, not a stream; give --output PATH."
    }

    /// Writes `files`, in order: `-` to standard output, any other path through one transaction that
    /// refuses to write over the files `inputs` identify.
    static func write(_ files: [EncodedFile], protecting inputs: Set<FileIdentity> = []) throws {
        var transaction = OutputTransaction(protecting: inputs)
        do {
            for file in files {
                if file.path == "-" {
                    var sink = FileSink(descriptor: STDOUT_FILENO)
                    file.write(to: &sink)
                    sink.flush()
                    try StandardOutput.check(sink)
                } else {
                    try transaction.add(file)
                }
            }
            try transaction.commit()
        } catch {
            transaction.discard()
            throw error
        }
    }

    /// The files and folders among `paths` that exist (`-`, standard output, is none).
    static func identities(of paths: [String]) -> Set<FileIdentity> {
        Set(paths.filter { $0 != "-" }.compactMap(FileIdentity.init(path:)))
    }
}
