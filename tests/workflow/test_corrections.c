/* test_corrections.c: corrections without traps, with real git. Each
 * trap of the records rules has a way out (entered_in_error, an addendum,
 * restoring, a removal record); the hooks refuse what `--history` would
 * report, at `git commit` and at `git merge`; `audit --commits` judges
 * what no client hook saw, in a real pre-receive hook on a bare
 * repository. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "support/gitfixture.h"
#include "support/runner.h"
#include "util/xalloc.h"
#include "wf_run.h"

#define AS_OF "2026-03-02"
#define CHRON "cases/BASE-001/chronology.json"
#define NOTE "cases/BASE-001/notes/n-visit.json"
#define E4 "{\"id\": \"e4\", \"date\": \"2025-08-15\", \"event\": \"Home visit\", \"category\": \"visit\",\n" \
           "     \"children\": [\"c1\", \"c2\"], \"recorded_by\": \"sw-anna\", \"recorded_on\": \"2025-08-15\"}"
#define E4_DUP "{\"id\": \"e4-again\", \"date\": \"2025-08-15\", \"event\": \"Home visit\", \"category\": \"visit\",\n" \
               "     \"children\": [\"c1\", \"c2\"], \"recorded_by\": \"sw-anna\", \"recorded_on\": \"2025-08-16\"}"
#define IN_ERROR ", \"entered_in_error\": {\"on\": \"2026-02-26\", \"by\": \"sw-anna\", \"reason\": \"Entered twice.\"}}"

static int audit_history(char **out)
{
	return wf_audit_history(out, wf_repo, AS_OF);
}

static void short_rev(const char *spec, char out[13])
{
	char id[41];
	ck_assert_int_eq(gf_rev_parse(wf_repo, spec, id), 0);
	memcpy(out, id, 12);
	out[12] = '\0';
}

static void write_removal(const char *name, const char *removes, const char *reason, const char *by)
{
	char *path = NULL, *text = NULL;
	path = cc_xasprintf("removals/%s.json", name);
	text = cc_xasprintf("{\"format\": \"casecheck/removal@1\", \"case_id\": \"BASE-001\", \"removes\": [%s], "
	                    "\"reason\": \"%s\", \"by\": \"%s\", \"on\": \"2026-02-26\"}\n",
	                    removes, reason, by);
	ck_assert_int_eq(gf_write(wf_repo, path, text), 0);
	free(path);
	free(text);
}

/* Trap: a duplicate entry is reported as a duplicate, and deleting it as
 * a deleted entry. Way out: mark it entered in error (kept, left out of
 * the duplicate check); the hook lets the mark in. */
START_TEST(duplicate_entry_marked_in_error)
{
	char *out = NULL;
	ck_assert_int_eq(wf_edit(wf_repo, CHRON, E4 ",", E4 ",\n    " E4_DUP ","), 0);
	ck_assert_int_eq(gf_commit_all(wf_repo, "an entry entered twice"), 0);
	ck_assert_int_eq(audit_history(&out), 1);
	ck_assert_msg(wf_has(out, "chronology.duplicates"), "%s", out);
	free(out);

	wf_install_hooks(wf_repo);
	ck_assert_int_eq(wf_edit(wf_repo, CHRON, E4_DUP, ""), 0); /* deleting it: refused, naming the way */
	wf_refused(CHRON, "history.chronology-entries");
	ck_assert_int_eq(wf_edit(wf_repo, CHRON, "\"recorded_on\": \"2025-08-16\"}", "\"recorded_on\": \"2025-08-16\"" IN_ERROR),
	                 0);
	wf_accepted("entry e4-again entered in error");
	ck_assert_msg(audit_history(&out) == 0, "%s", out);
	ck_assert_msg(!wf_has(out, "chronology.duplicates") && !wf_has(out, "history."), "%s", out);
	free(out);
}
END_TEST

/* Trap: a deleted entry stayed an error for ever. Way out: put it back:
 * a warning naming the commit that deleted it. */
