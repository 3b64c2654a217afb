import Foundation

/// The folding under which a lookup query matches a name: case, accents and separators do not count.
///
/// A name is decomposed with Unicode NFKD (so `ﬁ` becomes `fi` and `é` becomes `e` + a combining
/// accent), its combining marks are dropped, it is lower-cased, and every run of white space, `-`, `.`
/// and `_` (the space of a ``NodeID``) becomes one space, with none at either end:
/// `"Frédéric  Van-Leeuw"` and `"frederic van leeuw"` fold alike. A character XML 1.0 cannot carry (a
/// control character, U+FFFE, U+FFFF) folds to U+FFFD, which GraphML and GEXF write in its place, so
/// that a name is found alike in the JSON that keeps it and in the GraphML that cannot.
enum NameFolding {
    /// The folded form of `name`, as Unicode scalars. O(length of `name`).
    static func fold(_ name: String) -> [Unicode.Scalar] {
        var folded: [Unicode.Scalar] = []
        folded.reserveCapacity(name.unicodeScalars.count)
        var pendingSeparator = false
        for scalar in name.decomposedStringWithCompatibilityMapping.unicodeScalars where !isMark(scalar) {
            if isSeparator(scalar) {
                pendingSeparator = !folded.isEmpty
                continue
            }
            if pendingSeparator {
                folded.append(" ")
                pendingSeparator = false
            }
            if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF {
                folded.append("\u{FFFD}")
                continue
            }
            // Lower-casing may itself add a combining mark (`İ` becomes `i` + a dot above): drop it too.
            for lower in scalar.properties.lowercaseMapping.unicodeScalars where !isMark(lower) {
                folded.append(lower)
            }
        }
        return folded
    }

    /// The folded form of `name` as a string, the key under which an index files it.
    static func key(_ name: String) -> String {
        key(fold(name))
    }

    /// A folded form as a string.
    static func key(_ folded: [Unicode.Scalar]) -> String {
        String(String.UnicodeScalarView(folded))
    }

    private static func isMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: true
        default: false
        }
    }

    private static func isSeparator(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "-" || scalar == "." || scalar == "_" || scalar.properties.isWhitespace
    }
}
