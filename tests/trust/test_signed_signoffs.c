/* test_signed_signoffs: sign-offs signed with real keys (made here by
 * ssh-keygen, mode 0600, outside the repository) on real commits, audited
 * with an allowed-signers file; each forgery is refused with its own
 * finding, and OpenSSH's ssh-keygen -Y verify agrees with casecheck on
 * every signed sign-off (through `casecheck signoff --payload/--signature`). */
#define _GNU_SOURCE /* asprintf */
#include <check.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>

#include "keys.h"
#include "support/gitfixture.h"
#include "support/runner.h"
#include "wf_run.h"

#define AS_OF "2026-03-02"
#define CASE "cases/BASE-001"

static char *repo, *keys, *allowed;
static char *pub_carol, *pub_dave, *pub_anna;

static void write_allowed(const char *extra_carol_options)
{
	char *text = NULL;
	ck_assert_int_ge(asprintf(&text, "# council managers\ntm-carol %s%s\ntm-dave %s\nsw-anna %s\n",
	                          extra_carol_options ? extra_carol_options : "", pub_carol, pub_dave, pub_anna),
	                 0);
	ck_assert_int_eq(gf_write(keys, "allowed_signers", text), 0);
	free(text);
}

static void setup(void)
{
	static const tk_signer signers[] = {{"tm-carol", "carol", "ed25519", 0}, {"tm-dave", "dave", "ecdsa", 256},
	                                    {"sw-anna", "anna", "ed25519", 0}};
	char *pubs[3];
	repo = wf_unsigned_repo(); /* the base case without its sign-off, committer set */
	keys = gf_mkdtemp();
	ck_assert_ptr_nonnull(repo);
	ck_assert_ptr_nonnull(keys);
	allowed = tk_make_signers(keys, signers, 3, "# council managers", pubs);
	pub_carol = pubs[0];
	pub_dave = pubs[1];
	pub_anna = pubs[2];
}

static void teardown(void)
{
	gf_rm_rf(repo);
	gf_rm_rf(keys);
	free(repo);
	free(keys);
	free(allowed);
	free(pub_carol);
	free(pub_dave);
	free(pub_anna);
}

static int run(char **out, const char *const *argv)
{
	return wf_run(out, repo, argv);
}

/* The JSON audit for the purpose with the allowed-signers file; the document. */
static cJSON *audit_json(int *status, const char *purpose)
{
	char *out = NULL;
	const char *argv[] = {wf_casecheck(), "audit", "--purpose", purpose, "--as-of", AS_OF, "--format", "json",
	                      "--allowed-signers", allowed, NULL};
	*status = run(&out, argv);
	/* stdout and stderr together: the JSON document starts at the first '{' */
	cJSON *doc = out ? cJSON_Parse(strchr(out, '{')) : NULL;
	ck_assert_msg(doc != NULL, "%s", out ? out : "");
	free(out);
	return doc;
}

static const cJSON *first_signoff(const cJSON *doc)
{
	const cJSON *c = cJSON_GetArrayItem(cJSON_GetObjectItem(doc, "cases"), 0);
	return cJSON_GetArrayItem(cJSON_GetObjectItem(c, "signoffs"), 0);
}

static const char *so_str(const cJSON *doc, const char *key)
{
	const cJSON *v = cJSON_GetObjectItem(first_signoff(doc), key);
	return cJSON_IsString(v) ? v->valuestring : "";
}

/* Whether a finding of the first case has the rule and a message
 * containing needle. */
static bool rule_finding_has(const cJSON *doc, const char *rule, const char *needle)
{
	const cJSON *c = cJSON_GetArrayItem(cJSON_GetObjectItem(doc, "cases"), 0), *f;
	cJSON_ArrayForEach(f, cJSON_GetObjectItem(c, "findings"))
		if (!strcmp(cJSON_GetObjectItem(f, "rule")->valuestring, rule) &&
		    strstr(cJSON_GetObjectItem(f, "message")->valuestring, needle))
			return true;
	return false;
}

