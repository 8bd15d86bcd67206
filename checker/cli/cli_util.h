/* cli_util: the few helpers the command line keeps for itself (as curl's
 * tool keeps its own), so that it needs nothing of the library but its
 * public headers: allocation that never fails (out of memory ends the
 * command), a growable string, and reading a whole file. */
#ifndef CC_CLI_UTIL_H
#define CC_CLI_UTIL_H

#include <stddef.h>

/* Each returns memory the caller frees; none returns NULL. */
char *cc_cli_xstrdup(const char *s);
char *cc_cli_xstrndup(const char *s, size_t n);
char *cc_cli_xasprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void *cc_cli_xcalloc(size_t count, size_t size);
/* ptr grown (doubling) to hold at least need elements of elem_size; *cap
 * is the capacity in elements. */
void *cc_cli_xgrow(void *ptr, size_t *cap, size_t need, size_t elem_size);

/* A growable NUL-terminated string; CC_CLI_BUF_INIT is empty. */
typedef struct cc_cli_buf {
	char *buf;
	size_t len;
} cc_cli_buf;

#define CC_CLI_BUF_INIT { NULL, 0 }

void cc_cli_buf_puts(cc_cli_buf *b, const char *s);
void cc_cli_buf_printf(cc_cli_buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* The text, "" when empty; borrowed. */
const char *cc_cli_buf_cstr(const cc_cli_buf *b);
void cc_cli_buf_free(cc_cli_buf *b);

/* Reads the regular file at path (at most max bytes) into *text
 * (NUL-terminated, caller frees; *len without the NUL). 0 or -1. */
int cc_cli_read_file(const char *path, size_t max, char **text, size_t *len);

#endif
