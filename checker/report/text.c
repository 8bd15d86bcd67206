/* text: the report for people.
 *
 * One block per case, in the order given: a verdict line
 * ("LCS-104233  NOT READY  (2 errors, 1 warning)"), then the findings,
 * blocking ones first, each naming the file, the JSON pointer and the rule,
 * with the rule's help as what to do. Findings about the repository itself
 * follow the cases; then, when more than one case was audited, a caseload
 * table grouped by allocated worker (staff ids in order, cases with no
 * worker last), each worker's cases sorted by what blocks most (most
 * errors, then most warnings), so a team leader can hand each worker their
 * own list; then
 * one summary line ("12 cases: 5 ready, 7 not ready").
 *
 * Control characters, bidirectional overrides and invalid UTF-8 in any
 * string are shown as escapes (\n, \x1B, \u202E, U+FFFD) so nothing from a
 * case folder can drive or disguise the terminal.
 * The finding's value (personal data) is printed only with show_values. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "casecheck/audit.h"
#include "common.h"
#include "format_impl.h"
#include "util/strbuf.h"
#include "util/xalloc.h"

#define RED "\033[31m"
#define BOLD_RED "\033[1;31m"
#define GREEN "\033[1;32m"
#define YELLOW "\033[33m"
#define CYAN "\033[36m"
#define DIM "\033[2m"
#define RESET "\033[0m"

typedef struct text_row {
	char *case_id; /* sanitised */
	char *worker;  /* allocated worker's staff id, sanitised, or NULL */
	size_t width;  /* of case_id, in characters */
	size_t index;  /* arrival order */
	cc_report_counts counts;
	bool ready;
} text_row;

typedef struct text_state {
	FILE *out;
	const cc_report_options *opts;
	text_row *rows;
	size_t n_rows, cap_rows;
} text_state;

/* C1 controls and the bidirectional overrides and isolates, which could
 * make a terminal show text other than what is there. */
static bool is_hidden_control(uint32_t cp)
{
	return (cp >= 0x80 && cp <= 0x9F) || (cp >= 0x202A && cp <= 0x202E) ||
	       (cp >= 0x2066 && cp <= 0x2069) || cp == 0x200E || cp == 0x200F;
}

/* Appends s with control characters, C1 controls and invalid UTF-8 made
 * visible; returns the number of characters appended. */
static size_t sanitise(cc_strbuf *sb, const char *s)
{
	size_t len = s ? strlen(s) : 0, chars = 0;
	for (size_t i = 0; i < len;) {
		uint32_t cp;
		size_t n = cc_report_utf8_next(&cp, s + i, len - i);
		size_t before = sb->len;
		if (cp == '\n')
			cc_strbuf_puts(sb, "\\n");
		else if (cp == '\t')
			cc_strbuf_puts(sb, "\\t");
		else if (cp == '\r')
			cc_strbuf_puts(sb, "\\r");
		else if (cp < 0x20 || cp == 0x7F)
			cc_strbuf_printf(sb, "\\x%02X", (unsigned)cp);
		else if (is_hidden_control(cp))
			cc_strbuf_printf(sb, "\\u%04X", (unsigned)cp);
		else if (cp == CC_REPORT_REPLACEMENT)
			cc_strbuf_puts(sb, "\xEF\xBF\xBD");
		else
			cc_strbuf_add(sb, s + i, n);
		chars += cp < 0x20 || cp == 0x7F || is_hidden_control(cp) ? sb->len - before : 1;
		i += n;
	}
	return chars;
}

static void put_safe(text_state *st, const char *s)
{
	cc_strbuf sb = CC_STRBUF_INIT;
	sanitise(&sb, s);
	fputs(cc_strbuf_cstr(&sb), st->out);
	cc_strbuf_free(&sb);
}

static void put_colored(text_state *st, const char *color, const char *s)
{
	if (st->opts->color)
		fputs(color, st->out);
	fputs(s, st->out);
	if (st->opts->color)
		fputs(RESET, st->out);
}

static void put_count(text_state *st, size_t n, const char *what)
{
	fprintf(st->out, "%zu %s%s", n, what, n == 1 ? "" : "s");
}

static void put_counts(text_state *st, const cc_report_counts *c)
{
	fputs("(", st->out);
	put_count(st, c->error, "error");
	fputs(", ", st->out);
	put_count(st, c->warning, "warning");
	if (c->note) {
		fputs(", ", st->out);
		put_count(st, c->note, "note");
	}
	fputs(")", st->out);
}

static void *text_create(FILE *out, const cc_report_options *opts)
{
	text_state *st = cc_xcalloc(1, sizeof(*st));
	st->out = out;
	st->opts = opts;
	return st;
}

