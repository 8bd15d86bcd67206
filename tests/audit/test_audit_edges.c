/* test_audit_edges: numbers and dates at the edges of what casecheck
 * reads (issue 11 item 8): a parameter too large for a long is refused, not
 * converted with undefined behaviour; a year-0000 allocation date is a
 * schema error naming the field, not a date the rules cannot read (which
 * silently turned every allocation rule off). */
#include <check.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>

#include "audit/fixture_repo.h"
#include "audit/jget.h"
#include "casecheck/source.h"
#include "support/gitfixture.h"
#include "support/runner.h"
#include "util/fileio.h"

/* {"n": text} parsed with cJSON (the number as a double). */
static int jint_of(const char *text, long *out)
{
	char buf[128];
	snprintf(buf, sizeof buf, "{\"n\": %s}", text);
	cJSON *doc = cJSON_Parse(buf);
	ck_assert_ptr_nonnull(doc);
	int rc = cc_jint(doc, "n", out);
	cJSON_Delete(doc);
	return rc;
}

START_TEST(whole_numbers_out_of_range_are_refused)
{
	long v = 7;
	static const char *const refused[] = {"1e300", "-1e300", "1e19", "-1e19", "9223372036854775808",
	                                      "1.7976931348623157e308", "2.5", "-0.5", "\"3\"", "true"};
	for (size_t i = 0; i < sizeof refused / sizeof refused[0]; i++) {
		ck_assert_msg(jint_of(refused[i], &v) == -1, "%s accepted as %ld", refused[i], v);
		ck_assert_int_eq(v, 7);
	}
	ck_assert_int_eq(jint_of("1000", &v), 0);
	ck_assert_int_eq(v, 1000);
	ck_assert_int_eq(jint_of("-9223372036854775808", &v), 0); /* -2^63: LONG_MIN exactly */
	ck_assert(v == LONG_MIN);
	ck_assert_int_eq(jint_of("1e3", &v), 0);
	ck_assert_int_eq(v, 1000);
}
END_TEST

static void audit(fx_collect *col, const char *dir)
{
	cc_source_options so = CC_SOURCE_OPTIONS_INIT;
	cc_source *src = NULL;
	char *msg = NULL;
	cc_audit_options ao;
	cc_audit_summary sum;
	memset(&ao, 0, sizeof ao);
	so.repo_dir = dir;
	ck_assert_msg(cc_source_open(&src, &so, &msg) == 0, "%s", msg ? msg : "");
	ao.purpose = CC_PURPOSE_TRANSFER;
	ao.profile = "all";
	cc_date_parse(&ao.as_of, "2026-03-02", 10);
	cc_audit_sink sink = fx_collect_sink(col);
	ck_assert_msg(cc_audit_run(src, &ao, &sink, &sum, &msg) == 0, "%s", msg ? msg : "");
	cc_audit_summary_clear(&sum);
	fx_collect_sort(col);
	cc_source_free(src);
	free(msg);
}

START_TEST(year_0000_allocation_is_a_schema_error)
{
	char *dir = fx_base_repo();
	ck_assert_ptr_nonnull(dir);
	char *path = gf_path(dir, "cases/BASE-001/case.json"), *text = NULL;
	size_t len;
	ck_assert_int_eq(cc_read_file(path, 1 << 20, &text, &len), 0);
	char *at = strstr(text, "\"since\": \"2025-06-02\"");
	ck_assert_ptr_nonnull(at);
	memcpy(at + 10, "0000-01-03", 10);
	ck_assert_int_eq(gf_write(dir, "cases/BASE-001/case.json", text), 0);
	ck_assert_int_eq(gf_commit_all(dir, "allocation date typed as 0000"), 0);
	fx_collect col;
	memset(&col, 0, sizeof col);
	audit(&col, dir);
	ck_assert_uint_eq(col.cases, 1);
	ck_assert_uint_eq(col.ready, 0);
	bool found = false;
	for (size_t i = 0; i < col.n; i++)
		found |= !strcmp(col.lines[i], "schema.valid|error|cases/BASE-001/case.json|/allocation/since");
	ck_assert_msg(found, "no schema.valid finding at /allocation/since (%zu findings)", col.n);
	fx_collect_clear(&col);
	free(text);
	free(path);
	fx_drop_repo(dir);
}
END_TEST

int main(void)
{
	const TTest *const tests[] = {whole_numbers_out_of_range_are_refused, year_0000_allocation_is_a_schema_error, NULL};
	return cc_test_list_main("audit_edges", tests, 120, NULL, NULL);
}
