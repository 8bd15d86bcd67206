/* test_hook.c: `casecheck hook install | run` through real `git commit`s
 * in temporary repositories with the hook installed ($CASECHECK_BINARY). */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "support/gitfixture.h"
#include "support/runner.h"
#include "wf_run.h"

static void setup(void)
{
	wf_setup_base_repo();
	wf_install_hooks(wf_repo);
}

static void head(char out[41])
{
	ck_assert_int_eq(gf_rev_parse(wf_repo, "HEAD", out), 0);
}

static void git_ok(const char *a, const char *b)
{
	ck_assert_int_eq(gf_git(wf_repo, a, b, NULL), 0);
}

/* A broken staged case is refused, with file, pointer, rule and what to
 * do; the fixed case then commits. */
START_TEST(broken_refused_fixed_passes)
{
	char before[41], after[41], *out = NULL;
	head(before);
	ck_assert_int_eq(wf_edit(wf_repo, "cases/BASE-001/case.json", "\"status\": \"open\"", "\"status\": \"opne\""), 0);
	git_ok("add", "cases/BASE-001/case.json");
	ck_assert_int_ne(wf_commit(&out, wf_repo, "broken status"), 0);
	ck_assert_msg(wf_has(out, "cases/BASE-001/case.json"), "%s", out);
	ck_assert_msg(wf_has(out, "/status"), "%s", out);
	ck_assert_msg(wf_has(out, "schema.valid"), "%s", out);
	ck_assert_msg(wf_has(out, "what to do"), "%s", out);
	ck_assert_msg(wf_has(out, "commit refused"), "%s", out);
	ck_assert_msg(!wf_has(out, "opne"), "the value is personal data unless --show-values: %s", out);
	free(out);
	head(after);
	ck_assert_str_eq(before, after);

	ck_assert_int_eq(wf_edit(wf_repo, "cases/BASE-001/case.json", "\"status\": \"opne\"", "\"status\": \"closed\""), 0);
	git_ok("add", "cases/BASE-001/case.json");
	ck_assert_msg(wf_commit(&out, wf_repo, "fixed") == 0, "%s", out);
	free(out);
	head(after);
	ck_assert_str_ne(before, after);
}
END_TEST

/* Broken JSON: the parse error names the file. */
START_TEST(unparsable_refused)
{
	char *out = NULL;
	ck_assert_int_eq(gf_write(wf_repo, "cases/BASE-001/genogram.json", "{\"format\": "), 0);
	git_ok("add", "cases");
	ck_assert_int_eq(wf_commit(&out, wf_repo, "broken json"), 1);
	ck_assert_msg(wf_has(out, "cases/BASE-001/genogram.json") && wf_has(out, "schema.parse"), "%s", out);
	free(out);
}
END_TEST

/* The hook reads the index: fine in the index but broken on disk
 * commits, and the commit holds the good version. */
START_TEST(index_good_worktree_broken_allowed)
{
	char *out = NULL, *blob = NULL;
	ck_assert_int_eq(wf_edit(wf_repo, "cases/BASE-001/case.json", "\"locality\": \"North\"", "\"locality\": \"North East\""), 0);
	git_ok("add", "cases/BASE-001/case.json");
	ck_assert_int_eq(gf_write(wf_repo, "cases/BASE-001/case.json", "{ not json"), 0);
	ck_assert_msg(wf_commit(&out, wf_repo, "good staged") == 0, "%s", out);
	free(out);
	ck_assert_int_eq(gf_git_out(&blob, wf_repo, "show", "HEAD:cases/BASE-001/case.json", NULL), 0);
	ck_assert(wf_has(blob, "North East"));
	free(blob);
}
END_TEST

/* ... and fine on disk but broken in the index is refused. */
START_TEST(index_broken_worktree_good_refused)
{
	char before[41], after[41], *out = NULL;
	head(before);
	ck_assert_int_eq(wf_edit(wf_repo, "cases/BASE-001/chronology.json", "\"date\": \"2025-04-20\"", "\"date\": \"2025-13-20\""), 0);
	git_ok("add", "cases/BASE-001/chronology.json");
	ck_assert_int_eq(wf_edit(wf_repo, "cases/BASE-001/chronology.json", "\"date\": \"2025-13-20\"", "\"date\": \"2025-04-20\""), 0);
	ck_assert_int_eq(wf_commit(&out, wf_repo, "bad staged"), 1);
	ck_assert_msg(wf_has(out, "cases/BASE-001/chronology.json") && wf_has(out, "/entries/1/date"), "%s", out);
	free(out);
	head(after);
	ck_assert_str_eq(before, after);
}
END_TEST

