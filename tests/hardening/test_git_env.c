/* test_git_env: what git and the system say, understood (issue 11 item 5).
 *
 * Each case builds its repository in a temporary folder and runs the real
 * binary: a repository owned by another user, a SHA-256 repository, an
 * unborn HEAD, GIT_WORK_TREE, a sparse checkout, an empty .git folder in a
 * case, a refused hook install, UTF-16 JSON without a byte-order mark, and
 * `validate` on a FIFO. */
#include <check.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "hsupport.h"
#include "support/gitfixture.h"
#include "support/runner.h"
#include "util/xalloc.h"

#define AS_OF "2026-03-02"

static bool has(const hs_result *r, const char *s)
{
	return hs_contains(r->err, r->err_len, s, strlen(s)) || hs_contains(r->out, r->out_len, s, strlen(s));
}

static void chown_tree(const char *dir, uid_t uid)
{
	char *cmd = cc_xasprintf("chown -R %u '%s'", (unsigned)uid, dir);
	ck_assert_int_eq(system(cmd), 0);
	free(cmd);
}

START_TEST(repository_owned_by_another_user)
{
	char *dir = hs_sample_repo(NULL);
	ck_assert_ptr_nonnull(dir);
	hs_result r;
	if (geteuid() != 0) {
		/* Only root can give a folder away; as another user the same
		 * repository (our own) must still open. */
		ck_assert_int_eq(hs_runl(&r, dir, "audit", "--worktree", "--as-of", AS_OF, NULL), 0);
		ck_assert_msg(r.exit_code == 1 && !has(&r, "another user"), "exit %d: %s", r.exit_code, r.err);
		hs_result_clear(&r);
		gf_rm_rf(dir);
		free(dir);
		return;
	}
	chown_tree(dir, 65534);
	const char *modes[][2] = {{"--rev", "HEAD"}, {"--staged", NULL}, {"--worktree", NULL}};
	for (size_t i = 0; i < 3; i++) {
		ck_assert_int_eq(hs_runl(&r, dir, "audit", "--as-of", AS_OF, modes[i][0], modes[i][1], NULL), 0);
		ck_assert_msg(hs_clean_exit(&r) && r.exit_code == 2, "%s: exit %d (read as a plain folder?)", modes[i][0],
		              r.exit_code);
		ck_assert_msg(has(&r, "belongs to another user") && has(&r, "safe.directory"), "%s: %s", modes[i][0], r.err);
		ck_assert_msg(!has(&r, "was not found"), "the stale libgit2 message: %s", r.err);
		hs_result_clear(&r);
	}
	ck_assert_int_eq(hs_runl(&r, dir, "hook", "run", NULL), 0);
	ck_assert_msg(r.exit_code == 2 && has(&r, "belongs to another user"), "hook run: %d %s", r.exit_code, r.err);
	hs_result_clear(&r);
	chown_tree(dir, geteuid());
	gf_rm_rf(dir);
	free(dir);
}
END_TEST

/* libgit2 1.5 leaks when it refuses a SHA-256 repository
 * (tests/hardening/lsan-libgit2.supp says where and why): suppressed for
 * these runs only, so an ASan build still exits cleanly. */
static char *lsan_env[3];

static const char *const *libgit2_leak_env(void)
{
	char *supp = hs_source_path("tests/hardening/lsan-libgit2.supp");
	const char *asan = getenv("ASAN_OPTIONS");
	free(lsan_env[0]);
	free(lsan_env[1]);
	lsan_env[0] = cc_xasprintf("LSAN_OPTIONS=suppressions=%s", supp);
	lsan_env[1] = cc_xasprintf("ASAN_OPTIONS=%s%sfast_unwind_on_malloc=0", asan ? asan : "", asan ? ":" : "");
	lsan_env[2] = NULL;
	free(supp);
	return (const char *const *)lsan_env;
}

