/* test_signoff.c: `casecheck signoff` end to end on repositories built
 * from fixtures/rules/_base (as of 2026-03-02, when BASE-001 is ready for
 * transfer in every respect but the sign-off), and the audits that then
 * accept only a current sign-off. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "casecheck/audit.h"
#include "support/gitfixture.h"
#include "support/runner.h"
#include "wf_run.h"

#define AS_OF "2026-03-02"
#define SIGNED "cases/BASE-001/signoffs/" AS_OF "-transferring-manager.json"

static char *repo;

static void setup(void)
{
	repo = wf_unsigned_repo(); /* each test signs for itself */
	ck_assert_ptr_nonnull(repo);
}

static void teardown(void)
{
	gf_rm_rf(repo);
	free(repo);
	repo = NULL;
}

/* casecheck signoff ... with up to 4 extra arguments (NULL-ended). */
static int signoff(char **out, const char *role, const char *by, const char *a, const char *b,
                   const char *c)
{
	const char *argv[] = {wf_casecheck(), "signoff", "--case", "BASE-001", "--role", role, "--by", by,
	                      "--as-of", AS_OF, a, b, c, NULL};
	return wf_run(out, repo, argv);
}

static int audit(char **out, const char *purpose, const char *format)
{
	const char *argv[] = {wf_casecheck(), "audit", "--purpose", purpose, "--as-of", AS_OF,
	                      "--format", format, NULL};
	return wf_run(out, repo, argv);
}

static bool exists(const char *rel)
{
	char *p = gf_path(repo, rel);
	struct stat st;
	bool yes = lstat(p, &st) == 0;
	free(p);
	return yes;
}

static char *git_out1(const char *a, const char *b)
{
	char *out = NULL;
	ck_assert_int_eq(gf_git_out(&out, repo, a, b, NULL), 0);
	return out;
}

/* Writes a valid sign-off whose content is the case folder's tree id as
 * git itself computes it, and the file is valid against the schema. */
START_TEST(writes_valid_signoff_of_exact_content)
{
	char *out = NULL, tree[41];
	ck_assert_int_eq(gf_rev_parse(repo, "HEAD:cases/BASE-001", tree), 0); /* no signoffs/ in it */
	ck_assert_msg(signoff(&out, "transferring-manager", "tm-carol", NULL, NULL, NULL) == 0, "%s", out);
	ck_assert_msg(wf_has(out, SIGNED), "%s", out);
	free(out);
	char *path = gf_path(repo, SIGNED), *text = NULL;
	FILE *f = fopen(path, "r");
	ck_assert_ptr_nonnull(f);
	text = calloc(1, 4096);
	ck_assert_uint_gt(fread(text, 1, 4095, f), 0);
	fclose(f);
	char want[64];
	snprintf(want, sizeof want, "\"content\": \"%s\"", tree);
	ck_assert_msg(wf_has(text, want), "%s", text);
	ck_assert(wf_has(text, "\"role\": \"transferring-manager\""));
	ck_assert(wf_has(text, "\"by\": \"tm-carol\""));
	ck_assert(wf_has(text, "\"date\": \"" AS_OF "\""));
	ck_assert(wf_has(text, "\"purpose\": \"transfer\""));
	ck_assert(wf_has(text, "\"result\": \"ready\""));
	free(text);

	char *schema = gf_path(getenv("CASECHECK_SOURCE_DIR"), "schemas/signoff.json");
	const char *v[] = {wf_casecheck(), "validate", "--schema", schema, "--format-assert", path, NULL};
	ck_assert_msg(wf_run(&out, repo, v) == 0, "%s", out);
	free(out);
	free(schema);
	free(path);

	/* not staged, not committed without --commit */
	char *st = git_out1("status", "--porcelain");
	ck_assert_msg(wf_has(st, "?? cases/BASE-001/signoffs/"), "%s", st);
	free(st);

	/* committed as it is, the transfer audit is ready: the sign-off is current */
	ck_assert_int_eq(gf_commit_all(repo, "sign-off"), 0);
	ck_assert_msg(audit(&out, "transfer", "text") == 0, "%s", out);
	free(out);
	/* a second sign-off the same day never overwrites the first */
	ck_assert_msg(signoff(&out, "transferring-manager", "tm-carol", NULL, NULL, NULL) == 0, "%s", out);
	ck_assert_msg(wf_has(out, "transferring-manager-2.json") && wf_has(out, tree), "%s", out);
	free(out);
}
END_TEST

