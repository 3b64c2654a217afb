// Placeholder until the dlopen shim lands.
#include <stddef.h>
