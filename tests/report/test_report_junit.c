/* The JUnit report: well-formed XML 1.0 (checked by xml_check, written
 * apart from the report's escaping), one testsuite per case plus the
 * repository, a verdict testcase and one testcase per rule with findings,
 * counts that add up, messages and text carried through escaping, values
 * only with show_values. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fixture.h"
#include "xml_check.h"

static xml_node *run_junit(bool show_values, char **raw, size_t *len)
{
	int rc;
	const char *err = NULL;
	char *out = fx_run(CC_REPORT_JUNIT, show_values, false, len, &rc);
	ck_assert_int_eq(rc, 0);
	xml_node *root = xml_parse(out, *len, &err);
	ck_assert_msg(root != NULL, "JUnit report is not well-formed XML (%s):\n%s", err, out);
	if (raw)
		*raw = out;
	else
		free(out);
	return root;
}

static size_t attr_num(const xml_node *n, const char *name)
{
	const char *v = xml_attr(n, name);
	ck_assert_msg(v != NULL, "<%s> has no %s", n->name, name);
	return (size_t)strtoul(v, NULL, 10);
}

/* How many distinct rules findings holds, and how many have errors. */
static size_t rules_in(const cc_findings *list, size_t *failing)
{
	size_t n = 0;
	*failing = 0;
	for (size_t i = 0; i < list->count; i++) {
		bool seen = false, err = false;
		for (size_t k = 0; k < i; k++)
			seen |= !strcmp(list->items[k].rule, list->items[i].rule);
		if (seen)
			continue;
		n++;
		for (size_t k = i; k < list->count; k++)
			err |= !strcmp(list->items[k].rule, list->items[i].rule) &&
			       list->items[k].severity == CC_SEVERITY_ERROR;
		*failing += err;
	}
	return n;
}

static const xml_node *testcase_named(const xml_node *suite, const char *name)
{
	for (size_t i = 0; i < xml_count(suite, "testcase"); i++) {
		const xml_node *tc = xml_child(suite, "testcase", i);
		if (!strcmp(xml_attr(tc, "name"), name))
			return tc;
	}
	return NULL;
}

START_TEST(junit_well_formed_with_right_counts)
{
	xml_node *root = run_junit(false, NULL, &(size_t){ 0 });
	size_t total_tests = 0, total_failures = 0;
	cc_audit_summary sum;

	ck_assert_str_eq(root->name, "testsuites");
	ck_assert_uint_eq(xml_count(root, "testsuite"), FX_N_CASES + 1);
	for (int i = 0; i < FX_N_CASES; i++) {
		const xml_node *suite = xml_child(root, "testsuite", (size_t)i);
		const fx_expect *e = &fx_expected[i];
		cc_case_result *r = fx_case(i);
		size_t failing, n_rules = rules_in(&r->findings, &failing);
		size_t failures = 0;

		ck_assert_str_eq(xml_attr(suite, "name"), e->case_id);
		ck_assert_uint_eq(xml_count(suite, "testcase"), n_rules + 1);
		ck_assert_uint_eq(attr_num(suite, "tests"), n_rules + 1);
		for (size_t k = 0; k < xml_count(suite, "testcase"); k++)
			failures += xml_count(xml_child(suite, "testcase", k), "failure") > 0;
		ck_assert_uint_eq(attr_num(suite, "failures"), failures);
		ck_assert_uint_eq(failures, failing + !e->ready);

		const xml_node *props = xml_child(suite, "properties", 0);
		const char *signoff = NULL, *verdict_prop = NULL;
		ck_assert_ptr_nonnull(props);
		for (size_t k = 0; k < xml_count(props, "property"); k++) {
			const xml_node *p = xml_child(props, "property", k);
			if (!strcmp(xml_attr(p, "name"), "signoff"))
				signoff = xml_attr(p, "value");
			if (!strcmp(xml_attr(p, "name"), "verdict"))
				verdict_prop = xml_attr(p, "value");
		}
		ck_assert_str_eq(signoff, i == 0 ? "stale" : i == 1 ? "current" : "not-required");
		ck_assert_str_eq(verdict_prop, e->ready ? "READY" : "NOT READY");

		const xml_node *verdict = testcase_named(suite, "verdict");
		ck_assert_ptr_nonnull(verdict);
		ck_assert_uint_eq(xml_count(verdict, "failure"), e->ready ? 0 : 1);
		for (size_t k = 0; k < r->findings.count; k++)
			ck_assert_ptr_nonnull(testcase_named(suite, r->findings.items[k].rule));
		total_tests += n_rules + 1;
		total_failures += failures;
		cc_case_result_free(r);
	}
	const xml_node *repo = xml_child(root, "testsuite", FX_N_CASES);
	ck_assert_str_eq(xml_attr(repo, "name"), "repository");
	fx_summary(&sum);
	size_t failing, n = rules_in(&sum.repo_findings, &failing);
	ck_assert_uint_eq(xml_count(repo, "testcase"), n);
	ck_assert_uint_eq(attr_num(repo, "failures"), failing);
	cc_findings_clear(&sum.repo_findings);
	total_tests += n;
	total_failures += failing;
	ck_assert_uint_eq(attr_num(root, "tests"), total_tests);
	ck_assert_uint_eq(attr_num(root, "failures"), total_failures);
	xml_free(root);
}
END_TEST

