/// How the case of a gazetteer name must agree with the text for a match to count.
public enum CasePolicy: String, Sendable, CaseIterable {
    /// Case-insensitive, except that a name starting with a capital only matches text starting with a
    /// capital, and an all-capitals name (`VRT`, `VS`) only matches all-capitals text.
    case smart
    /// Exactly as written.
    case exact
    /// Any case.
    case ignore

    /// Whether `text` (a surface found by the case-insensitive matcher) agrees with `name` under this policy.
    func accepts(_ text: some Collection<UInt8>, for name: [UInt8]) -> Bool {
        switch self {
        case .ignore:
            return true
        case .exact:
            return text.starts(with: name)
        case .smart:
            guard let first = name.first else { return true }
            if CasePolicy.isUpper(first) {
                guard let textFirst = text.first, CasePolicy.isUpper(textFirst) || textFirst >= 0x80 else { return false }
            }
            if name.count >= 2, name.allSatisfy({ !CasePolicy.isLower($0) }), name.contains(where: CasePolicy.isUpper) {
                return !text.prefix(name.count).contains(where: CasePolicy.isLower)
            }
            return true
        }
    }

    private static func isUpper(_ byte: UInt8) -> Bool { (0x41...0x5A).contains(byte) }
    private static func isLower(_ byte: UInt8) -> Bool { (0x61...0x7A).contains(byte) }
}
