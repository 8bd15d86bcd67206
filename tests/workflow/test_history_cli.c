/* test_history_cli.c: `casecheck audit --history` end to end on
 * repositories built by the test: records changed after the fact are
 * reported with the commit that changed them; ordinary work is not. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "support/gitfixture.h"
#include "wf_run.h"

#define AS_OF "2026-03-02"

static char *repo;

static void setup(void)
{
	repo = wf_base_repo();
	ck_assert_ptr_nonnull(repo);
}

static void teardown(void)
{
	gf_rm_rf(repo);
	free(repo);
	repo = NULL;
}

static int audit_history(char **out)
{
	const char *argv[] = {wf_casecheck(), "audit", "--purpose", "signoff", "--history", "--as-of", AS_OF, NULL};
	return wf_run(out, repo, argv);
}

/* The commit's abbreviated id as reports show it (12 hex digits). */
static void head_short(char out[13])
{
	char id[41];
	ck_assert_int_eq(gf_rev_parse(repo, "HEAD", id), 0);
	memcpy(out, id, 12);
	out[12] = '\0';
}

/* Commits after the change so the changing commit is not HEAD. */
static void later_commit(void)
{
	ck_assert_int_eq(gf_write(repo, "README.md", "later\n"), 0);
	ck_assert_int_eq(gf_commit_all(repo, "later, unrelated"), 0);
}

START_TEST(clean_history_passes)
{
	char *out = NULL;
	/* new notes and entries, and edits to draft notes, are ordinary work */
	ck_assert_int_eq(gf_write(repo, "cases/BASE-001/notes/n-later.json",
	                          "{\"format\": \"casecheck/note@1\", \"id\": \"n-later\", \"date\": \"2026-02-27\", "
	                          "\"author\": \"sw-anna\", \"type\": \"telephone\", \"heading\": \"Call\", "
	                          "\"status\": \"final\", \"finalised_on\": \"2026-02-27\", \"children\": [\"c1\"], "
	                          "\"text\": \"Recorded.\"}\n"), 0);
	ck_assert_int_eq(gf_commit_all(repo, "new note"), 0);
	ck_assert_msg(audit_history(&out) == 0, "%s", out);
	ck_assert(!wf_has(out, "history."));
	free(out);
}
END_TEST

START_TEST(final_note_rewritten_names_commit)
{
	char *out = NULL, sid[13];
	ck_assert_int_eq(wf_edit(repo, "cases/BASE-001/notes/n-visit.json", "\"text\": \"Recorded.\"",
	                         "\"text\": \"Recorded again, differently.\""), 0);
	ck_assert_int_eq(gf_commit_all(repo, "rewrite a final note"), 0);
	head_short(sid);
	later_commit();
	ck_assert_int_eq(audit_history(&out), 1);
	ck_assert_msg(wf_has(out, "history.final-notes") && wf_has(out, "cases/BASE-001/notes/n-visit.json"), "%s", out);
	ck_assert_msg(wf_has(out, sid), "names commit %s: %s", sid, out);
	ck_assert_msg(!wf_has(out, "differently"), "no note text in messages: %s", out);
	free(out);
	/* without --history the rule does not run */
	const char *argv[] = {wf_casecheck(), "audit", "--purpose", "signoff", "--as-of", AS_OF, NULL};
	ck_assert_msg(wf_run(&out, repo, argv) == 0, "%s", out);
	free(out);
}
END_TEST

START_TEST(final_note_deleted_names_commit)
{
	char *out = NULL, sid[13];
	ck_assert_int_eq(gf_git(repo, "rm", "-q", "cases/BASE-001/notes/n-ref.json", NULL), 0);
	ck_assert_int_eq(gf_commit_all(repo, "delete a final note"), 0);
	head_short(sid);
	later_commit();
	audit_history(&out);
	ck_assert_msg(wf_has(out, "history.final-notes") && wf_has(out, "cases/BASE-001/notes/n-ref.json") &&
	              wf_has(out, sid), "%s", out);
	free(out);
}
END_TEST

START_TEST(chronology_entry_removed_names_commit)
{
	char *out = NULL, sid[13];
	ck_assert_int_eq(wf_edit(repo, "cases/BASE-001/chronology.json",
	                         "{\"id\": \"e4\", \"date\": \"2025-08-15\", \"event\": \"Home visit\", \"category\": \"visit\",\n"
	                         "     \"children\": [\"c1\", \"c2\"], \"recorded_by\": \"sw-anna\", \"recorded_on\": \"2025-08-15\"},\n    ",
	                         ""), 0);
	ck_assert_int_eq(gf_commit_all(repo, "drop an entry"), 0);
	head_short(sid);
	later_commit();
	ck_assert_int_eq(audit_history(&out), 1);
	ck_assert_msg(wf_has(out, "history.chronology-entries") && wf_has(out, "cases/BASE-001/chronology.json") &&
	              wf_has(out, sid), "%s", out);
	free(out);
}
END_TEST

static Suite *history_suite(void)
{
	Suite *s = suite_create("history");
	TCase *tc = tcase_create("history");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_set_timeout(tc, 120);
	tcase_add_test(tc, clean_history_passes);
	tcase_add_test(tc, final_note_rewritten_names_commit);
	tcase_add_test(tc, final_note_deleted_names_commit);
	tcase_add_test(tc, chronology_entry_removed_names_commit);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	SRunner *sr = srunner_create(history_suite());
	srunner_run_all(sr, CK_NORMAL);
	int failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
