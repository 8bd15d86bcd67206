/* test_receive_carried.c: staleness that follows the workflow (issue 13
 * item 6), with real commits. After the transfer date the seeds require
 * the allocation to name the new worker; that edit, and the records the
 * receiving side adds after the transfer, keep the transferring manager's
 * sign-off current for receive. Anything else makes it stale, naming the
 * change; a sign-off whose content is in no commit cannot be compared and
 * is not current. The transfer purpose still wants the content signed. */
#define _GNU_SOURCE /* asprintf */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>

#include "support/gitfixture.h"
#include "support/runner.h"
#include "wf_run.h"

#define SIGNED_ON "2026-03-02"
#define AFTER "2026-03-20"
#define CASE "cases/BASE-001"
#define SIGNED CASE "/signoffs/" SIGNED_ON "-transferring-manager.json"

static char *repo;

static void setup(void)
{
	char *out = NULL;
	repo = wf_unsigned_repo();
	ck_assert_ptr_nonnull(repo);
	const char *argv[] = {wf_casecheck(), "signoff", "--case", "BASE-001", "--role", "transferring-manager", "--by",
	                      "tm-carol", "--as-of", SIGNED_ON, "--commit", NULL};
	ck_assert_msg(wf_run(&out, repo, argv) == 0, "%s", out);
	free(out);
}

static void teardown(void)
{
	gf_rm_rf(repo);
	free(repo);
	repo = NULL;
}

/* The receiving side's work after the transfer date (16 March): the
 * allocation names sw-ben from the transfer date, sw-ben records a visit
 * and a chronology entry, tm-carol (the receiving manager) notes the
 * allocation. Each written as the new worker would, then committed. */
static void receiving_side_works(const char *since)
{
	char *to = NULL;
	ck_assert_int_ge(asprintf(&to, "\"allocation\": {\"worker\": \"sw-ben\", \"manager\": \"tm-carol\", \"since\": \"%s\"}",
	                          since), 0);
	ck_assert_int_eq(wf_edit(repo, CASE "/case.json",
	                         "\"allocation\": {\"worker\": \"sw-anna\", \"manager\": \"tm-carol\", \"since\": \"2025-06-02\"}", to), 0);
	free(to);
	ck_assert_int_eq(gf_write(repo, CASE "/notes/n-ben-visit.json",
	                          "{\"format\": \"casecheck/note@1\", \"id\": \"n-ben-visit\", \"date\": \"2026-03-18\", "
	                          "\"author\": \"sw-ben\", \"type\": \"home-visit\", \"heading\": \"First visit\", "
	                          "\"status\": \"final\", \"finalised_on\": \"2026-03-18\", \"children\": [\"c1\", \"c2\"], "
	                          "\"text\": \"Recorded.\"}\n"), 0);
	ck_assert_int_eq(gf_write(repo, CASE "/notes/n-alloc2.json",
	                          "{\"format\": \"casecheck/note@1\", \"id\": \"n-alloc2\", \"date\": \"2026-03-17\", "
	                          "\"author\": \"tm-carol\", \"type\": \"case-discussion\", \"heading\": \"Allocation\", "
	                          "\"status\": \"final\", \"finalised_on\": \"2026-03-17\", \"children\": [\"c1\", \"c2\"], "
	                          "\"text\": \"Recorded.\"}\n"), 0);
	ck_assert_int_eq(wf_edit(repo, CASE "/chronology.json",
	                         "\"recorded_by\": \"sw-anna\", \"recorded_on\": \"2026-02-20\"}",
	                         "\"recorded_by\": \"sw-anna\", \"recorded_on\": \"2026-02-20\"},\n"
	                         "    {\"id\": \"e8\", \"date\": \"2026-03-18\", \"event\": \"Home visit\", \"category\": \"visit\",\n"
	                         "     \"children\": [\"c1\", \"c2\"], \"recorded_by\": \"sw-ben\", \"recorded_on\": \"2026-03-18\"}"), 0);
	ck_assert_int_eq(gf_commit_all(repo, "allocated to the new worker; first visit"), 0);
}

/* The JSON audit for purpose as of AFTER; the document (owned). */
static cJSON *audit(const char *purpose)
{
	char *out = NULL;
	const char *argv[] = {wf_casecheck(), "audit", "--purpose", purpose, "--as-of", AFTER, "--format", "json", NULL};
	int st = wf_run(&out, repo, argv);
	ck_assert_msg(st == 0 || st == 1, "exit %d: %s", st, out);
	cJSON *doc = out ? cJSON_Parse(strchr(out, '{')) : NULL;
	ck_assert_msg(doc != NULL, "%s", out ? out : "");
	free(out);
	return doc;
}

