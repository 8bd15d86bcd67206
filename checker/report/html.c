/* html: the self-contained HTML caseload page (--format html).
 *
 * Each case's section is rendered as its result arrives, into a spool (a
 * temporary file, memory if none can be made), and the result is freed at
 * once; only a short row per case is kept for the caseload table and the
 * summary, which come first on the page and so are written at end (or
 * finish). The
 * page loads nothing: inline CSS, inline SVG, a little plain JavaScript, and
 * a Content-Security-Policy that forbids every other source. */
#include <stdlib.h>
#include <string.h>

#include "casecheck/date.h"
#include "common.h"
#include "format_impl.h"
#include "html_internal.h"
#include "audit/params.h"
#include "spool.h"
#include "util/strbuf.h"
#include "util/xalloc.h"

typedef struct html_row {
	char *case_id, *team, *team_name, *worker, *service;
	char *top_rule;      /* the blocking rule with most findings, or NULL */
	char *rules;         /* every rule of the case, space separated */
	size_t errors, others, more_blocking_rules, order;
	bool ready;
} html_row;

typedef struct rule_tally {
	char *rule;
	size_t cases_blocked, cases_any;
} rule_tally;

typedef struct html_state {
	FILE *out;
	cc_report_options opts;
	bool have_meta, written;
	cc_audit_meta meta; /* strings below are owned copies */
	long params[CC_PARAM_COUNT]; /* meta.params, copied */
	char *tool_version, *profile, *rev, *commit, *root;
	cc_spool sections;  /* case sections so far */
	bool spool_ok;
	html_row *rows; size_t n_rows, rows_cap;
	rule_tally *tallies; size_t n_tallies, tallies_cap;
	int failed;
} html_state;

static char *dup_or_null(const char *s)
{
	return s ? cc_xstrdup(s) : NULL;
}

static void *html_create(FILE *out, const cc_report_options *opts)
{
	html_state *st = cc_xcalloc(1, sizeof(*st));

	st->out = out;
	if (opts)
		st->opts = *opts;
	st->spool_ok = cc_spool_open(&st->sections) == 0;
	if (!st->spool_ok)
		st->failed = 1;
	return st;
}

static void html_begin(void *state, const cc_audit_meta *meta)
{
	html_state *st = state;

	if (!meta || st->have_meta)
		return;
	st->meta = *meta;
	st->meta.tool_version = st->tool_version = dup_or_null(meta->tool_version);
	st->meta.profile = st->profile = dup_or_null(meta->profile);
	st->meta.rev = st->rev = dup_or_null(meta->rev);
	st->meta.commit = st->commit = dup_or_null(meta->commit);
	st->meta.root = st->root = dup_or_null(meta->root);
	if (meta->params) {
		memcpy(st->params, meta->params, sizeof st->params);
		st->meta.params = st->params;
	}
	st->have_meta = true;
}

/* ---- per-case bookkeeping ---------------------------------------------- */

static rule_tally *tally_for(html_state *st, const char *rule)
{
	size_t i;

	for (i = 0; i < st->n_tallies; i++)
		if (strcmp(st->tallies[i].rule, rule) == 0)
			return &st->tallies[i];
	st->tallies = cc_xgrow(st->tallies, &st->tallies_cap, st->n_tallies + 1, sizeof(*st->tallies));
	st->tallies[st->n_tallies].rule = cc_xstrdup(rule);
	st->tallies[st->n_tallies].cases_blocked = 0;
	st->tallies[st->n_tallies].cases_any = 0;
	return &st->tallies[st->n_tallies++];
}

static const char *rule_of(const cc_finding *f)
{
	return f->rule && *f->rule ? f->rule : "unknown";
}

/* Whether finding i is the first of the case with its rule (and, when
 * errors_only, with severity error). */
static bool first_of_rule(const cc_findings *list, size_t i, bool errors_only)
{
	size_t j;

	for (j = 0; j < i; j++)
		if ((!errors_only || list->items[j].severity == CC_SEVERITY_ERROR) &&
		    strcmp(rule_of(&list->items[j]), rule_of(&list->items[i])) == 0)
			return false;
	return true;
}