START_TEST(junit_escapes_markup_and_forbidden_characters)
{
	xml_node *root = run_junit(false, NULL, &(size_t){ 0 });
	const xml_node *suite = xml_child(root, "testsuite", 0);
	const xml_node *tc = testcase_named(suite, "chronology.up-to-date");
	const xml_node *failure = xml_child(tc, "failure", 0);

	ck_assert_ptr_nonnull(failure);
	/* Markup characters come back exactly. */
	ck_assert_str_eq(xml_attr(failure, "message"), "Entry \"3\" is dated <after> as-of & 'newer'");
	ck_assert_ptr_nonnull(strstr(failure->text, "cases/LCS-100001/chronology.json at /entries/3/date"));
	/* Warnings and notes go to system-out, not to a failure. */
	ck_assert_ptr_nonnull(strstr(xml_child(tc, "system-out", 0)->text, "note: "));
	ck_assert_uint_eq(xml_count(testcase_named(suite, "documents.unlisted"), "failure"), 0);
	ck_assert_ptr_nonnull(strstr(xml_child(testcase_named(suite, "documents.unlisted"), "system-out", 0)->text,
	                             "Not listed \xE2\x9C\x93"));

	/* Newline, tab and CR survive in the attribute; the forbidden
	 * control characters are replaced, and "]]>" is harmless. */
	failure = xml_child(testcase_named(suite, "schema.valid"), "failure", 0);
	ck_assert_str_eq(xml_attr(failure, "message"),
	                 "Line one\nline two\ttab \xEF\xBF\xBD" "ctl \xEF\xBF\xBD[31mesc\r]]>");
	ck_assert_ptr_nonnull(strstr(failure->text, "documents/r\xC3\xA9 port \"x\" <1>&#%.pdf"));

	suite = xml_child(root, "testsuite", 2);
	failure = xml_child(testcase_named(suite, FX_UNKNOWN_RULE), "failure", 0);
	ck_assert_ptr_nonnull(strstr(failure->text, FX_BAD_UTF8_CLEAN));
	xml_free(root);
}
END_TEST

START_TEST(junit_values_only_with_show_values)
{
	char *raw;
	size_t len;
	xml_node *root = run_junit(false, &raw, &len);
	ck_assert(!fx_contains(raw, len, FX_VALUE_1));
	ck_assert(!fx_contains(raw, len, FX_VALUE_2));
	ck_assert(!fx_contains(raw, len, FX_VALUE_REPO));
	xml_free(root);
	free(raw);
	root = run_junit(true, &raw, &len);
	ck_assert(fx_contains(raw, len, FX_VALUE_1));
	ck_assert(fx_contains(raw, len, FX_VALUE_2));
	ck_assert(fx_contains(raw, len, FX_VALUE_REPO));
	/* Never in a failure's message attribute. */
	for (size_t s = 0; s < xml_count(root, "testsuite"); s++) {
		const xml_node *suite = xml_child(root, "testsuite", s);
		for (size_t t = 0; t < xml_count(suite, "testcase"); t++) {
			const xml_node *f = xml_child(xml_child(suite, "testcase", t), "failure", 0);
			if (f) {
				ck_assert(strstr(xml_attr(f, "message"), "SECRET") == NULL);
				ck_assert(strstr(xml_attr(f, "message"), "Secretname") == NULL);
			}
		}
	}
	xml_free(root);
	free(raw);
}
END_TEST

