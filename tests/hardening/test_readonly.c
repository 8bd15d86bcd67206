/* test_readonly: casecheck is read-only by default. `audit` in every
 * source mode and format, `rules`, `validate` and `hook run` leave the
 * repository byte-identical: every file under the work tree and .git/
 * (index, refs, objects, config, logs, hooks) is hashed before and after,
 * nothing left out. Only `signoff` writes (its sign-off file; with
 * --commit, that commit) and `hook install` (the hook), and only that.
 * hs_run also fails a command that leaves files in its TMPDIR. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "hsupport.h"
#include "support/gitfixture.h"
#include "support/runner.h"
#include "util/xalloc.h"

#define AS_OF "2026-03-02"

/* Runs argv in dir and asserts a clean exit with code (-1: any of 0/1/2)
 * and that the repository did not change. */
static void expect_unchanged(const char *dir, int code, const char *const *argv)
{
	char *before = hs_snapshot(dir);
	hs_result r;
	ck_assert_int_eq(hs_run(&r, dir, argv), 0);
	char *after = hs_snapshot(dir);
	char *diff = hs_snapshot_diff(before, after);
	ck_assert_msg(hs_clean_exit(&r), "%s %s: exit %d signal %d: %s", argv[0], argv[1] ? argv[1] : "",
	              r.exit_code, r.signal, r.err);
	if (code >= 0)
		ck_assert_msg(r.exit_code == code, "%s %s: exit %d, expected %d: %s", argv[0], argv[1] ? argv[1] : "",
		              r.exit_code, code, r.err);
	ck_assert_msg(diff == NULL, "%s %s %s changed the repository:\n%s", argv[0], argv[1] ? argv[1] : "",
	              argv[1] && argv[2] ? argv[2] : "", diff);
	ck_assert_msg(r.exit_code == 0 || r.out_len + r.err_len > 0, "%s failed silently", argv[0]);
	free(before);
	free(after);
	hs_result_clear(&r);
}

/* A sample repository where HEAD, the index and the work tree all differ:
 * a staged edit, an unstaged edit, an untracked file. */
static char *three_way_repo(void)
{
	char *dir = hs_sample_repo(NULL);
	ck_assert_ptr_nonnull(dir);
	ck_assert_int_eq(gf_write(dir, "cases/LCS-104233/notes/staged.json",
	                          "{\"format\": \"casecheck/note@1\", \"id\": \"n-staged\", \"date\": \"2026-02-21\","
	                          " \"author\": \"sw-anna\", \"type\": \"telephone\", \"heading\": \"x\", \"status\": \"draft\","
	                          " \"children\": [], \"text\": \"x\"}"),
	                 0);
	ck_assert_int_eq(gf_git(dir, "add", "cases/LCS-104233/notes/staged.json", NULL), 0);
	ck_assert_int_eq(gf_write(dir, "cases/LCS-104233/notes/staged.json", "{\"changed\": true}"), 0);
	ck_assert_int_eq(gf_write(dir, "cases/LCS-104251/notes/untracked.json", "[]"), 0);
	return dir;
}

START_TEST(audit_reads_only)
{
	char *dir = three_way_repo();
	const char *sources[][2] = {{"--rev", "HEAD"}, {"--staged", NULL}, {"--worktree", NULL}, {NULL, NULL}};
	const char *formats[] = {"text", "json", "sarif", "junit", "html"};
	for (size_t s = 0; s < 4; s++) {
		for (size_t f = 0; f < 5; f++) {
			const char *argv[16];
			size_t n = 0;
			argv[n++] = "audit";
			if (sources[s][0])
				argv[n++] = sources[s][0];
			if (sources[s][1])
				argv[n++] = sources[s][1];
			argv[n++] = "--purpose";
			argv[n++] = f % 2 ? "receive" : "transfer";
			argv[n++] = "--as-of";
			argv[n++] = AS_OF;
			argv[n++] = "--format";
			argv[n++] = formats[f];
			if (f == 0)
				argv[n++] = "--history";
			argv[n] = NULL;
			expect_unchanged(dir, 1, argv);
		}
	}
	/* --output writes the named file and nothing else. */
	char *outdir = gf_mkdtemp();
	char *out = gf_path(outdir, "report.html");
	const char *argv[] = {"audit", "--worktree", "--as-of", AS_OF, "--format", "html", "--output", out, NULL};
	char *before = hs_snapshot(dir), *obefore = hs_snapshot(outdir);
	hs_result r;
	ck_assert_int_eq(hs_run(&r, dir, argv), 0);
	ck_assert(hs_clean_exit(&r));
	char *after = hs_snapshot(dir), *oafter = hs_snapshot(outdir);
	char *diff = hs_snapshot_diff(before, after), *odiff = hs_snapshot_diff(obefore, oafter);
	ck_assert_msg(diff == NULL, "audit --output changed the repository:\n%s", diff);
	ck_assert_ptr_nonnull(odiff);
	ck_assert_str_eq(odiff, "+report.html\n");
	hs_result_clear(&r);
	free(before), free(after), free(obefore), free(oafter), free(odiff);
	gf_rm_rf(outdir);
	free(outdir);
	free(out);
	gf_rm_rf(dir);
	free(dir);
}
END_TEST

