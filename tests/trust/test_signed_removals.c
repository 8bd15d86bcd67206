/* test_signed_removals: removal records signed like sign-offs, with real
 * keys (ssh-keygen, in a temporary folder) on real commits. With allowed
 * signers configured, an unsigned record, one signed with another
 * person's key, one changed after signing and one carrying a sign-off's
 * signature (another namespace) do not make a deletion lawful, and the
 * refusal says which; `casecheck removal --key` writes one that does, and
 * OpenSSH agrees. `audit --commits` (in a real pre-receive hook) re-checks
 * the signatures of the sign-offs and removal records a commit adds. */
#define _GNU_SOURCE /* asprintf */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>

#include "keys.h"
#include "support/gitfixture.h"
#include "support/runner.h"
#include "wf_run.h"

#define AS_OF "2026-03-02"
#define ON "2026-02-26"
#define NOTE "cases/BASE-001/notes/n-visit.json"
#define RECORD "removals/" ON "-BASE-001.json"

static char *repo, *keys, *allowed;

static void setup(void)
{
	static const tk_signer signers[] = {{"tm-carol", "carol", "ed25519", 0}, {"tm-dave", "dave", "ed25519", 0}};
	repo = wf_base_repo();
	keys = gf_mkdtemp();
	ck_assert_ptr_nonnull(repo);
	ck_assert_ptr_nonnull(keys);
	ck_assert_int_eq(wf_set_identity(repo), 0);
	allowed = tk_make_signers(keys, signers, 2, NULL, NULL);
}

static void teardown(void)
{
	gf_rm_rf(repo);
	gf_rm_rf(keys);
	free(repo);
	free(keys);
	free(allowed);
}

/* `casecheck removal` for the final note, by tm-carol, with --key key
 * (NULL: none); the exit status, *out the output. */
static int removal(char **out, const char *key)
{
	const char *argv[16] = {wf_casecheck(), "removal", "--case", "BASE-001", "--by", "tm-carol", "--reason",
	                        "misfiled", "--file", "notes/n-visit.json", "--as-of", ON};
	int n = 12;
	char *keypath = tk_key_args(argv, &n, keys, key);
	argv[n] = NULL;
	int rc = wf_run(out, repo, argv);
	free(keypath);
	return rc;
}

/* What `casecheck removal --payload|--signature RECORD` prints. */
static char *shown(const char *what)
{
	char *out = NULL, *path = gf_path(repo, RECORD);
	const char *argv[] = {wf_casecheck(), "removal", what, path, NULL};
	ck_assert_int_eq(wf_run(&out, repo, argv), 0);
	free(path);
	return out;
}

/* Replaces the record's member key with value (a string) on disk. */
static void set_member(const char *key, const char *value)
{
	char *path = gf_path(repo, RECORD), *text = NULL;
	cJSON *doc = cJSON_Parse(text = tk_read(path));
	ck_assert_ptr_nonnull(doc);
	cJSON_DeleteItemFromObject(doc, key);
	cJSON_AddStringToObject(doc, key, value);
	char *printed = cJSON_Print(doc);
	ck_assert_int_eq(gf_write(repo, RECORD, printed), 0);
	free(printed);
	cJSON_Delete(doc);
	free(text);
	free(path);
}

/* The hook refuses the deletion of the final note with the record as it
 * stands, saying the record is not in force and why (needle). */
static void refused(const char *needle)
{
	char *out = NULL;
	ck_assert_int_eq(gf_git(repo, "add", "-A", NULL), 0);
	ck_assert_int_eq(wf_commit(&out, repo, "note removed"), 1);
	ck_assert_msg(wf_has(out, RECORD " names it but is not in force") && wf_has(out, needle) &&
	              wf_has(out, "history.final-notes"), "%s", out);
	free(out);
}

/* Hooks installed, allowed signers configured, the final note deleted. */
static void prepare(void)
{
	wf_install_hooks(repo);
	ck_assert_int_eq(gf_git(repo, "config", "casecheck.allowedSignersFile", allowed, NULL), 0);
	ck_assert_int_eq(gf_git(repo, "rm", "-q", NOTE, NULL), 0);
}

