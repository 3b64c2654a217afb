// Loads SQLite at run time. See include/CSQLite.h for the API.
#include "CSQLite.h"

#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>

static struct {
    int available;
    char load_error[512];
    int (*open_v2)(const char *, rg_sqlite3 **, int, const char *);
    int (*close_v2)(rg_sqlite3 *);
    const char *(*errmsg)(rg_sqlite3 *);
    int (*extended_errcode)(rg_sqlite3 *);
    int (*exec)(rg_sqlite3 *, const char *, void *, void *, char **);
    int (*busy_timeout)(rg_sqlite3 *, int);
    int (*prepare_v2)(rg_sqlite3 *, const char *, int, rg_sqlite3_stmt **, const char **);
    int (*step)(rg_sqlite3_stmt *);
    int (*reset)(rg_sqlite3_stmt *);
    int (*finalize)(rg_sqlite3_stmt *);
    int (*bind_int64)(rg_sqlite3_stmt *, int, int64_t);
    int (*bind_double)(rg_sqlite3_stmt *, int, double);
    int (*bind_null)(rg_sqlite3_stmt *, int);
    int (*bind_text)(rg_sqlite3_stmt *, int, const char *, int, void (*)(void *));
    int (*column_type)(rg_sqlite3_stmt *, int);
    int64_t (*column_int64)(rg_sqlite3_stmt *, int);
    double (*column_double)(rg_sqlite3_stmt *, int);
    const unsigned char *(*column_text)(rg_sqlite3_stmt *, int);
    int (*column_bytes)(rg_sqlite3_stmt *, int);
    void (*free)(void *);
    const char *(*libversion)(void);
} lib;

static pthread_once_t load_once = PTHREAD_ONCE_INIT;

// Resolves `name` into the function pointer at `slot`; 0 (and lib.load_error) if it is missing.
static int resolve(void *handle, const char *name, void *slot) {
    void *symbol = dlsym(handle, name);
    if (symbol == NULL) {
        snprintf(lib.load_error, sizeof lib.load_error, "the SQLite library has no %s (too old?)", name);
        return 0;
    }
    memcpy(slot, &symbol, sizeof symbol);  // POSIX guarantees object and function pointers convert.
    return 1;
}

static void load(void) {
    static const char *const names[] = {
#ifdef __APPLE__
        "libsqlite3.dylib",
#endif
        "libsqlite3.so.0", "libsqlite3.so", NULL};
    void *handle = NULL;
    for (size_t i = 0; names[i] != NULL && handle == NULL; i++) {
        handle = dlopen(names[i], RTLD_NOW | RTLD_LOCAL);
        if (handle == NULL && i == 0) {
            const char *reason = dlerror();
            snprintf(lib.load_error, sizeof lib.load_error, "%s", reason ? reason : names[i]);
        }
    }
    if (handle == NULL) return;
    int ok = resolve(handle, "sqlite3_open_v2", &lib.open_v2) && resolve(handle, "sqlite3_close_v2", &lib.close_v2) &&
             resolve(handle, "sqlite3_errmsg", &lib.errmsg) &&
             resolve(handle, "sqlite3_extended_errcode", &lib.extended_errcode) &&
             resolve(handle, "sqlite3_exec", &lib.exec) && resolve(handle, "sqlite3_busy_timeout", &lib.busy_timeout) &&
             resolve(handle, "sqlite3_prepare_v2", &lib.prepare_v2) && resolve(handle, "sqlite3_step", &lib.step) &&
             resolve(handle, "sqlite3_reset", &lib.reset) && resolve(handle, "sqlite3_finalize", &lib.finalize) &&
             resolve(handle, "sqlite3_bind_int64", &lib.bind_int64) &&
             resolve(handle, "sqlite3_bind_double", &lib.bind_double) &&
             resolve(handle, "sqlite3_bind_null", &lib.bind_null) && resolve(handle, "sqlite3_bind_text", &lib.bind_text) &&
             resolve(handle, "sqlite3_column_type", &lib.column_type) &&
             resolve(handle, "sqlite3_column_int64", &lib.column_int64) &&
             resolve(handle, "sqlite3_column_double", &lib.column_double) &&
             resolve(handle, "sqlite3_column_text", &lib.column_text) &&
             resolve(handle, "sqlite3_column_bytes", &lib.column_bytes) && resolve(handle, "sqlite3_free", &lib.free) &&
             resolve(handle, "sqlite3_libversion", &lib.libversion);
    if (!ok) {
        dlclose(handle);
        return;
    }
    lib.load_error[0] = '\0';
    lib.available = 1;  // The handle stays open for the life of the process.
}

