import Foundation

/// Finds and reads the documents named on the command line: files, folders (recursively, `.txt` and `.md`
/// files, hidden entries skipped, symbolic links to folders not followed) and `-` for standard input.
public struct DocumentLoader: Sendable {
    /// The file name extensions read from folders (files named explicitly are read whatever their extension).
    public let extensions: Set<String>
    /// The format of the inputs (`auto`: by extension).
    public let format: InputFormat
    /// The field names of message dumps.
    public let fields: MessageFields
    /// The most bytes one document or message may hold: a larger document file (or standard input) is
    /// refused, a larger message skipped with a warning, so that no input can make a run exhaust memory.
    public let documentSizeLimit: Int
    private let dumpReader: MessageDumpReader

    /// The default ``documentSizeLimit``: 64 MiB.
    public static let defaultDocumentSizeLimit = 64 << 20

    /// Creates a loader that reads `.txt`, `.md`, `.jsonl`, `.ndjson` and `.csv` files from folders.
    public init(extensions: Set<String> = ["txt", "md", "jsonl", "ndjson", "csv"], format: InputFormat = .auto,
                fields: MessageFields = MessageFields(), documentSizeLimit: Int = DocumentLoader.defaultDocumentSizeLimit) {
        self.extensions = extensions
        self.format = format
        self.fields = fields
        self.documentSizeLimit = documentSizeLimit
        self.dumpReader = MessageDumpReader(fields: fields, sizeLimit: documentSizeLimit)
    }

    /// Whether the file at `path` is a message dump (JSON Lines or CSV) rather than one document.
    public func isMessageDump(_ path: String) -> Bool {
        format.resolved(for: path) != .text
    }

    /// The messages of the dump at `path`, in file order, and a diagnostic for each record skipped.
    public func messages(in path: String) throws(DocumentError) -> (documents: [Document], skipped: [Diagnostic]) {
        var documents: [Document] = []
        var skipped: [Diagnostic] = []
        try forEachMessage(in: path) { record in
            switch record {
            case .message(let document): documents.append(document)
            case .skipped(let diagnostic): skipped.append(diagnostic)
            }
        }
        return (documents, skipped)
    }

    /// Hands each message of the dump at `path` to `body` as it is read, in file order, or the diagnostic
    /// of a record that was skipped; memory holds one block of a JSON Lines file, not all its messages.
    public func forEachMessage(in path: String, _ body: (MessageRecord) -> Void) throws(DocumentError) {
        try forEachBlock(in: path) { block in forEachMessage(in: block, body) }
    }

    /// Hands the dump at `path` to `body` block by block as it is read, in file order, leaving the scan of
    /// its records to `forEachMessage(in: block)`, which any core can run.
    public func forEachBlock(in path: String, _ body: (DumpBlock) throws(DocumentError) -> Void) throws(DocumentError) {
        try dumpReader.forEachBlock(in: path, format: format.resolved(for: path),
                                    read: { path throws(DocumentError) in try read(path) }, body)
    }

    /// Hands each message of `block` to `body` in order, or the diagnostic of a malformed record.
    public func forEachMessage(in block: DumpBlock, _ body: (MessageRecord) -> Void) {
        dumpReader.forEachMessage(in: block, body)
    }