static size_t count_rule(const cc_findings *list, const char *rule, bool errors_only)
{
	size_t j, n = 0;

	for (j = 0; j < list->count; j++)
		if ((!errors_only || list->items[j].severity == CC_SEVERITY_ERROR) &&
		    strcmp(rule_of(&list->items[j]), rule) == 0)
			n++;
	return n;
}

static void fill_row(html_state *st, html_row *row, const cc_case_result *r)
{
	const cc_findings *list = &r->findings;
	cc_strbuf rules = CC_STRBUF_INIT;
	size_t i, best = 0, n_blocking_rules = 0;

	row->case_id = cc_xstrdup(r->case_id);
	row->team = dup_or_null(r->team);
	row->team_name = dup_or_null(r->team_name);
	row->worker = dup_or_null(r->worker);
	row->service = dup_or_null(r->service);
	row->errors = cc_html_case_errors(r);
	row->others = cc_html_case_others(r);
	row->ready = cc_html_case_ready(r);
	row->order = st->n_rows;
	for (i = 0; i < list->count; i++) {
		const char *rule = rule_of(&list->items[i]);

		if (first_of_rule(list, i, false)) {
			if (rules.len)
				cc_strbuf_putc(&rules, ' ');
			cc_strbuf_puts(&rules, rule);
			tally_for(st, rule)->cases_any++;
		}
		if (list->items[i].severity == CC_SEVERITY_ERROR && first_of_rule(list, i, true)) {
			size_t n = count_rule(list, rule, true);

			tally_for(st, rule)->cases_blocked++;
			n_blocking_rules++;
			if (n > best) {
				best = n;
				free(row->top_rule);
				row->top_rule = cc_xstrdup(rule);
			}
		}
	}
	row->more_blocking_rules = n_blocking_rules ? n_blocking_rules - 1 : 0;
	row->rules = cc_strbuf_detach(&rules);
}

static void html_on_case(void *state, cc_case_result *result)
{
	html_state *st = state;

	if (!result)
		return;
	if (!result->case_id)
		result->case_id = cc_xstrdup("(unknown)");
	st->rows = cc_xgrow(st->rows, &st->rows_cap, st->n_rows + 1, sizeof(*st->rows));
	memset(&st->rows[st->n_rows], 0, sizeof(*st->rows));
	fill_row(st, &st->rows[st->n_rows], result);
	st->n_rows++;
	if (st->spool_ok)
		cc_html_case_section(st->sections.fp, result, st->have_meta ? &st->meta : NULL,
		                     st->opts.show_values);
	cc_case_result_free(result);
}

/* ---- the page ------------------------------------------------------------ */

static const char *purpose_label(cc_purpose p)
{
	switch (p) {
	case CC_PURPOSE_CHECK: return "check (structure only)";
	case CC_PURPOSE_SIGNOFF: return "signoff (quality-audit sign-off)";
	case CC_PURPOSE_TRANSFER: return "transfer (ready to transfer)";
	case CC_PURPOSE_RECEIVE: return "receive (ready to receive)";
	case CC_PURPOSE_COURT: return "court (chronology complete enough for proceedings)";
	default: return "unknown";
	}
}

static const char *purpose_short(const html_state *st)
{
	if (!st->have_meta)
		return "unknown";
	switch (st->meta.purpose) {
	case CC_PURPOSE_CHECK: return "check";
	case CC_PURPOSE_SIGNOFF: return "signoff";
	case CC_PURPOSE_TRANSFER: return "transfer";
	case CC_PURPOSE_RECEIVE: return "receive";
	case CC_PURPOSE_COURT: return "court";
	default: return "unknown";
	}
}

static void write_head(html_state *st)
{
	FILE *out = st->out;

	fputs("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n"
	      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
	      "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
	      "style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:; base-uri 'none'; "
	      "form-action 'none'\">\n<meta name=\"referrer\" content=\"no-referrer\">\n"
	      "<meta name=\"generator\" content=\"casecheck\">\n<title>Caseload report (", out);
	fputs(purpose_short(st), out);
	if (st->have_meta && st->meta.as_of != 0) {
		fputs(", as of ", out);
		cc_html_date(out, st->meta.as_of);
	}
	fputs(") \xE2\x80\x94 casecheck</title>\n<style>\n", out);
	fputs(cc_html_css, out);
	fputs("</style>\n</head>\n", out);
}