/* git commit -a and git commit <path> give the hook a temporary index
 * (GIT_INDEX_FILE): the hook must check that one. */
START_TEST(commit_all_uses_temporary_index)
{
	char *out = NULL;
	ck_assert_int_eq(wf_edit(wf_repo, "cases/BASE-001/genogram.json", "\"format\"", "\"formt\""), 0);
	const char *all[] = {"git", "commit", "-q", "-a", "-m", "all", NULL};
	ck_assert_int_eq(wf_run(&out, wf_repo, all), 1);
	ck_assert_msg(wf_has(out, "cases/BASE-001/genogram.json"), "%s", out);
	free(out);
	const char *only[] = {"git", "commit", "-q", "-m", "only", "--", "cases/BASE-001/genogram.json", NULL};
	ck_assert_int_eq(wf_run(&out, wf_repo, only), 1);
	ck_assert_msg(wf_has(out, "cases/BASE-001/genogram.json"), "%s", out);
	free(out);
}
END_TEST

/* A commit that touches no case passes without an audit being run. */
START_TEST(no_case_touched_passes_instantly)
{
	char *out = NULL;
	ck_assert_int_eq(gf_write(wf_repo, "README.md", "# case records\n"), 0);
	/* a broken case on disk, not staged, must not matter */
	ck_assert_int_eq(gf_write(wf_repo, "cases/BASE-001/case.json", "{"), 0);
	git_ok("add", "README.md");
	struct timespec t0, t1;
	clock_gettime(CLOCK_MONOTONIC, &t0);
	ck_assert_msg(wf_commit(&out, wf_repo, "readme") == 0, "%s", out);
	clock_gettime(CLOCK_MONOTONIC, &t1);
	ck_assert_msg(!wf_has(out, "purpose check"), "no audit should run: %s", out);
	free(out);
	double s = (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
	ck_assert_msg(s < 5.0, "commit took %.2f s", s);
}
END_TEST

/* A stray file in the cases folder is refused (integrity.case-folder,
 * as the full audit says); deleting a case folder whole is refused
 * (history.case-files) until a manager's removal record covers it. */
START_TEST(stray_refused_deleted_case_passes)
{
	char *out = NULL;
	ck_assert_int_eq(gf_write(wf_repo, "cases/notes.txt", "stray\n"), 0);
	ck_assert_int_eq(gf_git(wf_repo, "add", "cases/notes.txt", NULL), 0);
	ck_assert_int_eq(wf_commit(&out, wf_repo, "stray"), 1);
	ck_assert_msg(wf_has(out, "cases/notes.txt") && wf_has(out, "integrity.case-folder"), "%s", out);
	free(out);
	ck_assert_int_eq(gf_git(wf_repo, "rm", "-q", "--cached", "cases/notes.txt", NULL), 0);

	ck_assert_int_eq(gf_git(wf_repo, "rm", "-r", "-q", "cases/BASE-001", NULL), 0);
	ck_assert_int_eq(wf_commit(&out, wf_repo, "case deleted"), 1);
	ck_assert_msg(wf_has(out, "cases/BASE-001/case.json") && wf_has(out, "history.case-files"), "%s", out);
	free(out);
	ck_assert_int_eq(gf_write(wf_repo, "removals/2026-03-01-BASE-001.json",
	                          "{\"format\": \"casecheck/removal@1\", \"case_id\": \"BASE-001\", "
	                          "\"removes\": [{\"case_folder\": true}], \"reason\": \"retention\", "
	                          "\"by\": \"tm-carol\", \"on\": \"2026-03-01\"}\n"), 0);
	ck_assert_int_eq(gf_git(wf_repo, "add", "removals", NULL), 0);
	ck_assert_msg(wf_commit(&out, wf_repo, "case disposed of at the end of retention") == 0, "%s", out);
	free(out);
}
END_TEST

/* A case folder renamed is audited at its new place: the case_id inside
 * no longer matches the folder. */
START_TEST(renamed_case_audited_at_new_place)
{
	char *out = NULL;
	ck_assert_int_eq(gf_git(wf_repo, "mv", "cases/BASE-001", "cases/BASE-002", NULL), 0);
	ck_assert_int_eq(wf_commit(&out, wf_repo, "renamed"), 1);
	ck_assert_msg(wf_has(out, "BASE-002") && wf_has(out, "integrity.case-id"), "%s", out);
	free(out);
}
END_TEST

/* A change to staff.json affects every case: a manager removed who is
 * still named in a case is refused. */
START_TEST(staff_change_audits_every_case)
{
	char *out = NULL;
	ck_assert_int_eq(wf_edit(wf_repo, "staff.json", "\"id\": \"sw-anna\"", "\"id\": \"sw-anne\""), 0);
	ck_assert_int_eq(gf_git(wf_repo, "add", "staff.json", NULL), 0);
	ck_assert_int_eq(wf_commit(&out, wf_repo, "staff"), 1);
	ck_assert_msg(wf_has(out, "BASE-001") && wf_has(out, "integrity.references"), "%s", out);
	free(out);
}
END_TEST

static char *hook_path(const char *rel)
{
	return gf_path(wf_repo, rel);
}

static char *slurp(const char *path)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return NULL;
	char *buf = calloc(1, 65536);
	size_t n = fread(buf, 1, 65535, f);
	buf[n] = '\0';
	fclose(f);
	return buf;
}

