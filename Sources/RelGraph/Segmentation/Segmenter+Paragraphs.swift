extension Segmenter {
    /// One segmentation of one text: walks its lines, groups them into paragraphs and hands each
    /// paragraph's text to the sentence scanner, collecting the spans.
    struct Scan {
        let bytes: Bytes
        let vocabulary: Vocabulary
        private(set) var spans: [SentenceSpan] = []
        /// The index the next paragraph with a sentence gets.
        private var paragraph = 0
        /// The paragraph being gathered, if its first line has been read.
        private var draft: Draft?

        /// A paragraph being gathered, as positions of non-white-space content.
        private struct Draft {
            var start: Int
            var firstLineEnd: Int
            var secondLineStart: Int?
            var end: Int
        }

        init(bytes: Bytes, vocabulary: Vocabulary) {
            self.bytes = bytes
            self.vocabulary = vocabulary
        }

        /// Segments the whole text.
        mutating func run() {
            let count = bytes.count
            spans.reserveCapacity(count / 128)  // news sentences average well over 100 bytes
            var lineStart = 0
            while lineStart < count {
                let lineEnd = bytes.firstLineBreak(from: lineStart)
                take(lineFrom: lineStart, to: lineEnd)
                let crlf = lineEnd + 1 < count && bytes[lineEnd] == 0x0D && bytes[lineEnd + 1] == 0x0A
                lineStart = lineEnd + (crlf ? 2 : 1)
            }
            closeParagraph()
        }

        /// Adds the line `start..<end` (without its line break) to the paragraph being gathered, or
        /// ends that paragraph at a blank line or a Markdown heading.
        private mutating func take(lineFrom start: Int, to end: Int) {
            let contentStart = bytes.skipWhiteSpace(from: start, to: end)
            guard contentStart < end else {
                closeParagraph()
                return
            }
            let contentEnd = bytes.trimWhiteSpace(end, downTo: contentStart)
            if let heading = markdownHeading(lineStart: start, contentStart: contentStart, contentEnd: contentEnd) {
                closeParagraph()
                let before = spans.count
                if !heading.isEmpty { segment(heading) }
                if spans.count > before { paragraph += 1 }
                return
            }
            if var current = draft {
                if current.secondLineStart == nil { current.secondLineStart = contentStart }
                current.end = contentEnd
                draft = current
            } else {
                draft = Draft(start: contentStart, firstLineEnd: contentEnd, secondLineStart: nil, end: contentEnd)
            }
        }

        /// Segments the paragraph being gathered, if any: an unpunctuated first line above a line that
        /// starts a sentence is a heading and a sentence of its own.
        private mutating func closeParagraph() {
            guard let current = draft else { return }
            draft = nil
            let before = spans.count
            if let second = current.secondLineStart,
               lacksFinalPunctuation(current.start..<current.firstLineEnd),
               bytes.startsSentence(at: second) {
                segment(current.start..<current.firstLineEnd)
                segment(second..<current.end)
            } else {
                segment(current.start..<current.end)
            }
            if spans.count > before { paragraph += 1 }
        }

        /// The text of an ATX Markdown heading line (up to three bytes of indentation, one to six `#`,
        /// white space), without its marks or a closing run of `#`; `nil` if the line is no heading.
        private func markdownHeading(lineStart: Int, contentStart: Int, contentEnd: Int) -> Range<Int>? {
            guard contentStart - lineStart <= 3, bytes[contentStart] == 0x23 else { return nil }
            var marksEnd = contentStart
            while marksEnd < contentEnd && marksEnd - contentStart < 7 && bytes[marksEnd] == 0x23 {
                marksEnd += 1
            }
            guard marksEnd - contentStart <= 6,
                  marksEnd == contentEnd || bytes.whiteSpaceLength(at: marksEnd) > 0 else { return nil }
            let textStart = bytes.skipWhiteSpace(from: marksEnd, to: contentEnd)
            var closingStart = contentEnd
            while closingStart > textStart && bytes[closingStart - 1] == 0x23 { closingStart -= 1 }
            var textEnd = contentEnd
            if closingStart < contentEnd
                && (closingStart == textStart || bytes.whiteSpaceLength(endingAt: closingStart, notBefore: textStart) > 0) {
                textEnd = bytes.trimWhiteSpace(closingStart, downTo: textStart)
            }
            return textStart..<max(textStart, textEnd)
        }

        /// Whether `line` (trimmed) ends without sentence or clause punctuation (`.`, `!`, `?`, `…`,
        /// `,`, `;`, `:` or a dash), closing quotes and brackets aside.
        private func lacksFinalPunctuation(_ line: Range<Int>) -> Bool {
            var end = line.upperBound
            while end > line.lowerBound {
                let length = bytes.closerLength(endingAt: end, notBefore: line.lowerBound)
                if length == 0 { break }
                end -= length
            }
            guard end > line.lowerBound else { return false }
            switch bytes[end - 1] {
            case 0x2E, 0x21, 0x3F, 0x2C, 0x3B, 0x3A, 0x2D:
                return false
            case 0xA6, 0x93, 0x94:  // … – —
                return !bytes.isSequence(at: end - 3, 0xE2, 0x80, bytes[end - 1])
            default:
                return true
            }
        }

        /// Records the sentence `range` in the current paragraph; a sentence longer than
        /// ``Segmenter/longestSentence`` is recorded as pieces cut at white space (or, in a run without
        /// any, between two scalars).
        mutating func emit(_ range: Range<Int>) {
            var start = range.lowerBound
            while range.upperBound - start > Segmenter.longestSentence {
                let limit = start + Segmenter.longestSentence
                var cut = limit
                while cut > start + Segmenter.longestSentence / 2, bytes.whiteSpaceLength(at: cut) == 0 { cut -= 1 }
                if bytes.whiteSpaceLength(at: cut) == 0 { cut = bytes.scalarStart(before: limit + 1, notBefore: start) }
                append(start..<bytes.trimWhiteSpace(cut, downTo: start))
                start = bytes.skipWhiteSpace(from: cut, to: range.upperBound)
            }
            append(start..<range.upperBound)
        }

        private mutating func append(_ range: Range<Int>) {
            guard !range.isEmpty else { return }
            spans.append(SentenceSpan(range: range, paragraph: paragraph, index: spans.count))
        }
    }
}
