/// A typed attribute value, mapped once to GraphML's `attr.type` and to JSON.
public enum AttributeValue: Hashable, Sendable {
    case string(String)
    case int(Int)
    case double(Double)
    case boolean(Bool)

    /// The value as text, the way GraphML and DOT write it (`true`, `3`, `2.5`).
    public var text: String {
        switch self {
        case .string(let value): value
        case .int(let value): String(value)
        case .double(let value): AttributeValue.format(value)
        case .boolean(let value): value ? "true" : "false"
        }
    }

    /// Formats a double without a trailing `.0` for whole numbers, so `2` and not `2.0` is written.
    public static func format(_ value: Double) -> String {
        if value.isFinite, value == value.rounded(), abs(value) < 1e15 {
            return String(Int(value))
        }
        return String(value)
    }
}