static const cJSON *the_case(const cJSON *doc)
{
	return cJSON_GetArrayItem(cJSON_GetObjectItem(doc, "cases"), 0);
}

/* The transferring sign-off's entry in the report. */
static const cJSON *transferring(const cJSON *doc)
{
	const cJSON *e;
	cJSON_ArrayForEach(e, cJSON_GetObjectItem(the_case(doc), "signoffs"))
		if (!strcmp(cJSON_GetObjectItem(e, "role")->valuestring, "transferring-manager"))
			return e;
	ck_abort_msg("no transferring sign-off in the report");
	return NULL;
}

static const char *str(const cJSON *o, const char *key)
{
	const cJSON *v = cJSON_GetObjectItem(o, key);
	return cJSON_IsString(v) ? v->valuestring : "";
}

/* The signoff.transferring-manager finding's message, or NULL. */
static const char *signoff_finding(const cJSON *doc)
{
	const cJSON *f;
	cJSON_ArrayForEach(f, cJSON_GetObjectItem(the_case(doc), "findings"))
		if (!strcmp(str(f, "rule"), "signoff.transferring-manager"))
			return str(f, "message");
	return NULL;
}

START_TEST(receiving_side_keeps_it_current)
{
	receiving_side_works("2026-03-16");
	cJSON *doc = audit("receive");
	const cJSON *e = transferring(doc);
	ck_assert_str_eq(str(e, "content"), "current");
	ck_assert(cJSON_IsTrue(cJSON_GetObjectItem(e, "counts")));
	ck_assert_msg(strstr(str(e, "content_note"), "receiving side"), "%s", str(e, "content_note"));
	ck_assert_str_eq(str(the_case(doc), "signoff"), "current");
	ck_assert_msg(!signoff_finding(doc), "%s", signoff_finding(doc));
	cJSON_Delete(doc);
	/* the transfer purpose still wants exactly the content signed */
	doc = audit("transfer");
	ck_assert_str_eq(str(transferring(doc), "content"), "stale");
	ck_assert_ptr_nonnull(signoff_finding(doc));
	cJSON_Delete(doc);
}
END_TEST

/* Each change the workflow does not make: stale for receive, and the
 * finding names it. */
static void stale_naming(const char *needle)
{
	cJSON *doc = audit("receive");
	const cJSON *e = transferring(doc);
	ck_assert_str_eq(str(e, "content"), "stale");
	ck_assert(cJSON_IsFalse(cJSON_GetObjectItem(e, "counts")));
	ck_assert_msg(strstr(str(e, "content_note"), needle), "%s", str(e, "content_note"));
	const char *msg = signoff_finding(doc);
	ck_assert_msg(msg && strstr(msg, "stale") && strstr(msg, needle), "%s", msg ? msg : "(no finding)");
	cJSON_Delete(doc);
}

START_TEST(allocation_before_the_transfer_date_is_stale)
{
	receiving_side_works("2026-03-10");
	stale_naming("allocation.since is before the transfer date");
}
END_TEST

START_TEST(a_signed_note_changed_is_stale)
{
	receiving_side_works("2026-03-16");
	ck_assert_int_eq(wf_edit(repo, CASE "/notes/n-visit.json", "\"text\": \"Recorded.\"", "\"text\": \"Rewritten.\""), 0);
	ck_assert_int_eq(gf_commit_all(repo, "a signed note rewritten"), 0);
	stale_naming(CASE "/notes/n-visit.json changed");
}
END_TEST

START_TEST(a_note_by_the_transferring_worker_is_stale)
{
	receiving_side_works("2026-03-16");
	ck_assert_int_eq(gf_write(repo, CASE "/notes/n-late.json",
	                          "{\"format\": \"casecheck/note@1\", \"id\": \"n-late\", \"date\": \"2026-03-18\", "
	                          "\"author\": \"sw-anna\", \"type\": \"case-discussion\", \"heading\": \"Late\", "
	                          "\"status\": \"final\", \"finalised_on\": \"2026-03-18\", \"children\": [\"c1\"], "
	                          "\"text\": \"Recorded.\"}\n"), 0);
	ck_assert_int_eq(gf_commit_all(repo, "a note by the old worker"), 0);
	stale_naming(CASE "/notes/n-late.json is a note added that the receiving side did not write");
}
END_TEST

