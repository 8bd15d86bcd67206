/* junit: JUnit XML for CI dashboards.
 *
 * <testsuites name="casecheck" tests failures errors="0"> holds one
 * <testsuite> per case (name = case id), in the order given, each with:
 * - a testcase "verdict", failed when the case is NOT READY;
 * - one testcase per rule that produced findings (name = rule id), in the
 *   order the rule first appears: a <failure> listing its error findings
 *   (file, pointer, message, rule; never personal data, the value only
 *   with show_values), its warnings and notes in <system-out>.
 * Findings about the repository itself form a last testsuite named
 * "repository" (no verdict testcase). Rules that ran without findings are
 * not listed: the result does not say which rules ran.
 *
 * Suites are spooled to a temporary file because the root element's
 * totals come first. */
#include <stdlib.h>
#include <string.h>

#include "casecheck/audit.h"
#include "common.h"
#include "format_impl.h"
#include "spool.h"
#include "util/xalloc.h"
#include "xmlesc.h"

typedef struct junit_state {
	FILE *out;
	const cc_report_options *opts;
	int failed;
	cc_spool suites;
	size_t tests, failures;
	char *purpose, *profile, as_of[11];
} junit_state;

static void *junit_create(FILE *out, const cc_report_options *opts)
{
	junit_state *st = cc_xcalloc(1, sizeof(*st));
	st->out = out;
	st->opts = opts;
	if (cc_spool_open(&st->suites) < 0)
		st->failed = 1;
	return st;
}

static void junit_begin(void *state, const cc_audit_meta *meta)
{
	junit_state *st = state;
	st->purpose = cc_xstrdup(cc_purpose_name(meta->purpose));
	st->profile = cc_xstrdup(meta->profile ? meta->profile : "core");
	cc_report_date(st->as_of, meta->as_of);
}

static void attr(FILE *f, const char *name, const char *value)
{
	fprintf(f, " %s=\"", name);
	cc_xml_escape(f, value, true);
	fputc('"', f);
}

static void property(FILE *f, const char *name, const char *value)
{
	fputs("      <property", f);
	attr(f, "name", name);
	attr(f, "value", value);
	fputs("/>\n", f);
}

/* One line of a failure or system-out body. */
static void finding_line(junit_state *st, FILE *f, const cc_finding *fd)
{
	fprintf(f, "%s: ", cc_severity_name(fd->severity));
	cc_xml_escape(f, fd->path, false);
	if (fd->pointer && fd->pointer[0]) {
		fputs(" at ", f);
		cc_xml_escape(f, fd->pointer, false);
	}
	fputs(": ", f);
	cc_xml_escape(f, fd->message, false);
	fputs(" [", f);
	cc_xml_escape(f, cc_report_finding_rule(fd), false);
	fputs("]\n", f);
	if (fd->waived) {
		char *w = cc_report_waiver_text(fd->waived, st->opts->show_values);
		fputs("  ", f);
		cc_xml_escape(f, w, false);
		fputs("\n", f);
		free(w);
	}
	if (st->opts->show_values && fd->value) {
		fputs("  value: ", f);
		cc_xml_escape(f, fd->value, false);
		fputs("\n", f);
	}
}

/* The findings of a list grouped by rule, in O(n log n) however many
 * there are: members[] holds every finding sorted by rule, then position;
 * groups[] the runs of one rule, ordered by the rule's first appearance. */
typedef struct member {
	const char *rule;
	size_t index;
} member;

typedef struct rule_group {
	size_t start, count; /* in members[] */
	size_t first;        /* position of the rule's first finding */
	bool has_error;
} rule_group;

typedef struct rule_groups {
	member *members;
	rule_group *groups;
	size_t n_groups, failing;
} rule_groups;

static int member_compare(const void *pa, const void *pb)
{
	const member *a = pa, *b = pb;
	int c = strcmp(a->rule, b->rule);
	return c ? c : a->index < b->index ? -1 : a->index > b->index;
}

