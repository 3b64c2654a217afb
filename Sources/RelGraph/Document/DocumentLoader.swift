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

    /// Creates a loader that reads `.txt`, `.md`, `.jsonl`, `.ndjson` and `.csv` files from folders.
    public init(extensions: Set<String> = ["txt", "md", "jsonl", "ndjson", "csv"], format: InputFormat = .auto,
                fields: MessageFields = MessageFields()) {
        self.extensions = extensions
        self.format = format
        self.fields = fields
    }

    /// Whether the file at `path` is a message dump (JSON Lines or CSV) rather than one document.
    public func isMessageDump(_ path: String) -> Bool {
        format.resolved(for: path) != .text
    }

    /// The messages of the dump at `path`, in file order, and a diagnostic for each record skipped.
    public func messages(in path: String) throws(DocumentError) -> (documents: [Document], skipped: [Diagnostic]) {
        var documents: [Document] = []
        var skipped: [Diagnostic] = []
        try forEachMessage(in: path) { record throws(DocumentError) in
            switch record {
            case .message(let document): documents.append(document)
            case .skipped(let diagnostic): skipped.append(diagnostic)
            }
        }
        return (documents, skipped)
    }

    /// Hands each message of the dump at `path` to `body` as it is read, in file order, or the diagnostic
    /// of a record that was skipped; memory holds the file's bytes, not all its messages.
    public func forEachMessage(in path: String, _ body: (MessageRecord) throws(DocumentError) -> Void) throws(DocumentError) {
        let bytes = try read(path)
        try MessageDumpReader(fields: fields).forEachRecord(in: Array(bytes), path: path, format: format.resolved(for: path), body)
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
                throw .notFound(path: input)
            }
            if isDirectory.boolValue {
                let found = try files(inFolder: input)
                guard !found.isEmpty else { throw .noDocuments(folder: input) }
                paths.formUnion(found)
            } else {
                paths.insert(input)
            }
        }
        return paths.sorted()
    }

    /// Reads the document with identifier `path` (`-` reads standard input to its end).
    public func load(_ path: String) throws(DocumentError) -> Document {
        Document(identifier: path, bytes: try read(path))
    }

    private func read(_ path: String) throws(DocumentError) -> Data {
        if path == "-" { return FileHandle.standardInput.readDataToEndOfFile() }
        do {
            return try Data(contentsOf: URL(fileURLWithPath: path), options: .mappedIfSafe)
        } catch {
            throw .unreadable(path: path, reason: Self.reason(for: error, path: path))
        }
    }

    private func files(inFolder folder: String) throws(DocumentError) -> [String] {
        let root = URL(fileURLWithPath: folder, isDirectory: true)
        guard FileManager.default.isReadableFile(atPath: folder) else {
            throw .unreadable(path: folder, reason: "permission denied")
        }
        guard let enumerator = FileManager.default.enumerator(
            at: root, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles]
        ) else { throw .unreadable(path: folder, reason: "cannot list its contents") }
        let prefix = folder.hasSuffix("/") ? folder : folder + "/"
        let rootComponents = root.standardizedFileURL.pathComponents.count
        var found: [String] = []
        for case let url as URL in enumerator {
            guard extensions.contains(url.pathExtension.lowercased()),
                  (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true
            else { continue }
            let relative = url.standardizedFileURL.pathComponents.dropFirst(rootComponents).joined(separator: "/")
            found.append(prefix + relative)
        }
        return found
    }

    private static func reason(for error: any Error, path: String) -> String {
        if !FileManager.default.isReadableFile(atPath: path) { return "permission denied" }
        return (error as NSError).localizedDescription
    }
}
