/* test_policy_guard: issue 11 items 1, 2 and 11 and the policy half of
 * issue 12 item 4, through the real binary on copies of the sample
 * repository. Nothing audited is never success; a policy that cannot be
 * read is an error, never the defaults; case folders left outside the
 * cases folder are listed; a calendar that adds days is a repository
 * warning naming them; the hook checks every file the policy points at;
 * a repository that needs a newer casecheck says only that. */
#include <check.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "hsupport.h"
#include "support/gitfixture.h"
#include "support/runner.h"
#include "util/xalloc.h"

#define AS_OF "2026-03-02"
#define CONFIG_HEAD "{\"format\": \"casecheck/config@1\", \"profile\": \"core\", "

static char *repo;

static void setup(void)
{
	repo = hs_sample_repo(NULL);
	ck_assert_ptr_nonnull(repo);
}

static void teardown(void)
{
	gf_rm_rf(repo);
	free(repo);
	repo = NULL;
}

/* Runs casecheck in repo and asserts the exit code; the result is the
 * caller's to clear. */
static void run_expect(hs_result *r, int code, ...)
{
	const char *argv[32];
	size_t n = 0;
	va_list ap;
	va_start(ap, code);
	for (const char *a; (a = va_arg(ap, const char *)) && n < 31;)
		argv[n++] = a;
	va_end(ap);
	argv[n] = NULL;
	ck_assert_int_eq(hs_run(r, repo, argv), 0);
	ck_assert_msg(hs_clean_exit(r) && r->exit_code == code, "%s %s: exit %d (expected %d)\nstdout: %.2000s\nstderr: %s",
	              argv[0], argv[1] ? argv[1] : "", r->exit_code, code, r->out, r->err);
}

static void commit(const char *msg)
{
	ck_assert_int_eq(gf_git(repo, "add", "-A", NULL), 0);
	ck_assert_int_eq(gf_commit_staged(repo, msg), 0);
}

/* ---- item 1: nothing audited is never success ---- */

START_TEST(nothing_audited_is_never_success)
{
	hs_result r;
	char *deep = gf_path(repo, "cases");
	char *empty = gf_mkdtemp();
	/* --repo one folder too deep, read as a plain folder: it has no cases/. */
	run_expect(&r, 2, "audit", "--repo", deep, "--worktree", "--as-of", AS_OF, NULL);
	ck_assert_msg(strstr(r.err, "no cases folder: looked for cases/") && strstr(r.err, deep), "%s", r.err);
	hs_result_clear(&r);
	run_expect(&r, 2, "audit", "--repo", "/", "--worktree", "--as-of", AS_OF, NULL);
	hs_result_clear(&r);
	/* An empty repository (no commit, nothing staged). */
	ck_assert_int_eq(gf_init(empty), 0);
	run_expect(&r, 2, "audit", "--repo", empty, "--staged", NULL);
	ck_assert_msg(strstr(r.err, "no cases folder"), "%s", r.err);
	hs_result_clear(&r);
	/* An empty index (as GIT_INDEX_FILE naming a missing file gives). */
	ck_assert_int_eq(gf_git(repo, "rm", "-r", "-q", "--cached", ".", NULL), 0);
	run_expect(&r, 2, "audit", "--staged", "--as-of", AS_OF, NULL);
	ck_assert_msg(strstr(r.err, "no cases folder") && strstr(r.err, "in the index"), "%s", r.err);
	hs_result_clear(&r);
	ck_assert_int_eq(gf_git(repo, "reset", "-q", NULL), 0);
	/* A cases_dir that names nothing: exit 2, saying who named it. */
	ck_assert_int_eq(gf_write(repo, "casecheck.json", CONFIG_HEAD "\"cases_dir\": \"caseload\"}"), 0);
	run_expect(&r, 2, "audit", "--worktree", "--as-of", AS_OF, NULL);
	ck_assert_msg(strstr(r.err, "looked for caseload/ (casecheck.json cases_dir)"), "%s", r.err);
	hs_result_clear(&r);
	/* A --case that is not there selects nothing: exit 2. */
	run_expect(&r, 2, "audit", "--case", "NOPE-1", "--as-of", AS_OF, NULL);
	hs_result_clear(&r);
	/* An existing but empty cases folder: no case yet, exit 0. */
	ck_assert_int_eq(gf_mkdirs(repo, "caseload"), 0);
	run_expect(&r, 1, "audit", "--worktree", "--as-of", AS_OF, NULL); /* cases/ left outside: listed */
	hs_result_clear(&r);
	gf_rm_rf(deep);
	run_expect(&r, 0, "audit", "--worktree", "--as-of", AS_OF, NULL);
	ck_assert_msg(strstr(r.err, "holds no case yet"), "%s", r.err);
	hs_result_clear(&r);
	gf_rm_rf(empty);
	free(empty);
	free(deep);
}
END_TEST

