/* test_new: `casecheck init` and `casecheck new case|note|entry|assessment`
 * (issue 20 item 3): a new repository with its policy, staff skeleton,
 * guide and hooks; records that are valid, dated, authored and READY for
 * the check purpose (so the hook lets them be committed); a chronology
 * entry added without changing the bytes of the others; a final note with
 * a placeholder refused; writes refused through a symbolic link and over
 * existing records. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "json/json.h"
#include "clirun.h"
#include "support/gitfixture.h"
#include "support/runner.h"
#include "util/fileio.h"
#include "util/strbuf.h"
#include "util/xalloc.h"

#define CASE "cases/LCS-100001"

static const char staff_json[] =
	"{\"format\": \"casecheck/staff@1\",\n"
	" \"staff\": [{\"id\": \"sw-a\", \"name\": \"A Worker\", \"role\": \"social-worker\", \"qualified\": true,"
	" \"team\": \"north\"},\n"
	"  {\"id\": \"tm-b\", \"name\": \"B Manager\", \"role\": \"team-manager\", \"qualified\": true, \"team\": \"north\"}],\n"
	" \"teams\": [{\"id\": \"north\", \"name\": \"North Team\", \"manager\": \"tm-b\", \"service\": \"child-in-need\"}]}\n";

static char *top, *repo;

static char *slurp(const char *rel)
{
	char *path = gf_path(repo, rel), *text = NULL;
	size_t len = 0;
	int rc = cc_read_file(path, 1u << 20, &text, &len);
	free(path);
	ck_assert_msg(rc == 0 && text, "cannot read %s", rel);
	return text;
}

/* s with its first from replaced by to (owned). */
static char *replace_once(const char *s, const char *from, const char *to)
{
	size_t at = 0, n = strlen(from);
	while (s[at] && strncmp(s + at, from, n))
		at++;
	ck_assert_msg(s[at], "no '%s' in the text", from);
	cc_strbuf sb = CC_STRBUF_INIT;
	cc_strbuf_add(&sb, s, at);
	cc_strbuf_puts(&sb, to);
	cc_strbuf_puts(&sb, s + at + n);
	return cc_strbuf_detach(&sb);
}

static cJSON *json_at(const char *rel)
{
	char *text = slurp(rel);
	cJSON *doc = NULL;
	ck_assert_int_eq(cc_json_parse(&doc, text, strlen(text), NULL, NULL), 0);
	free(text);
	return doc;
}

static bool exists(const char *rel)
{
	char *path = gf_path(repo, rel);
	struct stat st;
	bool yes = lstat(path, &st) == 0;
	free(path);
	return yes;
}

/* A new repository made by casecheck init, staff.json filled in. */
static void setup(void)
{
	top = gf_mkdtemp();
	repo = gf_path(top, "records");
	ck_assert_int_eq(cli_run(top, "init", "records", NULL), 0);
	ck_assert_int_eq(gf_write(repo, "staff.json", staff_json), 0);
	ck_assert_int_eq(gf_git(repo, "config", "user.name", "Test", NULL), 0);
	ck_assert_int_eq(gf_git(repo, "config", "user.email", "t@casecheck.invalid", NULL), 0);
}

/* sw-a is the author (git config casecheck.staffId) and LCS-100001 is started. */
static void start_case(void)
{
	ck_assert_int_eq(gf_git(repo, "config", "casecheck.staffId", "sw-a", NULL), 0);
	ck_assert_int_eq(cli_run(repo, "new", "case", "LCS-100001", "--born", "2015-04-01", NULL), 0);
}

static void teardown(void)
{
	gf_rm_rf(top);
	free(top);
	free(repo);
	cli_reset();
}

START_TEST(init_makes_a_case_repository)
{
	ck_assert(exists(".git/HEAD"));
	ck_assert(exists(".git/hooks/pre-commit"));
	ck_assert(exists(".git/hooks/pre-merge-commit"));
	cJSON *cfg = json_at("casecheck.json");
	ck_assert_str_eq(cJSON_GetObjectItem(cfg, "min_casecheck_version")->valuestring, CASECHECK_VERSION);
	ck_assert_str_eq(cJSON_GetObjectItem(cfg, "cases_dir")->valuestring, "cases");
	cJSON_Delete(cfg);
	char *guide = slurp("CASE-RECORDS.md");
	ck_assert_ptr_nonnull(strstr(guide, "casecheck new note"));
	free(guide);
	/* Never twice: nothing is overwritten. */
	char *before = slurp("staff.json");
	ck_assert_int_eq(cli_run(top, "init", "records", NULL), 2);
	ck_assert(cli_said("already exists"));
	char *after = slurp("staff.json");
	ck_assert_str_eq(before, after);
	free(before);
	free(after);
	ck_assert_int_eq(cli_run(top, "init", "other", "--profile", "kent", NULL), 2);
	ck_assert(cli_said("unknown profile 'kent'"));
	char *other = gf_path(top, "other");
	ck_assert_msg(access(other, F_OK) != 0, "a refused init left %s", other);
	free(other);
}
END_TEST

