import Foundation

/// Graphs written one per line (`--format json --compact`), as shell pipes and Spark's `RDD.pipe` carry
/// them: read a line at a time, so that memory holds one graph's line, not all of them.
public enum GraphLines {
    /// Hands each graph in the file at `path` (`-`: standard input) to `body` in order, with the name
    /// errors give it (`standard input:3`); blank lines are skipped. A line that is not a node-link JSON
    /// graph is refused with its line.
    public static func forEach(in path: String, _ body: (Graph, _ name: String) throws -> Void) throws {
        let shown = path == "-" ? "standard input" : path
        try LineBlockReader.forEachRun(in: path, unreadable: { code -> any Error in
            GraphReadError(path: shown, message: "cannot be read (\(String(cString: strerror(code))))")
        }) { firstLine, run in
            // The lines of a run (about a megabyte) are read first: a line's reader cannot throw.
            var graphs: [(Graph, Int)] = []
            var failure: GraphReadError?
            run.withUnsafeBufferPointer { run in
                LineBlockReader.forEachLine(in: run, firstLine: firstLine) { line, bytes in
                    guard failure == nil, bytes.contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) else { return }
                    do throws(GraphReadError) {
                        graphs.append((try JSONGraphReader().read(Data(bytes), path: shown), line))
                    } catch {
                        failure = GraphReadError(path: shown, line: line, message: "\(error.message) (one graph per line, as --format json --compact writes them)")
                    }
                }
            }
            if let failure { throw failure }
            for (graph, line) in graphs { try body(graph, "\(shown):\(line)") }
        }
    }
}