/* The hook passes when nothing it judges is staged, also in a repository
 * being set up (policy staged, no case yet). */
START_TEST(hook_passes_when_nothing_judged)
{
	hs_result r;
	ck_assert_int_eq(gf_write(repo, "README.txt", "not a case\n"), 0);
	ck_assert_int_eq(gf_git(repo, "add", "README.txt", NULL), 0);
	run_expect(&r, 0, "hook", "run", "--repo", repo, NULL);
	hs_result_clear(&r);
	char *fresh = gf_mkdtemp();
	ck_assert_int_eq(gf_init(fresh), 0);
	ck_assert_int_eq(gf_write(fresh, "casecheck.json", CONFIG_HEAD "\"cases_dir\": \"cases\"}"), 0);
	ck_assert_int_eq(gf_git(fresh, "add", "casecheck.json", NULL), 0);
	run_expect(&r, 0, "hook", "run", "--repo", fresh, NULL);
	hs_result_clear(&r);
	gf_rm_rf(fresh);
	free(fresh);
}
END_TEST

/* ---- item 2: policy cannot be weakened in silence ---- */

/* audit (HEAD), --worktree and --staged each exit 2 saying why. */
static void audit_refused_in_every_source(const char *why)
{
	static const char *const sources[] = {NULL, "--worktree", "--staged"}; /* NULL: no flag, HEAD */
	for (size_t i = 0; i < 3; i++) {
		hs_result r;
		run_expect(&r, 2, "audit", "--as-of", AS_OF, sources[i], NULL);
		ck_assert_msg(strstr(r.err, why), "%s: %s", sources[i] ? sources[i] : "HEAD", r.err);
		hs_result_clear(&r);
	}
}

/* casecheck.json or staff.json as a symlink or a folder is an error, in
 * every source; before, the defaults applied silently. */
START_TEST(policy_file_not_a_file_is_an_error)
{
	hs_result r;
	char *cfg = gf_path(repo, "casecheck.json");
	ck_assert_int_eq(gf_write(repo, "policy/strict.json", CONFIG_HEAD "\"cases_dir\": \"cases\"}"), 0);
	ck_assert_int_eq(unlink(cfg), 0);
	ck_assert_int_eq(gf_symlink(repo, "casecheck.json", "policy/strict.json"), 0);
	commit("casecheck.json as a link");
	audit_refused_in_every_source("casecheck.json is a symbolic link, not a file");
	ck_assert_int_eq(unlink(cfg), 0);
	ck_assert_int_eq(gf_write(repo, "casecheck.json/x.json", "{}"), 0);
	commit("casecheck.json as a folder");
	audit_refused_in_every_source("casecheck.json is a folder, not a file");
	/* The hook refuses a commit that makes the policy unreadable. */
	run_expect(&r, 2, "hook", "run", "--repo", repo, NULL); /* (nothing staged, but the policy is read) */
	hs_result_clear(&r);
	/* staff.json as a link: read as "no staff list" before. */
	gf_rm_rf(cfg);
	ck_assert_int_eq(gf_write(repo, "casecheck.json", CONFIG_HEAD "\"cases_dir\": \"cases\"}"), 0);
	char *staff = gf_path(repo, "staff.json");
	ck_assert_int_eq(unlink(staff), 0);
	ck_assert_int_eq(gf_symlink(repo, "staff.json", "policy/strict.json"), 0);
	run_expect(&r, 2, "audit", "--worktree", "--as-of", AS_OF, NULL);
	ck_assert_msg(strstr(r.err, "staff.json is a symbolic link, not a file"), "%s", r.err);
	hs_result_clear(&r);
	free(staff);
	free(cfg);
}
END_TEST