static bool finding_has(const cJSON *doc, const char *needle)
{
	return rule_finding_has(doc, "signoff.transferring-manager", needle);
}

/* The transfer audit with the allowed-signers file is not ready: the
 * first sign-off's signature state is state, and a
 * signoff.transferring-manager finding says needle. */
static void refused_signature(const char *state, const char *needle)
{
	int st;
	cJSON *doc = audit_json(&st, "transfer");
	ck_assert_int_eq(st, 1);
	ck_assert_str_eq(so_str(doc, "signature"), state);
	ck_assert_msg(finding_has(doc, needle), "no finding containing '%s'", needle);
	cJSON_Delete(doc);
}

/* OpenSSH's verdict on the sign-off at rel, from casecheck's own
 * --payload and --signature, must equal casecheck's "verified". */
static void assert_openssh_agrees(const char *rel, const char *date, const char *by, bool verified)
{
	char *payload = NULL, *sig = NULL, *path = gf_path(repo, rel);
	const char *pa[] = {wf_casecheck(), "signoff", "--payload", path, NULL};
	const char *sa[] = {wf_casecheck(), "signoff", "--signature", path, NULL};
	ck_assert_int_eq(run(&payload, pa), 0);
	ck_assert_int_eq(run(&sig, sa), 0);
	bool ossh = tk_openssh_verifies(keys, allowed, by, sig, payload, date);
	ck_assert_msg(ossh == verified, "OpenSSH says %s for %s, casecheck %s", ossh ? "good" : "bad", rel,
	              verified ? "verified" : "not verified");
	free(payload);
	free(sig);
	free(path);
}

/* casecheck signoff as tm-carol (or by) with --key keyname; returns status. */
static int sign(char **out, const char *by, const char *key, bool trust, const char *date)
{
	const char *argv[16] = {wf_casecheck(), "signoff", "--case", "BASE-001", "--role", "transferring-manager",
	                        "--by", by, "--as-of", date, "--commit"};
	int n = 11;
	char *keypath = tk_key_args(argv, &n, keys, key);
	if (trust) {
		argv[n++] = "--allowed-signers";
		argv[n++] = allowed;
	}
	argv[n] = NULL;
	int rc = run(out, argv);
	free(keypath);
	return rc;
}

#define SIGNED CASE "/signoffs/" AS_OF "-transferring-manager.json"

START_TEST(honest_flow_is_ready)
{
	char *out = NULL;
	int st;
	ck_assert_msg(sign(&out, "tm-carol", "carol", true, AS_OF) == 0, "%s", out);
	ck_assert_msg(wf_has(out, "signed off") && !wf_has(out, "NOT signed"), "%s", out);
	free(out);
	cJSON *doc = audit_json(&st, "transfer");
	ck_assert_int_eq(st, 0);
	ck_assert_str_eq(so_str(doc, "signature"), "verified");
	ck_assert_str_eq(so_str(doc, "content"), "current");
	ck_assert_str_eq(so_str(doc, "by"), "tm-carol");
	ck_assert(cJSON_IsTrue(cJSON_GetObjectItem(cJSON_GetObjectItem(doc, "signoff_authentication"), "authenticated")));
	cJSON_Delete(doc);
	assert_openssh_agrees(SIGNED, AS_OF, "tm-carol", true);
	/* the report names the file; without one it says sign-offs are not authenticated */
	const char *argv[] = {wf_casecheck(), "audit", "--purpose", "transfer", "--as-of", AS_OF, NULL};
	ck_assert_int_eq(run(&out, argv), 0);
	ck_assert_msg(wf_has(out, "sign-offs are NOT authenticated"), "%s", out);
	free(out);
	/* an allowed-signers file inside the work tree is refused */
	ck_assert_int_eq(gf_write(repo, "signers", pub_carol), 0);
	char *inside = gf_path(repo, "signers");
	const char *argv2[] = {wf_casecheck(), "audit", "--purpose", "transfer", "--as-of", AS_OF,
	                       "--allowed-signers", inside, NULL};
	ck_assert_int_eq(run(&out, argv2), 2);
	ck_assert_msg(wf_has(out, "inside the work tree"), "%s", out);
	free(out);
	free(inside);
}
END_TEST

