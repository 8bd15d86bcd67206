/* test_history_cli.c: `casecheck audit --history` end to end on
 * repositories built by the test: records changed after the fact are
 * reported with the commit that changed them; ordinary work is not. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "support/gitfixture.h"
#include "support/runner.h"
#include "wf_run.h"

#define AS_OF "2026-03-02"

static int audit_history(char **out)
{
	return wf_audit_history(out, wf_repo, AS_OF);
}

/* The same audit without --history is ready: the history rules do not run. */
static void assert_ready_without_history(void)
{
	char *out = NULL;
	const char *argv[] = {wf_casecheck(), "audit", "--purpose", "signoff", "--as-of", AS_OF, NULL};
	ck_assert_msg(wf_run(&out, wf_repo, argv) == 0, "%s", out);
	free(out);
}

/* The commit's abbreviated id as reports show it (12 hex digits). */
static void head_short(char out[13])
{
	char id[41];
	ck_assert_int_eq(gf_rev_parse(wf_repo, "HEAD", id), 0);
	memcpy(out, id, 12);
	out[12] = '\0';
}

/* Commits after the change so the changing commit is not HEAD. */
static void later_commit(void)
{
	ck_assert_int_eq(gf_write(wf_repo, "README.md", "later\n"), 0);
	ck_assert_int_eq(gf_commit_all(wf_repo, "later, unrelated"), 0);
}

START_TEST(clean_history_passes)
{
	char *out = NULL;
	/* new notes and entries, and edits to draft notes, are ordinary work */
	ck_assert_int_eq(gf_write(wf_repo, "cases/BASE-001/notes/n-later.json",
	                          "{\"format\": \"casecheck/note@1\", \"id\": \"n-later\", \"date\": \"2026-02-27\", "
	                          "\"author\": \"sw-anna\", \"type\": \"telephone\", \"heading\": \"Call\", "
	                          "\"status\": \"final\", \"finalised_on\": \"2026-02-27\", \"children\": [\"c1\"], "
	                          "\"text\": \"Recorded.\"}\n"), 0);
	ck_assert_int_eq(gf_commit_all(wf_repo, "new note"), 0);
	ck_assert_msg(audit_history(&out) == 0, "%s", out);
	ck_assert(!wf_has(out, "history."));
	free(out);
}
END_TEST

START_TEST(final_note_rewritten_names_commit)
{
	char *out = NULL, sid[13];
	ck_assert_int_eq(wf_edit(wf_repo, "cases/BASE-001/notes/n-visit.json", "\"text\": \"Recorded.\"",
	                         "\"text\": \"Recorded again, differently.\""), 0);
	ck_assert_int_eq(gf_commit_all(wf_repo, "rewrite a final note"), 0);
	head_short(sid);
	later_commit();
	ck_assert_int_eq(audit_history(&out), 1);
	ck_assert_msg(wf_has(out, "history.final-notes") && wf_has(out, "cases/BASE-001/notes/n-visit.json"), "%s", out);
	ck_assert_msg(wf_has(out, sid), "names commit %s: %s", sid, out);
	ck_assert_msg(!wf_has(out, "differently"), "no note text in messages: %s", out);
	free(out);
	assert_ready_without_history(); /* the rule does not run */
}
END_TEST

START_TEST(final_note_deleted_names_commit)
{
	char *out = NULL, sid[13];
	ck_assert_int_eq(gf_git(wf_repo, "rm", "-q", "cases/BASE-001/notes/n-ref.json", NULL), 0);
	ck_assert_int_eq(gf_commit_all(wf_repo, "delete a final note"), 0);
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
	ck_assert_int_eq(wf_edit(wf_repo, "cases/BASE-001/chronology.json",
	                         "{\"id\": \"e4\", \"date\": \"2025-08-15\", \"event\": \"Home visit\", \"category\": \"visit\",\n"
	                         "     \"children\": [\"c1\", \"c2\"], \"recorded_by\": \"sw-anna\", \"recorded_on\": \"2025-08-15\"},\n    ",
	                         ""), 0);
	ck_assert_int_eq(gf_commit_all(wf_repo, "drop an entry"), 0);
	head_short(sid);
	later_commit();
	ck_assert_int_eq(audit_history(&out), 1);
	ck_assert_msg(wf_has(out, "history.chronology-entries") && wf_has(out, "cases/BASE-001/chronology.json") &&
	              wf_has(out, sid), "%s", out);
	free(out);
}
END_TEST

/* --- sign-off files ------------------------------------------------------ */