/* A commit that moves cases_dir leaves the old case folders outside it:
 * each is listed (integrity.case-folder), by the audit and by the hook. */
START_TEST(cases_left_outside_are_listed)
{
	hs_result r;
	ck_assert_int_eq(gf_mkdirs(repo, "active"), 0);
	ck_assert_int_eq(gf_git(repo, "mv", "cases/LCS-104233", "active/LCS-104233", NULL), 0);
	ck_assert_int_eq(gf_write(repo, "casecheck.json", CONFIG_HEAD "\"cases_dir\": \"active\"}"), 0);
	ck_assert_int_eq(gf_git(repo, "add", "-A", NULL), 0);
	run_expect(&r, 1, "hook", "run", "--repo", repo, NULL);
	ck_assert_msg(strstr(r.err, "cases/CL-300118") && strstr(r.err, "outside the cases folder active/"), "%s",
	              r.err);
	hs_result_clear(&r);
	run_expect(&r, 1, "audit", "--staged", "--as-of", AS_OF, "--format", "json", NULL);
	cJSON *rep = hs_report(&r);
	ck_assert_ptr_nonnull(rep);
	ck_assert(hs_report_has_case(rep, "LCS-104233"));
	ck_assert_ptr_nonnull(hs_report_finding(rep, NULL, "integrity.case-folder", "cases/CL-300118"));
	ck_assert_ptr_nonnull(hs_report_finding(rep, NULL, "integrity.case-folder", "cases/PF-500027"));
	ck_assert_ptr_null(hs_report_finding(rep, NULL, "integrity.case-folder", "active/LCS-104233"));
	cJSON_Delete(rep);
	hs_result_clear(&r);
}
END_TEST

/* A calendar declaring 18 months of holidays: a repository warning naming
 * the added days (it was silent, and turned NOT READY into READY). */
START_TEST(calendar_adding_days_is_a_warning)
{
	hs_result r;
	char *events = cc_xstrdup("");
	for (int m = 0; m < 18; m++) {
		for (int d = 1; d <= 28; d++) {
			char *next = cc_xasprintf("%s%s{\"date\": \"%04d-%02d-%02d\"}", events, events[0] ? ", " : "",
			                          2025 + m / 12, m % 12 + 1, d);
			free(events);
			events = next;
		}
	}
	char *cal = cc_xasprintf("{\"events\": [%s]}", events);
	ck_assert_int_eq(gf_write(repo, "calendar/bank-holidays.json", cal), 0);
	commit("a generous calendar");
	run_expect(&r, 0, "audit", "--as-of", AS_OF, "--format", "json", NULL); /* a warning never blocks */
	cJSON *rep = hs_report(&r);
	const cJSON *f = hs_report_finding(rep, NULL, "config.calendar-adds-days", "calendar/bank-holidays.json");
	ck_assert_msg(f != NULL, "%s", r.out);
	const char *msg = cJSON_GetStringValue(cJSON_GetObjectItem(f, "message"));
	ck_assert_msg(msg && strstr(msg, "2025-01-02") && strstr(msg, "more"), "%s", msg ? msg : "(none)");
	ck_assert_str_eq(cJSON_GetStringValue(cJSON_GetObjectItem(f, "severity")), "warning");
	cJSON_Delete(rep);
	hs_result_clear(&r);
	free(cal);
	free(events);
}
END_TEST

/* Issue 12 item 4: the hook reads the policy as the audit does, so a
 * bank_holidays file outside calendar/ is checked at commit (before, a
 * broken one passed the hook and failed every later audit). */
