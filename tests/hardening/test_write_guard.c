/* test_write_guard: issue 11 item 3, no write outside its place, through
 * the real binary on copies of the sample repository. `audit --output`
 * refuses the git directory, tracked files, the cases folder, the policy
 * files and symbolic links, and leaves the repository byte-identical;
 * a new report elsewhere in the work tree is still written. `signoff`
 * refuses a symlinked signoffs/, case folder or cases folder, writing
 * nothing outside. `hook install` replaces only its own exact hook. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "hsupport.h"
#include "support/gitfixture.h"
#include "support/runner.h"
#include "util/xalloc.h"

#define AS_OF "2026-03-02"
#define CASE "cases/LCS-104488"

static char *repo, *outside;

static void setup(void)
{
	repo = hs_sample_repo(NULL);
	outside = gf_mkdtemp();
	ck_assert_ptr_nonnull(repo);
	ck_assert_ptr_nonnull(outside);
}

static void teardown(void)
{
	gf_rm_rf(repo);
	gf_rm_rf(outside);
	free(repo);
	free(outside);
	repo = outside = NULL;
}

/* Runs argv in repo; asserts exit code and that neither the repository
 * nor the outside folder changed. Returns stderr (owned). */
static char *refused(int code, const char *const *argv)
{
	char *before = hs_snapshot(repo), *obefore = hs_snapshot(outside);
	hs_result r;
	ck_assert_int_eq(hs_run(&r, repo, argv), 0);
	char *after = hs_snapshot(repo), *oafter = hs_snapshot(outside);
	char *diff = hs_snapshot_diff(before, after), *odiff = hs_snapshot_diff(obefore, oafter);
	ck_assert_msg(hs_clean_exit(&r) && r.exit_code == code, "%s: exit %d (expected %d): %s", argv[0], r.exit_code,
	              code, r.err);
	ck_assert_msg(!diff, "%s changed the repository:\n%s", argv[0], diff);
	ck_assert_msg(!odiff, "%s wrote outside the repository:\n%s", argv[0], odiff);
	char *err = cc_xstrdup(r.err);
	hs_result_clear(&r);
	free(before), free(after), free(diff), free(obefore), free(oafter), free(odiff);
	return err;
}

static char *output_refused(const char *target)
{
	char *path = target[0] == '/' ? cc_xstrdup(target) : gf_path(repo, target);
	const char *argv[] = {"audit", "--as-of", AS_OF, "--format", "json", "--output", path, NULL};
	char *err = refused(2, argv);
	ck_assert_msg(strstr(err, "refused"), "--output %s: %s", target, err);
	free(path);
	return err;
}

START_TEST(output_never_where_it_must_not_write)
{
	static const char *const targets[] = {
		".git/HEAD", ".git/index", ".git/config", ".git/new-report.json", /* the git directory */
		"casecheck.json", "staff.json", "README.md",                       /* tracked, policy */
		CASE "/case.json", CASE "/notes/report.json", "cases/report.json", /* the cases folder */
		"calendar/bank-holidays.json",                                    /* policy, not there yet */
		NULL,
	};
	ck_assert_int_eq(gf_mkdirs(repo, "calendar"), 0);
	for (size_t i = 0; targets[i]; i++)
		free(output_refused(targets[i]));
	/* Symbolic links: a link to a file outside, a folder link into .git. */
	ck_assert_int_eq(gf_write(outside, "victim.txt", "keep me\n"), 0);
	char *victim = gf_path(outside, "victim.txt");
	ck_assert_int_eq(gf_symlink(repo, "report-link.json", victim), 0);
	char *err = output_refused("report-link.json");
	ck_assert_msg(strstr(err, "symbolic link"), "%s", err);
	free(err);
	ck_assert_int_eq(gf_symlink(repo, "reports", ".git"), 0);
	err = output_refused("reports/HEAD");
	ck_assert_msg(strstr(err, "git directory"), "%s", err);
	free(err);
	/* A tracked file reached by a relative path from a subfolder. */
	ck_assert_int_eq(gf_mkdirs(repo, "out"), 0);
	err = output_refused("out/../staff.json");
	free(err);
	/* Allowed: a new report elsewhere in the work tree (README's example),
	 * written again over itself, and a report outside the repository. */
	char *report = gf_path(repo, "report.json");
	for (int k = 0; k < 2; k++) {
		hs_result r;
		ck_assert_int_eq(hs_runl(&r, repo, "audit", "--as-of", AS_OF, "--format", "json", "--output", report, NULL), 0);
		ck_assert_msg(hs_clean_exit(&r) && r.exit_code == 0, "exit %d: %s", r.exit_code, r.err);
		hs_result_clear(&r);
		struct stat st;
		ck_assert_int_eq(stat(report, &st), 0);
		ck_assert_int_gt(st.st_size, 100);
	}
	/* --worktree reads the files on disk: its own earlier report is not a
	 * file of the repository, and is written again. */
	for (int k = 0; k < 2; k++) {
		hs_result r;
		ck_assert_int_eq(hs_runl(&r, repo, "audit", "--worktree", "--as-of", AS_OF, "--format", "json", "--output",
		                         report, NULL), 0);
		ck_assert_msg(hs_clean_exit(&r) && r.exit_code <= 1, "exit %d: %s", r.exit_code, r.err);
		hs_result_clear(&r);
	}
	free(report);
	free(victim);
}
END_TEST