START_TEST(sha256_repository_said_plainly)
{
	char *dir = gf_mkdtemp();
	ck_assert_int_eq(gf_git(dir, "init", "-q", "--object-format=sha256", ".", NULL), 0);
	ck_assert_int_eq(gf_mkdirs(dir, "cases"), 0);
	hs_result r;
	const char *const cmds[][8] = {
		{"audit", NULL}, {"audit", "--worktree", NULL}, {"audit", "--staged", NULL}, {"hook", "install", NULL},
		{"hook", "run", NULL},
		{"signoff", "--case", "LCS-104233", "--role", "transferring-manager", "--by", "tm-okafor", NULL},
	};
	for (size_t i = 0; i < sizeof cmds / sizeof cmds[0]; i++) {
		const char *const *argv = cmds[i];
		ck_assert_int_eq(hs_run_env(&r, dir, libgit2_leak_env(), argv), 0);
		ck_assert_msg(hs_clean_exit(&r) && r.exit_code == 2, "%s %s: exit %d", cmds[i][0], cmds[i][1] ? cmds[i][1] : "",
		              r.exit_code);
		ck_assert_msg(has(&r, "SHA-256 repository"), "%s %s: %s", cmds[i][0], cmds[i][1] ? cmds[i][1] : "", r.err);
		ck_assert_msg(!has(&r, "not a git repository") && !has(&r, "plain folder"), "%s", r.err);
		hs_result_clear(&r);
	}
	free(lsan_env[0]);
	free(lsan_env[1]);
	lsan_env[0] = lsan_env[1] = NULL;
	gf_rm_rf(dir);
	free(dir);
}
END_TEST

START_TEST(unborn_head_is_no_commits_yet)
{
	char *dir = gf_mkdtemp();
	ck_assert_int_eq(gf_init(dir), 0);
	ck_assert_int_eq(gf_mkdirs(dir, "cases"), 0);
	hs_result r;
	ck_assert_int_eq(hs_runl(&r, dir, "audit", NULL), 0);
	ck_assert_msg(r.exit_code == 2 && has(&r, "no commits yet"), "exit %d: %s", r.exit_code, r.err);
	ck_assert_msg(!has(&r, "revspec"), "%s", r.err);
	hs_result_clear(&r);
	gf_rm_rf(dir);
	free(dir);
}
END_TEST


/* Item 9: opening fails on HEAD without a leak (the ASan build runs this
 * with leak detection and no suppression: a leak would end the run with a
 * signal or LSan's exit code, not 2). */
START_TEST(unreadable_head_exits_cleanly)
{
	char *dir = hs_sample_repo(NULL);
	ck_assert_ptr_nonnull(dir);
	const char *heads[][2] = {
		{"garbage\n", "cannot read HEAD"},
		{"0000000000000000000000000000000000000001\n", "which cannot be read"},
	};
	hs_result r;
	for (size_t i = 0; i < 2; i++) {
		ck_assert_int_eq(gf_write(dir, ".git/HEAD", heads[i][0]), 0);
		ck_assert_int_eq(hs_runl(&r, dir, "audit", "--as-of", AS_OF, NULL), 0);
		ck_assert_msg(hs_clean_exit(&r) && r.exit_code == 2 && has(&r, heads[i][1]), "HEAD %s: exit %d signal %d: %s",
		              heads[i][0], r.exit_code, r.signal, r.err);
		hs_result_clear(&r);
		ck_assert_int_eq(hs_runl(&r, dir, "hook", "run", NULL), 0);
		ck_assert_msg(hs_clean_exit(&r) && r.exit_code == 2, "hook run, HEAD %s: exit %d signal %d: %s", heads[i][0],
		              r.exit_code, r.signal, r.err);
		hs_result_clear(&r);
		/* hook install does not read HEAD; signoff does (exit 2 on a
		 * garbage HEAD). Under ASan a leak would end either with LSan's
		 * exit code, not 0-2. */
		ck_assert_int_eq(hs_runl(&r, dir, "hook", "install", NULL), 0);
		ck_assert_msg(hs_clean_exit(&r) && r.exit_code == 0, "hook install, HEAD %s: exit %d signal %d: %s",
		              heads[i][0], r.exit_code, r.signal, r.err);
		hs_result_clear(&r);
		ck_assert_int_eq(hs_runl(&r, dir, "signoff", "--case", "LCS-104233", "--role", "transferring-manager", "--by",
		                         "tm-okafor", "--as-of", AS_OF, NULL), 0);
		ck_assert_msg(hs_clean_exit(&r) && r.exit_code >= 0 && r.exit_code <= 2 && (i > 0 || r.exit_code == 2),
		              "signoff, HEAD %s: exit %d signal %d: %s", heads[i][0], r.exit_code, r.signal, r.err);
		hs_result_clear(&r);
	}
	gf_rm_rf(dir);
	free(dir);
}
END_TEST