#define BASE_SIGNOFF "cases/BASE-001/signoffs/transferring.json"

START_TEST(signoff_file_edited_names_commits)
{
	char *out = NULL, edited[13], deleted[13];
	ck_assert_int_eq(wf_edit(wf_repo, BASE_SIGNOFF, "\"result\": \"ready\"", "\"result\": \"ready-with-warnings\""), 0);
	ck_assert_int_eq(gf_commit_all(wf_repo, "edit a sign-off"), 0);
	head_short(edited);
	later_commit();
	ck_assert_int_eq(gf_git(wf_repo, "rm", "-q", BASE_SIGNOFF, NULL), 0);
	ck_assert_int_eq(gf_commit_all(wf_repo, "delete it"), 0);
	head_short(deleted);
	later_commit();
	ck_assert_int_eq(audit_history(&out), 1);
	ck_assert_msg(wf_has(out, "history.signoff-files") && wf_has(out, BASE_SIGNOFF), "%s", out);
	ck_assert_msg(wf_has(out, edited) && wf_has(out, deleted), "names commits %s and %s: %s", edited, deleted, out);
	ck_assert_msg(!wf_has(out, "Casecheck Test") && !wf_has(out, "edit a sign-off"),
	              "no author or commit message: %s", out);
	free(out);
}
END_TEST

/* Signing again after a change writes a new file: not an edit. */
START_TEST(signing_again_is_not_an_edit)
{
	char *out = NULL;
	const char *sign[] = {wf_casecheck(), "signoff", "--case", "BASE-001", "--role", "transferring-manager",
	                      "--by", "tm-carol", "--as-of", AS_OF, "--commit", NULL};
	/* a base without the placeholder sign-off (deleting it would be an edit) */
	ck_assert_int_eq(gf_git(wf_repo, "rm", "-q", "-r", "cases/BASE-001/signoffs", NULL), 0);
	ck_assert_int_eq(gf_git(wf_repo, "commit", "-q", "--amend", "-m", "base without sign-off", NULL), 0);
	ck_assert_int_eq(wf_set_identity(wf_repo), 0);
	ck_assert_msg(wf_run(&out, wf_repo, sign) == 0, "%s", out);
	free(out);
	/* a correction: the entry marked entered in error, the corrected account a new entry */
	ck_assert_int_eq(wf_edit(wf_repo, "cases/BASE-001/chronology.json", "\"recorded_on\": \"2026-01-12\"}",
	                         "\"recorded_on\": \"2026-01-12\", \"entered_in_error\": {\"on\": \"2026-02-26\", "
	                         "\"by\": \"sw-anna\", \"reason\": \"Wrong date.\"}},\n"
	                         "    {\"id\": \"e6b\", \"date\": \"2026-01-13\", \"event\": \"CIN meeting\", "
	                         "\"category\": \"meeting\", \"children\": [\"c1\", \"c2\"], \"recorded_by\": \"sw-anna\", "
	                         "\"recorded_on\": \"2026-02-26\"}"), 0);
	ck_assert_int_eq(gf_commit_all(wf_repo, "chronology corrected"), 0);
	ck_assert_msg(wf_run(&out, wf_repo, sign) == 0, "%s", out);
	free(out);
	ck_assert_msg(audit_history(&out) == 0, "%s", out);
	ck_assert(!wf_has(out, "history."));
	free(out);
}
END_TEST

/* An edit made on a branch and merged is named once, by the commit that
 * made it (the merge repeats the same change against its first parent). */
START_TEST(signoff_edit_merged_named_once)
{
	char *out = NULL, side[13], merge[13];
	ck_assert_int_eq(gf_git(wf_repo, "checkout", "-q", "-b", "side", NULL), 0);
	ck_assert_int_eq(wf_edit(wf_repo, BASE_SIGNOFF, "\"by\": \"tm-carol\"", "\"by\": \"tm-carol\", \"comment\": \"x\""), 0);
	ck_assert_int_eq(gf_commit_all(wf_repo, "edit on a branch"), 0);
	head_short(side);
	ck_assert_int_eq(gf_git(wf_repo, "checkout", "-q", "main", NULL), 0);
	later_commit();
	ck_assert_int_eq(gf_git(wf_repo, "merge", "-q", "--no-ff", "-m", "merge side", "side", NULL), 0);
	head_short(merge);
	ck_assert_int_eq(audit_history(&out), 1);
	ck_assert_msg(wf_has(out, "history.signoff-files") && wf_has(out, side), "%s", out);
	char merged[32];
	snprintf(merged, sizeof merged, "in commit %s", merge);
	ck_assert_msg(!wf_has(out, merged) && !wf_has(out, ", changed in commit"),
	              "the merge repeats the side commit's change: %s", out);
	free(out);
}
END_TEST