static void text_begin(void *state, const cc_audit_meta *meta)
{
	text_state *st = state;
	char date[11];

	cc_report_date(date, meta->as_of);
	fprintf(st->out, "casecheck %s: purpose %s, profile ",
	        meta->tool_version ? meta->tool_version : "", cc_purpose_name(meta->purpose));
	put_safe(st, meta->profile ? meta->profile : "core");
	fprintf(st->out, ", as of %s, %s", date, cc_report_source_kind_name(meta->source_kind));
	if (meta->rev) {
		fputs(" ", st->out);
		put_safe(st, meta->rev);
	}
	if (meta->commit) {
		fputs(" (commit ", st->out);
		put_safe(st, meta->commit);
		fputs(")", st->out);
	}
	fputs("\n", st->out);
	if (meta->purpose != CC_PURPOSE_CHECK) {
		char *line = cc_report_trust_line(meta->trust);
		put_safe(st, line);
		fputs("\n", st->out);
		free(line);
	}
	fputs("\n", st->out);
}

static const char *severity_color(cc_severity s)
{
	return s == CC_SEVERITY_ERROR ? RED : s == CC_SEVERITY_WARNING ? YELLOW : CYAN;
}

static void put_finding(text_state *st, const cc_finding *f)
{
	cc_report_rule rule;
	char label[16];

	cc_report_rule_lookup(&rule, f->rule);
	snprintf(label, sizeof(label), "%-8s", cc_severity_name(f->severity));
	fputs("  ", st->out);
	put_colored(st, severity_color(f->severity), label);
	put_safe(st, f->path);
	char *record = cc_report_record_text(f, st->opts->show_values);
	if (record) {
		fputs(", ", st->out);
		put_safe(st, record);
		free(record);
	}
	if (f->pointer && f->pointer[0]) {
		fputs(" at ", st->out);
		put_safe(st, f->pointer);
	} else {
		fputs(" (whole file)", st->out);
	}
	fputs("\n          ", st->out);
	put_safe(st, f->message);
	fputs("  [", st->out);
	put_safe(st, rule.id);
	fputs("]\n", st->out);
	if (f->waived) {
		char *w = cc_report_waiver_text(f->waived, st->opts->show_values);
		fputs("          ", st->out);
		put_safe(st, w);
		fputs("\n", st->out);
		free(w);
	}
	fputs("          what to do: ", st->out);
	put_safe(st, rule.help);
	fputs("\n", st->out);
	if (st->opts->show_values && f->value) {
		fputs("          value: \"", st->out);
		put_safe(st, f->value);
		fputs("\"\n", st->out);
	}
}

/* Every finding, blocking ones first whatever order they came in. */
static void put_findings(text_state *st, const cc_findings *list)
{
	static const cc_severity order[] = { CC_SEVERITY_ERROR, CC_SEVERITY_WARNING, CC_SEVERITY_NOTE };
	for (size_t k = 0; k < sizeof(order) / sizeof(order[0]); k++)
		for (size_t i = 0; i < list->count; i++)
			if (list->items[i].severity == order[k])
				put_finding(st, &list->items[i]);
}

/* The sign-off state, when the purpose looks at sign-offs: the receiving
 * manager's confirmation that the sign-off covers the content now there. */
static void put_signoff(text_state *st, const cc_case_result *r)
{
	if (r->signoff == CC_SIGNOFF_NOT_REQUIRED && r->n_signoffs == 0)
		return;
	fputs("  sign-off: ", st->out);
	fputs(cc_signoff_state_name(r->signoff), st->out);
	if (r->signoff == CC_SIGNOFF_STALE && r->n_stale_commits) {
		fputs(" (changed since by ", st->out);
		for (size_t i = 0; i < r->n_stale_commits; i++) {
			fputs(i ? ", " : "", st->out);
			cc_strbuf sb = CC_STRBUF_INIT;
			sanitise(&sb, r->stale_commits[i]);
			/* short commit ids, as git shows them */
			if (sb.len > 12)
				cc_strbuf_truncate(&sb, 12);
			fputs(cc_strbuf_cstr(&sb), st->out);
			cc_strbuf_free(&sb);
		}
		fputs(")", st->out);
	}
	fputs("\n", st->out);
	for (size_t i = 0; i < r->n_signoffs; i++) {
		char *line = cc_report_signoff_line(&r->signoffs[i]);
		fputs("    ", st->out);
		put_safe(st, r->signoffs[i].path);
		fputs(": ", st->out);
		put_safe(st, line);
		fputs("\n", st->out);
		free(line);
	}
}

