/// Decodes bytes as UTF-8 into text every writer can carry: invalid sequences and the characters that
/// XML 1.0 forbids (C0 controls other than tab, line feed and carriage return; U+FFFE; U+FFFF) become
/// U+FFFD. Valid input takes a fast path that only checks bytes.
enum TextDecoder {
    struct Decoded {
        let text: String
        let invalidSequences: Int
        /// How many valid characters XML cannot carry were replaced.
        let forbiddenCharacters: Int
    }

    static func decode(_ bytes: some Collection<UInt8>) -> Decoded {
        let array = Array(bytes)
        if let valid = String(validating: array, as: UTF8.self), !array.withUnsafeBufferPointer(containsForbiddenCharacter) {
            return Decoded(text: valid, invalidSequences: 0, forbiddenCharacters: 0)
        }
        return replacing(array)
    }

    /// `text` (valid UTF-8 already) as it is when it holds no character XML cannot carry, without a copy.
    static func decode(_ text: String) -> Decoded {
        var text = text
        if !text.withUTF8(containsForbiddenCharacter) {
            return Decoded(text: text, invalidSequences: 0, forbiddenCharacters: 0)
        }
        return replacing(Array(text.utf8))
    }

    /// Decodes `array` scalar by scalar, replacing what cannot be carried.
    private static func replacing(_ array: [UInt8]) -> Decoded {
        var scalars = String.UnicodeScalarView()
        var invalid = 0
        var forbidden = 0
        var decoder = UTF8()
        var iterator = array.makeIterator()
        decoding: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar) where isForbidden(scalar):
                forbidden += 1
                scalars.append("\u{FFFD}")
            case .scalarValue(let scalar):
                scalars.append(scalar)
            case .error:
                invalid += 1
                scalars.append("\u{FFFD}")
            case .emptyInput:
                break decoding
            }
        }
        return Decoded(text: String(scalars), invalidSequences: invalid, forbiddenCharacters: forbidden)
    }

    /// Whether `scalar` cannot appear in an XML 1.0 document.
    static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: false
        case 0..<0x20, 0xFFFE, 0xFFFF: true
        default: false
        }
    }

    private static func containsForbiddenCharacter(_ buffer: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        let count = buffer.count
        while index < count {
            let byte = buffer[index]
            if byte < 0x20, byte != 0x09, byte != 0x0A, byte != 0x0D { return true }
            // U+FFFE and U+FFFF are EF BF BE and EF BF BF.
            if byte == 0xEF, index + 2 < count, buffer[index + 1] == 0xBF, buffer[index + 2] >= 0xBE { return true }
            index += 1
        }
        return false
    }
}