/* A case that is not ready is not signed, and nothing is written. */
START_TEST(not_ready_writes_nothing)
{
	char *out = NULL;
	ck_assert_int_eq(wf_edit(repo, "cases/BASE-001/notes/n-visit.json", "\"status\": \"final\"", "\"status\": \"draft\""), 0);
	ck_assert_int_eq(gf_git(repo, "add", "cases", NULL), 0);
	ck_assert_int_eq(signoff(&out, "transferring-manager", "tm-carol", NULL, NULL, NULL), 1);
	ck_assert_msg(wf_has(out, "not ready") && wf_has(out, "cases/BASE-001/notes/n-visit.json"), "%s", out);
	free(out);
	ck_assert(!exists("cases/BASE-001/signoffs"));
}
END_TEST

/* What is signed is the index: broken on disk but fine in the index is
 * signed (and its content is the staged tree); fine on disk but broken in
 * the index is not. */
START_TEST(signs_the_index_not_the_worktree)
{
	char *out = NULL;
	ck_assert_int_eq(wf_edit(repo, "cases/BASE-001/case.json", "\"locality\": \"North\"", "\"locality\": \"North East\""), 0);
	ck_assert_int_eq(gf_git(repo, "add", "cases", NULL), 0);
	ck_assert_int_eq(gf_write(repo, "cases/BASE-001/genogram.json", "{"), 0);
	ck_assert_msg(signoff(&out, "transferring-manager", "tm-carol", NULL, NULL, NULL) == 0, "%s", out);
	free(out);
	char staged_tree[41] = "";
	char *wt = NULL;
	ck_assert_int_eq(gf_git_out(&wt, repo, "write-tree", "--prefix=cases/BASE-001/", NULL), 0);
	memcpy(staged_tree, wt, 40);
	free(wt);
	char *path = gf_path(repo, SIGNED), *text = calloc(1, 4096);
	FILE *f = fopen(path, "r");
	ck_assert_ptr_nonnull(f);
	ck_assert_uint_gt(fread(text, 1, 4095, f), 0);
	fclose(f);
	ck_assert_msg(wf_has(text, staged_tree), "%s vs %s", text, staged_tree);
	free(text);
	unlink(path);
	free(path);

	/* now broken in the index, fine on disk */
	ck_assert_int_eq(gf_git(repo, "checkout", "HEAD", "--", "cases/BASE-001/genogram.json", NULL), 0);
	ck_assert_int_eq(gf_write(repo, "cases/BASE-001/chronology.json", "{"), 0);
	ck_assert_int_eq(gf_git(repo, "add", "cases/BASE-001/chronology.json", NULL), 0);
	ck_assert_int_eq(gf_git_out(&wt, repo, "show", "HEAD:cases/BASE-001/chronology.json", NULL), 0);
	ck_assert_int_eq(gf_write(repo, "cases/BASE-001/chronology.json", wt), 0);
	free(wt);
	ck_assert_int_eq(signoff(&out, "transferring-manager", "tm-carol", NULL, NULL, NULL), 1);
	ck_assert_msg(wf_has(out, "cases/BASE-001/chronology.json"), "%s", out);
	free(out);
	ck_assert(!exists(SIGNED));
}
END_TEST

/* Only a manager of the case's side in staff.json, in post on the date,
 * may sign: the same test the audit applies to the sign-off it reads. */