static void write_meta_item(FILE *out, const char *label, const char *value)
{
	fprintf(out, "<div><dt>%s</dt><dd>", label);
	cc_html_text(out, value && *value ? value : "unknown");
	fputs("</dd></div>", out);
}

static const char *base_name(const char *path)
{
	const char *slash;
	size_t len;

	if (!path)
		return NULL;
	len = strlen(path);
	while (len > 1 && path[len - 1] == '/')
		len--;
	for (slash = path + len; slash > path && slash[-1] != '/'; slash--)
		;
	return slash;
}

static void write_header(html_state *st)
{
	FILE *out = st->out;
	const cc_audit_meta *m = &st->meta;

	fputs("<body>\n<a class=\"skip\" href=\"#main\">Skip to the report</a>\n<header class=\"page\">\n"
	      "<h1>Caseload readiness report</h1>\n<dl class=\"meta\">", out);
	write_meta_item(out, "Purpose", st->have_meta ? purpose_label(m->purpose) : NULL);
	write_meta_item(out, "Profile", st->have_meta ? m->profile : NULL);
	fputs("<div><dt>As of</dt><dd>", out);
	cc_html_date(out, st->have_meta ? m->as_of : 0);
	fputs("</dd></div><div><dt>Source</dt><dd>", out);
	if (!st->have_meta) {
		fputs("unknown", out);
	} else if (m->source_kind == CC_SOURCE_INDEX) {
		fputs("the index (staged changes)", out);
	} else if (m->source_kind == CC_SOURCE_WORKTREE) {
		fputs("the working tree (files on disk)", out);
	} else {
		fputs("revision ", out);
		cc_html_text(out, m->rev ? m->rev : "HEAD");
		if (m->commit) {
			fputs(" (commit <code>", out);
			cc_html_text(out, m->commit);
			fputs("</code>)", out);
		}
	}
	fputs("</dd></div>", out);
	if (st->have_meta && m->root)
		write_meta_item(out, "Repository", base_name(m->root));
	write_meta_item(out, "Tool", st->have_meta && m->tool_version ? m->tool_version : NULL);
	if (st->have_meta && m->purpose != CC_PURPOSE_CHECK)
		write_meta_item(out, "History", m->history ? "walked (--history): deletions and altered records were checked"
		                                           : "not walked: deletions and altered records were not checked "
		                                             "(add --history)");
	if (st->have_meta && m->purpose != CC_PURPOSE_CHECK) {
		char *line = cc_report_trust_line(m->trust);
		write_meta_item(out, "Sign-offs", line);
		free(line);
	}
	fputs("</dl>\n", out);
	if (st->opts.show_values)
		fputs("<p class=\"mode mode-shown\" id=\"privacy-mode\" data-mode=\"values-shown\">Personal values "
		      "shown (--show-values): the findings below include the offending values. Do not share this "
		      "page beyond those entitled to see the records.</p>\n", out);
	else
		fputs("<p class=\"mode mode-hidden\" id=\"privacy-mode\" data-mode=\"hidden\">Personal data hidden: "
		      "no names, addresses or note text; findings name the file, the JSON pointer and the rule."
		      "</p>\n", out);
	fputs("<nav class=\"toc\" aria-label=\"Contents\"><ul><li><a href=\"#summary\">Summary</a></li>"
	      "<li><a href=\"#caseload\">Caseload table</a></li><li><a href=\"#cases\">Cases in detail</a></li>"
	      "</ul></nav>\n</header>\n", out);
}

static int tally_cmp(const void *a, const void *b)
{
	const rule_tally *x = a, *y = b;

	if (x->cases_blocked != y->cases_blocked)
		return x->cases_blocked > y->cases_blocked ? -1 : 1;
	return strcmp(x->rule, y->rule);
}