START_TEST(unsigned_counts_only_before_the_cutoff)
{
	char *out = NULL;
	int st;
	ck_assert_msg(sign(&out, "tm-carol", NULL, false, AS_OF) == 0, "%s", out);
	ck_assert_msg(wf_has(out, "NOT signed"), "%s", out);
	free(out);
	refused_signature("unsigned", "signature unsigned");
	/* the auditor's cut-off: unsigned sign-offs dated before it still count, and the report says so */
	ck_assert_int_eq(gf_git(repo, "config", "casecheck.unsignedSignoffsBefore", "2026-03-03", NULL), 0);
	cJSON *doc = audit_json(&st, "transfer");
	ck_assert_int_eq(st, 0);
	ck_assert_str_eq(cJSON_GetObjectItem(cJSON_GetObjectItem(doc, "signoff_authentication"), "unsigned_before")->valuestring,
	                 "2026-03-03");
	cJSON_Delete(doc);
	/* with allowed signers configured, signoff refuses to write an unsigned sign-off */
	ck_assert_int_eq(gf_git(repo, "config", "casecheck.allowedSignersFile", allowed, NULL), 0);
	ck_assert_int_eq(sign(&out, "tm-carol", NULL, false, "2026-03-03"), 1);
	ck_assert_msg(wf_has(out, "must be signed"), "%s", out);
	free(out);
}
END_TEST

START_TEST(another_persons_key)
{
	char *out = NULL;
	/* refused up front when the auditor's file is known */
	ck_assert_int_eq(sign(&out, "tm-carol", "dave", true, AS_OF), 1);
	ck_assert_msg(wf_has(out, "unknown-key"), "%s", out);
	free(out);
	/* written without it, then not counted */
	ck_assert_msg(sign(&out, "tm-carol", "dave", false, AS_OF) == 0, "%s", out);
	free(out);
	refused_signature("unknown-key", "listed for someone else");
	assert_openssh_agrees(SIGNED, AS_OF, "tm-carol", false);
}
END_TEST

START_TEST(content_altered_or_copied)
{
	char *out = NULL;
	int st;
	ck_assert_msg(sign(&out, "tm-carol", "carol", true, AS_OF) == 0, "%s", out);
	free(out);
	/* a valid signature copied into another case */
	char *from = gf_path(repo, CASE), *to = gf_path(repo, "cases/BASE-002");
	ck_assert_int_eq(gf_copy_tree(from, to), 0);
	free(from);
	free(to);
	ck_assert_int_eq(wf_edit(repo, "cases/BASE-002/case.json", "BASE-001", "BASE-002"), 0);
	ck_assert_int_eq(gf_commit_all(repo, "copy"), 0);
	cJSON *doc = audit_json(&st, "transfer");
	const cJSON *c2 = cJSON_GetArrayItem(cJSON_GetObjectItem(doc, "cases"), 1);
	ck_assert_str_eq(cJSON_GetObjectItem(c2, "case_id")->valuestring, "BASE-002");
	ck_assert_str_eq(cJSON_GetObjectItem(cJSON_GetArrayItem(cJSON_GetObjectItem(c2, "signoffs"), 0), "signature")->valuestring,
	                 "bad");
	ck_assert_str_eq(so_str(doc, "signature"), "verified");
	cJSON_Delete(doc);
	assert_openssh_agrees("cases/BASE-002/signoffs/" AS_OF "-transferring-manager.json", AS_OF, "tm-carol", false);
	/* the content id altered after signing */
	char tree[41];
	ck_assert_int_eq(gf_rev_parse(repo, "HEAD:" CASE "/notes", tree), 0);
	char *path = gf_path(repo, SIGNED);
	char *written = tk_read(path);
	ck_assert_ptr_nonnull(written);
	cJSON *so = cJSON_Parse(written);
	free(written);
	ck_assert_ptr_nonnull(so);
	cJSON_ReplaceItemInObject(so, "content", cJSON_CreateString(tree));
	char *text = cJSON_Print(so);
	ck_assert_int_eq(gf_write(repo, SIGNED, text), 0);
	ck_assert_int_eq(gf_commit_all(repo, "altered"), 0);
	refused_signature("bad", "does not verify over this sign-off's payload");
	assert_openssh_agrees(SIGNED, AS_OF, "tm-carol", false);
	free(text);
	free(path);
	cJSON_Delete(so);
}
END_TEST

