import ArgumentParser
import Foundation
import RelGraph

/// Writes a run's files: to standard output as they are encoded, or all or nothing through an
/// ``OutputTransaction`` (each streamed into a temporary file, renamed into place once all are complete).
enum GraphOutput {
    /// Writes `graph` as `format` to `output` (`-`: standard output) and returns the files written.
    static func write(_ graph: Graph, as format: OutputFormat, to output: String, exporter: GraphExporter) throws -> [String] {
        if output == "-", !format.canStream {
            throw ValidationError(needsPath(format))
        }
        let files = try exporter.files(for: graph, as: format, at: output)
        try write(files)
        return output == "-" ? [] : files.map(\.path)
    }

    /// Why `format` cannot go to standard output.
    static func needsPath(_ format: OutputFormat) -> String {
        format == .csv
            ? "--format csv writes several files; give --output PATH (PATH.nodes.csv, PATH.edges.csv, PATH.evidence.csv)."
            : "--format \(format.rawValue) writes a database file, not a stream; give --output PATH."
    }

    /// Writes `files`, in order: `-` to standard output, any other path through one transaction.
    static func write(_ files: [EncodedFile]) throws {
        var transaction = OutputTransaction()
        do {
            for file in files {
                if file.path == "-" {
                    var sink = FileSink(descriptor: STDOUT_FILENO)
                    file.write(to: &sink)
                    sink.flush()
                    if let failure = sink.failure { throw OutputTransaction.WriteError(path: "standard output", reason: failure) }
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
}
