import CSQLite

/// A connection to one SQLite file, through the system's `libsqlite3` (loaded at run time by `CSQLite`).
/// Not shared between threads.
final class SQLiteDatabase {
    enum Access {
        /// Reads only; the file is never changed (nor a journal created beside it).
        case readOnly
        /// Reads and writes an existing file (relgraph's own temporary file).
        case readWrite
    }

    private let handle: OpaquePointer

    /// Opens the database at `path`. A missing SQLite library is an error, like any SQLite failure.
    init(path: String, access: Access) throws(SQLiteError) {
        guard rg_sqlite_available() != 0 else {
            throw SQLiteError(code: 0, message: "the SQLite library could not be loaded (\(String(cString: rg_sqlite_load_error())))")
        }
        // relgraph's own temporary file is never reached through a link; a graph to read may be.
        let flags = (access == .readOnly ? RG_SQLITE_OPEN_READONLY : RG_SQLITE_OPEN_READWRITE | RG_SQLITE_OPEN_NOFOLLOW)
            | RG_SQLITE_OPEN_NOMUTEX
        var opened: OpaquePointer?
        let status = rg_sqlite3_open_v2(path, &opened, flags, nil)
        guard let opened else { throw SQLiteError(code: status, message: "out of memory") }
        guard status == RG_SQLITE_OK else {
            let error = SQLiteError(code: rg_sqlite3_extended_errcode(opened), message: String(cString: rg_sqlite3_errmsg(opened)))
            rg_sqlite3_close_v2(opened)
            throw error
        }
        handle = opened
        // A reader waits briefly for a writer to finish, then says the file is locked.
        rg_sqlite3_busy_timeout(handle, 1_000)
    }

    deinit {
        rg_sqlite3_close_v2(handle)
    }

    /// Runs one or more statements that return no rows.
    func execute(_ sql: String) throws(SQLiteError) {
        guard rg_sqlite3_exec(handle, sql) == RG_SQLITE_OK else { throw lastError }
    }

    /// A prepared statement for `sql`.
    func prepare(_ sql: String) throws(SQLiteError) -> SQLiteStatement {
        var statement: OpaquePointer?
        guard rg_sqlite3_prepare_v2(handle, sql, -1, &statement, nil) == RG_SQLITE_OK, let statement else { throw lastError }
        return SQLiteStatement(statement, database: self)
    }

    /// The error of the last call that failed.
    var lastError: SQLiteError {
        SQLiteError(code: rg_sqlite3_extended_errcode(handle), message: String(cString: rg_sqlite3_errmsg(handle)))
    }
}

/// A prepared statement: bind parameters (numbered from 1), step through rows, read columns (from 0).
final class SQLiteStatement {
    private let handle: OpaquePointer
    private let database: SQLiteDatabase

    fileprivate init(_ handle: OpaquePointer, database: SQLiteDatabase) {
        self.handle = handle
        self.database = database
    }

    deinit {
        rg_sqlite3_finalize(handle)
    }

    /// Binds `values` to the parameters 1, 2, …, after resetting the statement.
    func bind(_ values: SQLiteValue...) throws(SQLiteError) {
        rg_sqlite3_reset(handle)
        for (offset, value) in values.enumerated() { try bindOne(value, at: Int32(offset + 1)) }
    }

    /// Moves to the next row: `true` if there is one, `false` when the statement is done.
    func step() throws(SQLiteError) -> Bool {
        switch rg_sqlite3_step(handle) {
        case RG_SQLITE_ROW: return true
        case RG_SQLITE_DONE: return false
        default: throw database.lastError
        }
    }

    /// Runs a statement that returns no rows, with `values` bound.
    func run(_ values: SQLiteValue...) throws(SQLiteError) {
        rg_sqlite3_reset(handle)
        for (offset, value) in values.enumerated() { try bindOne(value, at: Int32(offset + 1)) }
        guard try !step() else { throw SQLiteError(code: 1, message: "a statement that writes returned rows") }
    }

    private func bindOne(_ value: SQLiteValue, at index: Int32) throws(SQLiteError) {
        let status: Int32
        switch value {
        case .null: status = rg_sqlite3_bind_null(handle, index)
        case .integer(let number): status = rg_sqlite3_bind_int64(handle, index, Int64(number))
        case .real(let number): status = number.isNaN ? rg_sqlite3_bind_null(handle, index) : rg_sqlite3_bind_double(handle, index, number)
        case .text(var text):
            status = text.withUTF8 { bytes in
                bytes.withMemoryRebound(to: CChar.self) { characters in
                    // An empty string has no buffer; SQLite needs a pointer all the same.
                    guard let start = characters.baseAddress else { return rg_sqlite3_bind_text(handle, index, "", 0) }
                    return rg_sqlite3_bind_text(handle, index, start, Int32(characters.count))
                }
            }
        }
        guard status == RG_SQLITE_OK else { throw database.lastError }
    }

    /// Whether column `column` of the current row is NULL.
    func isNull(_ column: Int32) -> Bool { rg_sqlite3_column_type(handle, column) == RG_SQLITE_NULL }
    /// Column `column` as an integer.
    func int(_ column: Int32) -> Int { Int(rg_sqlite3_column_int64(handle, column)) }
    /// Column `column` as a number (NULL: NaN).
    func double(_ column: Int32) -> Double { isNull(column) ? .nan : rg_sqlite3_column_double(handle, column) }
    /// Column `column` as text, byte for byte (invalid UTF-8, which relgraph never writes, is replaced).
    func text(_ column: Int32) -> String {
        guard let bytes = rg_sqlite3_column_text(handle, column) else { return "" }
        return String(decoding: UnsafeBufferPointer(start: bytes, count: Int(rg_sqlite3_column_bytes(handle, column))), as: UTF8.self)
    }
    /// Column `column` as a value of the type SQLite holds.
    func value(_ column: Int32) -> SQLiteValue {
        switch rg_sqlite3_column_type(handle, column) {
        case RG_SQLITE_INTEGER: .integer(int(column))
        case RG_SQLITE_FLOAT: .real(double(column))
        case RG_SQLITE_NULL: .null
        default: .text(text(column))
        }
    }
}

/// A value bound to a statement or read from a column.
enum SQLiteValue: Equatable {
    case null
    case integer(Int)
    case real(Double)
    case text(String)
}
