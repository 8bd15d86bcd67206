/* cli_util.c: see cli_util.h. */
#define _GNU_SOURCE /* vasprintf */
#include "cli_util.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

/* p, unless the allocation that gave it failed: then the command ends. */
static void *must(void *p)
{
	if (!p) {
		fputs("casecheck: out of memory\n", stderr);
		abort();
	}
	return p;
}

char *cc_cli_xstrdup(const char *s)
{
	return must(strdup(s));
}

char *cc_cli_xstrndup(const char *s, size_t n)
{
	return must(strndup(s, n));
}

char *cc_cli_xasprintf(const char *fmt, ...)
{
	char *p = NULL;
	va_list ap;
	va_start(ap, fmt);
	int rc = vasprintf(&p, fmt, ap);
	va_end(ap);
	return rc < 0 ? must(NULL) : p;
}

void *cc_cli_xcalloc(size_t count, size_t size)
{
	return must(calloc(count ? count : 1, size ? size : 1));
}

void *cc_cli_xgrow(void *ptr, size_t *cap, size_t need, size_t elem_size)
{
	size_t n = *cap ? *cap : 8;
	if (need <= *cap)
		return ptr;
	while (n < need)
		n *= 2;
	if (n > (size_t)-1 / elem_size)
		must(NULL);
	*cap = n;
	return must(realloc(ptr, n * elem_size));
}

void cc_cli_buf_printf(cc_cli_buf *b, const char *fmt, ...)
{
	va_list ap, again;
	va_start(ap, fmt);
	va_copy(again, ap);
	int n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n < 0)
		must(NULL);
	b->buf = must(realloc(b->buf, b->len + (size_t)n + 1));
	vsnprintf(b->buf + b->len, (size_t)n + 1, fmt, again);
	va_end(again);
	b->len += (size_t)n;
}

void cc_cli_buf_puts(cc_cli_buf *b, const char *s)
{
	cc_cli_buf_printf(b, "%s", s);
}

const char *cc_cli_buf_cstr(const cc_cli_buf *b)
{
	return b->buf ? b->buf : "";
}

void cc_cli_buf_free(cc_cli_buf *b)
{
	free(b->buf);
	*b = (cc_cli_buf)CC_CLI_BUF_INIT;
}

int cc_cli_read_file(const char *path, size_t max, char **text, size_t *len)
{
	struct stat st;
	FILE *f = fopen(path, "rb");
	*text = NULL;
	if (!f)
		return -1;
	if (fstat(fileno(f), &st) < 0 || !S_ISREG(st.st_mode) || (size_t)st.st_size > max) {
		fclose(f);
		return -1;
	}
	*text = must(malloc((size_t)st.st_size + 1));
	*len = fread(*text, 1, (size_t)st.st_size, f);
	(*text)[*len] = '\0';
	int rc = ferror(f) ? -1 : 0;
	fclose(f);
	if (rc < 0) {
		free(*text);
		*text = NULL;
	}
	return rc;
}