/* A sign-off written by hand (as someone with write access could) and
 * signed with the named person's own key through ssh-keygen directly. */
static void hand_signoff(const char *by, const char *date, const char *key)
{
	char tree[41], *text = NULL, *payload = NULL, *rel = NULL;
	ck_assert_int_eq(gf_rev_parse(repo, "HEAD:" CASE, tree), 0);
	ck_assert_int_ge(asprintf(&rel, CASE "/signoffs/%s-transferring-manager.json", date), 0);
	ck_assert_int_ge(asprintf(&text,
	                          "{\"format\": \"casecheck/signoff@1\", \"role\": \"transferring-manager\", \"by\": \"%s\", "
	                          "\"date\": \"%s\", \"purpose\": \"transfer\", \"content\": \"%s\", \"result\": \"ready\"}\n",
	                          by, date, tree),
	                 0);
	ck_assert_int_eq(gf_write(repo, rel, text), 0);
	char *path = gf_path(repo, rel);
	const char *pa[] = {wf_casecheck(), "signoff", "--payload", path, NULL};
	ck_assert_int_eq(run(&payload, pa), 0);
	char *sig = tk_sign(keys, key, "casecheck-signoff", payload);
	ck_assert_ptr_nonnull(sig);
	cJSON *so = cJSON_Parse(text);
	cJSON_AddStringToObject(so, "signature", sig);
	char *signed_text = cJSON_Print(so);
	ck_assert_int_eq(gf_write(repo, rel, signed_text), 0);
	ck_assert_int_eq(gf_commit_all(repo, "hand-made sign-off"), 0);
	cJSON_Delete(so);
	free(sig);
	free(signed_text);
	free(path);
	free(payload);
	free(text);
	free(rel);
}

/* A forged sign-off: the signature verifies (OpenSSH agrees) but the
 * signer may not sign: not ready, with a finding at /by saying why. */
static void refused_signer(const char *needle, const char *by, const char *date)
{
	int st;
	char *rel = NULL;
	cJSON *doc = audit_json(&st, "transfer");
	ck_assert_int_eq(st, 1);
	ck_assert_msg(finding_has(doc, needle), "no finding containing '%s'", needle);
	ck_assert(cJSON_IsFalse(cJSON_GetObjectItem(first_signoff(doc), "counts")));
	bool verified = !strcmp(so_str(doc, "signature"), "verified");
	cJSON_Delete(doc);
	ck_assert_int_ge(asprintf(&rel, CASE "/signoffs/%s-transferring-manager.json", date), 0);
	assert_openssh_agrees(rel, date, by, verified);
	free(rel);
}

START_TEST(allocated_worker_signs)
{
	/* even when the allocated worker holds a manager role */
	ck_assert_int_eq(wf_edit(repo, "staff.json", "{\"id\": \"sw-anna\", \"name\": \"Worker A\", \"role\": \"social-worker\"",
	                         "{\"id\": \"sw-anna\", \"name\": \"Worker A\", \"role\": \"practice-supervisor\""), 0);
	ck_assert_int_eq(gf_commit_all(repo, "anna supervises"), 0);
	hand_signoff("sw-anna", AS_OF, "anna");
	refused_signer("allocated worker", "sw-anna", AS_OF);
}
END_TEST

