/* test_audit_engine: cc_audit_run over real git repositories: policy
 * errors, case enumeration, the three sources, sign-off states, order of
 * delivery, broken cases. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "audit/params.h"
#include "casecheck/audit.h"
#include "json/json.h"
#include "embedded/embedded.h"
#include "casecheck/source.h"
#include "fixture_repo.h"
#include "support/gitfixture.h"
#include "support/runner.h"
#include "util/xalloc.h"

#define CASE "cases/BASE-001"

static char *base_dir(void)
{
	const char *src = getenv("CASECHECK_SOURCE_DIR");
	return cc_xasprintf("%s/fixtures/rules/_base", src ? src : ".");
}

static char *make_repo(void)
{
	char *dir = fx_base_repo();
	ck_assert_ptr_nonnull(dir);
	return dir;
}

/* Whether run() asks for timelines (as casecheck audit --format html does). */
static bool run_timeline = true;

typedef struct run_out {
	int rc;
	char *err;
	fx_collect col;
	cc_audit_summary sum;
} run_out;

static void run(run_out *o, const char *dir, cc_source_kind kind, cc_purpose purpose, const char *const *cases,
                size_t n_cases)
{
	cc_source_options so = CC_SOURCE_OPTIONS_INIT;
	cc_source *src = NULL;
	char *msg = NULL;
	cc_audit_options ao;
	memset(o, 0, sizeof *o);
	memset(&ao, 0, sizeof ao);
	so.kind = kind;
	so.repo_dir = dir;
	ck_assert_msg(cc_source_open(&src, &so, &msg) == 0, "%s", msg ? msg : "");
	ao.purpose = purpose;
	ao.profile = "all";
	cc_date_parse(&ao.as_of, "2026-03-02", 10);
	ao.cases = cases;
	ao.n_cases = n_cases;
	ao.jobs = 2;
	ao.timeline = run_timeline;
	o->col.keep_results = true;
	cc_audit_sink sink = fx_collect_sink(&o->col);
	o->rc = cc_audit_run(src, &ao, &sink, &o->sum, &o->err);
	fx_collect_sort(&o->col);
	cc_source_free(src);
	free(msg);
}

static void run_clear(run_out *o)
{
	fx_collect_clear(&o->col);
	if (o->rc == 0)
		cc_audit_summary_clear(&o->sum);
	free(o->err);
}

START_TEST(base_is_ready_for_every_purpose)
{
	char *dir = make_repo();
	for (int p = CC_PURPOSE_CHECK; p <= CC_PURPOSE_RECEIVE; p++) {
		run_out o;
		run(&o, dir, CC_SOURCE_REV, (cc_purpose)p, NULL, 0);
		ck_assert_int_eq(o.rc, 0);
		ck_assert_msg(o.col.n == 0, "purpose %s: %zu findings, first %s", cc_purpose_name((cc_purpose)p), o.col.n,
		              o.col.n ? o.col.lines[0] : "");
		ck_assert_uint_eq(o.sum.cases, 1);
		ck_assert_uint_eq(o.sum.ready, 1);
		ck_assert_ptr_nonnull(o.col.results);
		cc_case_result *r = o.col.results[0];
		ck_assert_str_eq(r->case_id, "BASE-001");
		ck_assert_str_eq(r->path, CASE);
		ck_assert_str_eq(r->team, "north");
		ck_assert_str_eq(r->worker, "sw-anna");
		ck_assert_str_eq(r->service, "child-in-need");
		ck_assert_int_eq(r->signoff, p >= CC_PURPOSE_TRANSFER ? CC_SIGNOFF_CURRENT : CC_SIGNOFF_NOT_REQUIRED);
		ck_assert_uint_eq(r->timeline.n_entries, 7);
		ck_assert_str_eq(r->timeline.entries[6].pointer, "/entries/6");
		ck_assert_int_eq(r->timeline.gap_days, 90);
		run_clear(&o);
	}
	fx_drop_repo(dir);
}
END_TEST

/* Timelines are built only when asked for (the HTML view); a JSON, text,
 * SARIF or JUnit audit keeps no per-entry data in its results. */
