/* The SARIF report's content: one run, a rule descriptor for every rule
 * used (with the catalogue's metadata, or a fallback), one result per
 * finding with ruleId, ruleIndex, level, message, location, pointer and
 * case id, values only with show_values. Schema validation is in
 * test_report_sarif_schema.c. */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "casecheck/rules.h"
#include "fixture.h"
#include "sarif_check.h"

static const cJSON *get(const cJSON *obj, const char *path)
{
	/* "a.b.c" */
	char *copy = strdup(path), *save = NULL;
	const cJSON *cur = obj;
	for (char *tok = strtok_r(copy, ".", &save); tok && cur; tok = strtok_r(NULL, ".", &save))
		cur = cJSON_GetObjectItemCaseSensitive(cur, tok);
	free(copy);
	ck_assert_msg(cur != NULL, "missing %s", path);
	return cur;
}

static const char *gets(const cJSON *obj, const char *path)
{
	const cJSON *v = get(obj, path);
	ck_assert_msg(cJSON_IsString(v), "%s is not a string", path);
	return v->valuestring;
}

static char *percent_decode(const char *s)
{
	char *out = malloc(strlen(s) + 1), *o = out;
	for (; *s; s++) {
		if (*s == '%' && s[1] && s[2]) {
			char hex[3] = { s[1], s[2], 0 };
			*o++ = (char)strtol(hex, NULL, 16);
			s += 2;
		} else {
			ck_assert_msg(strchr(" \"<>#", *s) == NULL, "unencoded '%c' in a URI", *s);
			*o++ = *s;
		}
	}
	*o = 0;
	return out;
}

static void assert_result(const cJSON *res, const cJSON *rules, const cc_finding *f,
                          const char *case_id, bool show_values)
{
	int index = (int)get(res, "ruleIndex")->valuedouble;
	const cJSON *loc = cJSON_GetArrayItem(get(res, "locations"), 0);
	char *path;

	ck_assert_str_eq(gets(res, "ruleId"), f->rule);
	ck_assert_int_ge(index, 0);
	ck_assert_int_lt(index, cJSON_GetArraySize(rules));
	ck_assert_str_eq(gets(cJSON_GetArrayItem(rules, index), "id"), f->rule);
	ck_assert_str_eq(gets(res, "level"), cc_severity_name(f->severity));
	ck_assert_str_eq(gets(res, "message.text"),
	                 strcmp(f->message, FX_BAD_UTF8_MSG) ? f->message : FX_BAD_UTF8_CLEAN);
	ck_assert_ptr_nonnull(loc);
	path = percent_decode(gets(loc, "physicalLocation.artifactLocation.uri"));
	ck_assert_str_eq(path, f->path);
	free(path);
	ck_assert_str_eq(gets(res, "properties.pointer"), f->pointer);
	if (f->pointer[0])
		ck_assert_str_eq(gets(cJSON_GetArrayItem(get(loc, "logicalLocations"), 0), "fullyQualifiedName"),
		                 f->pointer);
	else
		ck_assert(cJSON_GetObjectItem(loc, "logicalLocations") == NULL);
	if (case_id)
		ck_assert_str_eq(gets(res, "properties.case_id"), case_id);
	else
		ck_assert(cJSON_GetObjectItem(get(res, "properties"), "case_id") == NULL);
	if (show_values && f->value)
		ck_assert_str_eq(gets(res, "properties.value"), f->value);
	else
		ck_assert(cJSON_GetObjectItem(get(res, "properties"), "value") == NULL);
}

/* Results with the same rule, path and pointer share a fingerprint; any
 * other two do not. */
static void assert_fingerprints(const cJSON *results)
{
	int n = cJSON_GetArraySize(results);
	for (int a = 0; a < n; a++) {
		const cJSON *ra = cJSON_GetArrayItem(results, a);
		const char *fa = gets(cJSON_GetObjectItem(ra, "partialFingerprints"), "casecheck/v1");
		ck_assert_uint_eq(strlen(fa), 16);
		ck_assert_uint_eq(strspn(fa, "0123456789abcdef"), 16);
		for (int b = 0; b < a; b++) {
			const cJSON *rb = cJSON_GetArrayItem(results, b);
			const char *fb = gets(cJSON_GetObjectItem(rb, "partialFingerprints"), "casecheck/v1");
			bool same = !strcmp(gets(ra, "ruleId"), gets(rb, "ruleId")) &&
			            !strcmp(gets(ra, "properties.pointer"), gets(rb, "properties.pointer")) &&
			            !strcmp(gets(cJSON_GetArrayItem(get(ra, "locations"), 0), "physicalLocation.artifactLocation.uri"),
			                    gets(cJSON_GetArrayItem(get(rb, "locations"), 0), "physicalLocation.artifactLocation.uri"));
			ck_assert_int_eq(same, strcmp(fa, fb) == 0);
		}
	}
}

