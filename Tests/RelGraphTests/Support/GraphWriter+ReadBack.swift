import Foundation
import RelGraph

extension GraphWriter {
    /// `graph` written with this writer to a temporary `graph.EXTENSION` and read back with ``GraphFile``.
    func readBack(_ graph: Graph, extension ext: String) throws -> Graph {
        let folder = try ExternalTool.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("graph.\(ext)").path
        try AtomicFileWriter().write(string(for: graph), to: path)
        return try GraphFile.read(path)
    }
}
