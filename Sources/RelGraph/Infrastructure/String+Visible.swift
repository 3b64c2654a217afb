extension String {
    /// The string as a table or message shows text from the data: every character that would act on a
    /// terminal rather than show (C0 and C1 control characters such as `\r` and ESC, DEL, and the
    /// bidirectional overrides and isolates that reorder a line) written as a visible escape, `\u{1B}`,
    /// so that a name cannot forge rows, colours or messages. Text without one comes back as it is.
    public var visiblyEscaped: String {
        guard unicodeScalars.contains(where: Self.actsOnTerminal) else { return self }
        var escaped = String.UnicodeScalarView()
        for scalar in unicodeScalars {
            guard Self.actsOnTerminal(scalar) else {
                escaped.append(scalar)
                continue
            }
            escaped.append(contentsOf: "\\u{\(String(scalar.value, radix: 16, uppercase: true))}".unicodeScalars)
        }
        return String(escaped)
    }

    private static func actsOnTerminal(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0..<0x20, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }
}