static int tally_id_cmp(const void *a, const void *b)
{
	return strcmp(((const rule_tally *)a)->rule, ((const rule_tally *)b)->rule);
}

static void write_summary(html_state *st, const cc_audit_summary *summary)
{
	FILE *out = st->out;
	size_t i, ready = 0, shown = 0;

	for (i = 0; i < st->n_rows; i++)
		if (st->rows[i].ready)
			ready++;
	fprintf(out, "<section id=\"summary\" aria-labelledby=\"summary-h\">\n<h2 id=\"summary-h\">Summary</h2>\n"
	        "<div class=\"strip\">\n<p class=\"stat\"><span class=\"num\">%zu</span> case%s audited</p>\n"
	        "<p class=\"stat stat-ready\"><span class=\"num\">%zu</span> ready</p>\n"
	        "<p class=\"stat stat-not\"><span class=\"num\">%zu</span> not ready</p>\n",
	        st->n_rows, st->n_rows == 1 ? "" : "s", ready, st->n_rows - ready);
	fputs("<div class=\"common\"><h3>Blocking checks failed most often</h3>\n", out);
	if (st->n_tallies > 1)
		qsort(st->tallies, st->n_tallies, sizeof(*st->tallies), tally_cmp);
	for (i = 0; i < st->n_tallies && shown < 5; i++) {
		const rule_tally *t = &st->tallies[i];

		if (t->cases_blocked == 0)
			break;
		fputs(shown == 0 ? "<ol>\n" : "", out);
		fputs("<li><a href=\"#caseload\" data-filter-rule=\"", out);
		cc_html_text(out, t->rule);
		fputs("\">", out);
		cc_html_plain(out, cc_html_rule_title(t->rule), st->have_meta ? st->meta.params : NULL);
		fputs("</a>", out);
		if (strcmp(cc_html_rule_title(t->rule), t->rule) != 0) {
			fputs(" <code>", out);
			cc_html_text(out, t->rule);
			fputs("</code>", out);
		}
		fprintf(out, ": %zu case%s</li>\n", t->cases_blocked, t->cases_blocked == 1 ? "" : "s");
		shown++;
	}
	fputs(shown ? "</ol>\n" : "<p>None: no case has a blocking finding.</p>\n", out);
	fputs("</div>\n</div>\n", out);
	if (summary && summary->repo_findings.count > 0) {
		fputs("<h3>About the repository itself</h3>\n", out);
		cc_html_findings(out, &summary->repo_findings, 4, st->opts.show_values, st->have_meta ? st->meta.params : NULL);
	}
	fputs("</section>\n", out);
}

