extension Segmenter {
    /// A document's UTF-8 bytes with the character classes segmentation asks about, decoded only at
    /// the positions asked about.
    ///
    /// Every look-up checks its bounds against the buffer, so malformed or truncated UTF-8 gives odd
    /// boundaries, never a crash.
    struct Bytes {
        let buffer: UnsafeBufferPointer<UInt8>

        var count: Int { buffer.count }

        subscript(position: Int) -> UInt8 { buffer[position] }

        // MARK: Eight bytes at a time

        /// The first position in `start..<end` whose byte is `.`, `!`, `?` or 0xE2 (which leads `…`),
        /// or `end`.
        func firstTerminatorLead(from start: Int, to end: Int) -> Int {
            var position = start
            // Words may reach past `end` (not past the buffer): a match there is no match.
            while position < end && position + 8 <= count {
                let word = word(at: position)
                let found = Self.bytes(of: word, equalTo: 0x2E2E_2E2E_2E2E_2E2E)
                    | Self.bytes(of: word, equalTo: 0x2121_2121_2121_2121)
                    | Self.bytes(of: word, equalTo: 0x3F3F_3F3F_3F3F_3F3F)
                    | Self.bytes(of: word, equalTo: 0xE2E2_E2E2_E2E2_E2E2)
                if found != 0 { return min(position + found.trailingZeroBitCount >> 3, end) }
                position += 8
            }
            while position < end {
                let byte = buffer[position]
                if byte == 0x2E || byte == 0x21 || byte == 0x3F || byte == 0xE2 { return position }
                position += 1
            }
            return end
        }

        /// The first position at or after `start` whose byte is a line feed or a carriage return, or
        /// `count`.
        func firstLineBreak(from start: Int) -> Int {
            var position = start
            while position + 8 <= count {
                var found = Self.bytes(of: word(at: position), below: 0x0E)
                while found != 0 {
                    let candidate = position + found.trailingZeroBitCount >> 3
                    if buffer[candidate] == 0x0A || buffer[candidate] == 0x0D { return candidate }
                    found &= found &- 1
                }
                position += 8
            }
            while position < count && buffer[position] != 0x0A && buffer[position] != 0x0D {
                position += 1
            }
            return position
        }

        /// The eight bytes at `position` as one little-endian word (byte `i` in bits `8i..<8i+8`);
        /// the caller keeps `position + 8 <= count`.
        @inline(__always)
        private func word(at position: Int) -> UInt64 {
            guard let base = buffer.baseAddress else { return 0 }
            return UInt64(littleEndian: UnsafeRawPointer(base).loadUnaligned(fromByteOffset: position, as: UInt64.self))
        }

        /// The high bit of every byte of `word` that equals the byte repeated in `pattern`, and perhaps
        /// of bytes above such a byte (never below the first): the lowest bit set marks the first match.
        @inline(__always)
        private static func bytes(of word: UInt64, equalTo pattern: UInt64) -> UInt64 {
            let difference = word ^ pattern
            return (difference &- 0x0101_0101_0101_0101) & ~difference & 0x8080_8080_8080_8080
        }

        /// The high bit of every byte of `word` below `bound` (at most 0x7F), and perhaps of bytes above
        /// such a byte (never below the first).
        @inline(__always)
        private static func bytes(of word: UInt64, below bound: UInt64) -> UInt64 {
            (word &- 0x0101_0101_0101_0101 &* bound) & ~word & 0x8080_8080_8080_8080
        }

        // MARK: White space

        /// The length in bytes of the white-space scalar at `position`, or 0 if there is none.
        ///
        /// White space is every ASCII control character and space, DEL, the C1 controls (NEL
        /// included), NBSP, U+1680, U+2000–U+200A, U+2028, U+2029, U+202F, U+205F, U+3000 and U+FEFF.
        @inline(__always)
        func whiteSpaceLength(at position: Int) -> Int {
            let byte = buffer[position]
            if byte < 0x80 { return byte <= 0x20 || byte == 0x7F ? 1 : 0 }
            return wideWhiteSpaceLength(at: position, lead: byte)
        }

        private func wideWhiteSpaceLength(at position: Int, lead: UInt8) -> Int {
            switch lead {
            case 0xC2:
                guard position + 1 < count else { return 0 }
                let second = buffer[position + 1]
                return second >= 0x80 && second <= 0xA0 ? 2 : 0
            case 0xE1:
                return isSequence(at: position, 0xE1, 0x9A, 0x80) ? 3 : 0
            case 0xE2:
                guard position + 2 < count else { return 0 }
                let second = buffer[position + 1], third = buffer[position + 2]
                if second == 0x80 {
                    return (third >= 0x80 && third <= 0x8A) || third == 0xA8 || third == 0xA9 || third == 0xAF ? 3 : 0
                }
                return second == 0x81 && third == 0x9F ? 3 : 0
            case 0xE3:
                return isSequence(at: position, 0xE3, 0x80, 0x80) ? 3 : 0
            case 0xEF:
                return isSequence(at: position, 0xEF, 0xBB, 0xBF) ? 3 : 0
            default:
                return 0
            }
        }

        /// The length of the white-space scalar that ends just before `end` and starts at or after
        /// `lower`, or 0 if there is none.
        func whiteSpaceLength(endingAt end: Int, notBefore lower: Int) -> Int {
            guard end > lower else { return 0 }
            let last = buffer[end - 1]
            if last < 0x80 { return last <= 0x20 || last == 0x7F ? 1 : 0 }
            let start = scalarStart(before: end, notBefore: lower)
            let length = whiteSpaceLength(at: start)
            return length == end - start ? length : 0
        }

