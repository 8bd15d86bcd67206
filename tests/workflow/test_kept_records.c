/* test_kept_records.c: records kept for good, with real git: an edited
 * chronology entry and an edited or deleted removal record are refused by
 * the hook (with the lawful way), reported by --history and by `audit
 * --commits`; restoring the record is the way out, also with the hooks
 * installed; and --history judges a merge against each parent: a clean
 * merge says nothing, a merge that drops what one side recorded is named. */
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
#define RECORD "removals/2026-02-26-BASE-001.json"
#define E7_TAIL "\"recorded_on\": \"2026-02-20\"}"
#define E8 "{\"id\": \"e8\", \"date\": \"2026-02-24\", \"event\": \"Telephone call\", \"category\": \"other\", " \
           "\"children\": [\"c1\"], \"recorded_by\": \"sw-anna\", \"recorded_on\": \"2026-02-24\"}"
#define E7B "{\"id\": \"e7b\", \"date\": \"2026-02-20\", \"event\": \"Home visit\", \"category\": \"visit\", " \
            "\"children\": [\"c1\", \"c2\"], \"recorded_by\": \"sw-anna\", \"recorded_on\": \"2026-02-26\"}"
#define E9 "{\"id\": \"e9\", \"date\": \"2026-02-25\", \"event\": \"School contact\", \"category\": \"other\", " \
           "\"children\": [\"c2\"], \"recorded_by\": \"sw-ben\", \"recorded_on\": \"2026-02-25\"}"

static void short_rev(const char *spec, char out[13])
{
	char id[41];
	ck_assert_int_eq(gf_rev_parse(wf_repo, spec, id), 0);
	memcpy(out, id, 12);
	out[12] = '\0';
}

/* `audit --commits range`: exit status; *out the output. */
static int commits(char **out, const char *range)
{
	const char *argv[] = {wf_casecheck(), "audit", "--commits", range, NULL};
	return wf_run(out, wf_repo, argv);
}

static void write_record(const char *reason)
{
	char *text = cc_xasprintf("{\"format\": \"casecheck/removal@1\", \"case_id\": \"BASE-001\", \"removes\": "
	                          "[{\"file\": \"notes/n-old.json\"}], \"reason\": \"%s\", \"by\": \"tm-carol\", "
	                          "\"on\": \"2026-02-26\"}\n", reason);
	ck_assert_int_eq(gf_write(wf_repo, RECORD, text), 0);
	free(text);
}

/* An entry's text rewritten: refused at the commit, with the way out
 * (mark it entered_in_error, the correction a new entry), which passes. */
START_TEST(edited_entry_refused_marking_passes)
{
	char *out = NULL;
	wf_install_hooks(wf_repo);
	ck_assert_int_eq(wf_edit(wf_repo, CHRON, "\"event\": \"CIN meeting\"", "\"event\": \"CIN review meeting\""), 0);
	wf_refused(CHRON, "chronology entry 'e6' is changed");
	/* reformatting the whole file is no change */
	ck_assert_int_eq(wf_edit(wf_repo, CHRON, "\"event\": \"CIN meeting\", ", "\"event\":\"CIN meeting\",\n      "), 0);
	wf_accepted("chronology reformatted");
	ck_assert_int_eq(wf_edit(wf_repo, CHRON, E7_TAIL,
	                         "\"recorded_on\": \"2026-02-20\", \"entered_in_error\": {\"on\": \"2026-02-26\", "
	                         "\"by\": \"sw-anna\", \"reason\": \"Wrong child.\"}},\n    " E7B), 0);
	wf_accepted("e7 entered in error, e7b the correction");
	/* the mark, once made, is part of the entry */
	ck_assert_int_eq(wf_edit(wf_repo, CHRON, "\"reason\": \"Wrong child.\"", "\"reason\": \"Wrong day.\""), 0);
	wf_refused(CHRON, "chronology entry 'e7' is changed");
	ck_assert_msg(wf_audit_history(&out, wf_repo, AS_OF) == 0 && !wf_has(out, "history."), "%s", out);
	free(out);
}
END_TEST

/* The same edit made without the hook: --history and --commits name the
 * commit; restoring the entry (through the hook) is the way out, and then
 * a warning naming the commit. */
