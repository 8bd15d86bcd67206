/* csv: the fix list, one row per finding, for a spreadsheet.
 *
 * Columns: case, team, worker, severity, rule, file, pointer, record,
 * finding (the message), what to do (the rule's help), waived (who
 * waived it, when, until when, why: cc_report_waiver_text; empty for a
 * finding not waived), and value only with show_values. Rows are sorted by worker (cases without one last),
 * then case, keeping each case's findings in the order the audit gives
 * them (errors first); findings about the repository come last, with the
 * case, team and worker cells empty. Written only through csvw.h (BOM,
 * quoting, formula-like cells defused), so every CSV casecheck writes
 * follows the same rules. The rows are held until the end to be sorted:
 * a handful of short strings per finding. */
#include <stdlib.h>
#include <string.h>

#include "common.h"
#include "csvw.h"
#include "format_impl.h"
#include "util/xalloc.h"

enum { COL_CASE, COL_TEAM, COL_WORKER, COL_SEVERITY, COL_RULE, COL_FILE, COL_POINTER, COL_RECORD,
       COL_FINDING, COL_TODO, COL_WAIVED, COL_VALUE, N_COLS };

static const char *const header[N_COLS] = {
	"case", "team", "worker", "severity", "rule", "file", "pointer", "record", "finding", "what to do", "waived",
	"value"
};

typedef struct csv_row {
	char *cell[N_COLS]; /* owned; NULL is an empty cell */
	size_t seq;         /* arrival order, to keep it among equals */
	int scope;          /* 0 a case's finding, 1 the repository's */
} csv_row;

typedef struct csv_state {
	FILE *out;
	const cc_report_options *opts;
	csv_row *rows;
	size_t n, cap;
} csv_state;

static char *dup_or_null(const char *s)
{
	return s && *s ? cc_xstrdup(s) : NULL;
}

static void *csv_create(FILE *out, const cc_report_options *opts)
{
	csv_state *st = cc_xcalloc(1, sizeof(*st));
	st->out = out;
	st->opts = opts;
	return st;
}

static void csv_begin(void *state, const cc_audit_meta *meta)
{
	(void)state;
	(void)meta;
}

static void add_rows(csv_state *st, const cc_case_result *r, const cc_findings *list)
{
	for (size_t i = 0; i < list->count; i++) {
		const cc_finding *f = &list->items[i];
		cc_report_rule rule;
		cc_report_rule_lookup(&rule, f->rule);
		st->rows = cc_xgrow(st->rows, &st->cap, st->n + 1, sizeof *st->rows);
		csv_row *row = &st->rows[st->n];
		memset(row, 0, sizeof *row);
		row->seq = st->n++;
		row->scope = r ? 0 : 1;
		if (r) {
			row->cell[COL_CASE] = dup_or_null(r->case_id);
			row->cell[COL_TEAM] = dup_or_null(r->team);
			row->cell[COL_WORKER] = dup_or_null(r->worker);
		}
		row->cell[COL_SEVERITY] = cc_xstrdup(cc_severity_name(f->severity));
		row->cell[COL_RULE] = cc_xstrdup(rule.id);
		row->cell[COL_FILE] = dup_or_null(f->path);
		row->cell[COL_POINTER] = dup_or_null(f->pointer);
		row->cell[COL_RECORD] = cc_report_record_text(f, st->opts->show_values);
		row->cell[COL_FINDING] = dup_or_null(f->message);
		row->cell[COL_TODO] = dup_or_null(rule.help);
		row->cell[COL_WAIVED] = f->waived ? cc_report_waiver_text(f->waived, st->opts->show_values) : NULL;
		if (st->opts->show_values)
			row->cell[COL_VALUE] = dup_or_null(f->value);
	}
}

static void csv_on_case(void *state, cc_case_result *r)
{
	csv_state *st = state;
	add_rows(st, r, &r->findings);
	cc_case_result_free(r);
}

static void csv_end(void *state, const cc_audit_summary *summary)
{
	csv_state *st = state;
	if (summary)
		add_rows(st, NULL, &summary->repo_findings);
}

static int cmp_row(const void *pa, const void *pb)
{
	const csv_row *a = pa, *b = pb;
	int c;
	if (a->scope != b->scope)
		return a->scope - b->scope;
	if ((c = cc_report_cmp_null_last(a->cell[COL_WORKER], b->cell[COL_WORKER])) ||
	    (c = cc_report_cmp_null_last(a->cell[COL_CASE], b->cell[COL_CASE])))
		return c;
	return a->seq < b->seq ? -1 : a->seq > b->seq;
}

static int csv_finish(void *state)
{
	csv_state *st = state;
	size_t cols = st->opts->show_values ? N_COLS : N_COLS - 1;
	cc_csvw w;
	if (st->n > 1)
		qsort(st->rows, st->n, sizeof *st->rows, cmp_row);
	cc_csvw_begin(&w, st->out);
	cc_csvw_row(&w, header, cols);
	for (size_t i = 0; i < st->n; i++)
		cc_csvw_row(&w, (const char *const *)st->rows[i].cell, cols);
	return cc_report_flush(st->out);
}

static void csv_destroy(void *state)
{
	csv_state *st = state;
	for (size_t i = 0; i < st->n; i++)
		for (size_t c = 0; c < N_COLS; c++)
			free(st->rows[i].cell[c]);
	free(st->rows);
	free(st);
}

const cc_report_impl cc_report_csv_impl = {
	csv_create, csv_begin, csv_on_case, csv_end, csv_finish, csv_destroy
};