START_TEST(timeline_only_when_asked)
{
	char *dir = make_repo();
	run_out o;
	run_timeline = false;
	run(&o, dir, CC_SOURCE_REV, CC_PURPOSE_SIGNOFF, NULL, 0);
	run_timeline = true;
	ck_assert_int_eq(o.rc, 0);
	ck_assert_uint_eq(o.col.cases, 1);
	cc_case_result *r = o.col.results[0];
	ck_assert_uint_eq(r->timeline.n_entries, 0);
	ck_assert_ptr_null(r->timeline.entries);
	ck_assert_uint_eq(r->timeline.n_marks, 0);
	ck_assert_ptr_null(r->timeline.marks);
	ck_assert_uint_eq(r->n_errors, 0); /* the verdict does not depend on it */
	run_clear(&o);
	run(&o, dir, CC_SOURCE_REV, CC_PURPOSE_SIGNOFF, NULL, 0);
	ck_assert_int_eq(o.rc, 0);
	r = o.col.results[0];
	ck_assert_uint_eq(r->timeline.n_entries, 7);
	ck_assert_uint_gt(r->timeline.n_marks, 0);
	ck_assert_str_eq(r->timeline.entries[0].pointer, "/entries/0");
	run_clear(&o);
	fx_drop_repo(dir);
}
END_TEST

static void expect_error(const char *dir, const char *needle)
{
	run_out o;
	run(&o, dir, CC_SOURCE_WORKTREE, CC_PURPOSE_CHECK, NULL, 0);
	ck_assert_int_lt(o.rc, 0);
	ck_assert_ptr_nonnull(o.err);
	ck_assert_msg(strstr(o.err, needle) != NULL, "message '%s' lacks '%s'", o.err, needle);
	ck_assert_uint_eq(o.col.cases, 0);
	run_clear(&o);
}

START_TEST(bad_policy_is_an_environment_error)
{
	char *dir = make_repo();
	gf_write(dir, "casecheck.json", "{\"format\": \"casecheck/config@1\", \"colour\": true}");
	expect_error(dir, "casecheck.json: /colour: unknown key");
	gf_write(dir, "casecheck.json", "{\"format\": \"casecheck/config@1\", \"parameters\": {\"chronology_gap\": 3}}");
	expect_error(dir, "/parameters/chronology_gap: unknown parameter");
	gf_write(dir, "casecheck.json", "{\"format\": \"casecheck/config@1\", \"profile\": \"kent\"}");
	expect_error(dir, "casecheck.json");
	gf_write(dir, "casecheck.json", "{\"format\": \"casecheck/config@1\", \"bank_holidays\": \"calendar/none.json\"}");
	expect_error(dir, "calendar/none.json");
	gf_write(dir, "casecheck.json", "{\"format\": \"casecheck/config@1\"}");
	gf_write(dir, "calendar/bank-holidays.json", "{\"england-and-wales\": 3}");
	expect_error(dir, "calendar/bank-holidays.json");
	fx_drop_repo(dir);
}
END_TEST

START_TEST(unknown_case_is_an_error_and_case_filter_works)
{
	char *dir = make_repo();
	char *src = gf_path(dir, CASE);
	char *dst = gf_path(dir, "cases/ZED-002");
	ck_assert_int_eq(gf_copy_tree(src, dst), 0);
	gf_write(dir, "cases/ZED-002/case.json", "{ not json");
	gf_commit_all(dir, "second case");
	const char *unknown[] = {"NOPE-404"};
	run_out o;
	run(&o, dir, CC_SOURCE_REV, CC_PURPOSE_CHECK, unknown, 1);
	ck_assert_int_lt(o.rc, 0);
	ck_assert_ptr_nonnull(strstr(o.err, "NOPE-404"));
	run_clear(&o);

	const char *one[] = {"BASE-001", "BASE-001"};
	run(&o, dir, CC_SOURCE_REV, CC_PURPOSE_CHECK, one, 2);
	ck_assert_int_eq(o.rc, 0);
	ck_assert_uint_eq(o.col.cases, 1);
	ck_assert_uint_eq(o.col.n, 0);
	run_clear(&o);

	/* All cases: the broken one gets findings, the other is still audited. */
	run(&o, dir, CC_SOURCE_REV, CC_PURPOSE_CHECK, NULL, 0);
	ck_assert_int_eq(o.rc, 0);
	ck_assert_uint_eq(o.sum.cases, 2);
	ck_assert_uint_eq(o.sum.ready, 1);
	ck_assert(fx_collect_has(&o.col, "schema.parse", "cases/ZED-002/case.json"));
	ck_assert(!fx_collect_has(&o.col, "schema.parse", "cases/BASE-001"));
	run_clear(&o);
	free(src);
	free(dst);
	fx_drop_repo(dir);
}
END_TEST

