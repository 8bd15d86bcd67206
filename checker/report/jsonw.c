#include "jsonw.h"

#include <inttypes.h>
#include <stdint.h>
#include <string.h>

#include "common.h"

void cc_jw_init(cc_jw *w, FILE *out)
{
	memset(w, 0, sizeof(*w));
	w->out = out;
	w->first[0] = true;
}

void cc_jw_init_items(cc_jw *w, FILE *out, int depth)
{
	cc_jw_init(w, out);
	w->depth = depth < CC_JW_MAX_DEPTH ? depth : CC_JW_MAX_DEPTH - 1;
	w->first[w->depth] = true;
}

static void newline_indent(cc_jw *w, int depth)
{
	fputc('\n', w->out);
	for (int i = 0; i < depth; i++)
		fputs("  ", w->out);
}

/* Separator and indentation before a value or a key. */
static void before_item(cc_jw *w)
{
	if (w->after_key) {
		w->after_key = false;
		return;
	}
	if (w->depth == 0) {
		w->first[0] = false;
		return;
	}
	if (!w->first[w->depth])
		fputc(',', w->out);
	w->first[w->depth] = false;
	newline_indent(w, w->depth);
}

static void jw_open(cc_jw *w, char c)
{
	before_item(w);
	fputc(c, w->out);
	if (w->depth + 1 < CC_JW_MAX_DEPTH)
		w->depth++;
	w->first[w->depth] = true;
}

static void jw_close(cc_jw *w, char c)
{
	bool empty = w->first[w->depth];
	if (w->depth > 0)
		w->depth--;
	if (!empty)
		newline_indent(w, w->depth);
	fputc(c, w->out);
	if (w->depth == 0)
		fputc('\n', w->out);
}

void cc_jw_begin_object(cc_jw *w) { jw_open(w, '{'); }
void cc_jw_end_object(cc_jw *w) { jw_close(w, '}'); }
void cc_jw_begin_array(cc_jw *w) { jw_open(w, '['); }
void cc_jw_end_array(cc_jw *w) { jw_close(w, ']'); }

void cc_jw_write_string(FILE *out, const char *s)
{
	size_t len = s ? strlen(s) : 0;
	fputc('"', out);
	for (size_t i = 0; i < len;) {
		uint32_t cp;
		size_t n = cc_report_utf8_next(&cp, s + i, len - i);
		switch (cp) {
		case '"': fputs("\\\"", out); break;
		case '\\': fputs("\\\\", out); break;
		case '\b': fputs("\\b", out); break;
		case '\f': fputs("\\f", out); break;
		case '\n': fputs("\\n", out); break;
		case '\r': fputs("\\r", out); break;
		case '\t': fputs("\\t", out); break;
		default:
			if (cp < 0x20 || cp == 0x7F || cp == 0x2028 || cp == 0x2029)
				fprintf(out, "\\u%04" PRIX32, cp);
			else if (cp == CC_REPORT_REPLACEMENT)
				fputs("\xEF\xBF\xBD", out);
			else
				fwrite(s + i, 1, n, out);
			break;
		}
		i += n;
	}
	fputc('"', out);
}

void cc_jw_key(cc_jw *w, const char *key)
{
	before_item(w);
	cc_jw_write_string(w->out, key);
	fputs(": ", w->out);
	w->after_key = true;
}

void cc_jw_string(cc_jw *w, const char *s)
{
	before_item(w);
	if (s)
		cc_jw_write_string(w->out, s);
	else
		fputs("null", w->out);
}

void cc_jw_uint(cc_jw *w, unsigned long long v)
{
	before_item(w);
	fprintf(w->out, "%llu", v);
}

void cc_jw_bool(cc_jw *w, bool b)
{
	before_item(w);
	fputs(b ? "true" : "false", w->out);
}

void cc_jw_null(cc_jw *w)
{
	before_item(w);
	fputs("null", w->out);
}

void cc_jw_member_string(cc_jw *w, const char *key, const char *s)
{
	cc_jw_key(w, key);
	cc_jw_string(w, s);
}

void cc_jw_member_uint(cc_jw *w, const char *key, unsigned long long v)
{
	cc_jw_key(w, key);
	cc_jw_uint(w, v);
}

void cc_jw_member_bool(cc_jw *w, const char *key, bool b)
{
	cc_jw_key(w, key);
	cc_jw_bool(w, b);
}

void cc_jw_items_spliced(cc_jw *w, bool any_items)
{
	if (any_items)
		w->first[w->depth] = false;
}
