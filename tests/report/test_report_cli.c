/* The report formats end to end: the built casecheck binary audits a git
 * copy of the sample caseload (with one NHS number made invalid, so a
 * finding carries a personal value) in every format, with and without
 * --show-values. Every format must agree with the JSON report case by case,
 * the SARIF must validate against the official schema, the JUnit must be
 * well-formed, and no child's name or NHS number may appear anywhere
 * without --show-values. */
#include <check.h>
#include <cjson/cJSON.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fixture.h"
#include "hardening/hsupport.h"
#include "sarif_check.h"
#include "support/gitfixture.h"
#include "xml_check.h"

#define AS_OF "2026-03-02"
#define BAD_NHS "999 087 1095" /* LCS-104233's first child, check digit broken */

enum { TEXT, JSON, SARIF, JUNIT, N_FORMATS };
static const char *const format_names[N_FORMATS] = { "text", "json", "sarif", "junit" };

static char *repo;
static hs_result runs[N_FORMATS][2]; /* [format][show_values] */

static char *read_all(const char *path)
{
	FILE *f = fopen(path, "rb");
	char *buf = NULL;
	size_t size = 0;
	FILE *mem = open_memstream(&buf, &size);
	char chunk[4096];
	size_t n;
	ck_assert_ptr_nonnull(f);
	while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0)
		fwrite(chunk, 1, n, mem);
	fclose(f);
	fclose(mem);
	return buf;
}

/* Replaces the first occurrence of from by to (same length) in rel. */
static void edit(const char *rel, const char *from, const char *to)
{
	char *path = gf_path(repo, rel);
	char *text = read_all(path);
	char *at = strstr(text, from);
	ck_assert_msg(at != NULL, "%s has no %s", rel, from);
	ck_assert_uint_eq(strlen(from), strlen(to));
	memcpy(at, to, strlen(to));
	ck_assert_int_eq(gf_write(repo, rel, text), 0);
	free(text);
	free(path);
}

static void setup(void)
{
	ck_assert_msg(getenv("CASECHECK_BINARY") != NULL, "CASECHECK_BINARY is not set (run through ctest)");
	repo = hs_sample_repo(NULL);
	ck_assert_ptr_nonnull(repo);
	edit("cases/LCS-104233/case.json", "999 087 1094", BAD_NHS);
	ck_assert_int_eq(gf_commit_all(repo, "an invalid NHS number"), 0);
	for (int f = 0; f < N_FORMATS; f++) {
		for (int v = 0; v < 2; v++) {
			hs_result *r = &runs[f][v];
			ck_assert_int_eq(hs_runl(r, repo, "audit", "--purpose", "transfer", "--as-of", AS_OF, "--format",
			                         format_names[f], v ? "--show-values" : "--no-color", (char *)NULL), 0);
			ck_assert_msg(r->exit_code == 1, "audit --format %s: exit %d: %s", format_names[f], r->exit_code,
			              r->err);
		}
	}
}

static void teardown(void)
{
	for (int f = 0; f < N_FORMATS; f++)
		for (int v = 0; v < 2; v++)
			hs_result_clear(&runs[f][v]);
	if (repo)
		gf_rm_rf(repo);
	free(repo);
	repo = NULL;
}

static cJSON *json_report(int show_values)
{
	cJSON *doc = cJSON_ParseWithLength(runs[JSON][show_values].out, runs[JSON][show_values].out_len);
	ck_assert_msg(doc != NULL, "the JSON report does not parse");
	return doc;
}

static size_t count_severity(const cJSON *findings, const char *severity)
{
	size_t n = 0;
	const cJSON *f;
	cJSON_ArrayForEach(f, findings)
		n += !strcmp(cJSON_GetObjectItem(f, "severity")->valuestring, severity);
	return n;
}

