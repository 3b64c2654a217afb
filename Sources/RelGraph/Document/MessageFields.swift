/// How a message dump names its fields, and which format it is in.
public struct MessageFields: Sendable, Equatable {
    /// The field that holds the message text.
    public var text: String
    /// The field that holds the message's id (`nil`: messages are named by their line).
    public var id: String?
    /// The field that holds the message's date (`YYYY-MM-DD…`).
    public var date: String?
    /// The field that holds the sender; each sender becomes an `account` node.
    public var sender: String?

    /// Creates field names; the defaults are `text`, `id` and `date`, and no sender.
    public init(text: String = "text", id: String? = "id", date: String? = "date", sender: String? = nil) {
        self.text = text
        self.id = id
        self.date = date
        self.sender = sender
    }
}
