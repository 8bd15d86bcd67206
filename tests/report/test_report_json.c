/* The JSON report: parses, has exactly the shape of spec §7 (plus
 * repository_findings), carries every finding field by field, and shows
 * values only with show_values. */
#include <check.h>
#include <cjson/cJSON.h>
#include <stdlib.h>
#include <string.h>

#include "casecheck/rules.h"
#include "fixture.h"

static cJSON *run_json(bool show_values)
{
	size_t len;
	int rc;
	char *out = fx_run(CC_REPORT_JSON, show_values, false, &len, &rc);
	ck_assert_int_eq(rc, 0);
	ck_assert_uint_eq(strlen(out), len);
	cJSON *doc = cJSON_ParseWithLength(out, len);
	ck_assert_msg(doc != NULL, "JSON report does not parse:\n%s", out);
	free(out);
	return doc;
}

static const char *str(const cJSON *obj, const char *key)
{
	const cJSON *v = cJSON_GetObjectItemCaseSensitive(obj, key);
	ck_assert_msg(cJSON_IsString(v), "%s is not a string", key);
	return v->valuestring;
}

static double num(const cJSON *obj, const char *key)
{
	const cJSON *v = cJSON_GetObjectItemCaseSensitive(obj, key);
	ck_assert_msg(cJSON_IsNumber(v), "%s is not a number", key);
	return v->valuedouble;
}

static const char *expected_message(const char *m)
{
	return strcmp(m, FX_BAD_UTF8_MSG) == 0 ? FX_BAD_UTF8_CLEAN : m;
}

static void assert_finding(const cJSON *jf, const cc_finding *f, bool show_values)
{
	static const char *const keys[] = { "rule", "severity", "path", "pointer", "message", "source", NULL };
	static const char *const keys_v[] = { "rule", "severity", "path", "pointer", "message", "source", "value", NULL };
	const cc_rule_info *info = cc_rules_find(f->rule);

	fx_assert_keys(jf, show_values && f->value ? keys_v : keys);
	ck_assert_str_eq(str(jf, "rule"), f->rule);
	ck_assert_str_eq(str(jf, "severity"), cc_severity_name(f->severity));
	ck_assert_str_eq(str(jf, "path"), f->path);
	ck_assert_str_eq(str(jf, "pointer"), f->pointer);
	ck_assert_str_eq(str(jf, "message"), expected_message(f->message));
	ck_assert_str_eq(str(jf, "source"), info ? info->source : "\xE2\x80\x94");
	if (show_values && f->value)
		ck_assert_str_eq(str(jf, "value"), f->value);
}

static void check_document(bool show_values)
{
	static const char *const top[] = { "tool", "purpose", "profile", "as_of", "source", "signoff_authentication",
	                                   "cases", "repository_findings", "summary", NULL };
	static const char *const tool[] = { "name", "version", NULL };
	static const char *const source[] = { "kind", "rev", "commit", NULL };
	static const char *const kase[] = { "case_id", "ready", "counts", "signoff", "signoffs", "findings", NULL };
	static const char *const counts[] = { "error", "warning", NULL };
	static const char *const summary[] = { "cases", "ready", "not_ready", NULL };
	cJSON *doc = run_json(show_values);
	const cJSON *cases, *c;
	cc_audit_summary sum;

	fx_assert_keys(doc, top);
	fx_assert_keys(cJSON_GetObjectItem(doc, "tool"), tool);
	ck_assert_str_eq(str(cJSON_GetObjectItem(doc, "tool"), "name"), "casecheck");
	ck_assert_str_eq(str(cJSON_GetObjectItem(doc, "tool"), "version"), "9.9.9-test");
	ck_assert_str_eq(str(doc, "purpose"), "transfer");
	ck_assert_str_eq(str(doc, "profile"), "core");
	ck_assert_str_eq(str(doc, "as_of"), "2026-03-02");
	fx_assert_keys(cJSON_GetObjectItem(doc, "source"), source);
	ck_assert_str_eq(str(cJSON_GetObjectItem(doc, "source"), "kind"), "rev");
	ck_assert_str_eq(str(cJSON_GetObjectItem(doc, "source"), "rev"), "main");
	ck_assert_str_eq(str(cJSON_GetObjectItem(doc, "source"), "commit"),
	                 "0123456789abcdef0123456789abcdef01234567");

	cases = cJSON_GetObjectItem(doc, "cases");
	ck_assert(cJSON_IsArray(cases));
	ck_assert_int_eq(cJSON_GetArraySize(cases), FX_N_CASES);
	for (int i = 0; i < FX_N_CASES; i++) {
		cc_case_result *r = fx_case(i);
		const fx_expect *e = &fx_expected[i];
		const cJSON *findings;
		c = cJSON_GetArrayItem(cases, i);
		fx_assert_keys(c, kase);
		ck_assert_str_eq(str(c, "case_id"), e->case_id);
		ck_assert(cJSON_IsBool(cJSON_GetObjectItem(c, "ready")));
		ck_assert_int_eq(cJSON_IsTrue(cJSON_GetObjectItem(c, "ready")), e->ready);
		fx_assert_keys(cJSON_GetObjectItem(c, "counts"), counts);
		ck_assert_int_eq(num(cJSON_GetObjectItem(c, "counts"), "error"), (int)e->errors);
		ck_assert_int_eq(num(cJSON_GetObjectItem(c, "counts"), "warning"), (int)e->warnings);
		findings = cJSON_GetObjectItem(c, "findings");
		ck_assert(cJSON_IsArray(findings));
		ck_assert_int_eq(cJSON_GetArraySize(findings), (int)r->findings.count);
		for (size_t k = 0; k < r->findings.count; k++)
			assert_finding(cJSON_GetArrayItem(findings, (int)k), &r->findings.items[k], show_values);
		cc_case_result_free(r);
	}

	fx_summary(&sum);
	c = cJSON_GetObjectItem(doc, "repository_findings");
	ck_assert(cJSON_IsArray(c));
	ck_assert_int_eq(cJSON_GetArraySize(c), (int)sum.repo_findings.count);
	for (size_t k = 0; k < sum.repo_findings.count; k++)
		assert_finding(cJSON_GetArrayItem(c, (int)k), &sum.repo_findings.items[k], show_values);
	cc_findings_clear(&sum.repo_findings);

	c = cJSON_GetObjectItem(doc, "summary");
	fx_assert_keys(c, summary);
	ck_assert_int_eq(num(c, "cases"), 4);
	ck_assert_int_eq(num(c, "ready"), 1);
	ck_assert_int_eq(num(c, "not_ready"), 3);
	cJSON_Delete(doc);
}

