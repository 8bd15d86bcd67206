/* html_util: escaping, fragment ids, dates, rule metadata and the
 * conservative verdict used by every part of the HTML page. */
#include <ctype.h>
#include <stdint.h>
#include <string.h>

#include "casecheck/date.h"
#include "casecheck/rules.h"
#include "common.h"
#include "html_internal.h"
#include "audit/params.h"
#include "util/strbuf.h"

void cc_html_text(FILE *out, const char *s)
{
	size_t len, n;
	uint32_t cp;

	if (!s)
		return;
	len = strlen(s);
	while (len > 0) {
		switch (*s) {
		case '&': fputs("&amp;", out); n = 1; break;
		case '<': fputs("&lt;", out); n = 1; break;
		case '>': fputs("&gt;", out); n = 1; break;
		case '"': fputs("&quot;", out); n = 1; break;
		case '\'': fputs("&#39;", out); n = 1; break;
		default:
			n = cc_report_utf8_next(&cp, s, len);
			if (cp == CC_REPORT_REPLACEMENT || (cp < 0x20 && cp != '\t' && cp != '\n') || cp == 0x7F)
				fputs("&#xFFFD;", out);
			else
				fwrite(s, 1, n, out);
			break;
		}
		s += n;
		len -= n;
	}
}

void cc_html_anchor(FILE *out, const char *prefix, const char *id)
{
	const unsigned char *p = (const unsigned char *)(id ? id : "");

	fputs(prefix, out);
	for (; *p; p++) {
		if ((*p >= 'A' && *p <= 'Z') || (*p >= 'a' && *p <= 'z') ||
		    (*p >= '0' && *p <= '9') || *p == '-')
			fputc(*p, out);
		else
			fprintf(out, "_%02X", *p);
	}
}

void cc_html_date(FILE *out, cc_date d)
{
	char buf[11];

	if (d == 0) {
		fputs("unknown", out);
		return;
	}
	cc_date_format(d, buf);
	fputs(buf, out);
}

const char *cc_html_rule_title(const char *rule_id)
{
	cc_report_rule rule;

	cc_report_rule_lookup(&rule, rule_id);
	if (rule.info && rule.info->title && *rule.info->title)
		return rule.info->title;
	return rule.id;
}

const char *cc_html_rule_area(const char *rule_id, char *buf, size_t bufsize)
{
	const cc_rule_info *info = rule_id ? cc_rules_find(rule_id) : NULL;
	const char *dot;
	size_t len;

	if (info && info->area && *info->area)
		return info->area;
	if (!rule_id || !*rule_id || bufsize < 2)
		return "other";
	dot = strchr(rule_id, '.');
	len = dot ? (size_t)(dot - rule_id) : strlen(rule_id);
	if (len == 0)
		return "other";
	if (len >= bufsize)
		len = bufsize - 1;
	memcpy(buf, rule_id, len);
	buf[len] = '\0';
	return buf;
}

size_t cc_html_case_errors(const cc_case_result *r)
{
	cc_report_counts counts;

	cc_report_count(&counts, &r->findings);
	return counts.error > r->n_errors ? counts.error : r->n_errors;
}

size_t cc_html_case_others(const cc_case_result *r)
{
	cc_report_counts counts;

	cc_report_count(&counts, &r->findings);
	counts.warning += counts.note;
	return counts.warning > r->n_warnings ? counts.warning : r->n_warnings;
}

bool cc_html_case_ready(const cc_case_result *r)
{
	return cc_report_case_ready(r) && r->n_errors == 0;
}

/* The parameter whose name starts text at p (a whole word), or -1. */
static int param_at(const char *text, const char *p, size_t *len)
{
	if (p > text && (isalnum((unsigned char)p[-1]) || p[-1] == '_'))
		return -1;
	for (int i = 0; i < CC_PARAM_COUNT; i++) {
		const char *name = cc_param_at((cc_param_id)i)->name;
		size_t n = strlen(name);
		if (!strncmp(p, name, n) && !isalnum((unsigned char)p[n]) && p[n] != '_') {
			*len = n;
			return i;
		}
	}
	return -1;
}

void cc_html_plain(FILE *out, const char *text, const long *params)
{
	cc_strbuf sb = CC_STRBUF_INIT;
	const char *p = text ? text : "";
	while (*p) {
		size_t len;
		int id = (*p >= 'a' && *p <= 'z') ? param_at(text, p, &len) : -1;
		if (id < 0) {
			cc_strbuf_putc(&sb, *p++);
			continue;
		}
		const cc_param_info *pi = cc_param_at((cc_param_id)id);
		long v = params ? params[id] : pi->def;
		const char *after = p + len;
		bool opened = sb.len > 0 && sb.buf[sb.len - 1] == '(';
		if (opened && (*after == ')' || !strncmp(after, " is ", 4))) {
			/* "(name)" or "(name is 90)": left out, with the space before it */
			const char *close = strchr(after, ')');
			if (close) {
				cc_strbuf_truncate(&sb, sb.len - 1);
				if (sb.len && sb.buf[sb.len - 1] == ' ')
					cc_strbuf_truncate(&sb, sb.len - 1);
				p = close + 1;
				continue;
			}
		}
		cc_strbuf_printf(&sb, "%ld %s", v, pi->unit);
		p = after;
		/* "name (90)": the value is already said */
		if (after[0] == ' ' && after[1] == '(' && isdigit((unsigned char)after[2])) {
			const char *q = after + 2;
			while (isdigit((unsigned char)*q))
				q++;
			if (*q == ')')
				p = q + 1;
		}
	}
	cc_html_text(out, cc_strbuf_cstr(&sb));
	cc_strbuf_free(&sb);
}