static int str_cmp(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* A team's name from staff.json (as a case of it carried it), else its id. */
static const char *team_label(const html_state *st, const char *team)
{
	for (size_t i = 0; i < st->n_rows; i++)
		if (st->rows[i].team && st->rows[i].team_name && !strcmp(st->rows[i].team, team))
			return st->rows[i].team_name;
	return team;
}

static void write_filter_options(html_state *st)
{
	FILE *out = st->out;
	const char **teams;
	size_t i, n_teams = 0;
	bool no_team = false;

	fputs("<form id=\"filters\" class=\"filters\" hidden "
	      "aria-label=\"Filter the caseload\">\n<label for=\"f-verdict\">Verdict<select id=\"f-verdict\">"
	      "<option value=\"\">All verdicts</option><option value=\"not-ready\">NOT READY</option>"
	      "<option value=\"ready\">READY</option></select></label>\n"
	      "<label for=\"f-team\">Team<select id=\"f-team\"><option value=\"\">All teams</option>", out);
	/* distinct teams in name order, then cases with no team */
	teams = cc_xmalloc((st->n_rows ? st->n_rows : 1) * sizeof(*teams));
	for (i = 0; i < st->n_rows; i++) {
		if (st->rows[i].team)
			teams[n_teams++] = st->rows[i].team;
		else
			no_team = true;
	}
	if (n_teams > 1)
		qsort(teams, n_teams, sizeof(*teams), str_cmp);
	for (i = 0; i < n_teams; i++) {
		if (i > 0 && strcmp(teams[i], teams[i - 1]) == 0)
			continue;
		fputs("<option value=\"t:", out);
		cc_html_text(out, teams[i]);
		fputs("\">", out);
		cc_html_text(out, team_label(st, teams[i]));
		fputs("</option>", out);
	}
	if (no_team)
		fputs("<option value=\"-\">No team recorded</option>", out);
	free(teams);
	fputs("</select></label>\n<label for=\"f-rule\">Rule<select id=\"f-rule\"><option value=\"\">All rules"
	      "</option>", out);
	if (st->n_tallies > 1)
		qsort(st->tallies, st->n_tallies, sizeof(*st->tallies), tally_id_cmp);
	for (i = 0; i < st->n_tallies; i++) {
		fputs("<option value=\"", out);
		cc_html_text(out, st->tallies[i].rule);
		fputs("\">", out);
		cc_html_plain(out, cc_html_rule_title(st->tallies[i].rule), st->have_meta ? st->meta.params : NULL);
		fputs(" (", out);
		cc_html_text(out, st->tallies[i].rule);
		fprintf(out, ", %zu)</option>", st->tallies[i].cases_any);
	}
	fputs("</select></label>\n<button type=\"button\" id=\"f-reset\">Show all</button>\n</form>\n"
	      "<p id=\"f-count\" role=\"status\" aria-live=\"polite\"></p>\n", out);
}

static int row_cmp(const void *a, const void *b)
{
	const html_row *x = a, *y = b;

	if (x->ready != y->ready)
		return x->ready ? 1 : -1;
	if (x->errors != y->errors)
		return x->errors > y->errors ? -1 : 1;
	return x->order < y->order ? -1 : (x->order > y->order);
}

/* A cell; ids and codes (nowrap) are not broken at their hyphens. */
static void write_cell(FILE *out, const char *value, bool nowrap)
{
	fputs(nowrap ? "<td class=\"id\">" : "<td>", out);
	if (value && *value)
		cc_html_text(out, value);
	else
		fputs("<span class=\"muted\">\xE2\x80\x94</span>", out);
	fputs("</td>", out);
}

static void write_row(html_state *st, const html_row *row)
{
	FILE *out = st->out;

	fprintf(out, "<tr data-order=\"%zu\" data-verdict=\"%s\" data-team=\"", row->order,
	        row->ready ? "ready" : "not-ready");
	if (row->team) {
		fputs("t:", out);
		cc_html_text(out, row->team);
	} else {
		fputs("-", out);
	}
	fputs("\" data-rules=\"", out);
	cc_html_text(out, row->rules);
	fputs("\"><th scope=\"row\"><a href=\"#", out);
	cc_html_anchor(out, "case-", row->case_id);
	fputs("\">", out);
	cc_html_text(out, row->case_id);
	fputs("</a></th>", out);
	write_cell(out, row->team_name ? row->team_name : row->team, false);
	write_cell(out, row->worker, true);
	write_cell(out, row->service, false);
	write_cell(out, purpose_short(st), false);
	fprintf(out, "<td class=\"verdict-cell\" data-sort=\"%d\"><span class=\"verdict %s\">%s</span></td>",
	        row->ready ? 1 : 0, row->ready ? "v-ready" : "v-not-ready",
	        row->ready ? "&#x2714; READY" : "&#x2716; NOT READY");
	fprintf(out, "<td class=\"num\">%zu</td><td class=\"num\">%zu</td><td class=\"top\">", row->errors,
	        row->others);
	if (row->top_rule) {
		cc_html_plain(out, cc_html_rule_title(row->top_rule), st->have_meta ? st->meta.params : NULL);
		if (row->more_blocking_rules)
			fprintf(out, " <span class=\"more\">(+%zu more)</span>", row->more_blocking_rules);
	} else if (row->errors) {
		fputs("see the case", out);
	} else {
		fputs("<span class=\"muted\">none</span>", out);
	}
	fputs("</td></tr>\n", out);
}

static void write_table(html_state *st)
{
	FILE *out = st->out;
	size_t i;
	static const struct { const char *label, *type; } cols[] = {
		{ "Case", "text" }, { "Team", "text" }, { "Worker (staff id)", "text" },
		{ "Service", "text" }, { "Purpose", "text" }, { "Verdict", "num" },
		{ "Blocking", "num" }, { "Other", "num" }, { "Top blocking check failed", "text" },
	};

	fputs("<section id=\"caseload\" aria-labelledby=\"caseload-h\">\n<h2 id=\"caseload-h\">Caseload</h2>\n", out);
	write_filter_options(st);
	fputs("<div class=\"table-wrap\" role=\"region\" aria-labelledby=\"caseload-caption\" tabindex=\"0\">\n"
	      "<table id=\"caseload-table\">\n<caption id=\"caseload-caption\">", out);
	fprintf(out, "%zu case%s, not ready first, most blocking findings first.<span id=\"sort-hint\" hidden> "
	        "Select a column heading to sort by it.</span></caption>\n<thead><tr>", st->n_rows,
	        st->n_rows == 1 ? "" : "s");
	for (i = 0; i < sizeof(cols) / sizeof(cols[0]); i++) {
		fprintf(out, "<th scope=\"col\" data-type=\"%s\"%s><button type=\"button\">%s</button></th>",
		        cols[i].type, i == 6 ? " aria-sort=\"descending\"" : "", cols[i].label);
	}
	fputs("</tr></thead>\n<tbody>\n", out);
	if (st->n_rows > 1)
		qsort(st->rows, st->n_rows, sizeof(*st->rows), row_cmp);
	for (i = 0; i < st->n_rows; i++)
		write_row(st, &st->rows[i]);
	fputs("</tbody>\n</table>\n</div>\n</section>\n", out);
}

static void write_page(html_state *st, const cc_audit_summary *summary)
{
	FILE *out = st->out;

	if (st->written)
		return;
	st->written = true;
	write_head(st);
	write_header(st);
	fputs("<main id=\"main\">\n", out);
	write_summary(st, summary);
	write_table(st);
	fputs("<section id=\"cases\" aria-labelledby=\"cases-h\">\n<h2 id=\"cases-h\">Cases in detail</h2>\n", out);
	if (st->n_rows == 0)
		fputs("<p>No case was audited.</p>\n", out);
	if (!st->spool_ok || cc_spool_copy(&st->sections, out) < 0)
		st->failed = 1;
	fputs("</section>\n</main>\n<footer class=\"page\"><p>Made by casecheck", out);
	if (st->have_meta && st->meta.tool_version) {
		fputs(" ", out);
		cc_html_text(out, st->meta.tool_version);
	}
	fputs(". This page is self-contained: it loads nothing from the network and prints on A4.</p>"
	      "</footer>\n<script>\n", out);
	fputs(cc_html_js, out);
	fputs("</script>\n</body>\n</html>\n", out);
}

static void html_end(void *state, const cc_audit_summary *summary)
{
	write_page(state, summary);
}

static int html_finish(void *state)
{
	html_state *st = state;

	write_page(st, NULL);
	if (fflush(st->out) != 0 || ferror(st->out) || st->failed)
		return -1;
	return 0;
}

static void html_destroy(void *state)
{
	html_state *st = state;
	size_t i;

	if (!st)
		return;
	if (st->spool_ok)
		cc_spool_close(&st->sections);
	for (i = 0; i < st->n_rows; i++) {
		html_row *r = &st->rows[i];

		free(r->case_id);
		free(r->team);
		free(r->team_name);
		free(r->worker);
		free(r->service);
		free(r->top_rule);
		free(r->rules);
	}
	free(st->rows);
	for (i = 0; i < st->n_tallies; i++)
		free(st->tallies[i].rule);
	free(st->tallies);
	free(st->tool_version);
	free(st->profile);
	free(st->rev);
	free(st->commit);
	free(st->root);
	free(st);
}

const cc_report_impl cc_report_html_impl = {
	html_create, html_begin, html_on_case, html_end, html_finish, html_destroy
};
