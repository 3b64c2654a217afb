import Foundation

/// Reads a saved graph whatever its format: GraphML (`.graphml`, `.xml`) or node-link JSON (`.json`);
/// another extension is told apart by its first character (`<` or `{`).
public enum GraphFile {
    /// The graph saved at `path`.
    public static func read(_ path: String) throws(GraphReadError) -> Graph {
        switch (path as NSString).pathExtension.lowercased() {
        case "graphml", "xml": return try GraphMLReader().read(contentsOf: path)
        case "json": return try JSONGraphReader().read(contentsOf: path)
        default:
            let first = FileHandle(forReadingAtPath: path).flatMap { handle in
                defer { try? handle.close() }
                return (try? handle.read(upToCount: 64))?.first { !($0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 || $0 == 0xEF || $0 == 0xBB || $0 == 0xBF) }
            }
            switch first {
            case UInt8(ascii: "{"): return try JSONGraphReader().read(contentsOf: path)
            case UInt8(ascii: "<"): return try GraphMLReader().read(contentsOf: path)
            default:
                throw GraphReadError(path: path, message: "not a graph relgraph can read; give a .graphml or .json file written by relgraph build")
            }
        }
    }
}
