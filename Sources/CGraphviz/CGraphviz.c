// Loads Graphviz at run time and renders DOT text with it. See include/CGraphviz.h for the API.
//
// Graphviz's types stay opaque: only pointers to them cross this file, so no Graphviz header is needed.
// The signatures below are Graphviz 2.43's; later versions changed only gvRenderData's length type.
#include "CGraphviz.h"

#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct GVC_s GVC_t;
typedef struct Agraph_s Agraph_t;

// cgraph's agerrlevel_t is { AGWARN, AGERR, AGMAX, AGPREV }. At AGMAX nothing is printed to stderr and
// aglasterr() returns the last message instead.
enum { RG_AGERR = 1, RG_AGMAX = 2 };

static struct {
    int available;
    char load_error[512];
    GVC_t *(*gvContext)(void);
    int (*gvLayout)(GVC_t *, Agraph_t *, const char *);
    int (*gvFreeLayout)(GVC_t *, Agraph_t *);
    // The length is `unsigned int *` in 2.43 and `size_t *` later: callers pass a zeroed size_t, which
    // reads correctly either way on a little-endian machine.
    int (*gvRenderData)(GVC_t *, Agraph_t *, const char *, char **, void *);
    void (*gvFreeRenderData)(char *);
    Agraph_t *(*agmemread)(const char *);
    int (*agclose)(Agraph_t *);
    int (*agseterr)(int);
    char *(*aglasterr)(void);
    int (*agreseterrors)(void);
} gv;

static pthread_once_t load_once = PTHREAD_ONCE_INIT;
static pthread_mutex_t render_lock = PTHREAD_MUTEX_INITIALIZER;

// Copies `message` into `err`, truncated, dropping trailing newlines and spaces.
static void set_error(char *err, size_t err_len, const char *message) {
    if (err == NULL || err_len == 0) return;
    snprintf(err, err_len, "%s", message);
    size_t n = strlen(err);
    while (n > 0 && (err[n - 1] == '\n' || err[n - 1] == ' ')) err[--n] = '\0';
}

// Opens the first library of `names` that loads; NULL (with the dlerror text in gv.load_error) if none does.
static void *open_first(const char *const names[]) {
    for (size_t i = 0; names[i] != NULL; i++) {
        void *handle = dlopen(names[i], RTLD_NOW | RTLD_LOCAL);
        if (handle != NULL) return handle;
        const char *reason = dlerror();
        if (i == 0) set_error(gv.load_error, sizeof gv.load_error, reason ? reason : names[i]);
    }
    return NULL;
}

// Resolves `name` in `handle` into the function pointer at `slot`; 0 (and gv.load_error) if it is missing.
static int resolve(void *handle, const char *name, void *slot) {
    void *symbol = dlsym(handle, name);
    if (symbol == NULL) {
        snprintf(gv.load_error, sizeof gv.load_error, "the Graphviz library has no %s (too old?)", name);
        return 0;
    }
    memcpy(slot, &symbol, sizeof symbol);  // POSIX guarantees object and function pointers convert.
    return 1;
}

// Runs once: loads libgvc then libcgraph (libgvc depends on it, so both handles name one copy).
static void load(void) {
    const char *disabled = getenv("RELGRAPH_DISABLE_GRAPHVIZ");
    if (disabled != NULL && disabled[0] != '\0' && strcmp(disabled, "0") != 0) {
        set_error(gv.load_error, sizeof gv.load_error, "disabled by RELGRAPH_DISABLE_GRAPHVIZ");
        return;
    }
    static const char *const gvc_names[] = {
#ifdef __APPLE__
        "libgvc.6.dylib", "libgvc.dylib",
#endif
        "libgvc.so.6", "libgvc.so", NULL};
    static const char *const cgraph_names[] = {
#ifdef __APPLE__
        "libcgraph.6.dylib", "libcgraph.dylib",
#endif
        "libcgraph.so.6", "libcgraph.so", NULL};
    void *gvc = open_first(gvc_names);
    if (gvc == NULL) return;
    void *cgraph = open_first(cgraph_names);
    if (cgraph == NULL) {
        dlclose(gvc);
        return;
    }
    int ok = resolve(gvc, "gvContext", &gv.gvContext) &&
             resolve(gvc, "gvLayout", &gv.gvLayout) && resolve(gvc, "gvFreeLayout", &gv.gvFreeLayout) &&
             resolve(gvc, "gvRenderData", &gv.gvRenderData) &&
             resolve(gvc, "gvFreeRenderData", &gv.gvFreeRenderData) &&
             resolve(cgraph, "agmemread", &gv.agmemread) && resolve(cgraph, "agclose", &gv.agclose) &&
             resolve(cgraph, "agseterr", &gv.agseterr) && resolve(cgraph, "aglasterr", &gv.aglasterr) &&
             resolve(cgraph, "agreseterrors", &gv.agreseterrors);
    if (!ok) {
        dlclose(cgraph);
        dlclose(gvc);
        return;
    }
    gv.agseterr(RG_AGMAX);  // Keep messages for aglasterr() instead of printing them.
    gv.load_error[0] = '\0';
    gv.available = 1;  // The handles stay open for the life of the process.
}

