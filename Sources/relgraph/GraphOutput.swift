import ArgumentParser
import Foundation
import RelGraph

/// Writes one graph in one format, to a file (atomically, every file of the format encoded before any is
/// written) or to standard output.
enum GraphOutput {
    /// Writes `graph` as `format` to `output` (`-`: standard output) and returns the files written.
    static func write(_ graph: Graph, as format: OutputFormat, to output: String, exporter: GraphExporter) throws -> [String] {
        if output == "-", format.isMultiFile {
            throw ValidationError("--format \(format.rawValue) writes several files; give --output PATH.")
        }
        let files = try exporter.files(for: graph, as: format, at: output)
        if output == "-" {
            files.forEach { FileHandle.standardOutput.write(Data($0.bytes)) }
            return []
        }
        for file in files { try AtomicFileWriter().write(file.bytes, to: file.path) }
        return files.map(\.path)
    }
}