/* Many findings of interleaved rules: one testcase per rule, in order of
 * first appearance, each holding exactly its own findings. */
START_TEST(junit_groups_many_findings)
{
	enum { RULES = 50, PER_RULE = 400 };
	static char names[RULES][24];
	cc_report_options opts = CC_REPORT_OPTIONS_INIT;
	cc_audit_meta meta;
	cc_audit_summary sum = { 1, 0, 1, CC_FINDINGS_INIT };
	cc_case_result *r = fx_case(1);
	size_t len;
	int rc;
	const char *err;

	for (int k = 0; k < RULES; k++)
		snprintf(names[k], sizeof(names[k]), "test.rule-%02d", (k * 7) % RULES);
	for (int i = 0; i < RULES * PER_RULE; i++)
		cc_findings_add(&r->findings, names[i % RULES], (i / RULES) % 2 ? CC_SEVERITY_WARNING : CC_SEVERITY_ERROR,
		                "cases/LCS-100002/case.json", "/x", "finding %d", i);
	r->ready = false;
	opts.format = CC_REPORT_JUNIT;
	fx_meta(&meta);
	char *out = fx_run_cases(&opts, &meta, &r, 1, &sum, &len, &rc);
	ck_assert_int_eq(rc, 0);
	xml_node *root = xml_parse(out, len, &err);
	ck_assert_msg(root != NULL, "%s", err);
	const xml_node *suite = xml_child(root, "testsuite", 0);
	ck_assert_uint_eq(xml_count(suite, "testcase"), RULES + 1);
	ck_assert_uint_eq(attr_num(suite, "failures"), RULES + 1);
	for (int k = 0; k < RULES; k++) {
		const xml_node *tc = xml_child(suite, "testcase", (size_t)k + 1);
		ck_assert_str_eq(xml_attr(tc, "name"), names[k]);
		const xml_node *failure = xml_child(tc, "failure", 0);
		const xml_node *sysout = xml_child(tc, "system-out", 0);
		size_t errors = 0, warnings = 0;
		for (const char *p = failure->text; (p = strstr(p, "error: ")); p++)
			errors++;
		for (const char *p = sysout->text; (p = strstr(p, "warning: ")); p++)
			warnings++;
		ck_assert_uint_eq(errors, PER_RULE / 2);
		ck_assert_uint_eq(warnings, PER_RULE / 2);
		char first[32];
		snprintf(first, sizeof(first), "finding %d ", k);
		ck_assert_ptr_nonnull(strstr(failure->text, first));
	}
	xml_free(root);
	free(out);
}
END_TEST

/* The checker itself must refuse what is not well-formed. */
START_TEST(xml_checker_refuses_malformed)
{
	static const char *const bad[] = {
		"<a>", "<a></b>", "<a x=\"1\" x=\"2\"/>", "<a>&</a>", "<a>&foo;</a>", "<a>\x01</a>",
		"<a>&#1;</a>", "<a b=\"<\"/>", "<a>\xFF</a>", "<a/><b/>", "<a>]]></a>", "text",
		"<a x=1/>", "<a>&#xD800;</a>",
	};
	const char *err;
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		xml_node *n = xml_parse(bad[i], strlen(bad[i]), &err);
		ck_assert_msg(n == NULL, "accepted: %s", bad[i]);
	}
	const char *good = "<?xml version=\"1.0\"?>\n<a b='&lt;&#10;'>x &amp; <c/>y</a>\n";
	xml_node *n = xml_parse(good, strlen(good), &err);
	ck_assert_msg(n != NULL, "%s", err);
	ck_assert_str_eq(xml_attr(n, "b"), "<\n");
	ck_assert_str_eq(n->text, "x & y");
	xml_free(n);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("report_junit");
	TCase *tc = tcase_create("junit");
	tcase_add_test(tc, junit_well_formed_with_right_counts);
	tcase_add_test(tc, junit_escapes_markup_and_forbidden_characters);
	tcase_add_test(tc, junit_values_only_with_show_values);
	tcase_add_test(tc, junit_groups_many_findings);
	tcase_add_test(tc, xml_checker_refuses_malformed);
	suite_add_tcase(s, tc);
	return cc_test_main(s);
}