START_TEST(a_new_case_is_ready_for_the_check_and_commits)
{
	/* No author anywhere: refused, naming both ways to give one. */
	ck_assert_int_eq(cli_run(repo, "new", "case", "LCS-100001", "--born", "2015-04-01", NULL), 2);
	ck_assert(cli_said("--author STAFF-ID"));
	ck_assert(cli_said("casecheck.staffId"));
	ck_assert_int_eq(gf_git(repo, "config", "casecheck.staffId", "sw-a", NULL), 0);
	ck_assert_int_eq(cli_run(repo, "new", "case", "LCS-100001", NULL), 2); /* no date of birth */
	ck_assert(cli_said("--born"));
	ck_assert_int_eq(cli_run(repo, "new", "case", "LCS-100001", "--born", "2015-04-01", NULL), 0);
	ck_assert(cli_said("wrote " CASE "/case.json"));
	cJSON *c = json_at(CASE "/case.json");
	const cJSON *alloc = cJSON_GetObjectItem(c, "allocation");
	ck_assert_str_eq(cJSON_GetObjectItem(alloc, "worker")->valuestring, "sw-a");
	ck_assert_str_eq(cJSON_GetObjectItem(alloc, "manager")->valuestring, "tm-b"); /* the team's, from staff.json */
	ck_assert_str_eq(cJSON_GetObjectItem(c, "team")->valuestring, "north");
	ck_assert_str_eq(cJSON_GetObjectItem(c, "service")->valuestring, "child-in-need");
	cJSON_Delete(c);
	ck_assert(exists(CASE "/chronology.json") && exists(CASE "/genogram.json"));
	ck_assert_int_eq(cli_run(repo, "new", "note", "LCS-100001", "home-visit", "--as-of", "2026-03-02", NULL), 0);
	cJSON *n = json_at(CASE "/notes/2026-03-02-home-visit.json");
	ck_assert_str_eq(cJSON_GetObjectItem(n, "status")->valuestring, "draft");
	ck_assert_str_eq(cJSON_GetObjectItem(n, "date")->valuestring, "2026-03-02");
	ck_assert_str_eq(cJSON_GetObjectItem(n, "author")->valuestring, "sw-a");
	cJSON_Delete(n);
	ck_assert_int_eq(cli_run(repo, "new", "assessment", "LCS-100001", "--author", "tm-b", NULL), 0);
	ck_assert_int_eq(cli_run(repo, "new", "entry", "LCS-100001", "--category", "visit", NULL), 0);
	/* Every record valid and nothing the check purpose refuses: the hook lets it in. */
	ck_assert_int_eq(cli_run(repo, "audit", "--worktree", NULL), 0);
	ck_assert(cli_said("LCS-100001  READY"));
	ck_assert_int_eq(gf_git(repo, "add", "-A", NULL), 0);
	ck_assert_int_eq(gf_git(repo, "commit", "-qm", "LCS-100001 opened", NULL), 0);
	/* Existing records are never overwritten; unknown types are refused. */
	ck_assert_int_eq(cli_run(repo, "new", "case", "LCS-100001", "--born", "2015-04-01", NULL), 2);
	ck_assert(cli_said("already exists"));
	ck_assert_int_eq(cli_run(repo, "new", "note", "LCS-100001", "holiday", NULL), 2);
	ck_assert(cli_said("not a note type"));
	ck_assert_int_eq(cli_run(repo, "new", "note", "NOPE-1", "visit", NULL), 2);
	ck_assert(cli_said("no case NOPE-1"));
	ck_assert_int_eq(cli_run(repo, "new", "note", "LCS-100001", "visit", "--author", "sw-nobody", NULL), 2);
	ck_assert(cli_said("not in staff.json"));
}
END_TEST

