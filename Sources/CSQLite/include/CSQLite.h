// A tiny C API over SQLite that loads the system's libsqlite3.so.0 at run time with dlopen.
//
// Nothing here includes sqlite3.h or links SQLite, so the package builds on a machine without SQLite's
// development files; the library itself comes with the operating system wherever Swift runs on Linux.
// The functions below have SQLite's own signatures and meaning (https://sqlite.org/c3ref/intro.html),
// with an `rg_` prefix and the database and statement types kept opaque. Only RelGraph's Store/ folder
// calls them.
#ifndef RELGRAPH_CSQLITE_H
#define RELGRAPH_CSQLITE_H

#include <stddef.h>
#include <stdint.h>

typedef struct rg_sqlite3 rg_sqlite3;
typedef struct rg_sqlite3_stmt rg_sqlite3_stmt;

// Result codes and flags used by relgraph, with SQLite's values.
#define RG_SQLITE_OK 0
#define RG_SQLITE_BUSY 5
#define RG_SQLITE_LOCKED 6
#define RG_SQLITE_ROW 100
#define RG_SQLITE_DONE 101
#define RG_SQLITE_OPEN_READONLY 0x00000001
#define RG_SQLITE_OPEN_READWRITE 0x00000002
#define RG_SQLITE_OPEN_CREATE 0x00000004
#define RG_SQLITE_OPEN_URI 0x00000040
#define RG_SQLITE_OPEN_NOMUTEX 0x00008000
#define RG_SQLITE_OPEN_NOFOLLOW 0x01000000
#define RG_SQLITE_INTEGER 1
#define RG_SQLITE_FLOAT 2
#define RG_SQLITE_TEXT 3
#define RG_SQLITE_BLOB 4
#define RG_SQLITE_NULL 5

// 1 if libsqlite3 was loaded with every needed symbol, else 0 (then rg_sqlite_load_error says why).
// Loads it on first use, once per process.
int rg_sqlite_available(void);
const char *rg_sqlite_load_error(void);

int rg_sqlite3_open_v2(const char *filename, rg_sqlite3 **db, int flags, const char *vfs);
int rg_sqlite3_close_v2(rg_sqlite3 *db);
const char *rg_sqlite3_errmsg(rg_sqlite3 *db);
int rg_sqlite3_extended_errcode(rg_sqlite3 *db);
int rg_sqlite3_exec(rg_sqlite3 *db, const char *sql);
int rg_sqlite3_busy_timeout(rg_sqlite3 *db, int milliseconds);
int rg_sqlite3_prepare_v2(rg_sqlite3 *db, const char *sql, int bytes, rg_sqlite3_stmt **statement, const char **tail);
int rg_sqlite3_step(rg_sqlite3_stmt *statement);
int rg_sqlite3_reset(rg_sqlite3_stmt *statement);
int rg_sqlite3_finalize(rg_sqlite3_stmt *statement);
int rg_sqlite3_bind_int64(rg_sqlite3_stmt *statement, int index, int64_t value);
int rg_sqlite3_bind_double(rg_sqlite3_stmt *statement, int index, double value);
int rg_sqlite3_bind_null(rg_sqlite3_stmt *statement, int index);
// Binds a copy of `bytes` (SQLITE_TRANSIENT): the caller's buffer may go away after the call.
int rg_sqlite3_bind_text(rg_sqlite3_stmt *statement, int index, const char *bytes, int length);
int rg_sqlite3_column_type(rg_sqlite3_stmt *statement, int column);
int64_t rg_sqlite3_column_int64(rg_sqlite3_stmt *statement, int column);
double rg_sqlite3_column_double(rg_sqlite3_stmt *statement, int column);
const unsigned char *rg_sqlite3_column_text(rg_sqlite3_stmt *statement, int column);
int rg_sqlite3_column_bytes(rg_sqlite3_stmt *statement, int column);
const char *rg_sqlite3_libversion(void);

#endif