START_TEST(manager_signs_the_removal)
{
	char *out = NULL;
	prepare();
	ck_assert_msg(removal(&out, "carol") == 0 && wf_has(out, "removal record written: " RECORD) &&
	              !wf_has(out, "NOT signed"), "%s", out);
	free(out);
	char *payload = shown("--payload"), *sig = shown("--signature");
	ck_assert_msg(wf_has(payload, "casecheck-removal-payload 1\ncase BASE-001\nreason misfiled\nmoved-to none\n"
	                              "by tm-carol\non " ON "\nremoves file notes/n-visit.json\n"), "%s", payload);
	ck_assert_msg(tk_openssh_verifies_ns(keys, allowed, "tm-carol", "casecheck-removal", sig, payload, ON),
	              "OpenSSH refuses the removal record's signature");
	ck_assert(!tk_openssh_verifies_ns(keys, allowed, "tm-carol", "casecheck-signoff", sig, payload, ON));
	free(payload);
	free(sig);
	ck_assert_int_eq(gf_git(repo, "add", "-A", NULL), 0);
	ck_assert_msg(wf_commit(&out, repo, "misfiled note removed") == 0, "%s", out);
	free(out);
	const char *argv[] = {wf_casecheck(), "audit", "--purpose", "signoff", "--history", "--as-of", AS_OF,
	                      "--allowed-signers", allowed, NULL};
	ck_assert_msg(wf_run(&out, repo, argv) == 0 && !wf_has(out, "history."), "%s", out);
	free(out);
}
END_TEST

START_TEST(unsigned_removal_does_not_count)
{
	char *out = NULL;
	prepare();
	ck_assert_int_eq(removal(&out, NULL), 1); /* the command will not write it */
	ck_assert_msg(wf_has(out, "must be signed"), "%s", out);
	free(out);
	ck_assert_int_eq(gf_write(repo, RECORD,
	                          "{\"format\": \"casecheck/removal@1\", \"case_id\": \"BASE-001\", \"removes\": "
	                          "[{\"file\": \"notes/n-visit.json\"}], \"reason\": \"misfiled\", \"by\": \"tm-carol\", "
	                          "\"on\": \"" ON "\"}\n"), 0);
	refused("its signature is unsigned");
	/* --history says the same of the same commit made without the hook */
	ck_assert_int_eq(gf_git(repo, "commit", "-q", "--no-verify", "-m", "removed, unsigned", NULL), 0);
	const char *argv[] = {wf_casecheck(), "audit", "--purpose", "signoff", "--history", "--as-of", AS_OF,
	                      "--allowed-signers", allowed, NULL};
	ck_assert_int_eq(wf_run(&out, repo, argv), 1);
	ck_assert_msg(wf_has(out, "history.final-notes") && wf_has(out, "its signature is unsigned"), "%s", out);
	free(out);
	/* the way out: the manager signs a new record (the first stays: records are append-only) */
	ck_assert_msg(removal(&out, "carol") == 0 && wf_has(out, "removals/" ON "-BASE-001-2.json"), "%s", out);
	free(out);
	ck_assert_int_eq(gf_git(repo, "add", "-A", NULL), 0);
	ck_assert_msg(wf_commit(&out, repo, "signed removal record") == 0, "%s", out);
	free(out);
	ck_assert_msg(wf_run(&out, repo, argv) == 0 && !wf_has(out, "history."), "%s", out);
	free(out);
}
END_TEST

START_TEST(other_persons_key_or_altered_or_replayed)
{
	char *out = NULL;
	prepare();
	/* written where no allowed signers are configured, with tm-dave's key for tm-carol */
	ck_assert_int_eq(gf_git(repo, "config", "--unset", "casecheck.allowedSignersFile", NULL), 0);
	ck_assert_msg(removal(&out, "dave") == 0, "%s", out);
	free(out);
	ck_assert_int_eq(gf_git(repo, "config", "casecheck.allowedSignersFile", allowed, NULL), 0);
	refused("its signature is unknown-key");

	/* signed by tm-carol, then changed */
	ck_assert_int_eq(gf_git(repo, "rm", "-q", "-f", RECORD, NULL), 0);
	ck_assert_msg(removal(&out, "carol") == 0, "%s", out);
	free(out);
	set_member("reason", "retention");
	refused("its signature is bad");

	/* tm-carol's signature over the same text, but in the sign-off namespace */
	ck_assert_int_eq(gf_git(repo, "rm", "-q", "-f", RECORD, NULL), 0);
	ck_assert_msg(removal(&out, "carol") == 0, "%s", out);
	free(out);
	char *payload = shown("--payload");
	char *sig = tk_sign(keys, "carol", "casecheck-signoff", payload);
	ck_assert_ptr_nonnull(sig);
	set_member("signature", sig);
	refused("its signature is bad");
	free(sig);
	free(payload);
}
END_TEST

/* A pushed commit that adds a sign-off or a removal record whose
 * signature does not verify is refused by the pre-receive hook's `audit
 * --commits --allowed-signers`, naming the commit and the file; the same
 * signed by the manager is accepted. */