        /// The first position in `start..<end` that is not white space, or `end`.
        func skipWhiteSpace(from start: Int, to end: Int) -> Int {
            var position = start
            while position < end {
                let length = whiteSpaceLength(at: position)
                if length == 0 { break }
                position += length
            }
            return min(position, end)
        }

        /// `end` moved back over the white space before it, but not before `lower`.
        func trimWhiteSpace(_ end: Int, downTo lower: Int) -> Int {
            var position = end
            while position > lower {
                let length = whiteSpaceLength(endingAt: position, notBefore: lower)
                if length == 0 { break }
                position -= length
            }
            return position
        }

        // MARK: Scalars

        /// The start of the scalar that ends just before `end`, not before `lower`.
        func scalarStart(before end: Int, notBefore lower: Int) -> Int {
            var position = end - 1
            while position > lower && end - position < 4 && buffer[position] & 0xC0 == 0x80 {
                position -= 1
            }
            return position
        }

        /// The scalar at `position` and its length in bytes, or `nil` where the bytes are not UTF-8.
        func scalar(at position: Int) -> (value: Unicode.Scalar, length: Int)? {
            let lead = buffer[position]
            if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
            let length: Int
            var value: UInt32
            switch lead {
            case 0xC2...0xDF: length = 2; value = UInt32(lead & 0x1F)
            case 0xE0...0xEF: length = 3; value = UInt32(lead & 0x0F)
            case 0xF0...0xF4: length = 4; value = UInt32(lead & 0x07)
            default: return nil
            }
            guard position + length <= count else { return nil }
            for offset in 1..<length {
                let next = buffer[position + offset]
                guard next & 0xC0 == 0x80 else { return nil }
                value = value << 6 | UInt32(next & 0x3F)
            }
            guard let scalar = Unicode.Scalar(value) else { return nil }
            return (scalar, length)
        }

        /// Whether the scalar at `position` is an uppercase or titlecase letter.
        func isCapital(at position: Int) -> Bool {
            let byte = buffer[position]
            if byte < 0x80 { return byte >= 0x41 && byte <= 0x5A }
            guard let scalar = scalar(at: position)?.value else { return false }
            return Self.isCapital(scalar)
        }

        static func isCapital(_ scalar: Unicode.Scalar) -> Bool {
            scalar.properties.isUppercase || scalar.properties.generalCategory == .titlecaseLetter
        }

        // MARK: Punctuation

        /// Whether a sentence can start at `position`: an uppercase letter, a digit, or an opening
        /// quote or bracket.
        func startsSentence(at position: Int) -> Bool {
            let byte = buffer[position]
            if byte < 0x80 {
                return (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39) || openerLength(at: position) > 0
            }
            return openerLength(at: position) > 0 || isCapital(at: position)
        }

        /// The length of the opening quote or bracket at `position` (`"`, `'`, `(`, `[`, `“`, `‘`,
        /// `’`, `„`, `‚`, `«`), or 0.
        func openerLength(at position: Int) -> Int {
            switch buffer[position] {
            case 0x22, 0x27, 0x28, 0x5B:
                return 1
            case 0xC2:
                return isSequence(at: position, 0xC2, 0xAB) ? 2 : 0
            case 0xE2:
                guard position + 2 < count, buffer[position + 1] == 0x80 else { return 0 }
                switch buffer[position + 2] {
                case 0x98, 0x99, 0x9A, 0x9C, 0x9E: return 3
                default: return 0
                }
            default:
                return 0
            }
        }

        /// The length of the closing quote or bracket at `position` (`"`, `'`, `)`, `]`, `”`, `’`,
        /// `»`), or 0.
        func closerLength(at position: Int) -> Int {
            switch buffer[position] {
            case 0x22, 0x27, 0x29, 0x5D:
                return 1
            case 0xC2:
                return isSequence(at: position, 0xC2, 0xBB) ? 2 : 0
            case 0xE2:
                return isSequence(at: position, 0xE2, 0x80, 0x9D) || isSequence(at: position, 0xE2, 0x80, 0x99) ? 3 : 0
            default:
                return 0
            }
        }

        /// The length of the closing quote or bracket ending just before `end`, not before `lower`, or 0.
        func closerLength(endingAt end: Int, notBefore lower: Int) -> Int {
            guard end > lower else { return 0 }
            let start = scalarStart(before: end, notBefore: lower)
            let length = closerLength(at: start)
            return length == end - start ? length : 0
        }

        /// Whether the two bytes `first`, `second` are found at `position`.
        @inline(__always)
        func isSequence(at position: Int, _ first: UInt8, _ second: UInt8) -> Bool {
            position >= 0 && position + 1 < count && buffer[position] == first && buffer[position + 1] == second
        }

        /// Whether the three bytes `first`, `second`, `third` are found at `position`.
        @inline(__always)
        func isSequence(at position: Int, _ first: UInt8, _ second: UInt8, _ third: UInt8) -> Bool {
            position >= 0 && position + 2 < count && buffer[position] == first && buffer[position + 1] == second
                && buffer[position + 2] == third
        }

        /// Whether `byte` is an ASCII letter.
        static func isASCIILetter(_ byte: UInt8) -> Bool {
            (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A
        }
    }
}
