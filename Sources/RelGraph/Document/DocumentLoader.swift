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
    /// The files and folders the run writes: a folder among them is not read (a rerun does not feed on
    /// its own outputs), a document among them is refused (the run would write over it).
    public var outputs: Set<FileIdentity> = []
    /// The name the input goes by instead of its path (`build --source-name`): in its documents' identifiers
    /// (`NAME#ID`, `NAME:LINE`, or NAME for a text document), in diagnostics about its records, and, with
    /// the `auto` format, to tell its format by extension. For standard input, or a part of a file, built
    /// as a single build of the file NAME would build it.
    public var sourceName: String?
    /// How the files relgraph writes begin (its CSV tables' header lines): a file that begins so is
    /// relgraph's output, and is skipped.
    public var ownOutputSignatures: [[UInt8]] = []

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
        format.resolved(for: name(of: path)) != .text
    }

    /// What the input at `path` is called in identifiers: ``sourceName``, or the path itself.
    private func name(of path: String) -> String {
        sourceName ?? path
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
        try dumpReader.forEachBlock(in: path, named: name(of: path), format: format.resolved(for: name(of: path)),
                                    read: { path throws(DocumentError) in try read(path) }, body)
    }

    /// Hands each message of `block` to `body` in order, or the diagnostic of a malformed record.
    public func forEachMessage(in block: DumpBlock, _ body: (MessageRecord) -> Void) {
        dumpReader.forEachMessage(in: block, body)
    }

    /// The document files that `inputs` name, as identifiers (paths as given, or `-`), sorted and without
    /// duplicates, so that the order of the inputs on the command line does not matter. A file reached by
    /// two paths (`ex` and `./ex`, a link, a hard link) counts once, under the path that sorts first; files
    /// that relgraph wrote (``ownOutputSignatures``) are skipped, and so are folders among ``outputs``; a
    /// document among ``outputs`` is refused, as the run would write over it.
    public func documentPaths(for inputs: [String]) throws(DocumentError) -> [String] {
        guard !inputs.isEmpty else { throw .noInputs }
        var found = FoundFiles()
        for input in inputs {
            if input == "-" {
                found.standardInput = true
                continue
            }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: input, isDirectory: &isDirectory) else {
                throw Self.isSymbolicLink(input) ? .brokenLink(path: input) : .notFound(path: input)
            }
            if isDirectory.boolValue {
                let before = found.seen
                try collectFiles(in: input.count > 1 && input.hasSuffix("/") ? String(input.dropLast()) : input, into: &found)
                guard found.seen > before else { throw .noDocuments(folder: input) }
            } else {
                if let kind = Self.specialKind(of: input) { throw .notADocument(path: input, kind: kind) }
                var status = stat()
                guard stat(input, &status) == 0 else { throw .unreadable(path: input, code: errno) }
                try add(input, FileIdentity(status), to: &found)
            }
        }
        return found.paths
    }

    /// The files found so far, by identity, each under the path that sorts first.
    private struct FoundFiles {
        var byIdentity: [FileIdentity: String] = [:]
        var standardInput = false
        /// How many files were met, duplicates and relgraph's own outputs included.
        var seen = 0
        var paths: [String] { (byIdentity.values + (standardInput ? ["-"] : [])).sorted() }
    }

    private func add(_ path: String, _ identity: FileIdentity, to found: inout FoundFiles) throws(DocumentError) {
        found.seen += 1
        if let known = found.byIdentity[identity], known.utf8Precedes(path) { return }
        if isOwnOutput(path) { return }
        if outputs.contains(identity) { throw .isAnOutput(path: path) }
        found.byIdentity[identity] = path
    }

    /// Whether the file at `path` is a `.csv` file (the only kind of relgraph's outputs a build reads)
    /// that begins with one of ``ownOutputSignatures``: a table relgraph wrote.
    private func isOwnOutput(_ path: String) -> Bool {
        guard path.utf8.count > 4, path.suffix(4).lowercased() == ".csv",
              let longest = ownOutputSignatures.map(\.count).max() else { return false }
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { return false }
        var start = [UInt8](repeating: 0, count: longest)
        let count = start.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, $0.count, 0) }
        guard count > 0 else { return false }
        return ownOutputSignatures.contains { $0.count <= count && start[..<$0.count].elementsEqual($0) }
    }

    /// Reads the document at `path` (`-` reads standard input to its end), identified by its name; one larger than
    /// ``documentSizeLimit`` is refused, without reading more than the limit.
    public func load(_ path: String) throws(DocumentError) -> Document {
        Document(identifier: name(of: path), bytes: try read(path, limit: documentSizeLimit))
    }

    /// The bytes of the file at `path` (`-`: standard input), read whole; more than `limit` bytes are
    /// refused without reading past the limit.
    private func read(_ path: String, limit: Int = .max) throws(DocumentError) -> [UInt8] {
        do {
            return try WholeFile.bytes(at: path, limit: limit)
        } catch where error.code == EFBIG {
            throw .tooLarge(path: path, limit: limit)
        } catch {
            throw .unreadable(path: path, code: error.code)
        }
    }

    /// Adds the files under `folder` with one of the extensions, found with `readdir` (a file's type and
    /// inode come with its name, so a folder of 100,000 files costs no `stat` each): hidden entries and
    /// folders among ``outputs`` skipped, symbolic links to files read, symbolic links to folders not
    /// followed (no loops). A folder is closed before its subfolders are read, so that one descriptor is
    /// open at a time however deep the tree.
    private func collectFiles(in folder: String, into found: inout FoundFiles) throws(DocumentError) {
        guard let directory = opendir(folder) else {
            throw .unreadable(path: folder, code: errno)
        }
        var folderStatus = stat()
        fstat(dirfd(directory), &folderStatus)
        let device = UInt64(folderStatus.st_dev)
        var subfolders: [String] = []
        var files: [(String, FileIdentity)] = []
        while let entry = readdir(directory) {
            let name = DirectoryEntry.name(of: entry)
            guard !name.hasPrefix(".") else { continue }
            let path = folder + "/" + name
            switch Int32(entry.pointee.d_type) {
            case Int32(DT_DIR):
                subfolders.append(path)
            case Int32(DT_REG):
                if hasReadableExtension(name) { files.append((path, FileIdentity(device: device, inode: UInt64(entry.pointee.d_ino)))) }
            default:
                // A symbolic link, or a file system that does not say: ask for the file's type.
                var status = stat()
                guard stat(path, &status) == 0 else { continue }
                if status.st_mode & S_IFMT == S_IFREG, hasReadableExtension(name) {
                    files.append((path, FileIdentity(status)))
                }
                if status.st_mode & S_IFMT == S_IFDIR, Int32(entry.pointee.d_type) != Int32(DT_LNK) { subfolders.append(path) }
            }
        }
        closedir(directory)
        for (path, identity) in files { try add(path, identity, to: &found) }
        for subfolder in subfolders {
            if !outputs.isEmpty, let identity = FileIdentity(path: subfolder), outputs.contains(identity) { continue }
            try collectFiles(in: subfolder, into: &found)
        }
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