static int group_compare(const void *pa, const void *pb)
{
	size_t a = ((const rule_group *)pa)->first, b = ((const rule_group *)pb)->first;
	return a < b ? -1 : a > b;
}

static void group_by_rule(rule_groups *out, const cc_findings *list)
{
	size_t n = list->count;

	memset(out, 0, sizeof(*out));
	if (!n)
		return;
	out->members = cc_xcalloc(n, sizeof(*out->members));
	out->groups = cc_xcalloc(n, sizeof(*out->groups));
	for (size_t i = 0; i < n; i++) {
		out->members[i].rule = cc_report_finding_rule(&list->items[i]);
		out->members[i].index = i;
	}
	qsort(out->members, n, sizeof(*out->members), member_compare);
	for (size_t i = 0; i < n; i++) {
		rule_group *g;
		if (i == 0 || strcmp(out->members[i].rule, out->members[i - 1].rule) != 0) {
			g = &out->groups[out->n_groups++];
			g->start = i;
			g->first = out->members[i].index;
		}
		g = &out->groups[out->n_groups - 1];
		g->count++;
		if (list->items[out->members[i].index].severity == CC_SEVERITY_ERROR)
			g->has_error = true;
	}
	for (size_t k = 0; k < out->n_groups; k++)
		out->failing += out->groups[k].has_error;
	qsort(out->groups, out->n_groups, sizeof(*out->groups), group_compare);
}

static void rule_groups_free(rule_groups *g)
{
	free(g->members);
	free(g->groups);
}

/* Writes the group's findings of the wanted kind (errors, or the rest). */
static void group_lines(junit_state *st, FILE *f, const cc_findings *list, const rule_groups *groups,
                        const rule_group *g, bool errors)
{
	for (size_t k = g->start; k < g->start + g->count; k++) {
		const cc_finding *fd = &list->items[groups->members[k].index];
		if ((fd->severity == CC_SEVERITY_ERROR) == errors)
			finding_line(st, f, fd);
	}
}

static void rule_testcase(junit_state *st, FILE *f, const char *classname, const cc_findings *list,
                          const rule_groups *groups, const rule_group *g)
{
	const char *rule = groups->members[g->start].rule;
	size_t n_errors = 0, n_other = 0;
	const cc_finding *first_error = NULL;
	cc_report_rule info;

	cc_report_rule_lookup(&info, rule);
	for (size_t k = g->start; k < g->start + g->count; k++) {
		const cc_finding *fd = &list->items[groups->members[k].index];
		if (fd->severity == CC_SEVERITY_ERROR) {
			if (!n_errors++)
				first_error = fd;
		} else {
			n_other++;
		}
	}

	fputs("    <testcase", f);
	attr(f, "classname", classname);
	attr(f, "name", rule);
	fputs(">\n", f);
	if (n_errors) {
		char *message = n_errors == 1 ? cc_xstrdup(first_error->message ? first_error->message : "")
		                              : cc_xasprintf("%zu errors: %s", n_errors,
		                                             first_error->message ? first_error->message : "");
		fputs("      <failure type=\"error\"", f);
		attr(f, "message", message);
		fputs(">", f);
		group_lines(st, f, list, groups, g, true);
		fputs("what to do: ", f);
		cc_xml_escape(f, info.help, false);
		fputs("\n</failure>\n", f);
		free(message);
	}
	if (n_other) {
		fputs("      <system-out>", f);
		group_lines(st, f, list, groups, g, false);
		fputs("</system-out>\n", f);
	}
	fputs("    </testcase>\n", f);
}

/* One testcase per rule, in order of first appearance. */
static void rule_testcases(junit_state *st, FILE *f, const char *classname, const cc_findings *list,
                           const rule_groups *groups)
{
	for (size_t k = 0; k < groups->n_groups; k++)
		rule_testcase(st, f, classname, list, groups, &groups->groups[k]);
}