START_TEST(receiving_manager_as_transferring)
{
	ck_assert_int_eq(wf_edit(repo, CASE "/transfer.json", "\"to\": {\"worker\": \"sw-ben\", \"team\": \"north\", \"manager\": \"tm-carol\"}",
	                         "\"to\": {\"worker\": \"sw-ben\", \"team\": \"south\", \"manager\": \"tm-dave\"}"), 0);
	ck_assert_int_eq(gf_commit_all(repo, "to the south team"), 0);
	hand_signoff("tm-dave", AS_OF, "dave");
	refused_signer("not a manager of the transferring team", "tm-dave", AS_OF);
}
END_TEST

START_TEST(manager_who_left)
{
	ck_assert_int_eq(wf_edit(repo, "staff.json", "\"role\": \"team-manager\", \"qualified\": true, \"team\": \"north\"",
	                         "\"role\": \"team-manager\", \"qualified\": true, \"team\": \"north\", \"left_on\": \"2026-02-27\""), 0);
	ck_assert_int_eq(gf_commit_all(repo, "carol left"), 0);
	hand_signoff("tm-carol", AS_OF, "carol");
	refused_signer("had left", "tm-carol", AS_OF);
}
END_TEST

START_TEST(dated_before_the_records)
{
	hand_signoff("tm-carol", "2025-06-01", "carol");
	refused_signer("dated before the newest record", "tm-carol", "2025-06-01");
}
END_TEST

START_TEST(duplicated_staff_id)
{
	/* a worker prepends a head-of-service entry under their own id */
	ck_assert_int_eq(wf_edit(repo, "staff.json", "{\"id\": \"sw-anna\"",
	                         "{\"id\": \"sw-anna\", \"name\": \"X\", \"role\": \"head-of-service\", \"qualified\": true, "
	                         "\"team\": \"north\"},\n    {\"id\": \"sw-anna\""), 0);
	ck_assert_int_eq(gf_commit_all(repo, "dup"), 0);
	hand_signoff("sw-anna", AS_OF, "anna");
	int st;
	cJSON *doc = audit_json(&st, "transfer");
	ck_assert_int_eq(st, 1);
	const cJSON *f = cJSON_GetArrayItem(cJSON_GetObjectItem(doc, "repository_findings"), 0);
	ck_assert_ptr_nonnull(f);
	ck_assert_str_eq(cJSON_GetObjectItem(f, "rule")->valuestring, "integrity.unique-ids");
	ck_assert(finding_has(doc, "twice"));
	cJSON_Delete(doc);
}
END_TEST

START_TEST(key_valid_only_before_the_date)
{
	write_allowed("valid-before=\"20260201Z\" ");
	hand_signoff("tm-carol", AS_OF, "carol");
	refused_signature("outside-validity", "not valid on the sign-off's date");
	assert_openssh_agrees(SIGNED, AS_OF, "tm-carol", false);
}
END_TEST

/* The pre-commit hook, with allowed signers configured in git config,
 * refuses a new sign-off that does not count, saying why, and lets a
 * properly signed one through. */
START_TEST(hook_refuses_unverified_new_signoff)
{
	char *out = NULL;
	const char *install[] = {wf_casecheck(), "hook", "install", "--repo", repo, NULL};
	ck_assert_msg(run(&out, install) == 0, "%s", out);
	free(out);
	ck_assert_int_eq(gf_git(repo, "config", "casecheck.allowedSignersFile", allowed, NULL), 0);
	char tree[41], *text = NULL;
	ck_assert_int_eq(gf_rev_parse(repo, "HEAD:" CASE, tree), 0);
	ck_assert_int_ge(asprintf(&text,
	                          "{\"format\": \"casecheck/signoff@1\", \"role\": \"transferring-manager\", \"by\": \"tm-carol\", "
	                          "\"date\": \"" AS_OF "\", \"purpose\": \"transfer\", \"content\": \"%s\", \"result\": \"ready\"}\n",
	                          tree),
	                 0);
	ck_assert_int_eq(gf_write(repo, SIGNED, text), 0);
	free(text);
	ck_assert_int_eq(gf_git(repo, "add", SIGNED, NULL), 0);
	ck_assert_int_ne(wf_commit(&out, repo, "hand-written sign-off"), 0);
	ck_assert_msg(wf_has(out, "new sign-off refused") && wf_has(out, "signature unsigned"), "%s", out);
	free(out);
	ck_assert_int_eq(gf_git(repo, "rm", "-q", "--cached", SIGNED, NULL), 0);
	char *p = gf_path(repo, SIGNED);
	remove(p);
	free(p);
	/* signed by the manager's own key: accepted */
	ck_assert_msg(sign(&out, "tm-carol", "carol", false, AS_OF) == 0, "%s", out);
	free(out);
	ck_assert_int_eq(gf_git(repo, "reset", "-q", "--soft", "HEAD~1", NULL), 0); /* recommit it through the hook */
	ck_assert_msg(wf_commit(&out, repo, "signed sign-off") == 0, "%s", out);
	free(out);
}
END_TEST

