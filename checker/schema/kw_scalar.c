/* kw_scalar.c: keywords for numbers and strings. */
#include <stdio.h>
#include <string.h>

#include "json/internal.h"
#include "schema/eval.h"

static const char *num_text(cc_number n, char *buf, size_t size)
{
	if (n.text)
		return n.text;
	snprintf(buf, size, "%.17g", n.d);
	return buf;
}

static size_t utf8_length(const char *s, size_t len)
{
	size_t n = 0;
	for (size_t i = 0; i < len; i++)
		n += ((unsigned char)s[i] & 0xC0) != 0x80;
	return n;
}

/* Keywords for numbers. */
bool schema_kw_number(vctx *c, const cnode *s, const cJSON *inst, const where *w, bool collect)
{
	bool ok = true;
	char b1[40];
	cc_number x = cc_number_of(inst);
	if ((s->has & H_MULTIPLE) && !cc_number_multiple_of(x, s->multiple)) {
		ok = false;
		if (!collect)
			return false;
		schema_error(c, w->path, s, "multipleOf", "must be a multiple of %s", num_text(s->multiple, b1, sizeof b1));
	}
	static const struct {
		unsigned flag;
		size_t off;
		const char *kw, *msg;
		int bad_cmp, bad_eq;
	} bounds[] = {
		{H_MAXIMUM, offsetof(cnode, maximum), "maximum", "must be at most %s", 1, 0},
		{H_XMAXIMUM, offsetof(cnode, xmaximum), "exclusiveMaximum", "must be less than %s", 1, 1},
		{H_MINIMUM, offsetof(cnode, minimum), "minimum", "must be at least %s", -1, 0},
		{H_XMINIMUM, offsetof(cnode, xminimum), "exclusiveMinimum", "must be greater than %s", -1, 1},
	};
	for (size_t i = 0; i < sizeof bounds / sizeof bounds[0]; i++) {
		if (!(s->has & bounds[i].flag))
			continue;
		cc_number lim = *(const cc_number *)((const char *)s + bounds[i].off);
		int r = cc_number_cmp(x, lim);
		if (r == bounds[i].bad_cmp || (r == 0 && bounds[i].bad_eq)) {
			ok = false;
			if (!collect)
				return false;
			schema_error(c, w->path, s, bounds[i].kw, bounds[i].msg, num_text(lim, b1, sizeof b1));
		}
	}
	return ok;
}

bool schema_kw_string(vctx *c, const cnode *s, const cJSON *inst, const where *w, bool collect)
{
	bool ok = true;
	size_t len = cc_json_strlen_inline(inst);
	/* a string of len bytes has between len/4 and len code points */
	if (((s->has & H_MAXLEN) && len > s->max_len) || ((s->has & H_MINLEN) && len / 4 < s->min_len)) {
		size_t n = utf8_length(inst->valuestring, len);
		if ((s->has & H_MAXLEN) && n > s->max_len) {
			ok = false;
			if (!collect)
				return false;
			schema_error(c, w->path, s, "maxLength", "must be at most %zu characters", s->max_len);
		}
		if ((s->has & H_MINLEN) && n < s->min_len) {
			ok = false;
			if (!collect)
				return false;
			schema_error(c, w->path, s, "minLength", "must be at least %zu characters", s->min_len);
		}
	}
	if (s->pattern && !cc_regex_search(s->pattern, inst->valuestring, len)) {
		ok = false;
		if (!collect)
			return false;
		schema_error(c, w->path, s, "pattern", "does not match the required pattern");
	}
	if (s->format && (c->format_assert || s->format_asserts) && !cc_format_check(s->format, inst->valuestring, len)) {
		ok = false;
		if (!collect)
			return false;
		schema_error(c, w->path, s, "format", "is not a valid %s", s->format);
	}
	return ok;
}