START_TEST(odd_folder_names_are_findings_not_crashes)
{
	char *dir = make_repo();
	gf_write(dir, "cases/BAD\nNAME/case.json", "{}");
	gf_write(dir, "cases/\xff\xfe-X/case.json", "{}");
	gf_write(dir, "cases/lower-case/case.json", "{}");
	ck_assert_int_eq(gf_commit_all(dir, "odd names"), 0);
	run_out o;
	run(&o, dir, CC_SOURCE_REV, CC_PURPOSE_CHECK, NULL, 0);
	ck_assert_int_eq(o.rc, 0);
	ck_assert_uint_eq(o.sum.cases, 1);
	ck_assert(fx_collect_has(&o.col, "integrity.case-folder", "cases/BAD\\x0ANAME"));
	ck_assert(fx_collect_has(&o.col, "integrity.case-folder", "cases/\\xFF\\xFE-X"));
	ck_assert(fx_collect_has(&o.col, "integrity.case-folder", "cases/lower-case"));
	ck_assert_uint_eq(o.sum.repo_findings.count, 3);
	run_clear(&o);
	fx_drop_repo(dir);
}
END_TEST

START_TEST(sources_read_what_they_say)
{
	char *dir = make_repo();
	/* Index: a draft note staged. Working tree: that note deleted. */
	char *note = gf_path(dir, CASE "/notes/n-visit.json");
	cJSON *doc = fx_read_json(note);
	cJSON_ReplaceItemInObjectCaseSensitive(doc, "status", cJSON_CreateString("draft"));
	cJSON_DeleteItemFromObjectCaseSensitive(doc, "finalised_on");
	char *text = cJSON_Print(doc);
	gf_write(dir, CASE "/notes/n-visit.json", text);
	ck_assert_int_eq(gf_git(dir, "add", CASE "/notes/n-visit.json", NULL), 0);
	gf_rm_rf(note);

	run_out o;
	run(&o, dir, CC_SOURCE_REV, CC_PURPOSE_SIGNOFF, NULL, 0);
	ck_assert_uint_eq(o.col.n, 0); /* HEAD is clean */
	run_clear(&o);
	run(&o, dir, CC_SOURCE_INDEX, CC_PURPOSE_SIGNOFF, NULL, 0);
	ck_assert(fx_collect_has(&o.col, "notes.final", CASE "/notes/n-visit.json"));
	run_clear(&o);
	run(&o, dir, CC_SOURCE_WORKTREE, CC_PURPOSE_SIGNOFF, NULL, 0);
	ck_assert(!fx_collect_has(&o.col, "notes.final", NULL));
	/* The visit note is gone, so nothing after the chronology: the
	 * worktree audit sees exactly the files on disk. */
	ck_assert_uint_eq(o.col.n, 0);
	run_clear(&o);

	/* Transfer on the index: the staged change makes the sign-off stale. */
	run(&o, dir, CC_SOURCE_INDEX, CC_PURPOSE_TRANSFER, NULL, 0);
	ck_assert(fx_collect_has(&o.col, "signoff.transferring-manager", CASE "/signoffs/transferring.json"));
	ck_assert_int_eq(o.col.results[0]->signoff, CC_SIGNOFF_STALE);
	run_clear(&o);
	free(text);
	cJSON_Delete(doc);
	free(note);
	fx_drop_repo(dir);
}
END_TEST