START_TEST(deleted_entry_restored_is_a_warning)
{
	char *out = NULL, sid[13];
	ck_assert_int_eq(wf_edit(wf_repo, CHRON, E4 ",\n    ", ""), 0);
	ck_assert_int_eq(gf_commit_all(wf_repo, "entry deleted (no hook)"), 0);
	short_rev("HEAD", sid);
	ck_assert_int_eq(audit_history(&out), 1);
	ck_assert_msg(wf_has(out, "history.chronology-entries") && wf_has(out, sid), "%s", out);
	free(out);
	ck_assert_int_eq(gf_git(wf_repo, "checkout", "-q", "HEAD~1", "--", CHRON, NULL), 0);
	ck_assert_int_eq(gf_commit_all(wf_repo, "entry restored"), 0);
	ck_assert_msg(audit_history(&out) == 0, "%s", out);
	ck_assert_msg(wf_has(out, "history.restored") && wf_has(out, "'e4'") && wf_has(out, sid) &&
	              !wf_has(out, "history.chronology-entries"), "%s", out);
	free(out);
}
END_TEST

/* Trap: a final note edited and restored exactly, as advised, blocked for
 * ever. Now: a warning naming the commit that altered it; an addendum is
 * the lawful correction. */
START_TEST(final_note_restored_is_a_warning)
{
	char *out = NULL, sid[13];
	ck_assert_int_eq(wf_edit(wf_repo, NOTE, "\"text\": \"Recorded.\"", "\"text\": \"Recorded, then rewritten.\""), 0);
	ck_assert_int_eq(gf_commit_all(wf_repo, "final note rewritten (no hook)"), 0);
	short_rev("HEAD", sid);
	ck_assert_int_eq(gf_git(wf_repo, "checkout", "-q", "HEAD~1", "--", NOTE, NULL), 0);
	ck_assert_int_eq(gf_write(wf_repo, "cases/BASE-001/notes/n-visit-addendum.json",
	                          "{\"format\": \"casecheck/note@1\", \"id\": \"n-visit-addendum\", \"date\": \"2026-02-20\", "
	                          "\"author\": \"sw-anna\", \"type\": \"home-visit\", \"heading\": \"Home visit: addendum\", "
	                          "\"status\": \"final\", \"finalised_on\": \"2026-02-26\", \"amends\": \"n-visit\", "
	                          "\"text\": \"Added.\"}\n"), 0);
	ck_assert_int_eq(gf_commit_all(wf_repo, "restored; addendum"), 0);
	ck_assert_msg(audit_history(&out) == 0, "%s", out);
	ck_assert_msg(wf_has(out, "history.restored") && wf_has(out, NOTE) && wf_has(out, sid) &&
	              !wf_has(out, "history.final-notes") && !wf_has(out, "rewritten"), "%s", out);
	free(out);
}
END_TEST

/* Reformatting a note and renaming its file are no change. */
START_TEST(reformat_and_rename_are_no_change)
{
	char *out = NULL;
	wf_install_hooks(wf_repo);
	ck_assert_int_eq(wf_edit(wf_repo, NOTE, "\"id\": \"n-visit\",", "\"id\":\"n-visit\" ,"), 0);
	wf_accepted("reformatted");
	ck_assert_int_eq(gf_git(wf_repo, "mv", NOTE, "cases/BASE-001/notes/2026-02-20-visit.json", NULL), 0);
	wf_accepted("renamed");
	/* both at once */
	ck_assert_int_eq(gf_git(wf_repo, "mv", "cases/BASE-001/notes/2026-02-20-visit.json", NOTE, NULL), 0);
	ck_assert_int_eq(wf_edit(wf_repo, NOTE, "\"id\":\"n-visit\" ,", "\"id\": \"n-visit\","), 0);
	wf_accepted("renamed back and reformatted");
	ck_assert_msg(audit_history(&out) == 0 && !wf_has(out, "history."), "%s", out);
	free(out);
}
END_TEST

/* A note put on the wrong child's file: removed with a manager's removal
 * record; a record by somebody else is named but does not count. */
