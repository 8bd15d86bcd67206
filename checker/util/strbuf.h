/* strbuf: a growable, always NUL-terminated byte string.
 *
 * A strbuf may hold NUL bytes (len is authoritative). Initialise with
 * CC_STRBUF_INIT; the buffer belongs to the strbuf until cc_strbuf_detach()
 * hands it to the caller. None of these functions can fail. */
#ifndef CC_UTIL_STRBUF_H
#define CC_UTIL_STRBUF_H

#include <stdarg.h>
#include <stddef.h>

typedef struct cc_strbuf {
	char *buf;
	size_t len;
	size_t cap;
} cc_strbuf;

#define CC_STRBUF_INIT { NULL, 0, 0 }

void cc_strbuf_add(cc_strbuf *sb, const void *data, size_t len);
void cc_strbuf_puts(cc_strbuf *sb, const char *s);
void cc_strbuf_putc(cc_strbuf *sb, char c);
void cc_strbuf_printf(cc_strbuf *sb, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void cc_strbuf_vprintf(cc_strbuf *sb, const char *fmt, va_list ap);
void cc_strbuf_truncate(cc_strbuf *sb, size_t len);
/* The contents, "" when empty; borrowed. */
const char *cc_strbuf_cstr(const cc_strbuf *sb);
/* Hands the buffer to the caller (never NULL) and resets sb. */
char *cc_strbuf_detach(cc_strbuf *sb);
void cc_strbuf_free(cc_strbuf *sb);

#endif