START_TEST(git_work_tree_honoured)
{
	char *dir = hs_sample_repo(NULL);
	ck_assert_ptr_nonnull(dir);
	char *wt = cc_xasprintf("GIT_WORK_TREE=%s", dir), *gd = cc_xasprintf("GIT_DIR=%s/.git", dir);
	char *cases = gf_path(dir, "cases");
	hs_result r;
	/* From a sub-folder, as git does with GIT_WORK_TREE alone. */
	const char *env1[] = {wt, NULL};
	const char *argv[] = {"audit", "--staged", "--as-of", AS_OF, "--format", "json", NULL};
	ck_assert_int_eq(hs_run_env(&r, dir, env1, argv), 0);
	ck_assert_msg(hs_clean_exit(&r) && r.exit_code != 2 && !has(&r, "unimplemented"), "exit %d: %s", r.exit_code, r.err);
	cJSON *rep = hs_report(&r);
	ck_assert(rep && hs_report_has_case(rep, "LCS-104233"));
	cJSON_Delete(rep);
	hs_result_clear(&r);
	/* GIT_DIR and GIT_WORK_TREE from anywhere; the work tree is read. */
	const char *env2[] = {wt, gd, NULL};
	const char *argv2[] = {"audit", "--worktree", "--as-of", AS_OF, "--format", "json", NULL};
	ck_assert_int_eq(hs_run_env(&r, "/", env2, argv2), 0);
	ck_assert_msg(hs_clean_exit(&r) && r.exit_code != 2, "exit %d: %s", r.exit_code, r.err);
	rep = hs_report(&r);
	ck_assert(rep && hs_report_has_case(rep, "LCS-104233"));
	cJSON_Delete(rep);
	hs_result_clear(&r);
	/* The hook, as `GIT_WORK_TREE=... git commit` runs it: nothing staged passes. */
	const char *argv3[] = {"hook", "run", NULL};
	ck_assert_int_eq(hs_run_env(&r, cases, env1, argv3), 0);
	ck_assert_msg(r.exit_code == 0, "hook run with GIT_WORK_TREE: exit %d: %s", r.exit_code, r.err);
	hs_result_clear(&r);
	free(cases);
	free(wt);
	free(gd);
	gf_rm_rf(dir);
	free(dir);
}
END_TEST

START_TEST(sparse_checkout_refused_by_worktree)
{
	char *dir = hs_sample_repo(NULL);
	ck_assert_ptr_nonnull(dir);
	ck_assert_int_eq(gf_git(dir, "update-index", "--skip-worktree", "cases/LCS-104233/case.json", NULL), 0);
	char *path = gf_path(dir, "cases/LCS-104233/case.json");
	ck_assert_int_eq(unlink(path), 0);
	free(path);
	hs_result r;
	ck_assert_int_eq(hs_runl(&r, dir, "audit", "--worktree", "--as-of", AS_OF, NULL), 0);
	ck_assert_msg(r.exit_code == 2 && has(&r, "sparse checkout") && has(&r, "--staged"), "exit %d: %s", r.exit_code,
	              r.err);
	hs_result_clear(&r);
	/* The index still holds it: --staged reads it. */
	ck_assert_int_eq(hs_runl(&r, dir, "audit", "--staged", "--case", "LCS-104233", "--as-of", AS_OF, "--format", "json",
	                         NULL), 0);
	ck_assert_msg(hs_clean_exit(&r) && r.exit_code != 2, "exit %d: %s", r.exit_code, r.err);
	cJSON *rep = hs_report(&r);
	ck_assert_ptr_null(hs_report_finding(rep, "LCS-104233", "integrity.case-file", NULL));
	cJSON_Delete(rep);
	hs_result_clear(&r);
	gf_rm_rf(dir);
	free(dir);
}
END_TEST

