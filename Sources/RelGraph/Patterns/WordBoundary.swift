/// Word-boundary tests on UTF-8 bytes, decoding only the one scalar next to an offset.
///
/// A *word character* is a letter (general category L*), a combining mark (M*, so that a decomposed
/// accent keeps its base letter inside the word) or a decimal digit (Nd). Everything else is a boundary:
/// white space including no-break space, hyphens and dashes, apostrophes and quotes (`'`, `’`, `“`, `”`),
/// other punctuation and symbols, the start and the end of the text, and malformed UTF-8.
enum WordBoundary {
    /// Whether the ASCII byte `byte` is a letter or a digit (computed, not looked up: a static table costs a
    /// `swift_once` check per call, and this is called per character).
    @inline(__always)
    private static func isASCIIWord(_ byte: UInt8) -> Bool {
        let letter = byte | 0x20
        return (0x30...0x39).contains(byte) || (0x61...0x7A).contains(letter)
    }

    /// Whether `scalar` is a letter, a combining mark or a decimal digit.
    static func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return isASCIIWord(UInt8(scalar.value)) }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber:
            return true
        default:
            return false
        }
    }

    /// Whether the character that ends at `offset` is not a word character (true at the start of `text`).
    @inline(__always)
    static func isBoundary(before offset: Int, in text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard offset > 0 else { return true }
        let byte = text[offset - 1]
        if byte < 0x80 { return !isASCIIWord(byte) }
        var lead = offset - 1
        let lowest = max(0, offset - 4)
        while lead > lowest, text[lead] & 0xC0 == 0x80 { lead -= 1 }
        guard let (scalar, length) = decode(at: lead, in: text), lead + length == offset else { return true }
        return !isWordCharacter(scalar)
    }

    /// Whether the character that starts at `offset` is not a word character (true at the end of `text`).
    @inline(__always)
    static func isBoundary(at offset: Int, in text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard offset < text.count else { return true }
        let byte = text[offset]
        if byte < 0x80 { return !isASCIIWord(byte) }
        guard let (scalar, _) = decode(at: offset, in: text) else { return true }
        return !isWordCharacter(scalar)
    }

    /// The byte length of an inflection suffix `s`, `'s` or `’s` (either case of `s`) at `offset`, or 0.
    ///
    /// Only the suffix itself is checked; whether a boundary follows it is the caller's question.
    static func inflectionSuffixLength(at offset: Int, in text: UnsafeBufferPointer<UInt8>) -> Int {
        func isS(_ index: Int) -> Bool {
            index < text.count && text[index] | 0x20 == UInt8(ascii: "s")
        }
        guard offset < text.count else { return 0 }
        if isS(offset) { return 1 }
        if text[offset] == UInt8(ascii: "'") { return isS(offset + 1) ? 2 : 0 }
        // U+2019 RIGHT SINGLE QUOTATION MARK is E2 80 99.
        if text[offset] == 0xE2, offset + 3 < text.count, text[offset + 1] == 0x80, text[offset + 2] == 0x99 {
            return isS(offset + 3) ? 4 : 0
        }
        return 0
    }

    /// The scalar whose encoding starts at `offset` and its byte length, or `nil` when malformed.
    static func decode(at offset: Int, in text: UnsafeBufferPointer<UInt8>) -> (Unicode.Scalar, Int)? {
        let lead = text[offset]
        let length: Int
        var value: UInt32
        switch lead {
        case 0x00...0x7F: return (Unicode.Scalar(lead), 1)
        case 0xC2...0xDF: length = 2; value = UInt32(lead & 0x1F)
        case 0xE0...0xEF: length = 3; value = UInt32(lead & 0x0F)
        case 0xF0...0xF4: length = 4; value = UInt32(lead & 0x07)
        default: return nil
        }
        guard offset + length <= text.count else { return nil }
        for index in offset + 1 ..< offset + length {
            let byte = text[index]
            guard byte & 0xC0 == 0x80 else { return nil }
            value = value << 6 | UInt32(byte & 0x3F)
        }
        guard let scalar = Unicode.Scalar(value) else { return nil }
        return (scalar, length)
    }
}