START_TEST(misfiled_note_removed_by_a_manager)
{
	char *out = NULL;
	wf_install_hooks(wf_repo);
	ck_assert_int_eq(gf_git(wf_repo, "rm", "-q", NOTE, NULL), 0);
	wf_refused(NOTE, "history.final-notes");
	ck_assert_int_eq(gf_git(wf_repo, "rm", "-q", NOTE, NULL), 0);
	write_removal("2026-02-26-BASE-001", "{\"file\": \"notes/n-visit.json\"}", "misfiled", "sw-anna");
	ck_assert_int_eq(gf_git(wf_repo, "add", "-A", NULL), 0);
	ck_assert_int_eq(wf_commit(&out, wf_repo, "by a worker"), 1);
	ck_assert_msg(wf_has(out, "removals/2026-02-26-BASE-001.json names it but is not in force") &&
	              wf_has(out, "not a manager"), "%s", out);
	free(out);
	write_removal("2026-02-26-BASE-001", "{\"file\": \"notes/n-visit.json\"}", "misfiled", "tm-carol");
	wf_accepted("misfiled note removed");
	ck_assert_msg(audit_history(&out) == 0 && !wf_has(out, "history."), "%s", out);
	free(out);
}
END_TEST

/* --history names, as the hook does, a removal record that names the
 * deleted note but is not in force. */
START_TEST(history_names_a_removal_not_in_force)
{
	char *out = NULL;
	ck_assert_int_eq(gf_git(wf_repo, "rm", "-q", NOTE, NULL), 0);
	write_removal("2026-02-26-BASE-001", "{\"file\": \"notes/n-visit.json\"}", "misfiled", "sw-anna");
	ck_assert_int_eq(gf_commit_all(wf_repo, "removed by a worker (no hook)"), 0);
	ck_assert_int_eq(audit_history(&out), 1);
	ck_assert_msg(wf_has(out, "history.final-notes") &&
	              wf_has(out, "removals/2026-02-26-BASE-001.json names it but is not in force"), "%s", out);
	free(out);
}
END_TEST

/* A note on the wrong child's file moved to the right case: a deletion
 * from the case it leaves (as --history would say), lawful with a
 * removal record. */
START_TEST(misfiled_note_moved_to_the_right_case)
{
	char *out = NULL;
	ck_assert_int_eq(gf_git(wf_repo, "mv", "cases/BASE-001", "cases/BASE-002", NULL), 0);
	ck_assert_int_eq(gf_git(wf_repo, "checkout", "-q", "HEAD", "--", "cases/BASE-001", NULL), 0);
	static const char *const files[] = {"case.json", "chronology.json", "genogram.json"};
	for (size_t i = 0; i < 3; i++) {
		char *rel = cc_xasprintf("cases/BASE-002/%s", files[i]);
		ck_assert_int_eq(wf_edit(wf_repo, rel, "BASE-001", "BASE-002"), 0);
		free(rel);
	}
	char *notes = gf_path(wf_repo, "cases/BASE-002/notes");
	ck_assert_int_eq(gf_rm_rf(notes), 0);
	free(notes);
	ck_assert_int_eq(gf_commit_all(wf_repo, "a second case"), 0);
	wf_install_hooks(wf_repo);
	ck_assert_int_eq(gf_mkdirs(wf_repo, "cases/BASE-002/notes"), 0);
	ck_assert_int_eq(gf_git(wf_repo, "mv", NOTE, "cases/BASE-002/notes/n-visit.json", NULL), 0);
	wf_refused(NOTE, "history.final-notes");
	ck_assert_int_eq(gf_mkdirs(wf_repo, "cases/BASE-002/notes"), 0);
	ck_assert_int_eq(gf_git(wf_repo, "mv", NOTE, "cases/BASE-002/notes/n-visit.json", NULL), 0);
	write_removal("2026-02-26-BASE-001", "{\"file\": \"notes/n-visit.json\"}", "misfiled", "tm-carol");
	wf_accepted("note moved to the right case");
	const char *argv[] = {wf_casecheck(), "audit", "--purpose", "signoff", "--history", "--as-of", AS_OF,
	                      "--case", "BASE-001", NULL};
	ck_assert_msg(wf_run(&out, wf_repo, argv) == 0 && !wf_has(out, "history."), "%s", out);
	free(out);
}
END_TEST