START_TEST(json_shape_without_values) { check_document(false); }
END_TEST

START_TEST(json_shape_with_values) { check_document(true); }
END_TEST

START_TEST(json_values_only_with_show_values)
{
	size_t len;
	int rc;
	char *out = fx_run(CC_REPORT_JSON, false, false, &len, &rc);
	ck_assert(!fx_contains(out, len, FX_VALUE_1));
	ck_assert(!fx_contains(out, len, FX_VALUE_2));
	ck_assert(!fx_contains(out, len, FX_VALUE_REPO));
	ck_assert(!fx_contains(out, len, "\"value\""));
	free(out);
	out = fx_run(CC_REPORT_JSON, true, false, &len, &rc);
	ck_assert(fx_contains(out, len, FX_VALUE_1));
	ck_assert(fx_contains(out, len, FX_VALUE_2));
	ck_assert(fx_contains(out, len, FX_VALUE_REPO));
	free(out);
}
END_TEST

START_TEST(json_escapes_control_characters)
{
	size_t len;
	int rc;
	char *out = fx_run(CC_REPORT_JSON, false, false, &len, &rc);
	/* No raw control byte anywhere but the writer's own newlines. */
	for (size_t i = 0; i < len; i++)
		ck_assert_msg((unsigned char)out[i] >= 0x20 || out[i] == '\n',
		              "raw control byte 0x%02x at %zu", (unsigned char)out[i], i);
	ck_assert(fx_contains(out, len, "\\u0001"));
	ck_assert(fx_contains(out, len, "\\u001B"));
	ck_assert(fx_contains(out, len, "Line one\\nline two\\ttab"));
	ck_assert(!fx_contains(out, len, "\xFF"));
	free(out);
}
END_TEST

START_TEST(json_empty_caseload)
{
	cc_report_options opts = CC_REPORT_OPTIONS_INIT;
	cc_audit_meta meta;
	cc_audit_summary sum = { 0, 0, 0, CC_FINDINGS_INIT };
	size_t len;
	int rc;
	opts.format = CC_REPORT_JSON;
	fx_meta(&meta);
	meta.rev = NULL;
	meta.source_kind = CC_SOURCE_WORKTREE;
	char *buf = fx_run_cases(&opts, &meta, NULL, 0, &sum, &len, &rc);
	ck_assert_int_eq(rc, 0);
	cJSON *doc = cJSON_Parse(buf);
	ck_assert_msg(doc != NULL, "%s", buf);
	ck_assert_int_eq(cJSON_GetArraySize(cJSON_GetObjectItem(doc, "cases")), 0);
	ck_assert_int_eq(cJSON_GetArraySize(cJSON_GetObjectItem(doc, "repository_findings")), 0);
	ck_assert_str_eq(str(cJSON_GetObjectItem(doc, "source"), "kind"), "worktree");
	ck_assert(cJSON_IsNull(cJSON_GetObjectItem(cJSON_GetObjectItem(doc, "source"), "rev")));
	ck_assert_int_eq(num(cJSON_GetObjectItem(doc, "summary"), "cases"), 0);
	cJSON_Delete(doc);
	free(buf);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("report_json");
	TCase *tc = tcase_create("json");
	tcase_add_test(tc, json_shape_without_values);
	tcase_add_test(tc, json_shape_with_values);
	tcase_add_test(tc, json_values_only_with_show_values);
	tcase_add_test(tc, json_escapes_control_characters);
	tcase_add_test(tc, json_empty_caseload);
	suite_add_tcase(s, tc);
	return cc_test_main(s);
}