START_TEST(cli_json_shape_and_totals)
{
	static const char *const top[] = { "tool", "purpose", "profile", "as_of", "source", "signoff_authentication",
	                                   "cases", "repository_findings", "summary", NULL };
	static const char *const kase[] = { "case_id", "ready", "counts", "signoff", "signoffs", "findings", NULL };
	cJSON *doc = json_report(0);
	const cJSON *c;
	size_t cases = 0, ready = 0, bad_nhs = 0;

	fx_assert_keys(doc, top);
	ck_assert_str_eq(cJSON_GetObjectItem(doc, "as_of")->valuestring, AS_OF);
	ck_assert_str_eq(cJSON_GetObjectItem(cJSON_GetObjectItem(doc, "source"), "kind")->valuestring, "rev");
	cJSON_ArrayForEach(c, cJSON_GetObjectItem(doc, "cases")) {
		const cJSON *findings = cJSON_GetObjectItem(c, "findings");
		const cJSON *f;
		fx_assert_keys(c, kase);
		cases++;
		ready += cJSON_IsTrue(cJSON_GetObjectItem(c, "ready"));
		ck_assert_int_eq(cJSON_GetObjectItem(cJSON_GetObjectItem(c, "counts"), "error")->valueint,
		                 (int)count_severity(findings, "error"));
		ck_assert_int_eq(cJSON_GetObjectItem(cJSON_GetObjectItem(c, "counts"), "warning")->valueint,
		                 (int)count_severity(findings, "warning"));
		ck_assert_int_eq(cJSON_IsTrue(cJSON_GetObjectItem(c, "ready")), count_severity(findings, "error") == 0);
		cJSON_ArrayForEach(f, findings) {
			ck_assert(cJSON_GetObjectItem(f, "value") == NULL);
			bad_nhs += !strcmp(cJSON_GetObjectItem(f, "rule")->valuestring, "core.identifiers") &&
			           !strcmp(cJSON_GetObjectItem(f, "pointer")->valuestring, "/children/0/nhs_number");
		}
	}
	ck_assert_uint_gt(cases, 1);
	ck_assert_uint_eq(bad_nhs, 1);
	const cJSON *sum = cJSON_GetObjectItem(doc, "summary");
	ck_assert_int_eq(cJSON_GetObjectItem(sum, "cases")->valueint, (int)cases);
	ck_assert_int_eq(cJSON_GetObjectItem(sum, "ready")->valueint, (int)ready);
	ck_assert_int_eq(cJSON_GetObjectItem(sum, "not_ready")->valueint, (int)(cases - ready));
	cJSON_Delete(doc);
}
END_TEST

/* SARIF: valid, and one result per JSON finding in the same order. */
START_TEST(cli_sarif_valid_and_same_findings)
{
	for (int v = 0; v < 2; v++) {
		cJSON *json = json_report(v);
		cJSON *sarif = cJSON_ParseWithLength(runs[SARIF][v].out, runs[SARIF][v].out_len);
		ck_assert_msg(sarif != NULL, "the SARIF report does not parse");
		sarif_assert_valid(sarif);
		const cJSON *results =
			cJSON_GetObjectItem(cJSON_GetArrayItem(cJSON_GetObjectItem(sarif, "runs"), 0), "results");
		int k = 0, waivers = 0;
		const cJSON *c, *f;
		cJSON_ArrayForEach(c, cJSON_GetObjectItem(json, "cases")) {
			cJSON_ArrayForEach(f, cJSON_GetObjectItem(c, "findings")) {
				const cJSON *r = cJSON_GetArrayItem(results, k++);
				ck_assert_ptr_nonnull(r);
				ck_assert_str_eq(cJSON_GetObjectItem(r, "ruleId")->valuestring,
				                 cJSON_GetObjectItem(f, "rule")->valuestring);
				/* a waived finding (the sample's LCS-104402) keeps its level in
				 * SARIF, and is suppressed there */
				const cJSON *waived = cJSON_GetObjectItem(f, "waived_severity");
				ck_assert_str_eq(cJSON_GetObjectItem(r, "level")->valuestring,
				                 (waived ? waived : cJSON_GetObjectItem(f, "severity"))->valuestring);
				ck_assert_int_eq(waived != NULL, cJSON_GetObjectItem(r, "suppressions") != NULL);
				waivers += waived != NULL;
				const cJSON *props = cJSON_GetObjectItem(r, "properties");
				ck_assert_str_eq(cJSON_GetObjectItem(props, "case_id")->valuestring,
				                 cJSON_GetObjectItem(c, "case_id")->valuestring);
				ck_assert_str_eq(cJSON_GetObjectItem(props, "pointer")->valuestring,
				                 cJSON_GetObjectItem(f, "pointer")->valuestring);
				const cJSON *jv = cJSON_GetObjectItem(f, "value"), *sv = cJSON_GetObjectItem(props, "value");
				ck_assert_int_eq(jv != NULL, sv != NULL);
				if (jv)
					ck_assert_str_eq(jv->valuestring, sv->valuestring);
			}
		}
		ck_assert_msg(k > 0, "no case findings compared");
		ck_assert_int_eq(waivers, 1);
		k += cJSON_GetArraySize(cJSON_GetObjectItem(json, "repository_findings"));
		ck_assert_int_eq(cJSON_GetArraySize(results), k);
		cJSON_Delete(json);
		cJSON_Delete(sarif);
	}
}
END_TEST

