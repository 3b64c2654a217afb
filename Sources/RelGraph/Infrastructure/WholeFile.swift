import Foundation

/// A file read whole with `read(2)` to its end: a regular file whatever its size said (it may grow), and
/// a pipe (`/dev/stdin`, `<(…)`), which has no size and can be read only once, alike.
enum WholeFile {
    /// Why a file could not be read: the `errno` of the call that failed.
    struct Failure: Error {
        let code: Int32
    }

    /// Whether `path` is a pipe, which a reader must take in one pass.
    static func isPipe(_ path: String) -> Bool {
        var status = stat()
        return stat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFIFO
    }

    /// The bytes of the file at `path` (`-`: standard input); more than `limit` bytes are refused with
    /// `EFBIG`, without reading past the limit.
    static func bytes(at path: String, limit: Int = .max) throws(Failure) -> [UInt8] {
        let descriptor = path == "-" ? STDIN_FILENO : open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw Failure(code: errno) }
        defer { if descriptor != STDIN_FILENO { close(descriptor) } }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw Failure(code: errno) }
        guard status.st_mode & S_IFMT != S_IFDIR else { throw Failure(code: EISDIR) }
        guard Int(status.st_size) <= limit else { throw Failure(code: EFBIG) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(Int(status.st_size) + 1)
        var block = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = block.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw Failure(code: errno)
            }
            if count == 0 { return bytes }
            guard bytes.count + count <= limit else { throw Failure(code: EFBIG) }
            bytes.append(contentsOf: block[..<count])
        }
    }
}