/* --- one walk for every case ---------------------------------------------- */

/* A second case, BASE-0010, whose id starts with the first's. */
static void second_case(void)
{
	char *from = gf_path(wf_repo, "cases/BASE-001"), *to = gf_path(wf_repo, "cases/BASE-0010");
	ck_assert_int_eq(gf_copy_tree(from, to), 0);
	free(from);
	free(to);
	static const char *const docs[] = {"case.json", "chronology.json", "genogram.json"};
	for (size_t i = 0; i < 3; i++) {
		char rel[64];
		snprintf(rel, sizeof rel, "cases/BASE-0010/%s", docs[i]);
		ck_assert_int_eq(wf_edit(wf_repo, rel, "\"case_id\": \"BASE-001\"", "\"case_id\": \"BASE-0010\""), 0);
	}
	ck_assert_int_eq(gf_commit_all(wf_repo, "second case"), 0);
}

START_TEST(findings_go_to_the_case_changed)
{
	char *out = NULL, sid[13];
	second_case();
	ck_assert_int_eq(wf_edit(wf_repo, "cases/BASE-0010/notes/n-visit.json", "\"text\": \"Recorded.\"",
	                         "\"text\": \"Recorded again.\""), 0);
	ck_assert_int_eq(gf_commit_all(wf_repo, "rewrite a final note of the second case"), 0);
	head_short(sid);
	later_commit();
	ck_assert_int_eq(audit_history(&out), 1);
	ck_assert_msg(wf_has(out, "cases/BASE-0010/notes/n-visit.json") && wf_has(out, sid), "%s", out);
	ck_assert_msg(!wf_has(out, "cases/BASE-001/notes/n-visit.json"), "%s", out);
	free(out);
	/* --case selects: the first case has a clean history, the second not */
	const char *one[] = {wf_casecheck(), "audit", "--purpose", "signoff", "--history", "--as-of", AS_OF,
	                     "--case", "BASE-001", NULL};
	ck_assert_msg(wf_run(&out, wf_repo, one) == 0, "%s", out);
	free(out);
	const char *two[] = {wf_casecheck(), "audit", "--purpose", "signoff", "--history", "--as-of", AS_OF,
	                     "--case", "BASE-0010", NULL};
	ck_assert_int_eq(wf_run(&out, wf_repo, two), 1);
	ck_assert_msg(wf_has(out, "history.final-notes") && wf_has(out, sid), "%s", out);
	free(out);
}
END_TEST

/* --- a history that cannot be read is never a pass ------------------------ */

/* Makes object id unreadable: its loose file gets bytes that do not
 * inflate. */
static void corrupt_object(const char *id)
{
	char rel[128];
	snprintf(rel, sizeof rel, ".git/objects/%.2s/%s", id, id + 2);
	char *path = gf_path(wf_repo, rel);
	ck_assert_int_eq(chmod(path, 0644), 0);
	free(path);
	ck_assert_int_eq(gf_write(wf_repo, rel, "not a zlib stream"), 0);
}

/* A change that is ordinary work (a new chronology entry), then a later
 * commit: with everything readable, the history is clean. */
static void add_entry(void)
{
	ck_assert_int_eq(wf_edit(wf_repo, "cases/BASE-001/chronology.json", "\"recorded_on\": \"2026-02-20\"}",
	                         "\"recorded_on\": \"2026-02-20\"},\n    {\"id\": \"e-new\", \"date\": \"2026-02-21\", "
	                         "\"event\": \"Telephone call\", \"category\": \"other\", \"children\": [\"c1\"]}"), 0);
	ck_assert_int_eq(gf_commit_all(wf_repo, "new entry"), 0);
	later_commit();
	char *out = NULL;
	ck_assert_msg(audit_history(&out) == 0, "%s", out);
	free(out);
}

START_TEST(shallow_clone_is_not_verified)
{
	char *out = NULL, *url, *clone = gf_mkdtemp();
	add_entry();
	url = malloc(strlen(wf_repo) + 8);
	sprintf(url, "file://%s", wf_repo);
	ck_assert_int_eq(gf_git(clone, "clone", "-q", "--depth", "1", url, ".", NULL), 0);
	free(url);
	gf_rm_rf(wf_repo);
	free(wf_repo);
	wf_repo = clone; /* teardown removes it */
	ck_assert_int_eq(audit_history(&out), 1);
	ck_assert_msg(wf_has(out, "history.final-notes") && wf_has(out, "history.chronology-entries") &&
	              wf_has(out, "history.signoff-files") && wf_has(out, "shallow") && wf_has(out, "not verified"),
	              "%s", out);
	free(out);
	assert_ready_without_history(); /* the same clone */
}
END_TEST

