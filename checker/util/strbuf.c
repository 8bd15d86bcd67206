#include "util/strbuf.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/xalloc.h"

static void reserve(cc_strbuf *sb, size_t extra)
{
	sb->buf = cc_xgrow(sb->buf, &sb->cap, sb->len + extra + 1, 1);
}

void cc_strbuf_add(cc_strbuf *sb, const void *data, size_t len)
{
	reserve(sb, len);
	if (len)
		memcpy(sb->buf + sb->len, data, len);
	sb->len += len;
	sb->buf[sb->len] = '\0';
}

void cc_strbuf_puts(cc_strbuf *sb, const char *s)
{
	cc_strbuf_add(sb, s, strlen(s));
}

void cc_strbuf_putc(cc_strbuf *sb, char c)
{
	cc_strbuf_add(sb, &c, 1);
}

void cc_strbuf_vprintf(cc_strbuf *sb, const char *fmt, va_list ap)
{
	va_list copy;
	va_copy(copy, ap);
	int n = vsnprintf(NULL, 0, fmt, copy);
	va_end(copy);
	if (n <= 0)
		return;
	reserve(sb, (size_t)n);
	vsnprintf(sb->buf + sb->len, (size_t)n + 1, fmt, ap);
	sb->len += (size_t)n;
}

void cc_strbuf_printf(cc_strbuf *sb, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	cc_strbuf_vprintf(sb, fmt, ap);
	va_end(ap);
}

void cc_strbuf_truncate(cc_strbuf *sb, size_t len)
{
	if (len < sb->len) {
		sb->len = len;
		sb->buf[len] = '\0';
	}
}

const char *cc_strbuf_cstr(const cc_strbuf *sb)
{
	return sb->buf ? sb->buf : "";
}

char *cc_strbuf_detach(cc_strbuf *sb)
{
	char *p = sb->buf ? sb->buf : cc_xstrdup("");
	sb->buf = NULL;
	sb->len = sb->cap = 0;
	return p;
}

void cc_strbuf_free(cc_strbuf *sb)
{
	free(sb->buf);
	sb->buf = NULL;
	sb->len = sb->cap = 0;
}