static int install(char **out, int force)
{
	const char *argv[] = {wf_casecheck(), "hook", "install", force ? "--force" : NULL, NULL};
	return wf_run(out, wf_repo, argv);
}

/* A foreign hook is refused and left as it was; --force replaces it;
 * installing again changes nothing. */
START_TEST(install_foreign_force_idempotent)
{
	char *path = hook_path(".git/hooks/pre-commit"), *out = NULL, *text = NULL;
	const char *foreign = "#!/bin/sh\necho lint\nexit 0\n";
	ck_assert_int_eq(gf_write(wf_repo, ".git/hooks/pre-commit", foreign), 0);
	ck_assert_int_eq(install(&out, 0), 1);
	ck_assert_msg(wf_has(out, "not casecheck's") && wf_has(out, "--force") && wf_has(out, "hook run"), "%s", out);
	free(out);
	text = slurp(path);
	ck_assert_str_eq(text, foreign);
	free(text);

	ck_assert_msg(install(&out, 1) == 0, "%s", out);
	ck_assert(wf_has(out, "replaced"));
	free(out);
	text = slurp(path);
	ck_assert(wf_has(text, "casecheck hook install") && wf_has(text, "hook run"));
	struct stat st1, st2;
	ck_assert_int_eq(stat(path, &st1), 0);
	ck_assert(st1.st_mode & S_IXUSR);

	ck_assert_msg(install(&out, 0) == 0, "%s", out);
	ck_assert(wf_has(out, "already installed"));
	free(out);
	char *again = slurp(path);
	ck_assert_str_eq(text, again);
	ck_assert_int_eq(stat(path, &st2), 0);
	ck_assert_int_eq((long)st1.st_ino, (long)st2.st_ino); /* not rewritten */
	free(again);
	free(text);

	/* a casecheck hook for another binary path (exactly the script hook
	 * install writes) is updated without --force */
	ck_assert_int_eq(gf_write(wf_repo, ".git/hooks/pre-commit",
	                          "#!/bin/sh\n# installed by: casecheck hook install\n"
	                          "# Refuses a commit that would put a broken case folder into the repository:\n"
	                          "# audits the staged cases (purpose check), reading the index only.\n"
	                          "exec '/old/casecheck' hook run\n"), 0);
	ck_assert_msg(install(&out, 0) == 0 && wf_has(out, "updated"), "%s", out);
	free(out);
	text = slurp(path);
	ck_assert(!wf_has(text, "/old/casecheck"));
	free(text);
	free(path);
}
END_TEST

