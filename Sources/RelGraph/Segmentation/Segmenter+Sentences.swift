extension Segmenter.Scan {
    /// A run of sentence-ending punctuation (`.`, `!`, `?`, `…` in any mix) and where it ends.
    private struct Terminator {
        var end: Int
        /// Whether the run is one period, which abbreviations and initials may claim.
        var isSinglePeriod: Bool
    }

    /// What the word before a single period is.
    private enum Word {
        case ordinary, abbreviation, initial
    }

    /// Splits `unit` (a paragraph or part of one, starting and ending with non-white-space bytes)
    /// into sentences.
    ///
    /// Each byte is read once by the forward scan, eight at a time between candidate terminators; the
    /// look-back over the word before a period stops at the white space after the previous candidate
    /// boundary and after 32 bytes, so the whole is linear in the unit's length.
    mutating func segment(_ unit: Range<Int>) {
        let end = unit.upperBound
        var sentenceStart = unit.lowerBound
        var position = unit.lowerBound
        while true {
            position = bytes.firstTerminatorLead(from: position, to: end)
            guard position < end else { break }
            guard let terminator = terminator(at: position, end: end) else {
                position += 1
                continue
            }
            var closed = terminator.end
            while closed < end {
                let length = bytes.closerLength(at: closed)
                if length == 0 { break }
                closed += length
            }
            guard closed < end else { break }
            let gap = bytes.whiteSpaceLength(at: closed)
            guard gap > 0 else {
                position = closed
                continue
            }
            let next = bytes.skipWhiteSpace(from: closed + gap, to: end)
            guard next < end else { break }
            if endsSentence(terminator, at: position, sentenceStart: sentenceStart, next: next, end: end) {
                emit(sentenceStart..<closed)
                sentenceStart = next
            }
            position = next
        }
        emit(sentenceStart..<end)
    }

    /// The run of terminators starting at `position`, or `nil` if none starts there.
    private func terminator(at position: Int, end: Int) -> Terminator? {
        var cursor = position
        var periods = 0
        var others = 0
        while cursor < end {
            let byte = bytes[cursor]
            if byte == 0x2E {
                periods += 1
                cursor += 1
            } else if byte == 0x21 || byte == 0x3F {
                others += 1
                cursor += 1
            } else if byte == 0xE2 && cursor + 3 <= end && bytes.isSequence(at: cursor, 0xE2, 0x80, 0xA6) {
                others += 1
                cursor += 3
            } else {
                break
            }
        }
        guard cursor > position else { return nil }
        return Terminator(end: cursor, isSinglePeriod: periods == 1 && others == 0)
    }

    /// Whether the terminator at `position`, followed by white space and then `next`, ends the
    /// sentence that starts at `sentenceStart`.
    private func endsSentence(
        _ terminator: Terminator, at position: Int, sentenceStart: Int, next: Int, end: Int
    ) -> Bool {
        guard bytes.startsSentence(at: next) else { return false }
        if position > sentenceStart && (bytes[position - 1] == 0x28 || bytes[position - 1] == 0x5B) {
            return false  // `(...)`, `[…]`: an omission
        }
        guard terminator.isSinglePeriod else { return true }
        switch word(before: position, notBefore: sentenceStart) {
        case .ordinary: return true
        case .abbreviation: return false
        case .initial: return startsWithOpener(at: next, end: end)
        }
    }

    /// Classifies the white-space-delimited word before the period at `period`, opening quotes and
    /// brackets stripped.
    private func word(before period: Int, notBefore lower: Int) -> Word {
        var start = period
        var hasPeriod = false
        while start > lower {
            if period - start > 32 { return .ordinary }
            let byte = bytes[start - 1]
            if byte < 0x80 {
                if byte <= 0x20 || byte == 0x7F { break }
                hasPeriod = hasPeriod || byte == 0x2E
                start -= 1
                continue
            }
            let previous = bytes.scalarStart(before: start, notBefore: lower)
            if bytes.whiteSpaceLength(at: previous) > 0 { break }
            start = previous
        }
        while start < period {
            let length = bytes.openerLength(at: start)
            if length == 0 { break }
            start += length
        }
        guard start < period else { return .ordinary }
        if let (scalar, length) = bytes.scalar(at: start), start + length == period {
            return Segmenter.Bytes.isCapital(scalar) ? .initial : .ordinary
        }
        if vocabulary.isAbbreviation(bytes, start..<period) || hasPeriod && hasAbbreviationShape(start..<period) {
            return .abbreviation
        }
        return .ordinary
    }

    /// Whether `word` is short groups of ASCII letters joined by single periods (`U.S`, `p.m`,
    /// `m.b.t`): one to four letters each, at least two groups.
    private func hasAbbreviationShape(_ word: Range<Int>) -> Bool {
        var groups = 0
        var letters = 0
        for position in word {
            let byte = bytes[position]
            if byte == 0x2E {
                guard letters > 0 else { return false }
                groups += 1
                letters = 0
            } else if Segmenter.Bytes.isASCIILetter(byte) && letters < 4 {
                letters += 1
            } else {
                return false
            }
        }
        return groups >= 1 && letters > 0
    }

    /// Whether the text at `position` begins with a sentence opener (`De`, `Hij`, `The`, …) as a
    /// whole word; an opener that is also a surname particle does not count before a capital
    /// (`K. De Smet`).
    private func startsWithOpener(at position: Int, end: Int) -> Bool {
        var wordEnd = position
        while wordEnd < end && wordEnd - position <= 8 && Segmenter.Bytes.isASCIILetter(bytes[wordEnd]) {
            wordEnd += 1
        }
        guard wordEnd > position, wordEnd - position <= 8 else { return false }
        if wordEnd < end && bytes[wordEnd] >= 0x80 && bytes.whiteSpaceLength(at: wordEnd) == 0 {
            return false  // the word goes on in non-ASCII letters
        }
        guard vocabulary.isOpener(bytes, position..<wordEnd) else { return false }
        if vocabulary.isNameParticle(bytes, position..<wordEnd) {
            let following = bytes.skipWhiteSpace(from: wordEnd, to: end)
            if following > wordEnd && following < end && bytes.isCapital(at: following) { return false }
        }
        return true
    }
}