/* Each change the history rules report is refused at the commit. */
START_TEST(hook_refuses_what_history_reports)
{
	wf_install_hooks(wf_repo);
	ck_assert_int_eq(wf_edit(wf_repo, NOTE, "\"text\": \"Recorded.\"", "\"text\": \"Other.\""), 0);
	wf_refused(NOTE, "history.final-notes");
	ck_assert_int_eq(wf_edit(wf_repo, CHRON, E4 ",\n    ", ""), 0);
	wf_refused(CHRON, "'e4'");
	ck_assert_int_eq(gf_git(wf_repo, "rm", "-q", CHRON, NULL), 0);
	wf_refused(CHRON, "history.case-files");
	ck_assert_int_eq(gf_git(wf_repo, "rm", "-q", "cases/BASE-001/case.json", NULL), 0);
	wf_refused("cases/BASE-001/case.json", "history.case-files");
	ck_assert_int_eq(gf_git(wf_repo, "rm", "-q", "cases/BASE-001/genogram.json", NULL), 0);
	wf_refused("cases/BASE-001/genogram.json", "history.case-files");
	ck_assert_int_eq(wf_edit(wf_repo, "cases/BASE-001/signoffs/transferring.json", "\"result\"", "\"comment\": \"x\", \"result\""), 0);
	wf_refused("cases/BASE-001/signoffs/transferring.json", "history.signoff-files");
	ck_assert_int_eq(gf_git(wf_repo, "rm", "-q", "cases/BASE-001/signoffs/transferring.json", NULL), 0);
	wf_refused("cases/BASE-001/signoffs/transferring.json", "history.signoff-files");
}
END_TEST

/* A final note kept under another extension in notes/ (the audit reports
 * it as hiding a record): --history reports its deletion, so the hook
 * refuses it. The hook used to judge only the .json files of notes/ and let it go. */
START_TEST(hook_refuses_deleting_a_hidden_final_note)
{
	char *out = NULL;
	const char *hidden = "cases/BASE-001/notes/n-hidden.txt";
	ck_assert_int_eq(gf_write(wf_repo, hidden,
	                          "{\"format\": \"casecheck/note@1\", \"id\": \"n-hidden\", \"date\": \"2026-02-20\", "
	                          "\"author\": \"sw-anna\", \"type\": \"home-visit\", \"heading\": \"Visit\", "
	                          "\"status\": \"final\", \"finalised_on\": \"2026-02-26\", \"text\": \"Kept.\"}\n"), 0);
	ck_assert_int_eq(gf_commit_all(wf_repo, "a final note under another extension (no hook)"), 0);
	wf_install_hooks(wf_repo);
	ck_assert_int_eq(gf_git(wf_repo, "rm", "-q", hidden, NULL), 0);
	wf_refused(hidden, "history.final-notes");
	ck_assert_int_eq(gf_git(wf_repo, "rm", "-q", hidden, NULL), 0);
	ck_assert_int_eq(gf_git(wf_repo, "commit", "-q", "--no-verify", "-m", "deleted (no hook)", NULL), 0);
	ck_assert_int_eq(audit_history(&out), 1);
	ck_assert_msg(wf_has(out, "history.final-notes") && wf_has(out, hidden), "%s", out);
	free(out);
}
END_TEST

/* A case folder moved with its content is a move, not a deletion; a case
 * folder renamed to another id (its files now say the new id) needs a
 * removal record with reason rename. */