static const char *const sign[] = {"signoff", "--case", "LCS-104488", "--role", "transferring-manager", "--by",
                                   "tm-okafor", "--as-of", AS_OF, NULL};

/* Replaces rel in the work tree by a symlink to a copy of it outside. */
static void link_outside(const char *rel, const char *name)
{
	char *from = gf_path(repo, rel), *copy = gf_path(outside, name);
	ck_assert_int_eq(gf_copy_tree(from, copy), 0);
	ck_assert_int_eq(gf_rm_rf(from), 0);
	ck_assert_int_eq(symlink(copy, from), 0);
	free(from);
	free(copy);
}

START_TEST(signoff_only_into_real_folders)
{
	link_outside(CASE "/signoffs", "signoffs");
	char *err = refused(2, sign);
	ck_assert_msg(strstr(err, "signoffs is a symbolic link"), "%s", err);
	free(err);
	char *p = gf_path(repo, CASE "/signoffs");
	unlink(p);
	free(p);
	ck_assert_int_eq(gf_git(repo, "checkout", "-q", "--", CASE "/signoffs", NULL), 0);
	link_outside(CASE, "case");
	err = refused(2, sign);
	ck_assert_msg(strstr(err, "LCS-104488 is a symbolic link"), "%s", err);
	free(err);
	p = gf_path(repo, CASE);
	unlink(p);
	free(p);
	ck_assert_int_eq(gf_git(repo, "checkout", "-q", "--", CASE, NULL), 0);
	link_outside("cases", "cases");
	err = refused(2, sign);
	ck_assert_msg(strstr(err, "cases is a symbolic link"), "%s", err);
	free(err);
	p = gf_path(repo, "cases");
	unlink(p);
	free(p);
	ck_assert_int_eq(gf_git(repo, "checkout", "-q", "--", "cases", NULL), 0);
	/* Real folders: written (a missing signoffs/ is created). */
	p = gf_path(repo, CASE "/signoffs");
	gf_rm_rf(p);
	free(p);
	hs_result r;
	ck_assert_int_eq(hs_run(&r, repo, sign), 0);
	ck_assert_msg(hs_clean_exit(&r) && r.exit_code == 0, "signoff: exit %d: %s", r.exit_code, r.err);
	hs_result_clear(&r);
	p = gf_path(repo, CASE "/signoffs/2026-03-02-transferring-manager.json");
	ck_assert_int_eq(access(p, F_OK), 0);
	free(p);
}
END_TEST

START_TEST(hook_install_replaces_only_its_own)
{
	const char *foreign = "#!/bin/sh\n# installed by: casecheck hook install\nrun-team-checks || exit 1\n";
	ck_assert_int_eq(gf_write(repo, ".git/hooks/pre-commit", foreign), 0);
	const char *install[] = {"hook", "install", NULL};
	char *err = refused(1, install);
	ck_assert_msg(strstr(err, "not casecheck's"), "%s", err);
	free(err);
	/* Its own hook (for any casecheck path) is updated. */
	ck_assert_int_eq(gf_write(repo, ".git/hooks/pre-commit",
	                          "#!/bin/sh\n# installed by: casecheck hook install\n"
	                          "# Refuses a commit that would put a broken case folder into the repository:\n"
	                          "# audits the staged cases (purpose check), reading the index only.\n"
	                          "exec '/opt/old/casecheck' hook run\n"), 0);
	hs_result r;
	ck_assert_int_eq(hs_run(&r, repo, install), 0);
	ck_assert_msg(hs_clean_exit(&r) && r.exit_code == 0 && strstr(r.out, "updated"), "exit %d: %s %s", r.exit_code,
	              r.out, r.err);
	hs_result_clear(&r);
}
END_TEST

int main(void)
{
	const TTest *const tests[] = {
		output_never_where_it_must_not_write,
		signoff_only_into_real_folders,
		hook_install_replaces_only_its_own,
		NULL,
	};
	return cc_test_list_main("write_guard", tests, 600, setup, teardown);
}