START_TEST(signer_must_be_current_manager)
{
	char *out = NULL;
	ck_assert_int_eq(signoff(&out, "transferring-manager", "sw-anna", NULL, NULL, NULL), 1);
	ck_assert_msg(wf_has(out, "not a manager") && !wf_has(out, "0 cases"), "%s", out);
	ck_assert_msg(wf_has(out, "(team-manager, practice-manager, practice-supervisor, head-of-service or operations-manager "
	                          "may sign)"), "%s", out);
	free(out);
	ck_assert_int_eq(signoff(&out, "transferring-manager", "tm-nobody", NULL, NULL, NULL), 1);
	ck_assert_msg(wf_has(out, "not in staff.json"), "%s", out);
	free(out);
	/* the other team's manager */
	ck_assert_int_eq(signoff(&out, "transferring-manager", "tm-dave", NULL, NULL, NULL), 1);
	ck_assert_msg(wf_has(out, "not a manager of the transferring team"), "%s", out);
	free(out);
	ck_assert_int_eq(signoff(&out, "receiving-manager", "tm-dave", NULL, NULL, NULL), 1);
	ck_assert_msg(wf_has(out, "not a manager of the receiving team"), "%s", out);
	free(out);
	ck_assert(!exists("cases/BASE-001/signoffs"));
	/* a head of service may sign; --repo from another folder */
	const char *argv[] = {wf_casecheck(), "signoff", "--repo", repo, "--case", "BASE-001", "--role",
	                      "transferring-manager", "--by", "hos-erin", "--as-of", AS_OF, NULL};
	ck_assert_msg(wf_run(&out, "/", argv) == 0, "%s", out);
	ck_assert_msg(wf_has(out, SIGNED), "%s", out);
	free(out);
	/* the case's manager who left before the date may not; on the last day may */
	ck_assert_int_eq(wf_edit(repo, "staff.json", "\"role\": \"team-manager\", \"qualified\": true, \"team\": \"north\"",
	                         "\"role\": \"team-manager\", \"qualified\": true, \"team\": \"north\", \"left_on\": \"2026-02-27\""), 0);
	ck_assert_int_eq(gf_git(repo, "add", "staff.json", NULL), 0);
	ck_assert_int_eq(signoff(&out, "transferring-manager", "tm-carol", NULL, NULL, NULL), 1);
	ck_assert_msg(wf_has(out, "had left"), "%s", out);
	free(out);
	ck_assert_int_eq(wf_edit(repo, "staff.json", "\"left_on\": \"2026-02-27\"", "\"left_on\": \"" AS_OF "\""), 0);
	ck_assert_int_eq(gf_git(repo, "add", "staff.json", NULL), 0);
	ck_assert_msg(signoff(&out, "transferring-manager", "tm-carol", NULL, NULL, NULL) == 0, "%s", out);
	free(out);
	/* bad usage */
	ck_assert_int_eq(signoff(&out, "receiving-manager", "tm-carol", "--purpose", "signoff", NULL), 2);
	free(out);
	ck_assert_int_eq(signoff(&out, "team-leader", "tm-carol", NULL, NULL, NULL), 2);
	free(out);
}
END_TEST

/* Without staff.json nobody may sign: not even the manager the case
 * names, since anyone who can commit can name themself there. */
START_TEST(without_staff_only_named_manager)
{
	char *out = NULL;
	ck_assert_int_eq(gf_git(repo, "rm", "-q", "--cached", "staff.json", NULL), 0);
	ck_assert_int_eq(signoff(&out, "transferring-manager", "hos-erin", NULL, NULL, NULL), 1);
	ck_assert_msg(wf_has(out, "no staff.json"), "%s", out);
	free(out);
	ck_assert_int_eq(signoff(&out, "transferring-manager", "tm-carol", NULL, NULL, NULL), 1);
	ck_assert_msg(wf_has(out, "no staff.json"), "%s", out);
	free(out);
}
END_TEST

