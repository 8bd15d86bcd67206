#include "sarif_check.h"

#include <check.h>
#include <stdlib.h>
#include <string.h>

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
