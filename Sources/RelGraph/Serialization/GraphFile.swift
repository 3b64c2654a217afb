import Foundation

/// Reads a saved graph whatever its format: GraphML (`.graphml`, `.xml`) or node-link JSON (`.json`);
/// another extension is told apart by its first character (`<` or `{`).
public enum GraphFile {
    /// The graph saved at `path`.
    public static func read(_ path: String) throws(GraphReadError) -> Graph {
        try requireReadable(path)
        if WholeFile.isPipe(path) { return try readPipe(path) }
        switch (path as NSString).pathExtension.lowercased() {
        case "graphml", "xml": return try GraphMLReader().read(contentsOf: path)
        case "json": return try JSONGraphReader().read(contentsOf: path)
        default:
            let first = FileHandle(forReadingAtPath: path).flatMap { handle in
                defer { try? handle.close() }
                return (try? handle.read(upToCount: 64)).flatMap(firstSignificantByte)
            }
            switch first {
            case UInt8(ascii: "{"): return try JSONGraphReader().read(contentsOf: path)
            case UInt8(ascii: "<"): return try GraphMLReader().read(contentsOf: path)
            default:
                throw GraphReadError(path: path, message: "not a graph relgraph can read; give a .graphml or .json file written by relgraph build")
            }
        }
    }

    /// The graph in the pipe `path` (`/dev/stdin`, `<(…)`), read once: whole, then told apart by its
    /// extension or first character.
    private static func readPipe(_ path: String) throws(GraphReadError) -> Graph {
        let bytes: [UInt8]
        do {
            bytes = try WholeFile.bytes(at: path)
        } catch {
            throw GraphReadError(path: path, message: "cannot be read (\(String(cString: strerror(error.code))))")
        }
        switch ((path as NSString).pathExtension.lowercased(), firstSignificantByte(bytes.prefix(64))) {
        case ("graphml", _), ("xml", _), (_, UInt8(ascii: "<")): return try GraphMLReader().read(Data(bytes), path: path)
        case ("json", _), (_, UInt8(ascii: "{")): return try JSONGraphReader().read(Data(bytes), path: path)
        default: throw GraphReadError(path: path, message: "not a graph relgraph can read; give a .graphml or .json file written by relgraph build")
        }
    }

    /// The first byte of `start` that is not white space or part of a byte order mark: `<` or `{`.
    private static func firstSignificantByte(_ start: some Sequence<UInt8>) -> UInt8? {
        start.first { !($0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 || $0 == 0xEF || $0 == 0xBB || $0 == 0xBF) }
    }

    /// Refuses `path` unless it is a file (or a pipe) this process may read, saying what it is instead.
    static func requireReadable(_ path: String) throws(GraphReadError) {
        var status = stat()
        guard stat(path, &status) == 0 else {
            throw GraphReadError(path: path, message: errno == ENOENT ? "no such file" : "cannot be read (\(String(cString: strerror(errno))))")
        }
        switch status.st_mode & S_IFMT {
        case S_IFDIR: throw GraphReadError(path: path, message: "a folder, not a graph file; give a .graphml or .json file written by relgraph build")
        case S_IFREG, S_IFIFO: break
        default: throw GraphReadError(path: path, message: "not a regular file (a device or socket); give a .graphml or .json file")
        }
        guard access(path, R_OK) == 0 else {
            throw GraphReadError(path: path, message: "cannot be read (permission denied); check its permissions")
        }
    }
}
