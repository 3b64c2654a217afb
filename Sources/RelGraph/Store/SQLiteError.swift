import CSQLite

/// What SQLite said went wrong: its message and extended result code.
public struct SQLiteError: Error, Sendable, CustomStringConvertible {
    /// SQLite's extended result code (0 when SQLite itself could not be loaded).
    public let code: Int32
    /// SQLite's message.
    public let message: String

    public var description: String { message }

    /// Whether another connection holds a lock on the database (a writer at work).
    var isLocked: Bool { code & 0xFF == RG_SQLITE_BUSY || code & 0xFF == RG_SQLITE_LOCKED }
    /// Whether the file is not a database, or a damaged one (SQLITE_NOTADB, SQLITE_CORRUPT).
    var isDamaged: Bool { code & 0xFF == 26 || code & 0xFF == 11 }
}
