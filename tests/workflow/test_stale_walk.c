/* test_stale_walk.c: the commits a stale sign-off names, for several
 * cases in one run. The run walks the history once for every case
 * (audit/stale.c); each case must still get exactly its own commits since
 * its own signed content, whichever worker asks first, with one worker or
 * two. (The walk's cost is measured in bench/stale, not here.) */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "support/gitfixture.h"
#include "support/runner.h"
#include "wf_run.h"

#define AS_OF "2026-03-02"

static char *repo;

static void sign(const char *id)
{
	char *out = NULL;
	const char *argv[] = {wf_casecheck(), "signoff", "--case", id, "--role", "transferring-manager", "--by",
	                      "tm-carol", "--as-of", AS_OF, "--commit", NULL};
	ck_assert_msg(wf_run(&out, repo, argv) == 0, "%s", out);
	free(out);
}

/* Rewords the CIN meeting entry of case id and commits; the commit's
 * short id into sid. */
static void change(const char *id, const char *to, char sid[13])
{
	char rel[64], full[41];
	snprintf(rel, sizeof rel, "cases/%s/chronology.json", id);
	ck_assert_int_eq(wf_edit(repo, rel, "\"event\": \"CIN meeting", to), 0);
	ck_assert_int_eq(gf_commit_all(repo, "chronology reworded"), 0);
	ck_assert_int_eq(gf_rev_parse(repo, "HEAD", full), 0);
	memcpy(sid, full, 12);
	sid[12] = '\0';
}

/* Runs a shell command line in the repository; its exit status. */
static int sh(const char *line)
{
	const char *argv[] = {"sh", "-c", line, NULL};
	return wf_run(NULL, repo, argv);
}

static void setup(void)
{
	repo = wf_unsigned_repo();
	ck_assert_ptr_nonnull(repo);
	/* a second case, the same records under another id */
	char *from = gf_path(repo, "cases/BASE-001"), *to = gf_path(repo, "cases/BASE-002");
	ck_assert_int_eq(gf_copy_tree(from, to), 0);
	free(from);
	free(to);
	ck_assert_int_eq(sh("find cases/BASE-002 -name '*.json' -exec sed -i 's/\"BASE-001\"/\"BASE-002\"/g' {} +"), 0);
	ck_assert_int_eq(gf_commit_all(repo, "second case"), 0);
}

static void teardown(void)
{
	gf_rm_rf(repo);
	free(repo);
	repo = NULL;
}

START_TEST(each_case_names_its_own_commits)
{
	char a[13], b[13], c[13], d[13], want[160];
	sign("BASE-001");
	change("BASE-001", "\"event\": \"CIN meeting a", a);
	sign("BASE-002"); /* BASE-002 signed after a: a is not its change */
	change("BASE-002", "\"event\": \"CIN meeting b", b);
	change("BASE-001", "\"event\": \"CIN meeting c", c);
	ck_assert_int_eq(gf_write(repo, "README.md", "not a case\n"), 0);
	ck_assert_int_eq(gf_commit_all(repo, "unrelated"), 0);
	change("BASE-002", "\"event\": \"CIN meeting d", d);

	const char *jobs[] = {"1", "2"};
	for (int j = 0; j < 2; j++) {
		char *out = NULL;
		const char *argv[] = {wf_casecheck(), "audit", "--purpose", "transfer", "--as-of", AS_OF, "--jobs",
		                      jobs[j], "--format", "json", NULL};
		ck_assert_int_eq(wf_run(&out, repo, argv), 1);
		snprintf(want, sizeof want, "2 commits since: %s, %s;", c, a);
		ck_assert_msg(wf_has(out, want), "--jobs %s: BASE-001 wants \"%s\": %s", jobs[j], want, out);
		snprintf(want, sizeof want, "2 commits since: %s, %s;", d, b);
		ck_assert_msg(wf_has(out, want), "--jobs %s: BASE-002 wants \"%s\": %s", jobs[j], want, out);
		free(out);
	}
	/* one case selected: the same walk, only its own commits */
	char *out = NULL;
	const char *one[] = {wf_casecheck(), "audit", "--purpose", "transfer", "--as-of", AS_OF, "--case", "BASE-002",
	                     "--format", "json", NULL};
	ck_assert_int_eq(wf_run(&out, repo, one), 1);
	snprintf(want, sizeof want, "2 commits since: %s, %s;", d, b);
	ck_assert_msg(wf_has(out, want) && !wf_has(out, a) && !wf_has(out, c), "wants \"%s\" only: %s", want, out);
	free(out);
}
END_TEST

/* A sign-off naming a content the case never had is walked to the root:
 * every change of that case (here only the commit that added it), not
 * "at least", and not another case's deletion. */
START_TEST(signed_content_never_reached)
{
	char a[13], full[41], want[160];
	sign("BASE-001");
	ck_assert_int_eq(gf_git(repo, "rm", "-q", "-r", "cases/BASE-002", NULL), 0);
	ck_assert_int_eq(gf_commit_staged(repo, "BASE-002 away"), 0);
	ck_assert_int_eq(gf_rev_parse(repo, "HEAD", full), 0);
	memcpy(a, full, 12);
	a[12] = '\0';
	/* BASE-001's sign-off claims a content no commit ever had */
	ck_assert_int_eq(sh("sed -i 's/\"content\": \"[0-9a-f]*\"/\"content\": \"0123456789012345678901234567890123456789\"/' "
	                    "cases/BASE-001/signoffs/*.json"), 0);
	char *out = NULL;
	ck_assert_int_eq(gf_commit_all(repo, "sign-off edited"), 0);
	const char *argv[] = {wf_casecheck(), "audit", "--purpose", "transfer", "--as-of", AS_OF, "--format", "json",
	                      NULL};
	ck_assert_int_eq(wf_run(&out, repo, argv), 1);
	/* BASE-001's content (signoffs/ left out) changed only in the first
	 * commit, which added it: 1 commit, walked to the root */
	char root[41];
	ck_assert_int_eq(gf_rev_parse(repo, "HEAD~5", root), 0);
	root[12] = '\0';
	ck_assert_msg(!wf_has(out, "at least"), "walked to the root: %s", out);
	snprintf(want, sizeof want, "1 commit since: %s;", root);
	ck_assert_msg(wf_has(out, want), "%s", out);
	ck_assert_msg(!wf_has(out, a), "BASE-002's deletion is not BASE-001's change: %s", out);
	free(out);
}
END_TEST

int main(void)
{
	const TTest *const tests[] = {each_case_names_its_own_commits, signed_content_never_reached, NULL};
	return cc_test_list_main("stale_walk", tests, 120, setup, teardown);
}