/* --commit commits the sign-off file alone on top of HEAD, and refuses
 * when other changes are staged. */
START_TEST(commit_alone_and_refuse_staged)
{
	char *out = NULL, before[41], after[41], parent[41];
	ck_assert_int_eq(gf_rev_parse(repo, "HEAD", before), 0);
	ck_assert_int_eq(gf_write(repo, "README.md", "readme\n"), 0);
	ck_assert_int_eq(gf_git(repo, "add", "README.md", NULL), 0);
	ck_assert_int_eq(signoff(&out, "transferring-manager", "tm-carol", "--commit", NULL, NULL), 1);
	ck_assert_msg(wf_has(out, "other changes are staged"), "%s", out);
	free(out);
	ck_assert(!exists("cases/BASE-001/signoffs"));
	ck_assert_int_eq(gf_rev_parse(repo, "HEAD", after), 0);
	ck_assert_str_eq(before, after);

	ck_assert_int_eq(gf_git(repo, "rm", "-q", "--cached", "README.md", NULL), 0);
	/* no git identity: refused before anything is written */
	ck_assert_int_eq(gf_git(repo, "config", "--unset", "user.email", NULL), 0);
	ck_assert_int_eq(signoff(&out, "transferring-manager", "tm-carol", "--commit", NULL, NULL), 2);
	ck_assert_msg(wf_has(out, "user.email"), "%s", out);
	free(out);
	ck_assert(!exists("cases/BASE-001/signoffs"));
	ck_assert_int_eq(gf_git(repo, "config", "user.email", "test@casecheck.invalid", NULL), 0);
	/* an unstaged change in the working tree is not committed */
	ck_assert_int_eq(wf_edit(repo, "cases/BASE-001/case.json", "\"locality\": \"North\"", "\"locality\": \"Elsewhere\""), 0);
	ck_assert_msg(signoff(&out, "transferring-manager", "tm-carol", "--commit", NULL, NULL) == 0, "%s", out);
	ck_assert_msg(wf_has(out, "committed"), "%s", out);
	free(out);
	ck_assert_int_eq(gf_rev_parse(repo, "HEAD", after), 0);
	ck_assert_int_eq(gf_rev_parse(repo, "HEAD~1", parent), 0);
	ck_assert_str_eq(parent, before);
	char *names = NULL;
	ck_assert_int_eq(gf_git_out(&names, repo, "diff-tree", "--no-commit-id", "--name-only", "-r", "HEAD", NULL), 0);
	ck_assert_str_eq(names, SIGNED "\n");
	free(names);
	char *st = NULL;
	ck_assert_int_eq(gf_git_out(&st, repo, "status", "--porcelain", NULL), 0);
	ck_assert_msg(!wf_has(st, "signoffs") && wf_has(st, " M cases/BASE-001/case.json") && wf_has(st, "?? README.md"),
	              "%s", st);
	free(st);
	char *msg = NULL;
	ck_assert_int_eq(gf_git_out(&msg, repo, "log", "-1", "--format=%B", NULL), 0);
	ck_assert_msg(wf_has(msg, "BASE-001") && wf_has(msg, "transferring-manager"), "%s", msg);
	free(msg);
	/* HEAD as committed is ready for transfer: the sign-off is current */
	ck_assert_msg(audit(&out, "transfer", "text") == 0, "%s", out);
	free(out);
}
END_TEST

typedef struct stale_sink {
	int cases;
	cc_signoff_state state;
	char **commits;
	size_t n;
} stale_sink;

static void on_case(void *ctx, cc_case_result *r)
{
	stale_sink *s = ctx;
	s->cases++;
	s->state = r->signoff;
	s->commits = r->stale_commits;
	s->n = r->n_stale_commits;
	r->stale_commits = NULL;
	r->n_stale_commits = 0;
	cc_case_result_free(r);
}