/* The allowed-signers setting of the audit as JSON names. */
static const char *auth_setting(const cJSON *doc)
{
	const cJSON *v = cJSON_GetObjectItem(cJSON_GetObjectItem(doc, "signoff_authentication"), "setting");
	return cJSON_IsString(v) ? v->valuestring : "";
}

/* casecheck with the arguments (after the program name, NULL-terminated)
 * in the repository; the exit status, and its output through *out. */
static int cc_run(char **out, ...)
{
	const char *argv[24] = {wf_casecheck()};
	size_t n = 1;
	va_list ap;
	va_start(ap, out);
	for (const char *a; n < 23 && (a = va_arg(ap, const char *));)
		argv[n++] = a;
	va_end(ap);
	argv[n] = NULL;
	return run(out, argv);
}

/* Every command that judges sign-offs (audit, signoff, hook run, audit
 * --commits) reads the allowed-signers file in one order: --allowed-signers,
 * else git config casecheck.allowedSignersFile, else
 * gpg.ssh.allowedSignersFile; a file inside the audited work tree is
 * refused (exit 2) wherever it is named. "other" lists tm-carol's key for
 * tm-dave only, so her sign-off verifies with one file and not the other. */
START_TEST(allowed_signers_order_every_command)
{
	char *out = NULL, *text = NULL, *other = gf_path(keys, "other"), *inside = gf_path(repo, "signers");
	int st;
	ck_assert_int_ge(asprintf(&text, "tm-dave %s\n", pub_carol), 0);
	ck_assert_int_eq(gf_write(keys, "other", text), 0);
	ck_assert_int_eq(gf_write(repo, "signers", text), 0); /* untracked, inside the work tree */
	free(text);
	hand_signoff("tm-carol", AS_OF, "carol");
	ck_assert_int_eq(gf_git(repo, "reset", "-q", "--soft", "HEAD~1", NULL), 0); /* staged, for hook run */

	/* gpg.ssh.allowedSignersFile alone */
	ck_assert_int_eq(gf_git(repo, "config", "gpg.ssh.allowedSignersFile", other, NULL), 0);
	ck_assert_int_eq(cc_run(&out, "hook", "run", NULL), 1);
	ck_assert_msg(wf_has(out, "new sign-off refused") && wf_has(out, "unknown-key"), "%s", out);
	free(out);
	/* casecheck.allowedSignersFile before it */
	ck_assert_int_eq(gf_git(repo, "config", "casecheck.allowedSignersFile", allowed, NULL), 0);
	ck_assert_msg(cc_run(&out, "hook", "run", NULL) == 0, "%s", out);
	free(out);
	/* --allowed-signers before both */
	ck_assert_int_eq(cc_run(&out, "hook", "run", "--allowed-signers", other, NULL), 1);
	ck_assert_msg(wf_has(out, "unknown-key"), "%s", out);
	free(out);
	ck_assert_int_eq(cc_run(&out, "hook", "run", "--allowed-signers", inside, NULL), 2);
	ck_assert_msg(wf_has(out, "inside the work tree"), "%s", out);
	free(out);

	/* the audit, the same order */
	ck_assert_int_eq(gf_commit_staged(repo, "signed by hand"), 0);
	cJSON *doc = audit_json(&st, "transfer"); /* --allowed-signers allowed */
	ck_assert_int_eq(st, 0);
	ck_assert_str_eq(auth_setting(doc), "--allowed-signers");
	cJSON_Delete(doc);
	const char *argv[] = {wf_casecheck(), "audit", "--purpose", "transfer", "--as-of", AS_OF, "--format", "json", NULL};
	ck_assert_int_eq(run(&out, argv), 0);
	doc = cJSON_Parse(strchr(out, '{'));
	ck_assert_str_eq(auth_setting(doc), "casecheck.allowedSignersFile");
	cJSON_Delete(doc);
	free(out);
	ck_assert_int_eq(gf_git(repo, "config", "--unset", "casecheck.allowedSignersFile", NULL), 0);
	ck_assert_int_eq(run(&out, argv), 1);
	doc = cJSON_Parse(strchr(out, '{'));
	ck_assert_str_eq(auth_setting(doc), "gpg.ssh.allowedSignersFile");
	ck_assert_str_eq(so_str(doc, "signature"), "unknown-key");
	cJSON_Delete(doc);
	free(out);

	/* audit --commits (a pre-receive hook): the commit adding the sign-off */
	ck_assert_int_eq(cc_run(&out, "audit", "--commits", "HEAD~1..HEAD", NULL), 1);
	ck_assert_msg(wf_has(out, "new sign-off refused") && wf_has(out, "unknown-key"), "%s", out);
	free(out);
	ck_assert_msg(cc_run(&out, "audit", "--commits", "HEAD~1..HEAD", "--allowed-signers", allowed, NULL) == 0, "%s", out);
	free(out);

	/* signoff: refused with gpg.ssh's file, written with --allowed-signers */
	char *key = gf_path(keys, "carol");
	ck_assert_int_eq(cc_run(&out, "signoff", "--case", "BASE-001", "--role", "transferring-manager", "--by",
	                        "tm-carol", "--key", key, "--as-of", AS_OF, NULL), 1);
	ck_assert_msg(wf_has(out, "unknown-key"), "%s", out);
	free(out);
	ck_assert_msg(cc_run(&out, "signoff", "--case", "BASE-001", "--role", "transferring-manager", "--by", "tm-carol",
	                     "--key", key, "--as-of", AS_OF, "--allowed-signers", allowed, NULL) == 0,
	              "%s", out);
	free(out);

	/* a file inside the work tree, named in git config: refused by every command */
	ck_assert_int_eq(gf_git(repo, "config", "casecheck.allowedSignersFile", inside, NULL), 0);
	const char *const cmds[][4] = {{"hook", "run", NULL, NULL},
	                               {"audit", "--purpose", "transfer", NULL},
	                               {"audit", "--commits", "HEAD~1..HEAD", NULL}};
	for (size_t i = 0; i < 3; i++) {
		ck_assert_int_eq(cc_run(&out, cmds[i][0], cmds[i][1], cmds[i][2], NULL), 2);
		ck_assert_msg(wf_has(out, "inside the work tree"), "%s: %s", cmds[i][0], out);
		free(out);
	}
	ck_assert_int_eq(cc_run(&out, "signoff", "--case", "BASE-001", "--role", "transferring-manager", "--by",
	                        "tm-carol", "--key", key, "--as-of", AS_OF, NULL), 2);
	ck_assert_msg(wf_has(out, "inside the work tree"), "%s", out);
	free(out);
	free(key);
	free(inside);
	free(other);
}
END_TEST

