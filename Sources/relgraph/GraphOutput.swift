import ArgumentParser
import Foundation
import RelGraph

/// Writes one graph in one format, to a file (atomically, every file of the format encoded before any is
/// written) or to standard output.
enum GraphOutput {
    /// Writes `graph` as `format` to `output` (`-`: standard output) and returns the files written.
    static func write(_ graph: Graph, as format: OutputFormat, to output: String, exporter: GraphExporter) throws -> [String] {
        if output == "-" {
            guard !format.isMultiFile else {
                throw ValidationError("--format \(format.rawValue) writes several files; give --output PATH.")
            }
            FileHandle.standardOutput.write(try exporter.encode(graph, as: format))
            return []
        }
        let files = try exporter.files(for: graph, as: format, at: output)
        for file in files { try AtomicFileWriter().write(file.data, to: file.path) }
        return files.map(\.path)
    }
}
