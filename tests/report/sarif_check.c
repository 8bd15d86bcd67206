#include "sarif_check.h"

#include <check.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "casecheck/schema.h"
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

/* Every keyword of a schema object, recursively (property names under
 * "properties" and "definitions" are names, not keywords). */
static void assert_keywords(const cJSON *schema, const char *const *allowed)
{
	if (cJSON_IsArray(schema)) {
		for (const cJSON *it = schema->child; it; it = it->next)
			assert_keywords(it, allowed);
		return;
	}
	if (!cJSON_IsObject(schema))
		return;
	for (const cJSON *kw = schema->child; kw; kw = kw->next) {
		bool ok = false;
		for (size_t i = 0; allowed[i]; i++)
			ok |= strcmp(allowed[i], kw->string) == 0;
		ck_assert_msg(ok, "the SARIF schema uses keyword %s", kw->string);
		if (!strcmp(kw->string, "properties") || !strcmp(kw->string, "definitions")) {
			for (const cJSON *sub = kw->child; sub; sub = sub->next)
				assert_keywords(sub, allowed);
		} else if (!strcmp(kw->string, "items") || !strcmp(kw->string, "anyOf") ||
		           !strcmp(kw->string, "oneOf") || !strcmp(kw->string, "additionalProperties")) {
			assert_keywords(kw, allowed);
		}
	}
}

void sarif_schema_setup(void)
{
	/* Keywords whose meaning is the same in draft-04 and draft-07. */
	static const char *const same_in_draft7[] = {
		"$schema", "id", "title", "description", "default", "type", "$ref", "definitions",
		"properties", "additionalProperties", "required", "items", "minItems", "uniqueItems",
		"minimum", "maximum", "pattern", "format", "enum", "anyOf", "oneOf", NULL
	};
	char *msg = NULL;
	cJSON *doc;

	ck_assert_int_eq(cc_schema_set_new(&set), 0);
	/* First the schema as published: draft-04 ("$schema" draft-04, "id",
	 * "definitions"; its $refs are "#/definitions/..." pointers). */
	if (cc_schema_set_add(set, SARIF_ID, load_schema_doc(), &msg) == 0 &&
	    cc_schema_set_get(&sarif, set, SARIF_ID, &msg) == 0)
		return;
	/* casecheck's validator has no draft-04 metaschema built in. Every
	 * keyword this schema uses means the same in draft-07 (checked here,
	 * not assumed), so the same schema declared as draft-07 is the same
	 * set of constraints. */
	fprintf(stderr, "note: the validator cannot load the draft-04 SARIF schema as published (%s); "
	        "validating against it declared as draft-07\n", msg ? msg : "?");
	free(msg);
	msg = NULL;
	cc_schema_set_free(set);
	ck_assert_int_eq(cc_schema_set_new(&set), 0);
	doc = load_schema_doc();
	assert_keywords(doc, same_in_draft7);
	cJSON_ReplaceItemInObject(doc, "$schema", cJSON_CreateString("http://json-schema.org/draft-07/schema#"));
	cJSON_DeleteItemFromObject(doc, "id");
	cJSON_AddStringToObject(doc, "$id", SARIF_ID);
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
