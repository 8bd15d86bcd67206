#include "sarif_check.h"

#include <check.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "casecheck/schema.h"
#include "schema/tree.h"
#include "fixture.h"

cJSON *sarif_run(bool show_values)
{
	size_t len;
	int rc;
	char *out = fx_run(CC_REPORT_SARIF, show_values, false, &len, &rc);
	ck_assert_int_eq(rc, 0);
	cJSON *doc = cJSON_ParseWithLength(out, len);
	ck_assert_msg(doc != NULL, "SARIF report does not parse:\n%s", out);
	free(out);
	return doc;
}

void sarif_assert_levels(const cJSON *doc)
{
	const cJSON *results = cJSON_GetObjectItem(cJSON_GetArrayItem(cJSON_GetObjectItem(doc, "runs"), 0),
	                                           "results");
	size_t k = 0;
	cc_audit_summary sum;

	ck_assert(cJSON_IsArray(results));
	for (int i = 0; i < FX_N_CASES; i++) {
		cc_case_result *r = fx_case(i);
		for (size_t j = 0; j < r->findings.count; j++, k++) {
			const cJSON *level = cJSON_GetObjectItem(cJSON_GetArrayItem(results, (int)k), "level");
			ck_assert_msg(cJSON_IsString(level), "result %zu has no level", k);
			ck_assert_str_eq(level->valuestring, cc_severity_name(r->findings.items[j].severity));
		}
		cc_case_result_free(r);
	}
	fx_summary(&sum);
	for (size_t j = 0; j < sum.repo_findings.count; j++, k++) {
		const cJSON *level = cJSON_GetObjectItem(cJSON_GetArrayItem(results, (int)k), "level");
		ck_assert_msg(cJSON_IsString(level), "result %zu has no level", k);
		ck_assert_str_eq(level->valuestring, cc_severity_name(sum.repo_findings.items[j].severity));
	}
	cc_findings_clear(&sum.repo_findings);
	ck_assert_int_eq(cJSON_GetArraySize(results), (int)k);
}

#define SARIF_ID "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"

static cc_schema_set *set;
static cc_schema *sarif;

static cJSON *load_schema_doc(void)
{
	const char *shared = getenv("CASECHECK_SHARED_DIR");
	char path[4096];
	FILE *f;
	char *text;
	long n;
	cJSON *doc;

	ck_assert_msg(shared != NULL, "CASECHECK_SHARED_DIR is not set");
	snprintf(path, sizeof(path), "%s/external/sarif-schema-2.1.0.json", shared);
	f = fopen(path, "rb");
	ck_assert_msg(f != NULL, "cannot open %s", path);
	fseek(f, 0, SEEK_END);
	n = ftell(f);
	fseek(f, 0, SEEK_SET);
	text = malloc((size_t)n + 1);
	ck_assert_uint_eq(fread(text, 1, (size_t)n, f), (size_t)n);
	text[n] = 0;
	fclose(f);
	doc = cJSON_Parse(text);
	free(text);
	ck_assert_msg(doc != NULL, "%s does not parse", path);
	return doc;
}

void sarif_schema_setup(void)
{
	char *msg = NULL;
	cJSON *doc = load_schema_doc();
	const cJSON *dialect = cJSON_GetObjectItemCaseSensitive(doc, "$schema");

	/* The schema exactly as published: draft-04 ("$schema" draft-04, "id",
	 * "definitions"), checked against the built-in draft-04 metaschema. If
	 * it cannot be loaded, the test fails. */
	ck_assert_msg(cJSON_IsString(dialect) && !strcmp(dialect->valuestring, "http://json-schema.org/draft-04/schema#"),
	              "the SARIF schema is no longer the published draft-04 one");
	ck_assert_int_eq(cc_schema_set_new(&set), 0);
	ck_assert_msg(cc_schema_set_add(set, SARIF_ID, doc, &msg) == 0, "%s", msg ? msg : "?");
	ck_assert_msg(cc_schema_set_get(&sarif, set, SARIF_ID, &msg) == 0, "%s", msg ? msg : "?");
}

void sarif_schema_teardown(void)
{
	cc_schema_set_free(set);
	set = NULL;
	sarif = NULL;
}

void sarif_assert_valid(const cJSON *doc)
{
	cc_schema_report report = CC_SCHEMA_REPORT_INIT;
	cc_validate_options opts = CC_VALIDATE_OPTIONS_INIT;
	opts.format_assert = true; /* uri, uri-reference, date-time too */
	int rc = cc_schema_validate(sarif, doc, &opts, &report);
	if (rc != 1) {
		for (size_t i = 0; i < report.count; i++)
			fprintf(stderr, "SARIF invalid at %s (%s): %s\n", report.errors[i].instance_location,
			        report.errors[i].keyword_location, report.errors[i].message);
	}
	cc_schema_report_clear(&report);
	ck_assert_int_eq(rc, 1);
}

void sarif_assert_invalid(const cJSON *doc)
{
	cc_schema_report report = CC_SCHEMA_REPORT_INIT;
	cc_validate_options opts = CC_VALIDATE_OPTIONS_INIT;
	opts.format_assert = true;
	int rc = cc_schema_validate(sarif, doc, &opts, &report);
	ck_assert_int_eq(rc, 0);
	ck_assert_uint_gt(report.count, 0);
	cc_schema_report_clear(&report);
}