START_TEST(case_folder_moved_or_renamed)
{
	char *out = NULL;
	wf_install_hooks(wf_repo);
	ck_assert_int_eq(gf_git(wf_repo, "mv", "cases/BASE-001", "closed-cases", NULL), 0);
	wf_accepted("case folder moved out of the caseload with its content");
	ck_assert_int_eq(gf_git(wf_repo, "mv", "closed-cases", "cases/BASE-001", NULL), 0);
	wf_accepted("and back");

	ck_assert_int_eq(gf_git(wf_repo, "mv", "cases/BASE-001", "cases/BASE-002", NULL), 0);
	static const char *const files[] = {"case.json", "chronology.json", "genogram.json"};
	for (size_t i = 0; i < 3; i++) {
		char *rel = cc_xasprintf("cases/BASE-002/%s", files[i]);
		ck_assert_int_eq(wf_edit(wf_repo, rel, "BASE-001", "BASE-002"), 0);
		free(rel);
	}
	wf_refused("cases/BASE-001/case.json", "history.case-files");
	ck_assert_int_eq(gf_git(wf_repo, "mv", "cases/BASE-001", "cases/BASE-002", NULL), 0);
	for (size_t i = 0; i < 3; i++) {
		char *rel = cc_xasprintf("cases/BASE-002/%s", files[i]);
		ck_assert_int_eq(wf_edit(wf_repo, rel, "BASE-001", "BASE-002"), 0);
		free(rel);
	}
	write_removal("2026-02-26-BASE-001", "{\"case_folder\": true}", "rename", "tm-carol");
	wf_accepted("case renumbered");
	const char *argv[] = {wf_casecheck(), "audit", "--commits", "main~3..main", NULL};
	ck_assert_msg(wf_run(&out, wf_repo, argv) == 0 && wf_has(out, "3 commits judged, none refused"), "%s", out);
	free(out);
}
END_TEST

static int merge(char **out, const char *branch)
{
	const char *argv[] = {"git", "merge", "-q", "--no-ff", "-m", "merge", branch, NULL};
	return wf_run(out, wf_repo, argv);
}

/* A merge runs pre-merge-commit: a clean merge goes in; a merge that
 * brings a final note rewritten on a branch (committed there with
 * --no-verify) is refused, naming the note. */
START_TEST(merge_clean_and_broken)
{
	char *out = NULL;
	wf_install_hooks(wf_repo);
	ck_assert_int_eq(gf_git(wf_repo, "checkout", "-q", "-b", "side", NULL), 0);
	ck_assert_int_eq(gf_write(wf_repo, "cases/BASE-001/notes/n-side.json",
	                          "{\"format\": \"casecheck/note@1\", \"id\": \"n-side\", \"date\": \"2026-02-25\", "
	                          "\"author\": \"sw-anna\", \"type\": \"telephone\", \"heading\": \"Call\", "
	                          "\"status\": \"draft\", \"text\": \"Draft.\"}\n"), 0);
	wf_accepted("a draft on a branch");
	ck_assert_int_eq(gf_git(wf_repo, "checkout", "-q", "main", NULL), 0);
	ck_assert_int_eq(gf_write(wf_repo, "README.md", "main moves on\n"), 0);
	wf_accepted("main moves on");
	ck_assert_msg(merge(&out, "side") == 0, "%s", out);
	free(out);

	ck_assert_int_eq(gf_git(wf_repo, "checkout", "-q", "side", NULL), 0);
	ck_assert_int_eq(wf_edit(wf_repo, NOTE, "\"text\": \"Recorded.\"", "\"text\": \"Rewritten on a branch.\""), 0);
	ck_assert_int_eq(gf_commit_all(wf_repo, "final note rewritten, no hook"), 0);
	ck_assert_int_eq(gf_git(wf_repo, "checkout", "-q", "main", NULL), 0);
	ck_assert_int_eq(gf_write(wf_repo, "README.md", "main moves on again\n"), 0);
	wf_accepted("main moves on again");
	char before[41], after[41];
	ck_assert_int_eq(gf_rev_parse(wf_repo, "HEAD", before), 0);
	ck_assert_int_ne(merge(&out, "side"), 0);
	ck_assert_msg(wf_has(out, NOTE) && wf_has(out, "history.final-notes"), "%s", out);
	free(out);
	ck_assert_int_eq(gf_rev_parse(wf_repo, "HEAD", after), 0);
	ck_assert_str_eq(before, after);
	ck_assert_int_eq(gf_git(wf_repo, "merge", "--abort", NULL), 0);

	/* a branch that broke a case folder (a value the schema refuses) */
	ck_assert_int_eq(gf_git(wf_repo, "checkout", "-q", "-b", "side2", "main", NULL), 0);
	ck_assert_int_eq(wf_edit(wf_repo, "cases/BASE-001/case.json", "\"status\": \"open\"", "\"status\": \"opne\""), 0);
	ck_assert_int_eq(gf_commit_all(wf_repo, "broken case, no hook"), 0);
	ck_assert_int_eq(gf_git(wf_repo, "checkout", "-q", "main", NULL), 0);
	ck_assert_int_ne(merge(&out, "side2"), 0);
	ck_assert_msg(wf_has(out, "cases/BASE-001/case.json") && wf_has(out, "schema.valid") &&
	              wf_has(out, "commit refused"), "%s", out);
	free(out);
	ck_assert_int_eq(gf_rev_parse(wf_repo, "HEAD", after), 0);
	ck_assert_str_eq(before, after);
}
END_TEST