START_TEST(hook_checks_every_policy_file)
{
	hs_result r;
	ck_assert_int_eq(gf_write(repo, "policy/holidays.json", "{\"events\": [{\"date\": \"2026-01-01\"}]}"), 0);
	ck_assert_int_eq(gf_write(repo, "casecheck.json", CONFIG_HEAD "\"bank_holidays\": \"policy/holidays.json\"}"), 0);
	commit("own calendar");
	ck_assert_int_eq(gf_write(repo, "policy/holidays.json", "{\"events\": []}"), 0);
	ck_assert_int_eq(gf_git(repo, "add", "policy/holidays.json", NULL), 0);
	run_expect(&r, 2, "hook", "run", "--repo", repo, NULL);
	ck_assert_msg(strstr(r.err, "policy/holidays.json") && strstr(r.err, "commit refused"), "%s", r.err);
	hs_result_clear(&r);
	/* A calendar that adds days, staged alone, is judged too (the warning shows). */
	ck_assert_int_eq(gf_write(repo, "policy/holidays.json",
	                          "{\"events\": [{\"date\": \"2026-01-01\"}, {\"date\": \"2026-01-02\"}]}"), 0);
	ck_assert_int_eq(gf_git(repo, "add", "policy/holidays.json", NULL), 0);
	run_expect(&r, 0, "hook", "run", "--repo", repo, NULL); /* every case judged; a warning never blocks */
	ck_assert_msg(strstr(r.err, "config.calendar-adds-days"), "%s", r.err);
	hs_result_clear(&r);
}
END_TEST

/* ---- item 11: a repository says which casecheck it needs ---- */

START_TEST(min_casecheck_version)
{
	hs_result r;
	char *gf_path_tmp;
	ck_assert_int_eq(gf_write(repo, "casecheck.json", CONFIG_HEAD "\"min_casecheck_version\": \"99.0.0\", "
	                                                  "\"signatures\": {\"required\": true}}"), 0);
	commit("needs a newer casecheck");
	run_expect(&r, 2, "audit", "--as-of", AS_OF, NULL);
	ck_assert_str_eq(r.err, "casecheck audit: this repository needs casecheck 99.0.0 or later\n");
	ck_assert_str_eq(r.out, "");
	hs_result_clear(&r);
	ck_assert_int_eq(gf_write(repo, "cases/LCS-104233/notes/x.json", "{}"), 0);
	ck_assert_int_eq(gf_git(repo, "add", "-A", NULL), 0);
	run_expect(&r, 2, "hook", "run", "--repo", repo, NULL);
	ck_assert_msg(strstr(r.err, "this repository needs casecheck 99.0.0 or later") && !strstr(r.err, "unknown key"),
	              "%s", r.err);
	hs_result_clear(&r);
	/* This version or older: read as usual (0.1.0 is this casecheck). */
	ck_assert_int_eq(gf_write(repo, "casecheck.json", CONFIG_HEAD "\"min_casecheck_version\": \"" CASECHECK_VERSION "\"}"), 0);
	ck_assert_int_eq(gf_git(repo, "rm", "-q", "--cached", "cases/LCS-104233/notes/x.json", NULL), 0);
	ck_assert_int_eq(unlink(gf_path_tmp = gf_path(repo, "cases/LCS-104233/notes/x.json")), 0);
	free(gf_path_tmp);
	commit("this casecheck");
	run_expect(&r, 0, "audit", "--as-of", AS_OF, NULL); /* the sample passes purpose check */
	ck_assert_ptr_null(strstr(r.err, "needs casecheck"));
	hs_result_clear(&r);
	/* Not X.Y.Z: the schema says so (exit 2, naming the key). */
	ck_assert_int_eq(gf_write(repo, "casecheck.json", CONFIG_HEAD "\"min_casecheck_version\": \"1.2\"}"), 0);
	run_expect(&r, 2, "audit", "--worktree", "--as-of", AS_OF, NULL);
	ck_assert_msg(strstr(r.err, "/min_casecheck_version"), "%s", r.err);
	hs_result_clear(&r);
}
END_TEST

int main(void)
{
	const TTest *const tests[] = {
		nothing_audited_is_never_success,
		hook_passes_when_nothing_judged,
		policy_file_not_a_file_is_an_error,
		cases_left_outside_are_listed,
		calendar_adding_days_is_a_warning,
		hook_checks_every_policy_file,
		min_casecheck_version,
		NULL,
	};
	return cc_test_list_main("policy_guard", tests, 600, setup, teardown);
}