/* Sign off, change a chronology entry, commit: the transfer audit says
 * stale and names that commit; the receive audit refuses too. */
START_TEST(stale_after_change_names_commit)
{
	char *out = NULL, changed[41];
	ck_assert_msg(signoff(&out, "transferring-manager", "tm-carol", "--commit", NULL, NULL) == 0, "%s", out);
	free(out);
	ck_assert_msg(audit(&out, "receive", "text") == 0, "%s", out);
	free(out);
	ck_assert_int_eq(wf_edit(repo, "cases/BASE-001/chronology.json", "\"event\": \"CIN meeting\"",
	                         "\"event\": \"CIN meeting (rescheduled)\""), 0);
	ck_assert_int_eq(gf_commit_all(repo, "chronology corrected"), 0);
	ck_assert_int_eq(gf_write(repo, "README.md", "later, not the case\n"), 0);
	ck_assert_int_eq(gf_commit_all(repo, "unrelated"), 0);
	ck_assert_int_eq(gf_rev_parse(repo, "HEAD~1", changed), 0);

	char sid[13];
	memcpy(sid, changed, 12);
	sid[12] = '\0';
	ck_assert_int_eq(audit(&out, "transfer", "text"), 1);
	ck_assert_msg(wf_has(out, "stale") && wf_has(out, "signoff.transferring-manager") && wf_has(out, "1 commit since"),
	              "%s", out);
	ck_assert_msg(wf_has(out, sid), "the text report names the commit %s: %s", sid, out);
	free(out);
	/* the JSON report's finding names it (its message) */
	ck_assert_int_eq(audit(&out, "transfer", "json"), 1);
	ck_assert_msg(wf_has(out, "1 commit since: ") && wf_has(out, sid), "the JSON report names the commit %s: %s", sid,
	              out);
	free(out);
	ck_assert_int_eq(audit(&out, "receive", "html"), 1);
	ck_assert_msg(wf_has(out, changed), "the HTML report names the commit: %s", out);
	free(out);

	/* the engine's result, as any report gets it */
	cc_source *src = NULL;
	cc_source_options so = CC_SOURCE_OPTIONS_INIT;
	so.repo_dir = repo;
	char *err = NULL;
	ck_assert_int_eq(cc_source_open(&src, &so, &err), 0);
	cc_audit_options ao;
	memset(&ao, 0, sizeof ao);
	ao.purpose = CC_PURPOSE_TRANSFER;
	ck_assert_int_eq(cc_date_parse(&ao.as_of, AS_OF, 10), 0);
	stale_sink s = {0, CC_SIGNOFF_NOT_REQUIRED, NULL, 0};
	cc_audit_sink sink = {NULL, on_case, NULL, &s};
	cc_audit_summary sum;
	ck_assert_int_eq(cc_audit_run(src, &ao, &sink, &sum, &err), 0);
	cc_audit_summary_clear(&sum);
	cc_source_free(src);
	ck_assert_int_eq(s.cases, 1);
	ck_assert_int_eq(s.state, CC_SIGNOFF_STALE);
	ck_assert_uint_eq(s.n, 1);
	ck_assert_str_eq(s.commits[0], changed);
	for (size_t i = 0; i < s.n; i++)
		free(s.commits[i]);
	free(s.commits);

	/* a receiving manager cannot sign on a stale transferring sign-off */
	ck_assert_int_eq(signoff(&out, "receiving-manager", "tm-carol", NULL, NULL, NULL), 1);
	ck_assert_msg(wf_has(out, "stale"), "%s", out);
	free(out);
	/* signing again makes it current; then the receiving manager may sign */
	ck_assert_msg(signoff(&out, "transferring-manager", "tm-carol", "--commit", NULL, NULL) == 0, "%s", out);
	free(out);
	ck_assert_msg(audit(&out, "transfer", "text") == 0, "%s", out);
	free(out);
	ck_assert_msg(signoff(&out, "receiving-manager", "tm-carol", "--commit", NULL, NULL) == 0, "%s", out);
	ck_assert_msg(wf_has(out, "receiving-manager.json"), "%s", out);
	free(out);
}
END_TEST