START_TEST(other_commands_read_only)
{
	char *dir = three_way_repo();
	const char *rules[] = {"rules", NULL};
	expect_unchanged(dir, 0, rules);
	const char *rules_json[] = {"rules", "--format", "json", "--profile", "all", NULL};
	expect_unchanged(dir, 0, rules_json);
	/* validate: a schema file in the repository and documents, valid and not. */
	ck_assert_int_eq(gf_write(dir, "schema.json",
	                          "{\"$schema\": \"https://json-schema.org/draft/2020-12/schema\", \"type\": \"object\","
	                          " \"required\": [\"format\"]}"),
	                 0);
	ck_assert_int_eq(gf_write(dir, "bad-schema.json", "{\"type\": 12}"), 0);
	ck_assert_int_eq(gf_commit_all(dir, "schema"), 0);
	ck_assert_int_eq(gf_write(dir, "cases/LCS-104251/notes/untracked.json", "[]"), 0);
	const char *valid[] = {"validate", "--schema", "schema.json", "casecheck.json", "staff.json", NULL};
	expect_unchanged(dir, 0, valid);
	const char *invalid[] = {"validate", "--schema", "schema.json", "--format-assert", "cases/LCS-104251/notes/untracked.json", NULL};
	expect_unchanged(dir, 1, invalid);
	const char *bad_schema[] = {"validate", "--schema", "bad-schema.json", "casecheck.json", NULL};
	expect_unchanged(dir, 2, bad_schema);
	/* hook run with staged changes (a case and a repository file), and with none. */
	ck_assert_int_eq(gf_write(dir, "cases/LCS-104233/notes/staged.json", "{\"broken\": "), 0);
	ck_assert_int_eq(gf_git(dir, "add", "cases/LCS-104233/notes/staged.json", NULL), 0);
	const char *hook_run[] = {"hook", "run", NULL};
	expect_unchanged(dir, 1, hook_run);
	ck_assert_int_eq(gf_git(dir, "reset", "-q", NULL), 0);
	expect_unchanged(dir, 0, hook_run);
	gf_rm_rf(dir);
	free(dir);
}
END_TEST

/* Asserts that every changed path in diff is in allowed (a path ending in
 * '/' allows everything under it), and that each path in must is there. */
static void expect_only(const char *diff, const char *const *allowed, const char *const *must)
{
	ck_assert_ptr_nonnull(diff);
	const char *p = diff;
	while (*p) {
		const char *e = strchr(p, '\n');
		size_t len = (size_t)(e - p);
		bool ok = false;
		for (size_t i = 0; allowed[i] && !ok; i++) {
			size_t al = strlen(allowed[i]);
			ok = allowed[i][al - 1] == '/' ? len - 1 >= al && !memcmp(p + 1, allowed[i], al)
			                               : len - 1 == al && !memcmp(p + 1, allowed[i], al);
		}
		ck_assert_msg(ok, "unexpected change %.*s in:\n%s", (int)len, p, diff);
		p = e + 1;
	}
	for (size_t i = 0; must[i]; i++) {
		char *line = cc_xasprintf("%s\n", must[i]);
		ck_assert_msg(strstr(diff, line), "%s missing from:\n%s", must[i], diff);
		free(line);
	}
}

#define SIGNED "cases/LCS-104488/signoffs/2026-03-02-transferring-manager.json"