START_TEST(empty_dotgit_folder_is_not_a_submodule)
{
	char *dir = hs_sample_repo(NULL);
	ck_assert_ptr_nonnull(dir);
	ck_assert_int_eq(gf_mkdirs(dir, "cases/LCS-104233/.git"), 0);
	hs_result r;
	ck_assert_int_eq(hs_runl(&r, dir, "audit", "--worktree", "--case", "LCS-104233", "--as-of", AS_OF, "--format",
	                         "json", NULL), 0);
	ck_assert(hs_clean_exit(&r));
	ck_assert_msg(!has(&r, "submodule"), "%s", r.out);
	cJSON *rep = hs_report(&r);
	ck_assert(rep && hs_report_has_case(rep, "LCS-104233"));
	ck_assert_ptr_null(hs_report_finding(rep, "LCS-104233", "integrity.case-folder", NULL));
	ck_assert_ptr_null(hs_report_finding(rep, "LCS-104233", "integrity.case-file", NULL));
	cJSON_Delete(rep);
	hs_result_clear(&r);
	gf_rm_rf(dir);
	free(dir);
}
END_TEST

START_TEST(hook_install_refusal_says_so)
{
	char *dir = gf_mkdtemp();
	ck_assert_int_eq(gf_init(dir), 0);
	ck_assert_int_eq(gf_write(dir, ".git/hooks/pre-commit", "#!/bin/sh\nexit 0\n"), 0);
	hs_result r;
	ck_assert_int_eq(hs_runl(&r, dir, "hook", "install", NULL), 0);
	ck_assert_int_eq(r.exit_code, 1);
	ck_assert_msg(!has(&r, "hook install:") && strncmp(r.err, "casecheck: the pre-commit hook was not installed", 48) == 0,
	              "%s", r.err);
	hs_result_clear(&r);
	gf_rm_rf(dir);
	free(dir);
}
END_TEST

START_TEST(utf16_without_bom_named)
{
	char *dir = gf_mkdtemp();
	ck_assert_int_eq(gf_write(dir, "s.json", "{}"), 0);
	static const char le[] = "{\0\"\0a\0\"\0:\0 \0001\0}\0";
	static const char be[] = "\0{\0\"\0a\0\"\0:\0 \0001\0}";
	ck_assert_int_eq(gf_write_bytes(dir, "le.json", le, sizeof le - 1), 0);
	ck_assert_int_eq(gf_write_bytes(dir, "be.json", be, sizeof be - 1), 0);
	hs_result r;
	ck_assert_int_eq(hs_runl(&r, dir, "validate", "--schema", "s.json", "le.json", "be.json", NULL), 0);
	ck_assert_int_eq(r.exit_code, 1);
	ck_assert_msg(has(&r, "le.json: : not well-formed JSON: the document is UTF-16 (little-endian, without a byte-order mark)"),
	              "%s", r.out);
	ck_assert_msg(has(&r, "be.json: : not well-formed JSON: the document is UTF-16 (big-endian, without a byte-order mark)"),
	              "%s", r.out);
	hs_result_clear(&r);
	gf_rm_rf(dir);
	free(dir);
}
END_TEST

START_TEST(validate_on_a_fifo_does_not_block)
{
	char *dir = gf_mkdtemp();
	ck_assert_int_eq(gf_write(dir, "s.json", "{}"), 0);
	char *fifo = gf_path(dir, "pipe.json");
	ck_assert_int_eq(mkfifo(fifo, 0600), 0);
	hs_result r;
	ck_assert_int_eq(hs_runl(&r, dir, "validate", "--schema", "s.json", "pipe.json", NULL), 0);
	ck_assert_msg(!r.timed_out && r.exit_code == 2, "exit %d signal %d", r.exit_code, r.signal);
	ck_assert_msg(has(&r, "pipe.json") && has(&r, "not a regular file"), "%s", r.err);
	hs_result_clear(&r);
	ck_assert_int_eq(hs_runl(&r, dir, "validate", "--schema", "pipe.json", "s.json", NULL), 0);
	ck_assert_msg(!r.timed_out && r.exit_code == 2, "schema FIFO: exit %d signal %d", r.exit_code, r.signal);
	hs_result_clear(&r);
	free(fifo);
	gf_rm_rf(dir);
	free(dir);
}
END_TEST

int main(void)
{
	const TTest *const tests[] = {
		repository_owned_by_another_user,
		sha256_repository_said_plainly,
		unborn_head_is_no_commits_yet,
		unreadable_head_exits_cleanly,
		git_work_tree_honoured,
		sparse_checkout_refused_by_worktree,
		empty_dotgit_folder_is_not_a_submodule,
		hook_install_refusal_says_so,
		utf16_without_bom_named,
		validate_on_a_fifo_does_not_block,
		NULL,
	};
	return cc_test_list_main("git_env", tests, 600, NULL, NULL);
}