    /// The document files that `inputs` name, as identifiers (paths as given, or `-`), sorted and without
    /// duplicates, so that the order of the inputs on the command line does not matter.
    public func documentPaths(for inputs: [String]) throws(DocumentError) -> [String] {
        guard !inputs.isEmpty else { throw .noInputs }
        var paths = Set<String>()
        for input in inputs {
            if input == "-" {
                paths.insert(input)
                continue
            }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: input, isDirectory: &isDirectory) else {
                throw Self.isSymbolicLink(input) ? .brokenLink(path: input) : .notFound(path: input)
            }
            if isDirectory.boolValue {
                let found = try files(inFolder: input)
                guard !found.isEmpty else { throw .noDocuments(folder: input) }
                paths.formUnion(found)
            } else {
                if let kind = Self.specialKind(of: input) { throw .notADocument(path: input, kind: kind) }
                paths.insert(input)
            }
        }
        return paths.sorted()
    }

    /// Reads the document with identifier `path` (`-` reads standard input to its end); one larger than
    /// ``documentSizeLimit`` is refused, without reading more than the limit.
    public func load(_ path: String) throws(DocumentError) -> Document {
        Document(identifier: path, bytes: try read(path, limit: documentSizeLimit))
    }

    /// The bytes of the file at `path` (`-`: standard input), read whole with one `read` for a regular file;
    /// more than `limit` bytes are refused.
    private func read(_ path: String, limit: Int = .max) throws(DocumentError) -> [UInt8] {
        let descriptor = path == "-" ? STDIN_FILENO : open(path, O_RDONLY)
        guard descriptor >= 0 else { throw .unreadable(path: path, code: errno) }
        defer { if descriptor != STDIN_FILENO { close(descriptor) } }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw .unreadable(path: path, code: errno) }
        guard status.st_mode & S_IFMT != S_IFDIR else { throw .unreadable(path: path, code: EISDIR) }
        guard Int(status.st_size) <= limit else { throw .tooLarge(path: path, limit: limit) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(Int(status.st_size) + 1)
        var block = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            // Read until the end, whatever the size said: a file may grow, and a pipe has no size.
            let count = block.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw .unreadable(path: path, code: errno)
            }
            if count == 0 { return bytes }
            guard bytes.count + count <= limit else { throw .tooLarge(path: path, limit: limit) }
            bytes.append(contentsOf: block[..<count])
        }
    }

    /// The files under `folder` with one of the extensions, found with `readdir` (a file's type comes with
    /// its name, so a folder of 100,000 files costs no `stat` each): hidden entries skipped, symbolic links
    /// to files read, symbolic links to folders not followed (no loops).
    private func files(inFolder folder: String) throws(DocumentError) -> [String] {
        var found: [String] = []
        try collectFiles(in: folder.count > 1 && folder.hasSuffix("/") ? String(folder.dropLast()) : folder, into: &found)
        return found
    }

    private func collectFiles(in folder: String, into found: inout [String]) throws(DocumentError) {
        guard let directory = opendir(folder) else {
            throw .unreadable(path: folder, code: errno)
        }
        defer { closedir(directory) }
        var subfolders: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(cString: $0.bindMemory(to: CChar.self).baseAddress!) }
            guard !name.hasPrefix(".") else { continue }
            let path = folder + "/" + name
            switch Int32(entry.pointee.d_type) {
            case Int32(DT_DIR):
                subfolders.append(path)
            case Int32(DT_REG):
                if hasReadableExtension(name) { found.append(path) }
            default:
                // A symbolic link, or a file system that does not say: ask for the file's type.
                var status = stat()
                guard stat(path, &status) == 0 else { continue }
                if status.st_mode & S_IFMT == S_IFREG, hasReadableExtension(name) { found.append(path) }
                if status.st_mode & S_IFMT == S_IFDIR, Int32(entry.pointee.d_type) != Int32(DT_LNK) { subfolders.append(path) }
            }
        }
        for subfolder in subfolders { try collectFiles(in: subfolder, into: &found) }
    }

    private static func isSymbolicLink(_ path: String) -> Bool {
        var status = stat()
        return lstat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFLNK
    }

    /// What the file at `path` is if it is a device or a socket rather than a file or pipe that can be read to its end.
    private static func specialKind(of path: String) -> String? {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        switch status.st_mode & S_IFMT {
        case S_IFCHR, S_IFBLK: return "a device"
        case S_IFSOCK: return "a socket"
        default: return nil
        }
    }

    private func hasReadableExtension(_ name: String) -> Bool {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return false }
        return extensions.contains(name[name.index(after: dot)...].lowercased())
    }
}
