#include "csvw.h"

#include <stdint.h>
#include <string.h>

#include "common.h"

void cc_csvw_begin(cc_csvw *w, FILE *out)
{
	w->out = out;
	w->row_open = false;
	fputs("\xEF\xBB\xBF", out);
}

/* A cell a spreadsheet would read as a formula (or that an import would
 * strip to one) starts with one of these. */
static bool formula_like(const char *s)
{
	return s[0] != '\0' && strchr("=+-@\t\r", s[0]) != NULL;
}

static bool needs_quotes(const char *s)
{
	return strpbrk(s, ",\"\r\n") != NULL;
}

void cc_csvw_cell(cc_csvw *w, const char *s)
{
	if (w->row_open)
		fputc(',', w->out);
	w->row_open = true;
	if (!s || !*s)
		return;
	bool quoted = needs_quotes(s);
	if (quoted)
		fputc('"', w->out);
	if (formula_like(s))
		fputc('\'', w->out);
	size_t len = strlen(s);
	for (size_t i = 0; i < len;) {
		uint32_t cp;
		size_t n = cc_report_utf8_next(&cp, s + i, len - i);
		if (cp == CC_REPORT_REPLACEMENT)
			fputs("\xEF\xBF\xBD", w->out);
		else if (cp == '"')
			fputs("\"\"", w->out);
		else
			fwrite(s + i, 1, n, w->out);
		i += n;
	}
	if (quoted)
		fputc('"', w->out);
}

void cc_csvw_cell_uint(cc_csvw *w, unsigned long long v)
{
	char buf[32];
	snprintf(buf, sizeof buf, "%llu", v);
	cc_csvw_cell(w, buf);
}

void cc_csvw_end_row(cc_csvw *w)
{
	fputs("\r\n", w->out);
	w->row_open = false;
}

void cc_csvw_row(cc_csvw *w, const char *const *cells, size_t n)
{
	for (size_t i = 0; i < n; i++)
		cc_csvw_cell(w, cells[i]);
	cc_csvw_end_row(w);
}