static void check_document(bool show_values)
{
	cJSON *doc = sarif_run(show_values);
	const cJSON *run, *rules, *results;
	cc_audit_summary sum;
	int k = 0;

	ck_assert_str_eq(gets(doc, "version"), "2.1.0");
	ck_assert_int_eq(cJSON_GetArraySize(get(doc, "runs")), 1);
	run = cJSON_GetArrayItem(get(doc, "runs"), 0);
	ck_assert_str_eq(gets(run, "tool.driver.name"), "casecheck");
	ck_assert_str_eq(gets(run, "tool.driver.version"), "9.9.9-test");
	ck_assert_str_eq(gets(run, "tool.driver.informationUri"), "https://casecheck.example/");
	rules = get(run, "tool.driver.rules");
	for (int i = 0; i < cJSON_GetArraySize(rules); i++) {
		const cJSON *rd = cJSON_GetArrayItem(rules, i);
		const char *id = gets(rd, "id");
		const cc_rule_info *info = cc_rules_find(id);
		for (int j = 0; j < i; j++)
			ck_assert_str_ne(gets(cJSON_GetArrayItem(rules, j), "id"), id);
		gets(rd, "name");
		gets(rd, "fullDescription.text");
		const char *level = gets(rd, "defaultConfiguration.level");
		ck_assert(!strcmp(level, "error") || !strcmp(level, "warning") || !strcmp(level, "note"));
		if (info) {
			ck_assert_str_eq(gets(rd, "shortDescription.text"), info->title);
			ck_assert_str_eq(gets(rd, "help.text"), info->help);
			ck_assert_str_eq(level, cc_severity_name(info->severity));
			ck_assert_str_eq(gets(rd, "properties.source"), info->source);
			ck_assert(cJSON_IsArray(get(rd, "properties.purposes")));
			ck_assert(cJSON_IsArray(get(rd, "properties.profiles")));
		} else {
			ck_assert_str_eq(id, FX_UNKNOWN_RULE);
			gets(rd, "shortDescription.text");
			gets(rd, "help.text");
		}
	}

	results = get(run, "results");
	for (int i = 0; i < FX_N_CASES; i++) {
		cc_case_result *r = fx_case(i);
		for (size_t j = 0; j < r->findings.count; j++)
			assert_result(cJSON_GetArrayItem(results, k++), rules, &r->findings.items[j],
			              fx_expected[i].case_id, show_values);
		cc_case_result_free(r);
	}
	fx_summary(&sum);
	for (size_t j = 0; j < sum.repo_findings.count; j++)
		assert_result(cJSON_GetArrayItem(results, k++), rules, &sum.repo_findings.items[j], NULL,
		              show_values);
	cc_findings_clear(&sum.repo_findings);
	ck_assert_int_eq(cJSON_GetArraySize(results), k);
	sarif_assert_levels(doc);
	assert_fingerprints(results);
	ck_assert_str_eq(gets(run, "automationDetails.id"), "casecheck/transfer/core/");

	ck_assert_str_eq(gets(run, "properties.purpose"), "transfer");
	ck_assert_str_eq(gets(run, "properties.as_of"), "2026-03-02");
	ck_assert_int_eq(get(run, "properties.summary.cases")->valueint, 4);
	ck_assert_int_eq(get(run, "properties.summary.ready")->valueint, 1);
	ck_assert_int_eq(get(run, "properties.summary.not_ready")->valueint, 3);
	ck_assert_int_eq(cJSON_GetArraySize(get(run, "properties.cases")), FX_N_CASES);
	for (int i = 0; i < FX_N_CASES; i++) {
		const cJSON *c = cJSON_GetArrayItem(get(run, "properties.cases"), i);
		ck_assert_str_eq(gets(c, "case_id"), fx_expected[i].case_id);
		ck_assert_int_eq(cJSON_IsTrue(get(c, "ready")), fx_expected[i].ready);
		ck_assert_int_eq(get(c, "errors")->valueint, (int)fx_expected[i].errors);
		ck_assert_str_eq(gets(c, "signoff"), i == 0 ? "stale" : i == 1 ? "current" : "not-required");
	}
	cJSON_Delete(doc);
}

START_TEST(sarif_content_without_values) { check_document(false); }
END_TEST

START_TEST(sarif_content_with_values) { check_document(true); }
END_TEST

START_TEST(sarif_values_only_with_show_values)
{
	size_t len;
	int rc;
	char *out = fx_run(CC_REPORT_SARIF, false, false, &len, &rc);
	ck_assert(!fx_contains(out, len, FX_VALUE_1));
	ck_assert(!fx_contains(out, len, FX_VALUE_2));
	ck_assert(!fx_contains(out, len, FX_VALUE_REPO));
	free(out);
	out = fx_run(CC_REPORT_SARIF, true, false, &len, &rc);
	ck_assert(fx_contains(out, len, FX_VALUE_1));
	ck_assert(fx_contains(out, len, FX_VALUE_2));
	ck_assert(fx_contains(out, len, FX_VALUE_REPO));
	free(out);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("report_sarif");
	TCase *tc = tcase_create("sarif");
	tcase_add_test(tc, sarif_content_without_values);
	tcase_add_test(tc, sarif_content_with_values);
	tcase_add_test(tc, sarif_values_only_with_show_values);
	suite_add_tcase(s, tc);
	return cc_test_main(s);
}