START_TEST(edited_entry_reported_and_restored)
{
	char *out = NULL, sid[13];
	ck_assert_int_eq(wf_edit(wf_repo, CHRON, "\"event\": \"CIN meeting\"", "\"event\": \"CIN review meeting\""), 0);
	ck_assert_int_eq(gf_commit_all(wf_repo, "entry rewritten, no hook"), 0);
	short_rev("HEAD", sid);
	ck_assert_int_eq(wf_audit_history(&out, wf_repo, AS_OF), 1);
	ck_assert_msg(wf_has(out, "history.chronology-entries") && wf_has(out, "chronology entry 'e6' was changed in commit") &&
	              wf_has(out, sid), "%s", out);
	free(out);
	ck_assert_int_eq(commits(&out, "HEAD~1..HEAD"), 1);
	ck_assert_msg(wf_has(out, sid) && wf_has(out, "'e6' is changed"), "%s", out);
	free(out);
	wf_install_hooks(wf_repo);
	ck_assert_int_eq(gf_git(wf_repo, "checkout", "-q", "HEAD~1", "--", CHRON, NULL), 0);
	wf_accepted("entry restored");
	ck_assert_int_eq(commits(&out, "HEAD~1..HEAD"), 0);
	free(out);
	ck_assert_msg(wf_audit_history(&out, wf_repo, AS_OF) == 0 && wf_has(out, "history.restored") && wf_has(out, sid) &&
	              !wf_has(out, "history.chronology-entries"), "%s", out);
	free(out);
}
END_TEST

/* A final note rewritten without the hook, then restored with the hooks
 * installed: the hook lets the restoring commit in. */
START_TEST(final_note_restored_through_the_hook)
{
	char *out = NULL;
	ck_assert_int_eq(wf_edit(wf_repo, NOTE, "\"text\": \"Recorded.\"", "\"text\": \"Rewritten.\""), 0);
	ck_assert_int_eq(gf_commit_all(wf_repo, "note rewritten, no hook"), 0);
	wf_install_hooks(wf_repo);
	ck_assert_int_eq(wf_edit(wf_repo, NOTE, "\"text\": \"Rewritten.\"", "\"text\": \"Rewritten again.\""), 0);
	wf_refused(NOTE, "history.final-notes");
	ck_assert_int_eq(gf_git(wf_repo, "checkout", "-q", "HEAD~1", "--", NOTE, NULL), 0);
	wf_accepted("note restored");
	ck_assert_msg(wf_audit_history(&out, wf_repo, AS_OF) == 0 && wf_has(out, "history.restored"), "%s", out);
	free(out);
}
END_TEST

/* A removal record is append-only: edited or deleted is refused (renamed
 * with its content, or reformatted, is not); without the hook --history
 * and --commits name it, and restoring it is the way out. */
START_TEST(removal_record_kept_for_good)
{
	char *out = NULL, sid[13];
	write_record("retention");
	ck_assert_int_eq(gf_commit_all(wf_repo, "a removal record"), 0);
	wf_install_hooks(wf_repo);
	write_record("misfiled");
	wf_refused(RECORD, "the removal record is changed");
	ck_assert_int_eq(gf_git(wf_repo, "rm", "-q", RECORD, NULL), 0);
	wf_refused(RECORD, "the removal record is deleted");
	ck_assert_int_eq(gf_git(wf_repo, "mv", RECORD, "removals/2026-02-26-BASE-001-retention.json", NULL), 0);
	wf_accepted("removal record renamed");
	ck_assert_int_eq(gf_git(wf_repo, "mv", "removals/2026-02-26-BASE-001-retention.json", RECORD, NULL), 0);
	wf_accepted("and back");
	ck_assert_int_eq(wf_edit(wf_repo, RECORD, "\"reason\": \"retention\", ", "\"reason\":\"retention\",\n  "), 0);
	wf_accepted("removal record reformatted");

	write_record("misfiled");
	ck_assert_int_eq(gf_git(wf_repo, "commit", "-q", "--no-verify", "-am", "record edited, no hook", NULL), 0);
	short_rev("HEAD", sid);
	ck_assert_int_eq(wf_audit_history(&out, wf_repo, AS_OF), 1);
	ck_assert_msg(wf_has(out, "history.removal-records") && wf_has(out, RECORD) && wf_has(out, sid), "%s", out);
	free(out);
	ck_assert_int_eq(commits(&out, "HEAD~1..HEAD"), 1);
	ck_assert_msg(wf_has(out, sid) && wf_has(out, "history.removal-records"), "%s", out);
	free(out);
	write_record("retention");
	wf_accepted("record restored");
	ck_assert_msg(wf_audit_history(&out, wf_repo, AS_OF) == 0 && wf_has(out, "history.restored") &&
	              !wf_has(out, "history.removal-records"), "%s", out);
	free(out);
}
END_TEST