int rg_graphviz_available(void) {
    pthread_once(&load_once, load);
    return gv.available;
}

// Puts Graphviz's last message in `err` if an error was recorded since the last agreseterrors(),
// else `fallback`. aglasterr() returns malloc'd memory (or NULL).
static void take_last_error(char *err, size_t err_len, const char *fallback) {
    char *message = gv.agreseterrors() >= RG_AGERR ? gv.aglasterr() : NULL;
    set_error(err, err_len, message != NULL && message[0] != '\0' ? message : fallback);
    free(message);
}

// Empties cgraph's lexer. After a successful parse it keeps the rest of the last line it read, and the next
// agmemread parses that first (measured with 2.43: after "digraph A {a} digraph B {b}", rendering
// "digraph C {c}" drew B, and an error on line 1 was reported on line 2). Parsing empty text until no graph
// comes back consumes the leftovers; a failed parse flushes the lexer itself. So only the first graph of a
// DOT text is drawn.
static void drain_parser(void) {
    Agraph_t *rest;
    while ((rest = gv.agmemread("")) != NULL) gv.agclose(rest);
}

// The one Graphviz context, created at the first render and kept for the life of the process (see below).
static GVC_t *context;

// The work of rg_graphviz_render, with render_lock held.
//
// One context serves every render, as Graphviz's own guide does it. A context per render was measured
// under valgrind with 2.43: gvContext leaks its plugin configuration (~3.6 KB) each time, and after
// gvFreeContext the pango plugin's cached font name points into freed memory (invalid reads at the next
// layout). The context is reachable until exit, so nothing accumulates.
static int render_locked(const char *dot, const char *engine, const char *format,
                         char **out, size_t *out_len, char *err, size_t err_len) {
    gv.agreseterrors();
    if (context == NULL && (context = gv.gvContext()) == NULL) {
        take_last_error(err, err_len, "Graphviz could not create a context (gvContext)");
        return RG_GRAPHVIZ_RENDER_FAILED;
    }
    char *data = NULL;
    size_t length = 0;
    Agraph_t *graph = gv.agmemread(dot);
    if (graph == NULL) {
        take_last_error(err, err_len, "the DOT text holds no graph");
        return RG_GRAPHVIZ_INVALID_DOT;
    }
    drain_parser();
    gv.agreseterrors();  // Forget anything the leftovers raised.
    int status = RG_GRAPHVIZ_OK;
    if (gv.gvLayout(context, graph, engine) != 0) {
        take_last_error(err, err_len, "the layout failed without a message");
        status = RG_GRAPHVIZ_LAYOUT_FAILED;
    } else if (gv.gvRenderData(context, graph, format, &data, &length) != 0 || data == NULL) {
        take_last_error(err, err_len, "rendering failed without a message");
        status = RG_GRAPHVIZ_RENDER_FAILED;
    } else if ((*out = malloc(length + 1)) == NULL) {
        set_error(err, err_len, "out of memory copying the rendered output");
        status = RG_GRAPHVIZ_RENDER_FAILED;
    } else {
        memcpy(*out, data, length);
        (*out)[length] = '\0';
        *out_len = length;
    }
    // Release in reverse order of acquisition, on every path from here. gvFreeLayout is a no-op on a graph
    // that was never laid out and frees what a failed layout left behind.
    if (data != NULL) gv.gvFreeRenderData(data);
    gv.gvFreeLayout(context, graph);
    gv.agclose(graph);
    return status;
}

int rg_graphviz_render(const char *dot, const char *engine, const char *format,
                       char **out, size_t *out_len, char *err, size_t err_len) {
    *out = NULL;
    *out_len = 0;
    set_error(err, err_len, "");
    if (!rg_graphviz_available()) {
        set_error(err, err_len, gv.load_error);
        return RG_GRAPHVIZ_MISSING;
    }
    pthread_mutex_lock(&render_lock);
    int status = render_locked(dot, engine, format, out, out_len, err, err_len);
    pthread_mutex_unlock(&render_lock);
    return status;
}

void rg_graphviz_free(char *data) { free(data); }
