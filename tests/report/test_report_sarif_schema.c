/* The SARIF report validates against the official SARIF 2.1.0 schema
 * (CASECHECK_SHARED_DIR/external/sarif-schema-2.1.0.json), loaded exactly
 * as published (draft-04) into casecheck's own JSON Schema validator, and
 * every result carries a level. A broken document must fail, so the
 * validation is known to bite. */
#include <check.h>
#include <cjson/cJSON.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fixture.h"
#include "sarif_check.h"

START_TEST(sarif_valid_without_values)
{
	cJSON *doc = sarif_run(false);
	sarif_assert_valid(doc);
	sarif_assert_levels(doc);
	cJSON_Delete(doc);
}
END_TEST

START_TEST(sarif_valid_with_values)
{
	cJSON *doc = sarif_run(true);
	sarif_assert_valid(doc);
	sarif_assert_levels(doc);
	cJSON_Delete(doc);
}
END_TEST

START_TEST(sarif_empty_run_valid)
{
	cc_report_options opts = CC_REPORT_OPTIONS_INIT;
	cc_audit_summary sum = { 0, 0, 0, CC_FINDINGS_INIT };
	cc_audit_meta meta;
	size_t len;
	int rc;
	opts.format = CC_REPORT_SARIF;
	fx_meta(&meta);
	meta.rev = NULL;
	meta.commit = NULL;
	char *buf = fx_run_cases(&opts, &meta, NULL, 0, &sum, &len, &rc);
	ck_assert_int_eq(rc, 0);
	cJSON *doc = cJSON_Parse(buf);
	ck_assert_msg(doc != NULL, "%s", buf);
	sarif_assert_valid(doc);
	cJSON_Delete(doc);
	free(buf);
}
END_TEST

/* Broken variants must fail: the schema is really being applied. */
START_TEST(sarif_schema_bites)
{
	cJSON *doc = sarif_run(false);
	cJSON *run = cJSON_GetArrayItem(cJSON_GetObjectItem(doc, "runs"), 0);
	cJSON *result = cJSON_GetArrayItem(cJSON_GetObjectItem(run, "results"), 0);

	cJSON_ReplaceItemInObject(result, "level", cJSON_CreateString("fatal"));
	sarif_assert_invalid(doc);
	cJSON_ReplaceItemInObject(result, "level", cJSON_CreateString("error"));
	sarif_assert_valid(doc);
	cJSON_ReplaceItemInObject(result, "ruleIndex", cJSON_CreateNumber(-2));
	sarif_assert_invalid(doc);
	cJSON_ReplaceItemInObject(result, "ruleIndex", cJSON_CreateNumber(0));
	cJSON *loc = cJSON_GetObjectItem(cJSON_GetObjectItem(cJSON_GetArrayItem(
		cJSON_GetObjectItem(result, "locations"), 0), "physicalLocation"), "artifactLocation");
	cJSON_ReplaceItemInObject(loc, "uri", cJSON_CreateString("cases/a b<c>.json"));
	sarif_assert_invalid(doc);
	cJSON_ReplaceItemInObject(loc, "uri", cJSON_CreateString("cases/a%20b.json"));
	sarif_assert_valid(doc);
	cJSON_DeleteItemFromObject(cJSON_GetObjectItem(run, "tool"), "driver");
	sarif_assert_invalid(doc);
	cJSON_Delete(doc);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("report_sarif_schema");
	TCase *tc = tcase_create("sarif_schema");
	tcase_add_checked_fixture(tc, sarif_schema_setup, sarif_schema_teardown);
	tcase_add_test(tc, sarif_valid_without_values);
	tcase_add_test(tc, sarif_valid_with_values);
	tcase_add_test(tc, sarif_empty_run_valid);
	tcase_add_test(tc, sarif_schema_bites);
	suite_add_tcase(s, tc);
	return cc_test_main(s);
}