/* JUnit: well-formed, one suite per case with the JSON verdict. */
START_TEST(cli_junit_agrees)
{
	const char *err = NULL;
	xml_node *root = xml_parse(runs[JUNIT][0].out, runs[JUNIT][0].out_len, &err);
	ck_assert_msg(root != NULL, "JUnit not well-formed: %s", err);
	cJSON *json = json_report(0);
	const cJSON *c;
	size_t i = 0, failures = 0, tests = 0;
	cJSON_ArrayForEach(c, cJSON_GetObjectItem(json, "cases")) {
		const xml_node *suite = xml_child(root, "testsuite", i++);
		ck_assert_ptr_nonnull(suite);
		ck_assert_str_eq(xml_attr(suite, "name"), cJSON_GetObjectItem(c, "case_id")->valuestring);
		const xml_node *verdict = xml_child(suite, "testcase", 0);
		ck_assert_str_eq(xml_attr(verdict, "name"), "verdict");
		ck_assert_int_eq(xml_count(verdict, "failure"), !cJSON_IsTrue(cJSON_GetObjectItem(c, "ready")));
		for (size_t k = 0; k < xml_count(suite, "testcase"); k++)
			failures += xml_count(xml_child(suite, "testcase", k), "failure");
		tests += xml_count(suite, "testcase");
	}
	ck_assert_uint_gt(i, 1);
	if (cJSON_GetArraySize(cJSON_GetObjectItem(json, "repository_findings"))) {
		const xml_node *suite = xml_child(root, "testsuite", i++);
		ck_assert_str_eq(xml_attr(suite, "name"), "repository");
		for (size_t k = 0; k < xml_count(suite, "testcase"); k++)
			failures += xml_count(xml_child(suite, "testcase", k), "failure");
		tests += xml_count(suite, "testcase");
	}
	ck_assert_uint_eq(xml_count(root, "testsuite"), i);
	ck_assert_uint_eq(strtoul(xml_attr(root, "failures"), NULL, 10), failures);
	ck_assert_uint_eq(strtoul(xml_attr(root, "tests"), NULL, 10), tests);
	cJSON_Delete(json);
	xml_free(root);
}
END_TEST