START_TEST(corrupt_commit_is_not_verified)
{
	char *out = NULL, id[41];
	add_entry();
	ck_assert_int_eq(gf_rev_parse(wf_repo, "HEAD~1", id), 0);
	corrupt_object(id);
	ck_assert_int_eq(audit_history(&out), 1);
	ck_assert_msg(wf_has(out, "history.chronology-entries") && wf_has(out, "cannot be read") &&
	              wf_has(out, "not verified"), "%s", out);
	free(out);
}
END_TEST

START_TEST(corrupt_old_version_is_not_verified)
{
	char *out = NULL, id[41], sid[13];
	add_entry();
	ck_assert_int_eq(gf_rev_parse(wf_repo, "HEAD~1", id), 0);
	memcpy(sid, id, 12);
	sid[12] = '\0';
	/* the chronology before the new entry: read to compare entry ids */
	ck_assert_int_eq(gf_rev_parse(wf_repo, "HEAD~2:cases/BASE-001/chronology.json", id), 0);
	corrupt_object(id);
	ck_assert_int_eq(audit_history(&out), 1);
	ck_assert_msg(wf_has(out, "history.chronology-entries") && wf_has(out, "cases/BASE-001/chronology.json") &&
	              wf_has(out, sid) && wf_has(out, "not verified"), "%s", out);
	free(out);
}
END_TEST

/* Changes in a row: each version is compared with the one before (the
 * rules keep the last version parsed); only the entry removed is named,
 * with the commit that removed it. */
START_TEST(chronology_entry_removed_after_an_addition)
{
	char *out = NULL, sid[13];
	add_entry();
	ck_assert_int_eq(wf_edit(wf_repo, "cases/BASE-001/chronology.json", "\"id\": \"e4\"", "\"id\": \"e4b\""), 0);
	ck_assert_int_eq(gf_commit_all(wf_repo, "renumber an entry"), 0);
	head_short(sid);
	later_commit();
	ck_assert_int_eq(audit_history(&out), 1);
	ck_assert_msg(wf_has(out, "chronology entry 'e4' was deleted in commit") && wf_has(out, sid), "%s", out);
	ck_assert_msg(!wf_has(out, "'e-new'") && !wf_has(out, "'e4b'"), "%s", out);
	free(out);
}
END_TEST

/* A plain folder has no history: --history cannot pass it. */
START_TEST(plain_folder_is_not_verified)
{
	char *out = NULL, *plain = gf_mkdtemp();
	ck_assert_int_eq(gf_copy_tree(wf_repo, plain), 0);
	char *git = gf_path(plain, ".git");
	ck_assert_int_eq(gf_rm_rf(git), 0);
	free(git);
	const char *hist[] = {wf_casecheck(), "audit", "--worktree", "--purpose", "signoff", "--history", "--as-of", AS_OF, NULL};
	ck_assert_int_eq(wf_run(&out, plain, hist), 1);
	ck_assert_msg(wf_has(out, "history.final-notes") && wf_has(out, "not in a git repository") &&
	              wf_has(out, "not verified"), "%s", out);
	free(out);
	const char *plain_argv[] = {wf_casecheck(), "audit", "--worktree", "--purpose", "signoff", "--as-of", AS_OF, NULL};
	ck_assert_msg(wf_run(&out, plain, plain_argv) == 0, "%s", out);
	free(out);
	gf_rm_rf(plain);
	free(plain);
}
END_TEST

int main(void)
{
	const TTest *const tests[] = {clean_history_passes, final_note_rewritten_names_commit,
	                              final_note_deleted_names_commit, chronology_entry_removed_names_commit,
	                              signoff_file_edited_names_commits, signing_again_is_not_an_edit,
	                              signoff_edit_merged_named_once, findings_go_to_the_case_changed,
	                              shallow_clone_is_not_verified, corrupt_commit_is_not_verified,
	                              corrupt_old_version_is_not_verified, plain_folder_is_not_verified,
	                              chronology_entry_removed_after_an_addition, NULL};
	return cc_test_list_main("history", tests, 120, wf_setup_base_repo, wf_teardown_repo);
}