static int merge(char **out, const char *const *extra)
{
	const char *argv[12] = {"git", "merge", "-q", "--no-ff", "--no-verify", "-m", "merge"};
	int n = 7;
	for (; *extra; extra++)
		argv[n++] = *extra;
	argv[n] = NULL;
	return wf_run(out, wf_repo, argv);
}

/* --history judges a merge against each parent: two workers add entries
 * on two branches; a clean merge keeps both (nothing said); a merge that
 * keeps one side's chronology drops the other's entry, and the merge
 * commit is named. */
START_TEST(history_merge_against_each_parent)
{
	char *out = NULL, sid[13];
	ck_assert_int_eq(gf_git(wf_repo, "checkout", "-q", "-b", "side", NULL), 0);
	ck_assert_int_eq(wf_edit(wf_repo, CHRON, E7_TAIL, E7_TAIL ",\n    " E9), 0);
	ck_assert_int_eq(gf_commit_all(wf_repo, "e9 on a branch"), 0);
	ck_assert_int_eq(gf_git(wf_repo, "checkout", "-q", "main", NULL), 0);
	ck_assert_int_eq(gf_write(wf_repo, "cases/BASE-001/notes/n-main.json",
	                          "{\"format\": \"casecheck/note@1\", \"id\": \"n-main\", \"date\": \"2026-02-25\", "
	                          "\"author\": \"sw-anna\", \"type\": \"telephone\", \"heading\": \"Call\", "
	                          "\"status\": \"final\", \"finalised_on\": \"2026-02-25\", \"text\": \"Recorded.\"}\n"), 0);
	ck_assert_int_eq(gf_commit_all(wf_repo, "a note on main"), 0);
	const char *plain[] = {"side", NULL};
	ck_assert_msg(merge(&out, plain) == 0, "%s", out);
	free(out);
	ck_assert_msg(wf_audit_history(&out, wf_repo, AS_OF) == 0 && !wf_has(out, "history."), "%s", out);
	free(out);

	/* a second branch adds e8; main merges it keeping its own chronology */
	ck_assert_int_eq(gf_git(wf_repo, "checkout", "-q", "-b", "side2", NULL), 0);
	ck_assert_int_eq(wf_edit(wf_repo, CHRON, E7_TAIL, E7_TAIL ",\n    " E8), 0);
	ck_assert_int_eq(gf_commit_all(wf_repo, "e8 on a branch"), 0);
	ck_assert_int_eq(gf_git(wf_repo, "checkout", "-q", "main", NULL), 0);
	const char *ours[] = {"-s", "ours", "side2", NULL};
	ck_assert_msg(merge(&out, ours) == 0, "%s", out);
	free(out);
	short_rev("HEAD", sid);
	ck_assert_int_eq(wf_audit_history(&out, wf_repo, AS_OF), 1);
	ck_assert_msg(wf_has(out, "history.chronology-entries") && wf_has(out, "'e8' was deleted in commit") &&
	              wf_has(out, sid), "%s", out);
	free(out);
	/* the way out: put the entry back */
	ck_assert_int_eq(gf_git(wf_repo, "checkout", "-q", "side2", "--", CHRON, NULL), 0);
	ck_assert_int_eq(gf_commit_all(wf_repo, "e8 restored"), 0);
	ck_assert_msg(wf_audit_history(&out, wf_repo, AS_OF) == 0 && wf_has(out, "history.restored") &&
	              wf_has(out, sid) && !wf_has(out, "history.chronology-entries"), "%s", out);
	free(out);
}
END_TEST

int main(void)
{
	const TTest *const tests[] = {edited_entry_refused_marking_passes, edited_entry_reported_and_restored,
	                              final_note_restored_through_the_hook, removal_record_kept_for_good,
	                              history_merge_against_each_parent, NULL};
	return cc_test_list_main("kept_records", tests, 180, wf_setup_base_repo, wf_teardown_repo);
}