START_TEST(a_chronology_entry_dated_before_the_transfer_is_stale)
{
	receiving_side_works("2026-03-16");
	ck_assert_int_eq(wf_edit(repo, CASE "/chronology.json", "\"recorded_by\": \"sw-ben\", \"recorded_on\": \"2026-03-18\"",
	                         "\"recorded_by\": \"sw-ben\", \"recorded_on\": \"2026-03-12\""), 0);
	ck_assert_int_eq(gf_commit_all(repo, "backdated entry"), 0);
	stale_naming("chronology.json has an entry added");
}
END_TEST

START_TEST(transfer_record_changed_is_stale)
{
	receiving_side_works("2026-03-16");
	ck_assert_int_eq(wf_edit(repo, CASE "/transfer.json", "\"reason\": \"worker-leaving\"", "\"reason\": \"other\""), 0);
	ck_assert_int_eq(gf_commit_all(repo, "transfer record edited"), 0);
	stale_naming(CASE "/transfer.json changed");
}
END_TEST

/* A sign-off of content no commit holds (signed on what was staged, then
 * committed without it): cannot be compared, not current, for receive. */
START_TEST(signed_content_not_in_the_repository)
{
	char tree[41];
	ck_assert_int_eq(gf_rev_parse(repo, "HEAD:" CASE "/notes", tree), 0); /* a tree id no case folder had */
	char *text = NULL;
	ck_assert_int_eq(gf_git_out(&text, repo, "show", "HEAD:" SIGNED, NULL), 0);
	char *at = strstr(text, "\"content\": \"");
	ck_assert_ptr_nonnull(at);
	memcpy(at + 12, tree, 40);
	ck_assert_int_eq(gf_write(repo, SIGNED, text), 0);
	free(text);
	ck_assert_int_eq(gf_commit_all(repo, "content not in the repository"), 0);
	receiving_side_works("2026-03-16");
	cJSON *doc = audit("receive");
	const cJSON *e = transferring(doc);
	ck_assert_str_eq(str(e, "content"), "cannot-compare");
	ck_assert(cJSON_IsFalse(cJSON_GetObjectItem(e, "counts")));
	const char *msg = signoff_finding(doc);
	ck_assert_msg(msg && strstr(msg, "in no commit"), "%s", msg ? msg : "(no finding)");
	ck_assert_str_eq(str(the_case(doc), "signoff"), "unverifiable");
	cJSON_Delete(doc);
}
END_TEST

/* Item 7 (a chronology entry is never edited, so the change is to the
 * transfer record): a commit that makes a current sign-off stale goes through the
 * hook, which says whose sign-off (role and staff id) on which case it
 * invalidates; once stale, a further change says nothing more. */
START_TEST(hook_names_the_signoff_a_commit_invalidates)
{
	char *out = NULL;
	wf_install_hooks(repo);
	ck_assert_int_eq(wf_edit(repo, CASE "/transfer.json", "together.\"", "together with the family.\""), 0);
	ck_assert_int_eq(gf_git(repo, "add", "-A", NULL), 0);
	ck_assert_msg(wf_commit(&out, repo, "transfer record reworded") == 0, "%s", out);
	ck_assert_msg(wf_has(out, "this change makes transferring-manager tm-carol's sign-off on BASE-001 (" SIGNED ") stale"),
	              "%s", out);
	free(out);
	ck_assert_int_eq(wf_edit(repo, CASE "/transfer.json", "together with the family.\"", "together.\""), 0);
	ck_assert_int_eq(gf_write(repo, CASE "/notes/n-more.json",
	                          "{\"format\": \"casecheck/note@1\", \"id\": \"n-more\", \"date\": \"2026-03-02\", "
	                          "\"author\": \"sw-anna\", \"type\": \"case-discussion\", \"heading\": \"More\", "
	                          "\"status\": \"draft\", \"children\": [\"c1\"], \"text\": \"Recorded.\"}\n"), 0);
	ck_assert_int_eq(gf_git(repo, "add", "-A", NULL), 0);
	ck_assert_msg(wf_commit(&out, repo, "a note") == 0, "%s", out);
	ck_assert_msg(!wf_has(out, "sign-off on BASE-001"), "%s", out);
	free(out);
}
END_TEST

int main(void)
{
	const TTest *const tests[] = {receiving_side_keeps_it_current,
	                              allocation_before_the_transfer_date_is_stale,
	                              a_signed_note_changed_is_stale,
	                              a_note_by_the_transferring_worker_is_stale,
	                              a_chronology_entry_dated_before_the_transfer_is_stale,
	                              transfer_record_changed_is_stale,
	                              signed_content_not_in_the_repository,
	                              hook_names_the_signoff_a_commit_invalidates,
	                              NULL};
	return cc_test_list_main("receive_carried", tests, 300, setup, teardown);
}