START_TEST(signoff_writes_only_its_file)
{
	char *dir = hs_sample_repo(NULL);
	ck_assert_ptr_nonnull(dir);
	/* Refused (not ready; not a manager; unknown case): nothing written. */
	const char *not_ready[] = {"signoff", "--case", "EH-20977", "--role", "transferring-manager", "--by", "tm-okafor",
	                           "--as-of", AS_OF, NULL};
	expect_unchanged(dir, 1, not_ready);
	const char *not_manager[] = {"signoff", "--case", "LCS-104488", "--role", "transferring-manager", "--by",
	                             "no-such-staff", "--as-of", AS_OF, "--commit", NULL};
	expect_unchanged(dir, -1, not_manager);
	/* Signed: exactly one new file in the work tree; the index untouched. */
	const char *sign[] = {"signoff", "--case", "LCS-104488", "--role", "transferring-manager", "--by", "tm-okafor",
	                      "--as-of", AS_OF, NULL};
	char *before = hs_snapshot(dir);
	hs_result r;
	ck_assert_int_eq(hs_run(&r, dir, sign), 0);
	ck_assert_msg(hs_clean_exit(&r) && r.exit_code == 0, "signoff: exit %d: %s", r.exit_code, r.err);
	hs_result_clear(&r);
	char *after = hs_snapshot(dir);
	char *diff = hs_snapshot_diff(before, after);
	ck_assert_msg(diff && !strcmp(diff, "+" SIGNED "\n"), "signoff changed:\n%s", diff);
	free(before), free(after), free(diff);
	/* --commit: the sign-off file and that commit (objects, the branch, its
	 * logs, the index entry for the file), nothing else. */
	ck_assert_int_eq(gf_rm_rf(dir), 0);
	free(dir);
	dir = hs_sample_repo(NULL);
	/* hs_run gives no user config: the committer comes from the repository. */
	ck_assert_int_eq(gf_git(dir, "config", "user.name", "Team Manager", NULL), 0);
	ck_assert_int_eq(gf_git(dir, "config", "user.email", "tm@example.org", NULL), 0);
	before = hs_snapshot(dir);
	const char *sign_commit[] = {"signoff", "--case", "LCS-104488", "--role", "transferring-manager", "--by",
	                             "tm-okafor", "--as-of", AS_OF, "--commit", NULL};
	ck_assert_int_eq(hs_run(&r, dir, sign_commit), 0);
	ck_assert_msg(hs_clean_exit(&r) && r.exit_code == 0, "signoff --commit: exit %d: %s", r.exit_code, r.err);
	hs_result_clear(&r);
	after = hs_snapshot(dir);
	diff = hs_snapshot_diff(before, after);
	const char *allowed[] = {SIGNED, ".git/objects/", ".git/refs/heads/main", ".git/logs/", ".git/index", NULL};
	const char *must[] = {"+" SIGNED, "~.git/refs/heads/main", NULL};
	expect_only(diff, allowed, must);
	char *names = NULL;
	ck_assert_int_eq(gf_git_out(&names, dir, "diff", "--name-only", "HEAD~1", "HEAD", NULL), 0);
	ck_assert_str_eq(names, SIGNED "\n");
	free(names);
	char *status = NULL;
	ck_assert_int_eq(gf_git_out(&status, dir, "status", "--porcelain", NULL), 0);
	ck_assert_str_eq(status, "");
	free(status);
	free(before), free(after), free(diff);
	gf_rm_rf(dir);
	free(dir);
}
END_TEST

START_TEST(hook_install_writes_only_the_hook)
{
	char *dir = hs_sample_repo(NULL);
	ck_assert_ptr_nonnull(dir);
	char *before = hs_snapshot(dir);
	hs_result r;
	ck_assert_int_eq(hs_runl(&r, dir, "hook", "install", NULL), 0);
	ck_assert_msg(hs_clean_exit(&r) && r.exit_code == 0, "hook install: exit %d: %s", r.exit_code, r.err);
	hs_result_clear(&r);
	char *after = hs_snapshot(dir);
	char *diff = hs_snapshot_diff(before, after);
	ck_assert_msg(diff && !strcmp(diff, "+.git/hooks/pre-commit\n+.git/hooks/pre-merge-commit\n"),
	              "hook install changed:\n%s", diff);
	free(before), free(diff);
	/* Installing again, and a refused install over a foreign hook, write nothing. */
	const char *again[] = {"hook", "install", NULL};
	expect_unchanged(dir, 0, again);
	ck_assert_int_eq(gf_write(dir, ".git/hooks/pre-commit", "#!/bin/sh\nexit 0\n"), 0);
	expect_unchanged(dir, -1, again);
	/* core.hooksPath: the hook goes there, nowhere else. */
	ck_assert_int_eq(gf_git(dir, "config", "core.hooksPath", "githooks", NULL), 0);
	before = hs_snapshot(dir);
	ck_assert_int_eq(hs_runl(&r, dir, "hook", "install", NULL), 0);
	ck_assert_msg(hs_clean_exit(&r) && r.exit_code == 0, "hook install: exit %d: %s", r.exit_code, r.err);
	hs_result_clear(&r);
	free(after);
	after = hs_snapshot(dir);
	diff = hs_snapshot_diff(before, after);
	ck_assert_msg(diff && !strcmp(diff, "+githooks\n+githooks/pre-commit\n+githooks/pre-merge-commit\n"),
	              "hook install changed:\n%s", diff);
	free(before), free(after), free(diff);
	gf_rm_rf(dir);
	free(dir);
}
END_TEST

int main(void)
{
	const TTest *const tests[] = {
		audit_reads_only,
		other_commands_read_only,
		signoff_writes_only_its_file,
		hook_install_writes_only_the_hook,
		NULL,
	};
	return cc_test_list_main("readonly", tests, 900, NULL, NULL);
}