START_TEST(commits_recheck_signatures)
{
	char *out = NULL, *bare = gf_mkdtemp(), *hook = NULL, bad[41], tree[41], *text = NULL;
	ck_assert_int_eq(gf_git(bare, "init", "-q", "--bare", NULL), 0);
	ck_assert_int_ge(asprintf(&hook, "#!/bin/sh\nwhile read old new ref; do\n"
	                                 "  '%s' audit --commits \"$old..$new\" --allowed-signers '%s' || exit 1\ndone\n",
	                          wf_casecheck(), allowed), 0);
	const char *push[] = {"git", "push", "-q", bare, "main", NULL};
	ck_assert_msg(wf_run(&out, repo, push) == 0, "%s", out); /* the history before signing was switched on */
	free(out);
	ck_assert_int_eq(gf_write(bare, "hooks/pre-receive", hook), 0);
	ck_assert_int_eq(gf_chmod_x(bare, "hooks/pre-receive", 1), 0);

	/* a hand-written (unsigned) sign-off, committed with no hook */
	ck_assert_int_eq(gf_rev_parse(repo, "HEAD:cases/BASE-001", tree), 0);
	ck_assert_int_ge(asprintf(&text,
	                          "{\"format\": \"casecheck/signoff@1\", \"role\": \"transferring-manager\", \"by\": \"tm-carol\", "
	                          "\"date\": \"" AS_OF "\", \"purpose\": \"transfer\", \"content\": \"%s\", \"result\": \"ready\"}\n",
	                          tree), 0);
	ck_assert_int_eq(gf_write(repo, "cases/BASE-001/signoffs/" AS_OF "-transferring-manager.json", text), 0);
	free(text);
	ck_assert_int_eq(gf_commit_all(repo, "unsigned sign-off, no hook"), 0);
	ck_assert_int_eq(gf_rev_parse(repo, "HEAD", bad), 0);
	ck_assert_int_ne(wf_run(&out, repo, push), 0);
	char sid[13];
	snprintf(sid, sizeof sid, "%.12s", bad);
	ck_assert_msg(wf_has(out, sid) && wf_has(out, "new sign-off refused") &&
	              wf_has(out, "cases/BASE-001/signoffs/" AS_OF "-transferring-manager.json") &&
	              wf_has(out, "signature unsigned") && wf_has(out, "pre-receive hook declined"), "%s", out);
	free(out);
	ck_assert_int_eq(gf_git(repo, "reset", "-q", "--hard", "HEAD~1", NULL), 0);

	/* an unsigned removal record making a deletion, with no hook */
	ck_assert_int_eq(gf_git(repo, "rm", "-q", NOTE, NULL), 0);
	ck_assert_int_eq(gf_write(repo, RECORD,
	                          "{\"format\": \"casecheck/removal@1\", \"case_id\": \"BASE-001\", \"removes\": "
	                          "[{\"file\": \"notes/n-visit.json\"}], \"reason\": \"misfiled\", \"by\": \"tm-carol\", "
	                          "\"on\": \"" ON "\"}\n"), 0);
	ck_assert_int_eq(gf_commit_all(repo, "unsigned removal, no hook"), 0);
	ck_assert_int_ne(wf_run(&out, repo, push), 0);
	ck_assert_msg(wf_has(out, NOTE) && wf_has(out, "its signature is unsigned"), "%s", out);
	free(out);
	ck_assert_int_eq(gf_git(repo, "reset", "-q", "--hard", "HEAD~1", NULL), 0);

	/* the same two, signed by the manager: accepted */
	char *key = gf_path(keys, "carol");
	const char *sign[] = {wf_casecheck(), "signoff", "--case", "BASE-001", "--role", "transferring-manager",
	                      "--by", "tm-carol", "--as-of", AS_OF, "--commit", "--key", key, NULL};
	ck_assert_msg(wf_run(&out, repo, sign) == 0, "%s", out);
	free(out);
	ck_assert_int_eq(gf_git(repo, "rm", "-q", NOTE, NULL), 0);
	ck_assert_msg(removal(&out, "carol") == 0, "%s", out);
	free(out);
	ck_assert_int_eq(gf_commit_all(repo, "signed removal"), 0);
	ck_assert_msg(wf_run(&out, repo, push) == 0, "%s", out);
	free(out);
	free(key);
	free(hook);
	gf_rm_rf(bare);
	free(bare);
}
END_TEST

int main(void)
{
	const TTest *const tests[] = {manager_signs_the_removal, unsigned_removal_does_not_count,
	                              other_persons_key_or_altered_or_replayed, commits_recheck_signatures, NULL};
	return cc_test_list_main("signed_removals", tests, 300, setup, teardown);
}
