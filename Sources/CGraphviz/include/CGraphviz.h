// A tiny C API over Graphviz (libgvc + libcgraph) that loads the libraries at run time with dlopen.
//
// Nothing here includes a Graphviz header or links a Graphviz library, so the package builds and runs on
// a machine without Graphviz; rendering then reports RG_GRAPHVIZ_MISSING. Only RelGraph's Rendering/
// folder calls it.
//
// Testing hook: RELGRAPH_DISABLE_GRAPHVIZ=1 in the environment (any value but "" or "0") makes the loader
// behave as if Graphviz were not installed. It is read once, at the first call, like the libraries.
#ifndef RELGRAPH_CGRAPHVIZ_H
#define RELGRAPH_CGRAPHVIZ_H

#include <stddef.h>

// What rg_graphviz_render returns.
#define RG_GRAPHVIZ_OK 0             // *out holds the rendered bytes.
#define RG_GRAPHVIZ_MISSING 1        // libgvc/libcgraph could not be loaded; err says why.
#define RG_GRAPHVIZ_INVALID_DOT 2    // agmemread refused the DOT; err holds Graphviz's message.
#define RG_GRAPHVIZ_LAYOUT_FAILED 3  // gvLayout failed (e.g. engine not recognized); err holds the message.
#define RG_GRAPHVIZ_RENDER_FAILED 4  // gvContext or gvRenderData failed, or out of memory; err says which.

// 1 if libgvc and libcgraph were loaded with every needed symbol, else 0. Loads them on first use.
int rg_graphviz_available(void);

// Lays out the DOT text `dot` with `engine` ("dot", "sfdp", ...) and renders it as `format` ("svg", ...).
//
// On RG_GRAPHVIZ_OK, *out is a malloc'd copy of the output (NUL-terminated for convenience, *out_len bytes
// not counting the NUL) that the caller releases with rg_graphviz_free. On any other status *out is NULL
// and `err` (err_len bytes, may be 0) holds a NUL-terminated message. Only the first graph of `dot` is
// drawn. Calls are serialised by one process-wide mutex, because Graphviz keeps global state. Each call
// frees the graph, its layout and the render data on every path; the one Graphviz context is created at
// the first call and kept until the process exits (a context per call leaks and corrupts memory in 2.43).
int rg_graphviz_render(const char *dot, const char *engine, const char *format,
                       char **out, size_t *out_len, char *err, size_t err_len);

// Frees what rg_graphviz_render stored in *out (NULL is fine).
void rg_graphviz_free(char *data);

#endif
