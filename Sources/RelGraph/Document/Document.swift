/// A text to analyse: its identifier, its text (valid UTF-8 that XML 1.0 can carry) and its date.
public struct Document: Sendable {
    /// The path as given on the command line (a file inside a given folder: that folder's path joined
    /// with the file's relative path), or `-` for standard input.
    public let identifier: String
    /// The text, without the leading date marker.
    public let text: String
    /// The document's date from a leading ` date YYYY-MM` marker, if it had one.
    public let date: String?
    /// How many invalid UTF-8 sequences were replaced when the document was decoded.
    public let invalidSequences: Int
    /// How many characters XML 1.0 cannot carry (NUL and other C0 controls, U+FFFE, U+FFFF) were replaced
    /// when the document was decoded.
    public let forbiddenCharacters: Int
    /// Who sent it, for a message from a dump with a sender field.
    public let sender: String?

    /// Creates a document from text that is already clean.
    public init(identifier: String, text: String, date: String? = nil, sender: String? = nil) {
        self.identifier = identifier
        self.text = text
        self.date = date
        self.invalidSequences = 0
        self.forbiddenCharacters = 0
        self.sender = sender
    }

    /// Creates a document from raw bytes: decodes them as UTF-8, replacing invalid sequences and the
    /// characters XML 1.0 cannot carry with U+FFFD, and takes a leading date marker off as the date.
    /// A message's `date` and `sender`, when given, take the place of a date marker.
    public init(identifier: String, bytes: some Collection<UInt8>, date: String? = nil, sender: String? = nil) {
        self.init(identifier: identifier, decoded: TextDecoder.decode(bytes), date: date, sender: sender)
    }

    /// Creates a document from text as ``init(identifier:bytes:date:sender:)`` does from bytes: only the
    /// characters XML 1.0 cannot carry remain to be replaced.
    init(identifier: String, checking text: String, date: String?, sender: String?) {
        self.init(identifier: identifier, decoded: TextDecoder.decode(text), date: date, sender: sender)
    }

    private init(identifier: String, decoded: TextDecoder.Decoded, date: String?, sender: String?) {
        let (markerDate, text) = date == nil ? DateMarker.split(decoded.text) : (nil, decoded.text)
        self.identifier = identifier
        self.text = text
        self.date = date ?? markerDate
        self.invalidSequences = decoded.invalidSequences
        self.forbiddenCharacters = decoded.forbiddenCharacters
        self.sender = sender
    }
}

extension Document {
    /// The warning to give when invalid UTF-8 or characters XML cannot carry were replaced, once per document.
    public var decodingWarning: Diagnostic? {
        var replaced: [String] = []
        if invalidSequences > 0 { replaced.append("\(invalidSequences) invalid UTF-8 sequence(s)") }
        if forbiddenCharacters > 0 {
            replaced.append("\(forbiddenCharacters) character(s) XML cannot carry (NUL and other control characters, U+FFFE, U+FFFF)")
        }
        guard !replaced.isEmpty else { return nil }
        let question = forbiddenCharacters > 0 ? "is it a text file?" : "is the file UTF-8?"
        return Diagnostic(location: identifier, message: "\(replaced.joined(separator: " and ")) replaced with U+FFFD; \(question)")
    }
}
