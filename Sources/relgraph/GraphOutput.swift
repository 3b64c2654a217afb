import ArgumentParser
import Foundation
import RelGraph

/// Writes a run's files: to standard output as they are encoded, or all or nothing through an
/// ``OutputTransaction`` (each streamed into a temporary file, renamed into place once all are complete).
enum GraphOutput {
    /// Writes `graph` as `format` to `output` (`-`: standard output) and returns the files written.
    static func write(_ graph: Graph, as format: OutputFormat, to output: String, exporter: GraphExporter) throws -> [String] {
        if output == "-", format.isMultiFile {
            throw ValidationError("--format \(format.rawValue) writes several files; give --output PATH.")
        }
        let files = try exporter.files(for: graph, as: format, at: output)
        try write(files)
        return output == "-" ? [] : files.map(\.path)
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
                    try StandardOutput.check(sink)
                } else {
                    try transaction.add(file.path) { file.write(to: &$0) }
                }
            }
            try transaction.commit()
        } catch {
            transaction.discard()
            throw error
        }
    }
}