/* Text: a verdict line per case with the JSON counts, and the summary. */
START_TEST(cli_text_agrees)
{
	const char *text = runs[TEXT][0].out;
	cJSON *json = json_report(0);
	const cJSON *c;
	char line[256];
	ck_assert_int_gt(cJSON_GetArraySize(cJSON_GetObjectItem(json, "cases")), 1);
	cJSON_ArrayForEach(c, cJSON_GetObjectItem(json, "cases")) {
		const cJSON *findings = cJSON_GetObjectItem(c, "findings");
		size_t e = count_severity(findings, "error"), w = count_severity(findings, "warning");
		size_t n = count_severity(findings, "note");
		int len = snprintf(line, sizeof(line), "\n%s  %s  (%zu error%s, %zu warning%s",
		                   cJSON_GetObjectItem(c, "case_id")->valuestring,
		                   cJSON_IsTrue(cJSON_GetObjectItem(c, "ready")) ? "READY" : "NOT READY", e,
		                   e == 1 ? "" : "s", w, w == 1 ? "" : "s");
		if (n)
			snprintf(line + len, sizeof(line) - (size_t)len, ", %zu note%s)\n", n, n == 1 ? "" : "s");
		else
			snprintf(line + len, sizeof(line) - (size_t)len, ")\n");
		ck_assert_msg(strstr(text, line) != NULL, "text lacks the line%s", line);
	}
	const cJSON *sum = cJSON_GetObjectItem(json, "summary");
	snprintf(line, sizeof(line), "\n%d cases: %d ready, %d not ready\n",
	         cJSON_GetObjectItem(sum, "cases")->valueint, cJSON_GetObjectItem(sum, "ready")->valueint,
	         cJSON_GetObjectItem(sum, "not_ready")->valueint);
	ck_assert_uint_ge(runs[TEXT][0].out_len, strlen(line));
	ck_assert_str_eq(text + runs[TEXT][0].out_len - strlen(line), line);
	ck_assert(strchr(text, '\x1B') == NULL);
	cJSON_Delete(json);
}
END_TEST

/* Every child's family name and NHS number in the sample. */
static void personal_strings(cJSON **out)
{
	char *lines = NULL;
	*out = cJSON_CreateArray();
	ck_assert_int_eq(gf_git_out(&lines, repo, "ls-files", "cases/*/case.json", (char *)NULL), 0);
	for (char *save = NULL, *l = strtok_r(lines, "\n", &save); l; l = strtok_r(NULL, "\n", &save)) {
		char *path = gf_path(repo, l);
		char *text = read_all(path);
		cJSON *doc = cJSON_Parse(text), *ch;
		cJSON_ArrayForEach(ch, cJSON_GetObjectItem(doc, "children")) {
			static const char *const keys[] = { "family_name", "nhs_number", "upn" };
			for (size_t k = 0; k < 3; k++) {
				const cJSON *v = cJSON_GetObjectItem(ch, keys[k]);
				if (cJSON_IsString(v) && strlen(v->valuestring) >= 4)
					cJSON_AddItemToArray(*out, cJSON_CreateString(v->valuestring));
			}
		}
		cJSON_Delete(doc);
		free(text);
		free(path);
	}
	free(lines);
	ck_assert_int_gt(cJSON_GetArraySize(*out), 10);
}

START_TEST(cli_no_personal_data_without_show_values)
{
	cJSON *personal;
	const cJSON *p;
	personal_strings(&personal);
	for (int f = 0; f < N_FORMATS; f++) {
		const hs_result *r = &runs[f][0];
		cJSON_ArrayForEach(p, personal)
			ck_assert_msg(!hs_contains(r->out, r->out_len, p->valuestring, strlen(p->valuestring)),
			              "--format %s shows personal data without --show-values", format_names[f]);
		/* With --show-values, the invalid NHS number is shown. */
		ck_assert_msg(hs_contains(runs[f][1].out, runs[f][1].out_len, BAD_NHS, strlen(BAD_NHS)),
		              "--format %s --show-values does not show the value", format_names[f]);
	}
	cJSON_Delete(personal);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("report_cli");
	TCase *tc = tcase_create("cli");
	tcase_set_timeout(tc, 300);
	tcase_add_unchecked_fixture(tc, setup, teardown);
	tcase_add_checked_fixture(tc, sarif_schema_setup, sarif_schema_teardown);
	tcase_add_test(tc, cli_json_shape_and_totals);
	tcase_add_test(tc, cli_sarif_valid_and_same_findings);
	tcase_add_test(tc, cli_junit_agrees);
	tcase_add_test(tc, cli_text_agrees);
	tcase_add_test(tc, cli_no_personal_data_without_show_values);
	suite_add_tcase(s, tc);
	return cc_test_main(s);
}