START_TEST(a_final_note_with_a_placeholder_is_refused)
{
	start_case();
	ck_assert_int_eq(cli_run(repo, "new", "note", "LCS-100001", "telephone", "--as-of", "2026-03-02", NULL), 0);
	char *text = slurp(CASE "/notes/2026-03-02-telephone.json");
	char *final = replace_once(text, "\"draft\"", "\"final\",\n  \"finalised_on\": \"2026-03-02\"");
	ck_assert_int_eq(gf_write(repo, CASE "/notes/2026-03-02-telephone.json", final), 0);
	ck_assert_int_eq(cli_run(repo, "audit", "--worktree", NULL), 1);
	ck_assert(cli_said("notes.placeholder"));
	ck_assert(cli_said("at /heading"));
	ck_assert(cli_said("at /text"));
	/* The hook refuses the commit too. */
	ck_assert_int_eq(gf_git(repo, "add", "-A", NULL), 0);
	ck_assert_int_ne(gf_git(repo, "commit", "-qm", "final too soon", NULL), 0);
	free(text);
	free(final);
}
END_TEST

START_TEST(an_entry_leaves_the_other_entries_bytes_alone)
{
	start_case();
	/* A chronology written by hand, in its own layout. */
	static const char head[] =
		"{\"format\":\"casecheck/chronology@1\", \"case_id\": \"LCS-100001\",\n"
		"\t\"entries\" : [ {\"id\":\"e-009\",\"date\":\"2026-01\",\"event\":\"Referral \\\"urgent\\\" ] }\","
		"\"category\":\"referral\"}";
	static const char tail[] = "\n]\n}\n";
	char *doc = cc_xasprintf("%s%s", head, tail);
	ck_assert_int_eq(gf_write(repo, CASE "/chronology.json", doc), 0);
	ck_assert_int_eq(cli_run(repo, "new", "entry", "LCS-100001", "--as-of", "2026-03-02", NULL), 0);
	ck_assert(cli_said("(entry e-010)"));
	char *after = slurp(CASE "/chronology.json");
	ck_assert_int_eq(strncmp(after, head, strlen(head)), 0); /* every byte before it kept */
	cJSON *c = json_at(CASE "/chronology.json");
	const cJSON *entries = cJSON_GetObjectItem(c, "entries");
	ck_assert_int_eq(cJSON_GetArraySize(entries), 2);
	const cJSON *e = cJSON_GetArrayItem(entries, 1);
	ck_assert_str_eq(cJSON_GetObjectItem(e, "id")->valuestring, "e-010");
	ck_assert_str_eq(cJSON_GetObjectItem(e, "date")->valuestring, "2026-03-02");
	ck_assert_str_eq(cJSON_GetObjectItem(e, "category")->valuestring, "other");
	ck_assert_str_eq(cJSON_GetObjectItem(e, "recorded_by")->valuestring, "sw-a");
	cJSON_Delete(c);
	/* A bad category leaves the file as it was. */
	ck_assert_int_eq(cli_run(repo, "new", "entry", "LCS-100001", "--category", "gossip", NULL), 2);
	char *again = slurp(CASE "/chronology.json");
	ck_assert_str_eq(after, again);
	free(again);
	free(after);
	free(doc);
}
END_TEST

START_TEST(writes_never_go_through_a_symbolic_link)
{
	start_case();
	char *elsewhere = gf_path(top, "elsewhere"), *link = gf_path(repo, CASE "/notes");
	ck_assert_int_eq(mkdir(elsewhere, 0777), 0);
	ck_assert_int_eq(symlink(elsewhere, link), 0);
	ck_assert_int_eq(cli_run(repo, "new", "note", "LCS-100001", "visit", NULL), 2);
	ck_assert(cli_said("refused"));
	ck_assert_int_eq(rmdir(elsewhere), 0); /* still empty */
	/* Nor a chronology.json that is a link. */
	char *chron = gf_path(repo, CASE "/chronology.json"), *target = gf_path(top, "chron.json");
	ck_assert_int_eq(rename(chron, target), 0);
	ck_assert_int_eq(symlink(target, chron), 0);
	char *before = slurp(CASE "/chronology.json");
	ck_assert_int_eq(cli_run(repo, "new", "entry", "LCS-100001", NULL), 2);
	char *after = slurp(CASE "/chronology.json"); /* the link's target, untouched */
	ck_assert_str_eq(before, after);
	ck_assert(!cli_said("wrote"));
	ck_assert(cli_said(CASE "/chronology.json"));
	free(before);
	free(after);
	free(elsewhere);
	free(link);
	free(chron);
	free(target);
}
END_TEST

int main(void)
{
	const TTest *const tests[] = {init_makes_a_case_repository, a_new_case_is_ready_for_the_check_and_commits,
	                              a_final_note_with_a_placeholder_is_refused, an_entry_leaves_the_other_entries_bytes_alone,
	                              writes_never_go_through_a_symbolic_link, NULL};
	return cc_test_list_main("new", tests, 120, setup, teardown);
}
