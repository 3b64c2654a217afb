/// Splits a document's text into paragraphs and sentences, working directly on its UTF-8 bytes.
///
/// Paragraphs are separated by blank lines (lines of white space only); a Markdown heading line
/// (`# …`, up to six `#`) is a paragraph of its own, without its `#` marks. Inside a paragraph a line
/// break is white space, except that an unpunctuated first line above a capitalised line is a
/// heading and a sentence of its own.
///
/// A sentence ends at `.`, `!`, `?`, `…` or `...`, with any closing quotes or brackets after it, when
/// white space and then an uppercase letter, a digit or an opening quote or bracket follow. A single
/// period does not end a sentence after a known Dutch or English abbreviation (`o.a.`, `dhr.`, `Mr.`,
/// …), a token with an internal period (`U.S.`, `p.m.`) or an initial (`Sahil M. werd`), unless an
/// initial is followed by a common sentence opener (`De`, `Hij`, `The`, …). Ellipses in brackets
/// (`(...)`) mark an omission and end nothing.
///
/// White space is Unicode's (NBSP and the other wide spaces included) together with every control
/// character; line breaks are LF, CRLF and CR. Segmentation is linear in the text's length: bytes are
/// read once or twice, and a scalar is decoded only where a boundary is being decided.
///
/// No sentence is longer than ``longestSentence`` bytes: a longer run without a sentence end (a pasted
/// log, a line of base64, a message without punctuation) is cut at white space into pieces, so that the
/// work per sentence of every later stage stays bounded.
public struct Segmenter: Sendable {
    /// The longest sentence, in bytes (about 30 lines of prose; real sentences stay far below it).
    public static let longestSentence = 4_096

    let vocabulary: Vocabulary

    /// Creates a segmenter with the built-in Dutch and English abbreviation lists.
    public init() {
        vocabulary = Vocabulary.builtIn
    }

    /// The sentences of `text` (UTF-8 bytes), in order.
    public func sentences(in text: UnsafeBufferPointer<UInt8>) -> [SentenceSpan] {
        var scan = Scan(bytes: Bytes(buffer: text), vocabulary: vocabulary)
        scan.run()
        return scan.spans
    }

    /// The sentences of `text`, in order; their ranges are offsets into its UTF-8 view.
    public func sentences(in text: String) -> [SentenceSpan] {
        var text = text
        return text.withUTF8 { sentences(in: $0) }
    }
}