/* Derbyshire's receiving-manager quality audit (signoff.receiving-manager)
 * is judged as the transferring sign-off is: with allowed signers
 * configured, an unsigned one does not count; one signed with the
 * receiving manager's own listed key does. */
START_TEST(receiving_manager_audit_must_be_signed)
{
	const char *T = CASE "/transfer.json", *C = CASE "/case.json";
	const char *child = "\"care_proceedings\": \"none\"}";
	const char *in_plan = "\"care_proceedings\": \"ongoing\", \"permanence\": {\"plan\": \"long-term-fostering\", "
	                      "\"confirmed_on\": \"2026-01-12\", \"confirmed_at\": \"cla-review\", "
	                      "\"family_carers_explored\": {\"on\": \"2025-11-20\", \"outcome\": \"No relative came forward.\"}}}";
	char *out = NULL, *pub_gina = tk_keygen(keys, "gina", "ed25519", 0), *text = NULL;
	int st;
	ck_assert_ptr_nonnull(pub_gina);
	ck_assert_int_ge(asprintf(&text, "tm-carol %s\ntm-gina %s\n", pub_carol, pub_gina), 0);
	ck_assert_int_eq(gf_write(keys, "allowed_signers", text), 0);
	free(text);
	ck_assert_int_eq(gf_write(repo, "casecheck.json", "{\"format\": \"casecheck/config@1\", \"profile\": \"derbyshire\"}\n"), 0);
	ck_assert_int_eq(wf_edit(repo, T, "\"kind\": \"within-team\"",
	                         "\"kind\": \"to-children-in-care\""), 0);
	ck_assert_int_eq(wf_edit(repo, T, "\"to\": {\"worker\": \"sw-ben\", \"team\": \"north\", \"manager\": \"tm-carol\"}",
	                         "\"to\": {\"worker\": \"sw-cara\", \"team\": \"cic\", \"manager\": \"tm-gina\"}"), 0);
	for (int child_no = 0; child_no < 2; child_no++) /* both children */
		ck_assert_int_eq(wf_edit(repo, C, child, in_plan), 0);
	ck_assert_int_eq(gf_commit_all(repo, "move to the children in care team"), 0);
	ck_assert_msg(sign(&out, "tm-carol", "carol", true, AS_OF) == 0, "%s", out);
	free(out);
	/* written unsigned (no key, no allowed signers given) */
	const char *unsigned_argv[] = {wf_casecheck(), "signoff", "--case", "BASE-001", "--role", "receiving-manager",
	                               "--by", "tm-gina", "--as-of", AS_OF, "--commit", NULL};
	ck_assert_msg(run(&out, unsigned_argv) == 0 && wf_has(out, "NOT signed"), "%s", out);
	free(out);
	cJSON *doc = audit_json(&st, "receive");
	ck_assert_int_eq(st, 1);
	ck_assert_msg(rule_finding_has(doc, "signoff.receiving-manager", "quality audit"), "no receiving-manager finding");
	cJSON_Delete(doc);
	/* signed with tm-gina's own key: ready */
	char *keypath = gf_path(keys, "gina");
	const char *signed_argv[] = {wf_casecheck(), "signoff", "--case", "BASE-001", "--role", "receiving-manager",
	                             "--by", "tm-gina", "--as-of", AS_OF, "--commit", "--key", keypath,
	                             "--allowed-signers", allowed, NULL};
	ck_assert_msg(run(&out, signed_argv) == 0 && !wf_has(out, "NOT signed"), "%s", out);
	free(out);
	doc = audit_json(&st, "receive");
	ck_assert_int_eq(st, 0);
	cJSON_Delete(doc);
	free(keypath);
	free(pub_gina);
}
END_TEST

int main(void)
{
	const TTest *const tests[] = {honest_flow_is_ready, unsigned_counts_only_before_the_cutoff,
	                              another_persons_key, content_altered_or_copied, allocated_worker_signs,
	                              receiving_manager_as_transferring, manager_who_left, dated_before_the_records,
	                              duplicated_staff_id, key_valid_only_before_the_date,
	                              hook_refuses_unverified_new_signoff, allowed_signers_order_every_command,
	                              receiving_manager_audit_must_be_signed, NULL};
	return cc_test_list_main("signed_signoffs", tests, 300, setup, teardown);
}