/* A push of commits no client hook saw: the pre-receive hook runs
 * `audit --commits OLD..NEW` in git's quarantine and names the commit
 * that broke a case; a clean push (also a new branch) is accepted. */
START_TEST(pre_receive_names_the_breaking_commit)
{
	char *out = NULL, *bare = gf_mkdtemp(), *hook = NULL, bad[13];
	ck_assert_int_eq(gf_git(bare, "init", "-q", "--bare", NULL), 0);
	hook = cc_xasprintf("#!/bin/sh\nwhile read old new ref; do\n"
	                    "  '%s' audit --commits \"$old..$new\" || exit 1\ndone\n", wf_casecheck());
	ck_assert_int_eq(gf_write(bare, "hooks/pre-receive", hook), 0);
	ck_assert_int_eq(gf_chmod_x(bare, "hooks/pre-receive", 1), 0);
	const char *push_main[] = {"git", "push", "-q", bare, "main", NULL};
	ck_assert_msg(wf_run(&out, wf_repo, push_main) == 0, "%s", out);
	free(out);

	ck_assert_int_eq(wf_edit(wf_repo, NOTE, "\"text\": \"Recorded.\"", "\"text\": \"Rewritten.\""), 0);
	ck_assert_int_eq(gf_commit_all(wf_repo, "rewritten, no hook"), 0);
	short_rev("HEAD", bad);
	ck_assert_int_eq(gf_write(wf_repo, "README.md", "later\n"), 0);
	ck_assert_int_eq(gf_commit_all(wf_repo, "later"), 0);
	ck_assert_int_ne(wf_run(&out, wf_repo, push_main), 0);
	ck_assert_msg(wf_has(out, bad) && wf_has(out, "history.final-notes") && wf_has(out, "pre-receive hook declined"),
	              "%s", out);
	free(out);

	ck_assert_int_eq(gf_git(wf_repo, "reset", "-q", "--hard", "HEAD~2", NULL), 0);
	ck_assert_int_eq(gf_git(wf_repo, "checkout", "-q", "-b", "new-branch", NULL), 0);
	ck_assert_int_eq(gf_write(wf_repo, "README.md", "fine\n"), 0);
	ck_assert_int_eq(gf_commit_all(wf_repo, "fine"), 0);
	const char *push_new[] = {"git", "push", "-q", bare, "new-branch", NULL};
	ck_assert_msg(wf_run(&out, wf_repo, push_new) == 0, "%s", out);
	free(out);
	gf_rm_rf(bare);
	free(bare);
	free(hook);
}
END_TEST

int main(void)
{
	const TTest *const tests[] = {duplicate_entry_marked_in_error, deleted_entry_restored_is_a_warning,
	                              final_note_restored_is_a_warning, reformat_and_rename_are_no_change,
	                              misfiled_note_removed_by_a_manager, history_names_a_removal_not_in_force,
	                              misfiled_note_moved_to_the_right_case, hook_refuses_what_history_reports,
	                              hook_refuses_deleting_a_hidden_final_note, case_folder_moved_or_renamed,
	                              merge_clean_and_broken, pre_receive_names_the_breaking_commit, NULL};
	return cc_test_list_main("corrections", tests, 120, wf_setup_base_repo, wf_teardown_repo);
}