/* Derbyshire asks the children in care team manager for a quality audit
 * before the transfer (003 §4): a move to the CIC team, with care
 * proceedings still going on, is not ready to receive without it; the
 * receiving manager's own sign-off leaves that rule out of the audit it
 * runs, and once written the receive audit is ready. */
START_TEST(derbyshire_receiving_manager_audit_before_cic_move)
{
	char *out = NULL;
	const char *T = "cases/BASE-001/transfer.json", *C = "cases/BASE-001/case.json";
	const char *child = "\"care_proceedings\": \"none\"}";
	const char *in_plan = "\"care_proceedings\": \"ongoing\", \"permanence\": {\"plan\": \"long-term-fostering\", "
	                      "\"confirmed_on\": \"2026-01-12\", \"confirmed_at\": \"cla-review\", "
	                      "\"family_carers_explored\": {\"on\": \"2025-11-20\", \"outcome\": \"No relative came forward.\"}}}";
	ck_assert_int_eq(gf_write(repo, "casecheck.json", "{\"format\": \"casecheck/config@1\", \"profile\": \"derbyshire\"}\n"), 0);
	ck_assert_int_eq(wf_edit(repo, T, "\"kind\": \"within-team\"",
	                         "\"kind\": \"to-children-in-care\""), 0);
	ck_assert_int_eq(wf_edit(repo, T, "\"to\": {\"worker\": \"sw-ben\", \"team\": \"north\", \"manager\": \"tm-carol\"}",
	                         "\"to\": {\"worker\": \"sw-cara\", \"team\": \"cic\", \"manager\": \"tm-gina\"}"), 0);
	ck_assert_int_eq(wf_edit(repo, C, child, in_plan), 0);
	ck_assert_int_eq(wf_edit(repo, C, child, in_plan), 0);
	ck_assert_int_eq(gf_git(repo, "add", "-A", NULL), 0);
	ck_assert_int_eq(gf_commit_staged(repo, "move to the children in care team"), 0);
	ck_assert_msg(signoff(&out, "transferring-manager", "tm-carol", "--commit", NULL, NULL) == 0, "%s", out);
	free(out);
	ck_assert_int_eq(audit(&out, "receive", "text"), 1);
	ck_assert_msg(wf_has(out, "signoff.receiving-manager"), "%s", out);
	free(out);
	/* the transfer record's to.manager makes nobody a signer: the receiving
	 * worker named there, signing by hand, does not count */
	ck_assert_int_eq(wf_edit(repo, T, "\"manager\": \"tm-gina\"", "\"manager\": \"sw-cara\""), 0);
	ck_assert_int_eq(gf_write(repo, "cases/BASE-001/signoffs/" AS_OF "-receiving-manager.json",
	                          "{\"format\": \"casecheck/signoff@1\", \"role\": \"receiving-manager\", \"by\": \"sw-cara\", "
	                          "\"date\": \"" AS_OF "\", \"purpose\": \"transfer\", "
	                          "\"content\": \"4b825dc642cb6eb9a060e54bf8d69288fbee4904\", \"result\": \"ready\"}\n"), 0);
	ck_assert_int_eq(gf_commit_all(repo, "the receiving worker records the audit"), 0);
	ck_assert_int_eq(audit(&out, "receive", "text"), 1);
	ck_assert_msg(wf_has(out, "signoff.receiving-manager") && wf_has(out, "sw-cara is not a manager"), "%s", out);
	free(out);
	ck_assert_int_eq(wf_edit(repo, T, "\"manager\": \"sw-cara\"", "\"manager\": \"tm-gina\""), 0);
	ck_assert_int_eq(gf_git(repo, "rm", "-q", "cases/BASE-001/signoffs/" AS_OF "-receiving-manager.json", NULL), 0);
	ck_assert_int_eq(gf_commit_all(repo, "not hers to record"), 0);
	ck_assert_msg(signoff(&out, "receiving-manager", "tm-gina", "--commit", NULL, NULL) == 0, "%s", out);
	free(out);
	ck_assert_msg(audit(&out, "receive", "text") == 0, "%s", out);
	free(out);
}
END_TEST

