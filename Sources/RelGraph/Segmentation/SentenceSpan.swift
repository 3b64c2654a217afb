/// A sentence: its byte range in the document's UTF-8 text (trimmed of surrounding white space),
/// its paragraph index and its index in the document (from 0).
public struct SentenceSpan: Hashable, Sendable {
    /// The sentence's bytes in the document's UTF-8 text, from its first to just past its last
    /// non-white-space byte.
    public let range: Range<Int>
    /// The index of the sentence's paragraph in the document, from 0; paragraphs without a sentence
    /// (an empty Markdown heading) are not counted, so the indices have no gaps.
    public let paragraph: Int
    /// The index of the sentence in the document, from 0.
    public let index: Int

    /// Creates a span; ``Segmenter`` makes these, and callers that rebuild spans may too.
    public init(range: Range<Int>, paragraph: Int, index: Int) {
        self.range = range
        self.paragraph = paragraph
        self.index = index
    }

    /// The sentence's text in `text` (the document's UTF-8 bytes) with every run of white space
    /// (newlines, tabs, NBSP and other Unicode spaces, control characters) folded to one space.
    ///
    /// A range that reaches past the end of `text` is cut at its end, so a span applied to the wrong
    /// document gives wrong text, never a crash.
    public func text(in text: UnsafeBufferPointer<UInt8>) -> String {
        let bytes = Segmenter.Bytes(buffer: text)
        let lower = min(max(range.lowerBound, 0), text.count)
        let upper = min(max(range.upperBound, lower), text.count)
        var folded: [UInt8] = []
        folded.reserveCapacity(upper - lower)
        var pendingSpace = false
        var position = lower
        while position < upper {
            let space = bytes.whiteSpaceLength(at: position)
            if space > 0 {
                pendingSpace = true
                position += space
                continue
            }
            if pendingSpace && !folded.isEmpty { folded.append(0x20) }
            pendingSpace = false
            folded.append(text[position])
            position += 1
        }
        return String(decoding: folded, as: UTF8.self)
    }

    /// The sentence's text in `text`, whose UTF-8 view the range refers to, folded as the
    /// byte-buffer overload folds it.
    public func text(in text: String) -> String {
        var text = text
        return text.withUTF8 { self.text(in: $0) }
    }
}