int rg_sqlite_available(void) {
    pthread_once(&load_once, load);
    return lib.available;
}

const char *rg_sqlite_load_error(void) {
    pthread_once(&load_once, load);
    return lib.load_error;
}

int rg_sqlite3_open_v2(const char *filename, rg_sqlite3 **db, int flags, const char *vfs) {
    return lib.open_v2(filename, db, flags, vfs);
}
int rg_sqlite3_close_v2(rg_sqlite3 *db) { return lib.close_v2(db); }
const char *rg_sqlite3_errmsg(rg_sqlite3 *db) { return lib.errmsg(db); }
int rg_sqlite3_extended_errcode(rg_sqlite3 *db) { return lib.extended_errcode(db); }

int rg_sqlite3_exec(rg_sqlite3 *db, const char *sql) {
    char *message = NULL;
    int status = lib.exec(db, sql, NULL, NULL, &message);
    lib.free(message);  // The message is also what rg_sqlite3_errmsg returns.
    return status;
}

int rg_sqlite3_busy_timeout(rg_sqlite3 *db, int milliseconds) { return lib.busy_timeout(db, milliseconds); }
int rg_sqlite3_prepare_v2(rg_sqlite3 *db, const char *sql, int bytes, rg_sqlite3_stmt **statement, const char **tail) {
    return lib.prepare_v2(db, sql, bytes, statement, tail);
}
int rg_sqlite3_step(rg_sqlite3_stmt *statement) { return lib.step(statement); }
int rg_sqlite3_reset(rg_sqlite3_stmt *statement) { return lib.reset(statement); }
int rg_sqlite3_finalize(rg_sqlite3_stmt *statement) { return lib.finalize(statement); }
int rg_sqlite3_bind_int64(rg_sqlite3_stmt *statement, int index, int64_t value) {
    return lib.bind_int64(statement, index, value);
}
int rg_sqlite3_bind_double(rg_sqlite3_stmt *statement, int index, double value) {
    return lib.bind_double(statement, index, value);
}
int rg_sqlite3_bind_null(rg_sqlite3_stmt *statement, int index) { return lib.bind_null(statement, index); }
int rg_sqlite3_bind_text(rg_sqlite3_stmt *statement, int index, const char *bytes, int length) {
    return lib.bind_text(statement, index, bytes, length, (void (*)(void *))-1);  // SQLITE_TRANSIENT
}
int rg_sqlite3_column_type(rg_sqlite3_stmt *statement, int column) { return lib.column_type(statement, column); }
int64_t rg_sqlite3_column_int64(rg_sqlite3_stmt *statement, int column) { return lib.column_int64(statement, column); }
double rg_sqlite3_column_double(rg_sqlite3_stmt *statement, int column) { return lib.column_double(statement, column); }
const unsigned char *rg_sqlite3_column_text(rg_sqlite3_stmt *statement, int column) {
    return lib.column_text(statement, column);
}
int rg_sqlite3_column_bytes(rg_sqlite3_stmt *statement, int column) { return lib.column_bytes(statement, column); }
const char *rg_sqlite3_libversion(void) { return lib.libversion(); }
