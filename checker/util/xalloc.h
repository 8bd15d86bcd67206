/* xalloc: allocation that never returns NULL.
 *
 * casecheck treats running out of memory as fatal: every allocation goes
 * through these wrappers, which print one line and abort. Callers therefore
 * never test the result, and every error path is about bad input, not
 * about memory. */
#ifndef CC_UTIL_XALLOC_H
#define CC_UTIL_XALLOC_H

#include <stddef.h>

void *cc_xmalloc(size_t size);
void *cc_xcalloc(size_t count, size_t size);
void *cc_xrealloc(void *ptr, size_t size);
/* Grows an array of *cap elements of elem_size to hold at least need. */
void *cc_xgrow(void *ptr, size_t *cap, size_t need, size_t elem_size);
char *cc_xstrdup(const char *s);
char *cc_xstrndup(const char *s, size_t n);
/* printf into a new string owned by the caller. */
char *cc_xasprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

#endif
