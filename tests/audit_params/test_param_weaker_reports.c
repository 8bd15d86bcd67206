/* test_param_weaker_reports: a casecheck.json that sets timescales less
 * strictly than their defaults (allocation_tasks_working_days 60 where the
 * seed says 5, between_teams_notice_months 0 where it says 1) gets one
 * config.parameter-weaker-than-seed warning per parameter in every report
 * format (text, json repository_findings, sarif, junit, html), naming
 * casecheck.json, the pointer, the value in force and the default; it does
 * not stop the case being READY (exit 0). A stricter value or a resource
 * limit gets none. Runs the built binary (CASECHECK_BINARY). */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "audit/fixture_repo.h"
#include "json/json.h"
#include "support/gitfixture.h"
#include "support/runner.h"
#include "util/xalloc.h"

#define RULE "config.parameter-weaker-than-seed"

/* The base repository with this casecheck.json committed. */
static char *repo_with_config(const char *config)
{
	const char *src = getenv("CASECHECK_SOURCE_DIR");
	char *base = cc_xasprintf("%s/fixtures/rules/_base", src ? src : ".");
	cJSON *changes = cJSON_CreateObject();
	cJSON_AddStringToObject(cJSON_AddObjectToObject(changes, "files"), "casecheck.json", config);
	char *dir = fx_build_repo(base, NULL, changes);
	ck_assert_ptr_nonnull(dir);
	cJSON_Delete(changes);
	free(base);
	return dir;
}

static const char weaker[] = "{\"format\": \"casecheck/config@1\", \"profile\": \"derbyshire\", \"parameters\": "
                             "{\"allocation_tasks_working_days\": 60, \"between_teams_notice_months\": 0, "
                             "\"new_worker_named_working_days\": 6, \"max_document_bytes\": 8388608}}\n";

/* Counts the non-overlapping occurrences of needle in s. */
static size_t count(const char *s, const char *needle)
{
	size_t n = 0;
	for (const char *p = strstr(s, needle); p; p = strstr(p + strlen(needle), needle))
		n++;
	return n;
}

/* Audits dir for transfer in format; the run must succeed with exit 0. */
static void audit(cc_proc *p, const char *dir, const char *format)
{
	ck_assert_int_eq(cc_proc_runl(p, dir, CC_PROC_NO_COLOR, "audit", "--purpose", "transfer", "--as-of",
	                              "2026-03-02", "--format", format, NULL),
	                 0);
	ck_assert_msg(p->exit_code == 0, "--format %s: exit %d (a warning must not block): %s", format,
	              p->exit_code, p->err);
}

START_TEST(warning_in_every_format_never_blocks)
{
	static const char *const formats[] = {"text", "json", "sarif", "junit", "html"};
	char *dir = repo_with_config(weaker);
	for (size_t i = 0; i < sizeof formats / sizeof formats[0]; i++) {
		cc_proc p;
		audit(&p, dir, formats[i]);
		/* Two parameters are weaker; new_worker_named_working_days (stricter) and
		 * max_document_bytes (a resource limit) are not reported. */
		ck_assert_msg(strstr(p.out, "/parameters/allocation_tasks_working_days") != NULL, "%s", formats[i]);
		ck_assert_msg(strstr(p.out, "/parameters/between_teams_notice_months") != NULL, "%s", formats[i]);
		ck_assert_msg(strstr(p.out, "/parameters/new_worker_named_working_days") == NULL, "%s", formats[i]);
		ck_assert_msg(strstr(p.out, "/parameters/max_document_bytes") == NULL, "%s", formats[i]);
		ck_assert_msg(strstr(p.out, RULE) != NULL, "%s: no %s", formats[i], RULE);
		ck_assert_msg(strstr(p.out, "casecheck.json") != NULL, "%s", formats[i]);
		cc_proc_clear(&p);
	}
	fx_drop_repo(dir);
}
END_TEST

START_TEST(json_repository_findings)
{
	char *dir = repo_with_config(weaker);
	cc_proc p;
	cJSON *doc = NULL;
	audit(&p, dir, "json");
	ck_assert_int_eq(cc_json_parse(&doc, p.out, p.out_len, NULL, NULL), 0);
	const cJSON *repo = cJSON_GetObjectItemCaseSensitive(doc, "repository_findings"), *f;
	const cJSON *sum = cJSON_GetObjectItemCaseSensitive(doc, "summary");
	ck_assert_int_eq(cJSON_GetObjectItemCaseSensitive(sum, "ready")->valueint, 1);
	ck_assert_int_eq(cJSON_GetArraySize(repo), 2);
	cJSON_ArrayForEach(f, repo) {
		const char *rule = cJSON_GetObjectItemCaseSensitive(f, "rule")->valuestring;
		const char *sev = cJSON_GetObjectItemCaseSensitive(f, "severity")->valuestring;
		const char *path = cJSON_GetObjectItemCaseSensitive(f, "path")->valuestring;
		const char *ptr = cJSON_GetObjectItemCaseSensitive(f, "pointer")->valuestring;
		const char *msg = cJSON_GetObjectItemCaseSensitive(f, "message")->valuestring;
		ck_assert_str_eq(rule, RULE);
		ck_assert_str_eq(sev, "warning");
		ck_assert_str_eq(path, "casecheck.json");
		if (!strcmp(ptr, "/parameters/allocation_tasks_working_days")) {
			/* The value in force, the default and the seed section. */
			ck_assert_msg(strstr(msg, "set to 60") && strstr(msg, "default 5") && strstr(msg, "003 §2"), "%s", msg);
		} else {
			ck_assert_str_eq(ptr, "/parameters/between_teams_notice_months");
			ck_assert_msg(strstr(msg, "set to 0") && strstr(msg, "default 1") && strstr(msg, "003 §3"), "%s", msg);
		}
	}
	/* The case itself carries no copy of the repository warning. */
	const cJSON *c = cJSON_GetArrayItem(cJSON_GetObjectItemCaseSensitive(doc, "cases"), 0);
	ck_assert(cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(c, "ready")));
	ck_assert_int_eq(count(p.out, RULE), 2);
	cJSON_Delete(doc);
	cc_proc_clear(&p);
	fx_drop_repo(dir);
}
END_TEST

START_TEST(default_values_are_not_weaker)
{
	/* The defaults written out, and stricter values, are not weaker. */
	char *dir = repo_with_config("{\"format\": \"casecheck/config@1\", \"parameters\": "
	                             "{\"allocation_tasks_working_days\": 5, \"min_parent_age_years\": 12, "
	                             "\"young_person_min_age_years\": 10, \"new_worker_named_working_days\": 6}}\n");
	cc_proc p;
	audit(&p, dir, "json");
	ck_assert_ptr_null(strstr(p.out, RULE));
	cc_proc_clear(&p);
	fx_drop_repo(dir);
}
END_TEST

int main(void)
{
	const TTest *const tests[] = {warning_in_every_format_never_blocks, json_repository_findings,
	                              default_values_are_not_weaker, NULL};
	return cc_test_list_main("param_weaker_reports", tests, 120, NULL, NULL);
}
