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
        try write(files)
        return output == "-" ? [] : files.map(\.path)
    }

    /// Writes files already encoded, in order: `-` to standard output, any other path atomically.
    static func write(_ files: [(path: String, bytes: [UInt8])]) throws {
        let writer = AtomicFileWriter()
        for (path, bytes) in files {
            if path == "-" {
                FileHandle.standardOutput.write(Data(bytes))
            } else {
                try writer.write(bytes, to: path)
            }
        }
    }
}
