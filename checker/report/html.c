/* html: placeholder caseload page (case ids and verdicts only).
 * To be replaced by the full HTML view. */
#include <stdio.h>
#include <stdlib.h>

#include "format_impl.h"
#include "util/xalloc.h"

typedef struct html_state {
	FILE *out;
	int failed;
} html_state;

static void html_puts_escaped(html_state *st, const char *s)
{
	for (; s && *s; s++) {
		switch (*s) {
		case '<': fputs("&lt;", st->out); break;
		case '>': fputs("&gt;", st->out); break;
		case '&': fputs("&amp;", st->out); break;
		case '"': fputs("&quot;", st->out); break;
		default: fputc(*s, st->out); break;
		}
	}
}

static void *html_create(FILE *out, const cc_report_options *opts)
{
	html_state *st = cc_xcalloc(1, sizeof(*st));
	(void)opts;
	st->out = out;
	return st;
}

static void html_begin(void *state, const cc_audit_meta *meta)
{
	html_state *st = state;
	(void)meta;
	fputs("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
	      "<title>casecheck</title></head><body>\n<ul>\n", st->out);
}

static void html_on_case(void *state, cc_case_result *result)
{
	html_state *st = state;
	fputs("<li>", st->out);
	html_puts_escaped(st, result->case_id);
	fputs(result->ready ? " READY" : " NOT READY", st->out);
	fputs("</li>\n", st->out);
	cc_case_result_free(result);
}

static void html_end(void *state, const cc_audit_summary *summary)
{
	html_state *st = state;
	(void)summary;
	fputs("</ul>\n</body></html>\n", st->out);
}

static int html_finish(void *state)
{
	html_state *st = state;
	if (fflush(st->out) != 0 || ferror(st->out))
		return -1;
	return 0;
}

static void html_destroy(void *state)
{
	free(state);
}

const cc_report_impl cc_report_html_impl = {
	html_create, html_begin, html_on_case, html_end, html_finish, html_destroy
};