static void text_on_case(void *state, cc_case_result *r)
{
	text_state *st = state;
	cc_strbuf id = CC_STRBUF_INIT;
	text_row *row;

	st->rows = cc_xgrow(st->rows, &st->cap_rows, st->n_rows + 1, sizeof(*st->rows));
	row = &st->rows[st->n_rows];
	row->index = st->n_rows++;
	row->width = sanitise(&id, r->case_id);
	row->case_id = cc_strbuf_detach(&id);
	row->worker = NULL;
	if (r->worker) {
		sanitise(&id, r->worker);
		row->worker = cc_strbuf_detach(&id);
	}
	cc_report_count(&row->counts, &r->findings);
	row->ready = cc_report_case_ready(r);

	put_colored(st, "\033[1m", row->case_id);
	fputs("  ", st->out);
	put_colored(st, row->ready ? GREEN : BOLD_RED, row->ready ? "READY" : "NOT READY");
	fputs("  ", st->out);
	put_counts(st, &row->counts);
	fputs("\n", st->out);
	put_signoff(st, r);
	put_findings(st, &r->findings);
	fputs("\n", st->out);
	cc_case_result_free(r);
}

static int row_compare(const void *pa, const void *pb)
{
	const text_row *a = pa, *b = pb;
	int c = cc_report_cmp_null_last(a->worker, b->worker);
	if (c)
		return c;
	if (a->counts.error != b->counts.error)
		return a->counts.error > b->counts.error ? -1 : 1;
	if (a->counts.warning != b->counts.warning)
		return a->counts.warning > b->counts.warning ? -1 : 1;
	return a->index < b->index ? -1 : a->index > b->index;
}

static void put_padded(text_state *st, const char *s, size_t width, size_t to)
{
	fputs(s, st->out);
	for (; width < to; width++)
		fputc(' ', st->out);
}

/* "  sw-ferris: 3 cases, 2 not ready" for the group starting at row i. */
static void put_worker_heading(text_state *st, size_t i)
{
	const char *worker = st->rows[i].worker;
	size_t n = 0, not_ready = 0;
	for (size_t j = i; j < st->n_rows; j++) {
		if (cc_report_cmp_null_last(st->rows[j].worker, worker))
			break;
		n++;
		not_ready += !st->rows[j].ready;
	}
	fputs("  ", st->out);
	put_colored(st, "\033[1m", worker ? worker : "no allocated worker");
	fprintf(st->out, ": %zu case%s, %zu not ready\n", n, n == 1 ? "" : "s", not_ready);
}

static void put_table(text_state *st)
{
	size_t w = strlen("CASE");

	qsort(st->rows, st->n_rows, sizeof(*st->rows), row_compare);
	for (size_t i = 0; i < st->n_rows; i++)
		if (st->rows[i].width > w)
			w = st->rows[i].width;
	fputs("Caseload by allocated worker, most blocking first:\n    ", st->out);
	put_padded(st, "CASE", 4, w);
	fputs("  VERDICT      ERRORS  WARNINGS\n", st->out);
	for (size_t i = 0; i < st->n_rows; i++) {
		const text_row *row = &st->rows[i];
		if (i == 0 || cc_report_cmp_null_last(row->worker, st->rows[i - 1].worker))
			put_worker_heading(st, i);
		fputs("    ", st->out);
		put_padded(st, row->case_id, row->width, w);
		fputs("  ", st->out);
		put_colored(st, row->ready ? GREEN : BOLD_RED, row->ready ? "READY    " : "NOT READY");
		fprintf(st->out, "  %8zu  %8zu\n", row->counts.error, row->counts.warning);
	}
	fputs("\n", st->out);
}

static void text_end(void *state, const cc_audit_summary *summary)
{
	text_state *st = state;

	if (summary->repo_findings.count) {
		cc_report_counts c;
		cc_report_count(&c, &summary->repo_findings);
		put_colored(st, "\033[1m", "Repository");
		fputs("  ", st->out);
		put_counts(st, &c);
		fputs("\n", st->out);
		put_findings(st, &summary->repo_findings);
		fputs("\n", st->out);
	}
	if (st->n_rows > 1)
		put_table(st);
	fprintf(st->out, "%zu case%s: %zu ready, %zu not ready\n", summary->cases,
	        summary->cases == 1 ? "" : "s", summary->ready, summary->not_ready);
}

static int text_finish(void *state)
{
	text_state *st = state;
	return cc_report_flush(st->out);
}

static void text_destroy(void *state)
{
	text_state *st = state;
	for (size_t i = 0; i < st->n_rows; i++) {
		free(st->rows[i].case_id);
		free(st->rows[i].worker);
	}
	free(st->rows);
	free(st);
}

const cc_report_impl cc_report_text_impl = {
	text_create, text_begin, text_on_case, text_end, text_finish, text_destroy
};