/* A hook that is a symlink is replaced by --force, its target untouched. */
START_TEST(install_force_symlink_target_untouched)
{
	char *out = NULL;
	ck_assert_int_eq(gf_write(wf_repo, "tools/shared-hook", "#!/bin/sh\nexit 0\n"), 0);
	char *target = hook_path("tools/shared-hook"), *installed = hook_path(".git/hooks/pre-commit");
	ck_assert_int_eq(unlink(installed), 0); /* the one setup installed */
	free(installed);
	ck_assert_int_eq(gf_symlink(wf_repo, ".git/hooks/pre-commit", target), 0);
	ck_assert_int_eq(install(&out, 0), 1);
	free(out);
	ck_assert_msg(install(&out, 1) == 0, "%s", out);
	free(out);
	char *text = slurp(target);
	ck_assert_str_eq(text, "#!/bin/sh\nexit 0\n");
	free(text);
	free(target);
	char *path = hook_path(".git/hooks/pre-commit");
	struct stat st;
	ck_assert_int_eq(lstat(path, &st), 0);
	ck_assert(S_ISREG(st.st_mode));
	free(path);
}
END_TEST

/* From a linked worktree the hook goes where git looks for it: the main
 * repository's hooks folder; and it checks that worktree's index. */
START_TEST(install_from_linked_worktree)
{
	char *parent = gf_mkdtemp(), *out = NULL;
	ck_assert_ptr_nonnull(parent);
	char *wt = gf_path(parent, "linked");
	char *hook = hook_path(".git/hooks/pre-commit");
	ck_assert_int_eq(unlink(hook), 0); /* the one setup installed */
	ck_assert_int_eq(gf_git(wf_repo, "worktree", "add", "-q", "-b", "side", wt, NULL), 0);
	const char *argv[] = {wf_casecheck(), "hook", "install", NULL};
	ck_assert_msg(wf_run(&out, wt, argv) == 0, "%s", out);
	free(out);
	char *text = slurp(hook);
	ck_assert_msg(wf_has(text, "hook run"), "hook not in the main repository's hooks folder");
	free(text);
	ck_assert_int_eq(gf_write(wt, "cases/BASE-001/genogram.json", "{"), 0);
	ck_assert_int_eq(gf_git(wt, "add", "cases", NULL), 0);
	ck_assert_int_eq(wf_commit(&out, wt, "broken in the worktree"), 1);
	ck_assert_msg(wf_has(out, "cases/BASE-001/genogram.json"), "%s", out);
	free(out);
	ck_assert_int_eq(gf_git(wf_repo, "worktree", "remove", "--force", wt, NULL), 0);
	gf_rm_rf(parent);
	free(parent);
	free(wt);
	free(hook);
}
END_TEST

/* core.hooksPath is honoured: the hook goes there and git runs it. */
START_TEST(install_hooks_path)
{
	char *out = NULL;
	ck_assert_int_eq(gf_git(wf_repo, "config", "core.hooksPath", ".githooks/active", NULL), 0);
	ck_assert_msg(install(&out, 0) == 0, "%s", out);
	ck_assert_msg(wf_has(out, ".githooks/active/pre-commit"), "%s", out);
	free(out);
	char *path = hook_path(".githooks/active/pre-commit"), *text = slurp(path);
	ck_assert(wf_has(text, "hook run"));
	free(text);
	free(path);
	ck_assert_int_eq(gf_write(wf_repo, "cases/BASE-001/genogram.json", "[]"), 0);
	ck_assert_int_eq(gf_git(wf_repo, "add", "cases", NULL), 0);
	ck_assert_int_eq(wf_commit(&out, wf_repo, "broken"), 1);
	ck_assert_msg(wf_has(out, "cases/BASE-001/genogram.json"), "%s", out);
	free(out);
}
END_TEST

int main(void)
{
	const TTest *const tests[] = {broken_refused_fixed_passes, unparsable_refused,
	                              index_good_worktree_broken_allowed, index_broken_worktree_good_refused,
	                              commit_all_uses_temporary_index, no_case_touched_passes_instantly,
	                              stray_refused_deleted_case_passes, staff_change_audits_every_case,
	                              renamed_case_audited_at_new_place, install_foreign_force_idempotent,
	                              install_force_symlink_target_untouched, install_hooks_path,
	                              install_from_linked_worktree, NULL};
	return cc_test_list_main("hook", tests, 120, setup, wf_teardown_repo);
}