START_TEST(stale_signoff_lists_the_commits_since)
{
	char *dir = make_repo();
	char head0[41], head1[41], head2[41];
	gf_rev_parse(dir, "HEAD", head0);
	gf_write(dir, CASE "/documents/extra.txt", "More.\n");
	gf_commit_all(dir, "change one");
	gf_rev_parse(dir, "HEAD", head1);
	gf_write(dir, CASE "/signoffs/note.txt", "not part of the content\n");
	gf_commit_all(dir, "signoffs only");
	gf_write(dir, CASE "/documents/extra2.txt", "More.\n");
	gf_commit_all(dir, "change two");
	gf_rev_parse(dir, "HEAD", head2);
	run_out o;
	run(&o, dir, CC_SOURCE_REV, CC_PURPOSE_TRANSFER, NULL, 0);
	cc_case_result *r = o.col.results[0];
	ck_assert_int_eq(r->signoff, CC_SIGNOFF_STALE);
	ck_assert_uint_eq(r->n_stale_commits, 2);
	ck_assert_str_eq(r->stale_commits[0], head2);
	ck_assert_str_eq(r->stale_commits[1], head1);
	ck_assert(!r->ready);
	run_clear(&o);
	fx_drop_repo(dir);
}
END_TEST

START_TEST(plain_folder_signoffs_are_unverifiable)
{
	char *base = base_dir();
	char *dir = gf_mkdtemp();
	ck_assert_int_eq(gf_copy_tree(base, dir), 0);
	run_out o;
	run(&o, dir, CC_SOURCE_WORKTREE, CC_PURPOSE_TRANSFER, NULL, 0);
	ck_assert_int_eq(o.rc, 0);
	ck_assert_int_eq(o.col.results[0]->signoff, CC_SIGNOFF_UNVERIFIABLE);
	ck_assert(fx_collect_has(&o.col, "signoff.transferring-manager", CASE "/signoffs"));
	ck_assert_uint_eq(o.col.n, 1);
	run_clear(&o);
	/* The same folder is fine for check: no sign-off needed. */
	run(&o, dir, CC_SOURCE_WORKTREE, CC_PURPOSE_CHECK, NULL, 0);
	ck_assert_uint_eq(o.col.n, 0);
	run_clear(&o);
	free(base);
	fx_drop_repo(dir);
}
END_TEST

#define ORDER_COPIES 20 /* more cases than results may wait (a ring of 8 a worker) */
static size_t order_seen;
static char order_ids[ORDER_COPIES + 1][40];
static void order_case(void *ctx, cc_case_result *r)
{
	(void)ctx;
	if (order_seen <= ORDER_COPIES)
		snprintf(order_ids[order_seen], sizeof order_ids[0], "%s", r->case_id);
	order_seen++;
	cc_case_result_free(r);
}

START_TEST(results_arrive_in_case_id_order)
{
	char *dir = make_repo();
	char *src = gf_path(dir, CASE);
	for (int i = 0; i < ORDER_COPIES; i++) {
		/* folders made out of order: (i * 7) % 20 visits 0..19 shuffled */
		int k = (i * 7) % ORDER_COPIES;
		char *rel = cc_xasprintf("cases/%c%c-%d", 'A' + k, 'A' + k, k + 1);
		char *dst = gf_path(dir, rel);
		ck_assert_int_eq(gf_copy_tree(src, dst), 0);
		free(dst);
		free(rel);
	}
	gf_commit_all(dir, "many");
	cc_source_options so = CC_SOURCE_OPTIONS_INIT;
	cc_source *s = NULL;
	so.repo_dir = dir;
	ck_assert_int_eq(cc_source_open(&s, &so, NULL), 0);
	cc_audit_options ao;
	memset(&ao, 0, sizeof ao);
	ao.purpose = CC_PURPOSE_CHECK;
	ao.jobs = 2;
	cc_date_parse(&ao.as_of, "2026-03-02", 10);
	cc_audit_sink sink = {NULL, order_case, NULL, NULL};
	char *err = NULL;
	order_seen = 0;
	ck_assert_int_eq(cc_audit_run(s, &ao, &sink, NULL, &err), 0);
	ck_assert_uint_eq(order_seen, ORDER_COPIES + 1);
	for (size_t i = 1; i <= ORDER_COPIES; i++)
		ck_assert_msg(strcmp(order_ids[i - 1], order_ids[i]) < 0, "%s before %s", order_ids[i - 1], order_ids[i]);
	cc_source_free(s);
	free(src);
	fx_drop_repo(dir);
}
END_TEST

