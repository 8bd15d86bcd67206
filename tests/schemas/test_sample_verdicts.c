/* test_sample_verdicts: the sample caseload gets the verdicts its README
 * promises (tests/schemas/sample_verdicts.json is the machine-readable copy
 * of the README's table).
 *
 * Copies fixtures/sample into a new git repository with one commit (so its
 * sign-offs are current, except the one that is stale on purpose), runs the
 * built casecheck binary ($CASECHECK_BINARY) with --format json for each
 * purpose, and checks every case's verdict and, for a NOT READY case, that
 * its errors come from exactly the rules listed: one clearly stated reason
 * each. */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "hardening/hsupport.h"
#include "schemas/schemas_common.h"
#include "support/gitfixture.h"
#include "support/runner.h"

/* The sorted, de-duplicated error rule ids of a report case, "|a|b|". */
static char *error_rules(const cJSON *report_case)
{
	size_t n = 0;
	const char *ids[256];
	const cJSON *f;
	cJSON_ArrayForEach(f, cJSON_GetObjectItemCaseSensitive(report_case, "findings")) {
		const cJSON *sev = cJSON_GetObjectItemCaseSensitive(f, "severity");
		const cJSON *rule = cJSON_GetObjectItemCaseSensitive(f, "rule");
		if (!cJSON_IsString(sev) || strcmp(sev->valuestring, "error") || !cJSON_IsString(rule))
			continue;
		size_t i = 0;
		while (i < n && strcmp(ids[i], rule->valuestring) < 0)
			i++;
		if (i < n && !strcmp(ids[i], rule->valuestring))
			continue;
		ck_assert_uint_lt(n, sizeof ids / sizeof ids[0]);
		memmove(&ids[i + 1], &ids[i], (n - i) * sizeof ids[0]);
		ids[i] = rule->valuestring;
		n++;
	}
	cc_strbuf sb = CC_STRBUF_INIT;
	cc_strbuf_putc(&sb, '|');
	for (size_t i = 0; i < n; i++)
		cc_strbuf_printf(&sb, "%s|", ids[i]);
	return cc_strbuf_detach(&sb);
}

/* The expected rules of a case as "|a|b|" (listed sorted in the JSON). */
static char *expected_rules(const cJSON *list)
{
	cc_strbuf sb = CC_STRBUF_INIT;
	cc_strbuf_putc(&sb, '|');
	const cJSON *r;
	cJSON_ArrayForEach(r, list)
		cc_strbuf_printf(&sb, "%s|", r->valuestring);
	return cc_strbuf_detach(&sb);
}

static const cJSON *report_case(const cJSON *report, const char *id)
{
	const cJSON *c;
	cJSON_ArrayForEach(c, cJSON_GetObjectItemCaseSensitive(report, "cases")) {
		const cJSON *cid = cJSON_GetObjectItemCaseSensitive(c, "case_id");
		if (cJSON_IsString(cid) && !strcmp(cid->valuestring, id))
			return c;
	}
	return NULL;
}

START_TEST(sample_verdicts_match_the_readme)
{
	ck_assert_msg(getenv("CASECHECK_BINARY") != NULL, "CASECHECK_BINARY is not set (run through ctest)");
	char *spath = source_path("tests/schemas/sample_verdicts.json");
	cJSON *spec = load_json_file(spath);
	char *repo = hs_sample_repo(NULL);
	ck_assert_ptr_nonnull(repo);
	const char *as_of = cJSON_GetObjectItemCaseSensitive(spec, "as_of")->valuestring;
	const cJSON *cases = cJSON_GetObjectItemCaseSensitive(spec, "cases");
	cc_strbuf problems = CC_STRBUF_INIT;
	size_t runs = 0;
	const cJSON *run;
	cJSON_ArrayForEach(run, cJSON_GetObjectItemCaseSensitive(spec, "runs")) {
		const char *purpose = cJSON_GetObjectItemCaseSensitive(run, "purpose")->valuestring;
		const cJSON *profile = cJSON_GetObjectItemCaseSensitive(run, "profile");
		const cJSON *not_ready = cJSON_GetObjectItemCaseSensitive(run, "not_ready");
		const char *prof = cJSON_IsString(profile) ? profile->valuestring : "core";
		hs_result r;
		ck_assert_int_eq(hs_runl(&r, repo, "audit", "--purpose", purpose, "--profile", prof, "--as-of", as_of,
		                         "--format", "json", (char *)NULL), 0);
		int want_exit = cJSON_GetArraySize(not_ready) > 0 ? 1 : 0;
		ck_assert_msg(r.exit_code == want_exit, "audit --purpose %s --profile %s: exit %d, expected %d\n%s", purpose,
		              prof, r.exit_code, want_exit, r.err);
		cJSON *report = hs_report(&r);
		ck_assert_msg(report != NULL, "audit --purpose %s: no JSON report", purpose);
		ck_assert_int_eq(cJSON_GetArraySize(cJSON_GetObjectItemCaseSensitive(report, "cases")),
		                 cJSON_GetArraySize(cases));
		const cJSON *id;
		cJSON_ArrayForEach(id, cases) {
			const cJSON *rc = report_case(report, id->valuestring);
			if (!rc) {
				cc_strbuf_printf(&problems, "\n  %s/%s: %s missing from the report", purpose, prof, id->valuestring);
				continue;
			}
			const cJSON *want = cJSON_GetObjectItemCaseSensitive(not_ready, id->valuestring);
			bool ready = cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(rc, "ready"));
			char *got = error_rules(rc);
			char *exp = want ? expected_rules(want) : cc_xstrdup("|");
			if (ready != (want == NULL) || strcmp(got, exp) != 0)
				cc_strbuf_printf(&problems, "\n  %s/%s: %s is %s with errors %s; expected %s with %s", purpose, prof,
				                 id->valuestring, ready ? "READY" : "NOT READY", got,
				                 want ? "NOT READY" : "READY", exp);
			free(got);
			free(exp);
		}
		cJSON_Delete(report);
		hs_result_clear(&r);
		runs++;
	}
	ck_assert_msg(problems.len == 0, "sample verdicts differ from fixtures/sample/README.md:%s",
	              cc_strbuf_cstr(&problems));
	ck_assert_uint_ge(runs, 4);
	cc_strbuf_free(&problems);
	gf_rm_rf(repo);
	free(repo);
	cJSON_Delete(spec);
	free(spath);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("sample_verdicts");
	TCase *tc = tcase_create("verdicts");
	tcase_set_timeout(tc, 300);
	tcase_add_test(tc, sample_verdicts_match_the_readme);
	suite_add_tcase(s, tc);
	return cc_test_main(s);
}