static void suite_open(junit_state *st, FILE *f, const char *name, size_t tests, size_t failures)
{
	fputs("  <testsuite", f);
	attr(f, "name", name);
	fprintf(f, " tests=\"%zu\" failures=\"%zu\" errors=\"0\" skipped=\"0\">\n", tests, failures);
	fputs("    <properties>\n", f);
	property(f, "purpose", st->purpose ? st->purpose : "");
	property(f, "profile", st->profile ? st->profile : "");
	property(f, "as_of", st->as_of);
}

static void junit_on_case(void *state, cc_case_result *r)
{
	junit_state *st = state;
	FILE *f = st->suites.fp;
	const char *id = r->case_id ? r->case_id : "";
	bool ready = cc_report_case_ready(r);
	rule_groups groups;
	cc_report_counts c;

	if (st->failed)
		goto done;
	cc_report_count(&c, &r->findings);
	group_by_rule(&groups, &r->findings);
	suite_open(st, f, id, groups.n_groups + 1, groups.failing + !ready);
	property(f, "verdict", ready ? "READY" : "NOT READY");
	property(f, "signoff", cc_signoff_state_name(r->signoff));
	for (size_t i = 0; i < r->n_signoffs; i++) {
		char *line = cc_report_signoff_line(&r->signoffs[i]);
		char *name = cc_xasprintf("signoff:%s", r->signoffs[i].path);
		property(f, name, line);
		free(name);
		free(line);
	}
	fputs("    </properties>\n", f);

	fputs("    <testcase", f);
	attr(f, "classname", id);
	fputs(" name=\"verdict\"", f);
	if (ready) {
		fputs("/>\n", f);
	} else {
		fputs(">\n", f);
		fprintf(f, "      <failure type=\"verdict\" message=\"NOT READY: %zu error%s, %zu warning%s\">",
		        c.error, c.error == 1 ? "" : "s", c.warning, c.warning == 1 ? "" : "s");
		fputs("The case is not ready: fix its error findings.</failure>\n", f);
		fputs("    </testcase>\n", f);
	}
	rule_testcases(st, f, id, &r->findings, &groups);
	fputs("  </testsuite>\n", f);
	st->tests += groups.n_groups + 1;
	st->failures += groups.failing + !ready;
	rule_groups_free(&groups);
done:
	cc_case_result_free(r);
}

static void junit_end(void *state, const cc_audit_summary *summary)
{
	junit_state *st = state;
	FILE *f = st->suites.fp;
	const cc_findings *repo = &summary->repo_findings;

	if (st->failed)
		return;
	if (repo->count) {
		rule_groups groups;
		group_by_rule(&groups, repo);
		suite_open(st, f, "repository", groups.n_groups, groups.failing);
		fputs("    </properties>\n", f);
		rule_testcases(st, f, "repository", repo, &groups);
		fputs("  </testsuite>\n", f);
		st->tests += groups.n_groups;
		st->failures += groups.failing;
		rule_groups_free(&groups);
	}
	fputs("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n", st->out);
	fprintf(st->out, "<testsuites name=\"casecheck\" tests=\"%zu\" failures=\"%zu\" errors=\"0\">\n",
	        st->tests, st->failures);
	if (cc_spool_copy(&st->suites, st->out) < 0)
		st->failed = 1;
	fputs("</testsuites>\n", st->out);
}

static int junit_finish(void *state)
{
	junit_state *st = state;
	int flushed = cc_report_flush(st->out);
	return st->failed ? -1 : flushed;
}

static void junit_destroy(void *state)
{
	junit_state *st = state;
	cc_spool_close(&st->suites);
	free(st->purpose);
	free(st->profile);
	free(st);
}

const cc_report_impl cc_report_junit_impl = {
	junit_create, junit_begin, junit_on_case, junit_end, junit_finish, junit_destroy
};