/* Seven commits change the case after the sign-off: the finding names the
 * five newest (short ids, newest first) and counts the other two; no
 * author names or commit messages. */
START_TEST(stale_names_newest_commits_and_counts_the_rest)
{
	char *out = NULL, ids[7][13];
	ck_assert_msg(signoff(&out, "transferring-manager", "tm-carol", "--commit", NULL, NULL) == 0, "%s", out);
	free(out);
	for (int i = 0; i < 7; i++) {
		char full[41];
		ck_assert_int_eq(wf_edit(repo, "cases/BASE-001/chronology.json", "\"event\": \"CIN meeting",
		                         "\"event\": \"CIN meeting x"), 0);
		ck_assert_int_eq(gf_commit_all(repo, "chronology reworded by a named person"), 0);
		ck_assert_int_eq(gf_rev_parse(repo, "HEAD", full), 0);
		memcpy(ids[i], full, 12);
		ids[i][12] = '\0';
	}
	ck_assert_int_eq(gf_write(repo, "README.md", "later, not the case\n"), 0);
	ck_assert_int_eq(gf_commit_all(repo, "unrelated"), 0);
	const char *formats[] = {"text", "json"};
	for (int f = 0; f < 2; f++) {
		ck_assert_int_eq(audit(&out, "transfer", formats[f]), 1);
		char want[128];
		snprintf(want, sizeof want, "7 commits since: %s, %s, %s, %s, %s and 2 more", ids[6], ids[5], ids[4], ids[3],
		         ids[2]);
		ck_assert_msg(wf_has(out, want), "%s: wants \"%s\": %s", formats[f], want, out);
		ck_assert_msg(!wf_has(out, "named person") && !wf_has(out, "Casecheck Test"), "%s: %s", formats[f], out);
		free(out);
	}
}
END_TEST

/* --purpose signoff runs the signoff audit and records purpose signoff,
 * which does not count for a transfer. */
START_TEST(purpose_signoff)
{
	char *out = NULL;
	ck_assert_msg(signoff(&out, "transferring-manager", "tm-carol", "--purpose", "signoff", "--commit") == 0, "%s",
	              out);
	free(out);
	char *text = NULL;
	ck_assert_int_eq(gf_git_out(&text, repo, "show", "HEAD:" SIGNED, NULL), 0);
	ck_assert_msg(wf_has(text, "\"purpose\": \"signoff\""), "%s", text);
	free(text);
	ck_assert_int_eq(audit(&out, "transfer", "text"), 1);
	ck_assert_msg(wf_has(out, "signoff.transferring-manager"), "%s", out);
	free(out);
}
END_TEST

static Suite *signoff_suite(void)
{
	Suite *s = suite_create("signoff");
	TCase *tc = tcase_create("signoff");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_set_timeout(tc, 120);
	tcase_add_test(tc, writes_valid_signoff_of_exact_content);
	tcase_add_test(tc, not_ready_writes_nothing);
	tcase_add_test(tc, signs_the_index_not_the_worktree);
	tcase_add_test(tc, signer_must_be_current_manager);
	tcase_add_test(tc, without_staff_only_named_manager);
	tcase_add_test(tc, commit_alone_and_refuse_staged);
	tcase_add_test(tc, stale_after_change_names_commit);
	tcase_add_test(tc, stale_names_newest_commits_and_counts_the_rest);
	tcase_add_test(tc, purpose_signoff);
	tcase_add_test(tc, derbyshire_receiving_manager_audit_before_cic_move);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	return cc_test_main(signoff_suite());
}
