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
	if (st->opts->show_values && fd->value) {
		fputs("  value: ", f);
		cc_xml_escape(f, fd->value, false);
		fputs("\n", f);
	}
}

static bool same_rule(const cc_finding *a, const char *rule)
{
	return strcmp(cc_report_finding_rule(a), rule) == 0;
}

/* Whether an earlier finding than index i has the same rule. */
static bool rule_seen_before(const cc_findings *list, size_t i)
{
	for (size_t k = 0; k < i; k++)
		if (same_rule(&list->items[k], cc_report_finding_rule(&list->items[i])))
			return true;
	return false;
}

static void rule_testcase(junit_state *st, FILE *f, const char *classname,
                          const cc_findings *list, size_t first)
{
	const char *rule = cc_report_finding_rule(&list->items[first]);
	size_t n_errors = 0, n_other = 0;
	const cc_finding *first_error = NULL;
	cc_report_rule info;

	cc_report_rule_lookup(&info, rule);
	for (size_t i = first; i < list->count; i++) {
		if (!same_rule(&list->items[i], rule))
			continue;
		if (list->items[i].severity == CC_SEVERITY_ERROR) {
			if (!n_errors++)
				first_error = &list->items[i];
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
		for (size_t i = first; i < list->count; i++)
			if (same_rule(&list->items[i], rule) && list->items[i].severity == CC_SEVERITY_ERROR)
				finding_line(st, f, &list->items[i]);
		fputs("what to do: ", f);
		cc_xml_escape(f, info.help, false);
		fputs("\n</failure>\n", f);
		free(message);
	}
	if (n_other) {
		fputs("      <system-out>", f);
		for (size_t i = first; i < list->count; i++)
			if (same_rule(&list->items[i], rule) && list->items[i].severity != CC_SEVERITY_ERROR)
				finding_line(st, f, &list->items[i]);
		fputs("</system-out>\n", f);
	}
	fputs("    </testcase>\n", f);
}

/* One testcase per rule, in order of first appearance. */
static void rule_testcases(junit_state *st, FILE *f, const char *classname, const cc_findings *list)
{
	for (size_t i = 0; i < list->count; i++)
		if (!rule_seen_before(list, i))
			rule_testcase(st, f, classname, list, i);
}

/* How many rules have findings in list; *failing: how many have errors. */
static size_t count_rules(const cc_findings *list, size_t *failing)
{
	size_t n = 0;
	*failing = 0;
	for (size_t i = 0; i < list->count; i++) {
		if (rule_seen_before(list, i))
			continue;
		n++;
		for (size_t k = i; k < list->count; k++) {
			if (same_rule(&list->items[k], cc_report_finding_rule(&list->items[i])) &&
			    list->items[k].severity == CC_SEVERITY_ERROR) {
				(*failing)++;
				break;
			}
		}
	}
	return n;
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
	size_t failing_rules;
	size_t n_rules = count_rules(&r->findings, &failing_rules);
	cc_report_counts c;

	if (st->failed)
		goto done;
	cc_report_count(&c, &r->findings);
	suite_open(st, f, id, n_rules + 1, failing_rules + !ready);
	property(f, "verdict", ready ? "READY" : "NOT READY");
	property(f, "signoff", cc_signoff_state_name(r->signoff));
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
	rule_testcases(st, f, id, &r->findings);
	fputs("  </testsuite>\n", f);
	st->tests += n_rules + 1;
	st->failures += failing_rules + !ready;
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
		size_t failing;
		size_t n = count_rules(repo, &failing);
		suite_open(st, f, "repository", n, failing);
		fputs("    </properties>\n", f);
		rule_testcases(st, f, "repository", repo);
		fputs("  </testsuite>\n", f);
		st->tests += n;
		st->failures += failing;
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