START_TEST(skip_rule_leaves_one_rule_out)
{
	char *dir = make_repo();
	char *so_path = gf_path(dir, CASE "/signoffs/transferring.json");
	gf_rm_rf(so_path);
	gf_commit_all(dir, "unsigned");
	cc_source_options so = CC_SOURCE_OPTIONS_INIT;
	cc_source *s = NULL;
	so.repo_dir = dir;
	ck_assert_int_eq(cc_source_open(&s, &so, NULL), 0);
	cc_audit_options ao;
	memset(&ao, 0, sizeof ao);
	ao.purpose = CC_PURPOSE_TRANSFER;
	cc_date_parse(&ao.as_of, "2026-03-02", 10);
	cc_audit_summary sum;
	char *err = NULL;
	ck_assert_int_eq(cc_audit_run(s, &ao, NULL, &sum, &err), 0);
	ck_assert_uint_eq(sum.not_ready, 1);
	cc_audit_summary_clear(&sum);
	ao.skip_rule = "signoff.transferring-manager";
	ck_assert_int_eq(cc_audit_run(s, &ao, NULL, &sum, &err), 0);
	ck_assert_uint_eq(sum.ready, 1);
	cc_audit_summary_clear(&sum);
	cc_source_free(s);
	free(so_path);
	fx_drop_repo(dir);
}
END_TEST

/* The config schema and the parameter table name the same parameters with
 * the same defaults and ranges, so an override valid for one is valid for
 * the other. */
START_TEST(config_schema_matches_parameter_table)
{
	const cc_embedded_file *f = cc_embedded_find("config.json");
	ck_assert_ptr_nonnull(f);
	cJSON *doc = NULL;
	ck_assert_int_eq(cc_json_parse(&doc, (const char *)f->data, f->len, NULL, NULL), 0);
	const cJSON *props = cJSON_GetObjectItem(cJSON_GetObjectItem(cJSON_GetObjectItem(doc, "properties"), "parameters"),
	                                         "properties");
	ck_assert_int_eq(cJSON_GetArraySize(props), CC_PARAM_COUNT);
	for (int i = 0; i < CC_PARAM_COUNT; i++) {
		const cc_param_info *p = cc_param_at((cc_param_id)i);
		const cJSON *s = cJSON_GetObjectItem(props, p->name);
		ck_assert_msg(s != NULL, "config.json lacks parameter %s", p->name);
		ck_assert_int_eq((long)cJSON_GetObjectItem(s, "default")->valuedouble, p->def);
		ck_assert_int_eq((long)cJSON_GetObjectItem(s, "minimum")->valuedouble, p->min);
		ck_assert_int_eq((long)cJSON_GetObjectItem(s, "maximum")->valuedouble, p->max);
	}
	cJSON_Delete(doc);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("audit_engine");
	TCase *tc = tcase_create("engine");
	tcase_set_timeout(tc, 120);
	tcase_add_test(tc, base_is_ready_for_every_purpose);
	tcase_add_test(tc, timeline_only_when_asked);
	tcase_add_test(tc, bad_policy_is_an_environment_error);
	tcase_add_test(tc, unknown_case_is_an_error_and_case_filter_works);
	tcase_add_test(tc, odd_folder_names_are_findings_not_crashes);
	tcase_add_test(tc, sources_read_what_they_say);
	tcase_add_test(tc, stale_signoff_lists_the_commits_since);
	tcase_add_test(tc, plain_folder_signoffs_are_unverifiable);
	tcase_add_test(tc, results_arrive_in_case_id_order);
	tcase_add_test(tc, skip_rule_leaves_one_rule_out);
	tcase_add_test(tc, config_schema_matches_parameter_table);
	suite_add_tcase(s, tc);
	return cc_test_main(s);
}
