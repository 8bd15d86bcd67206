/* test_waivers: a manager's waiver of a finding (issue 22), with real keys
 * made here by ssh-keygen (mode 0600, outside the repository) and real
 * commits: a signed waiver by the case's team manager makes the case READY
 * and shows as waived in every format; expired, by a worker, signed with
 * another key or in the sign-off namespace, or matching nothing, it does
 * not count (a warning says why); a new waiver makes a current sign-off
 * stale; the hook refuses an edited waiver and an unsigned new one.
 * OpenSSH's ssh-keygen -Y verify agrees with casecheck on the signatures. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cjson/cJSON.h>

#include "casecheck/trust.h"
#include "keys.h"
#include "support/gitfixture.h"
#include "support/runner.h"
#include "wf_run.h"

#define AS_OF "2026-03-02"
#define CASE "cases/BASE-001"
#define W1 CASE "/waivers/2026-03-01-head-of-service.json"

static char *repo, *keys, *allowed, *pub_carol, *pub_anna;

static void setup(void)
{
	static const tk_signer signers[] = {{"tm-carol", "carol", "ed25519", 0}, {"sw-anna", "anna", "ed25519", 0}};
	char *pubs[2];
	repo = wf_unsigned_repo();
	keys = gf_mkdtemp();
	ck_assert_ptr_nonnull(repo);
	ck_assert_ptr_nonnull(keys);
	allowed = tk_make_signers(keys, signers, 2, NULL, pubs);
	pub_carol = pubs[0];
	pub_anna = pubs[1];
	/* a finding that cannot be fixed now: a transfer for another reason
	 * without the Head of Service's recorded agreement */
	ck_assert_int_eq(wf_edit(repo, CASE "/transfer.json", "\"reason\": \"worker-leaving\"", "\"reason\": \"other\", \"reason_detail\": \"Caseloads rebalanced.\""), 0);
	ck_assert_int_eq(gf_commit_all(repo, "reason other"), 0);
}

static void teardown(void)
{
	gf_rm_rf(repo);
	gf_rm_rf(keys);
	free(repo);
	free(keys);
	free(allowed);
	free(pub_carol);
	free(pub_anna);
}

/* A waiver of the head-of-service finding by `by`, signed with key in
 * namespace ns (key NULL: unsigned), written to rel (not committed). The
 * payload comes from casecheck's own cc_waiver_payload. Returns the
 * signature (owned) or NULL. */
static char *write_waiver(const char *rel, const char *by, const char *key, const char *ns, const char *expires,
                          const char *pointer)
{
	cJSON *w = cJSON_CreateObject();
	cJSON_AddStringToObject(w, "format", "casecheck/waiver@1");
	cJSON_AddStringToObject(w, "rule", "transfer.head-of-service");
	cJSON_AddStringToObject(w, "path", CASE "/transfer.json");
	cJSON_AddStringToObject(w, "pointer", pointer);
	cJSON_AddStringToObject(w, "reason", "Agreed by telephone before the post was filled; not recorded at the time.");
	cJSON_AddStringToObject(w, "by", by);
	cJSON_AddStringToObject(w, "date", "2026-03-01");
	cJSON_AddStringToObject(w, "expires", expires);
	char *sig = NULL;
	if (key) {
		char *payload = cc_waiver_payload("BASE-001", w);
		ck_assert_ptr_nonnull(payload);
		sig = tk_sign(keys, key, ns, payload);
		ck_assert_ptr_nonnull(sig);
		cJSON_AddStringToObject(w, "signature", sig);
		ck_assert_msg(tk_openssh_verifies_ns(keys, allowed, by, CC_WAIVER_NAMESPACE, sig, payload, "2026-03-01") ==
		                  (!strcmp(ns, CC_WAIVER_NAMESPACE) && !strcmp(key, by + 3)),
		              "OpenSSH's verdict on the waiver signed by %s as %s in %s", key, by, ns);
		free(payload);
	}
	char *text = cJSON_Print(w);
	ck_assert_int_eq(gf_write(repo, rel, text), 0);
	free(text);
	cJSON_Delete(w);
	return sig;
}

static void waiver(const char *by, const char *key, const char *ns, const char *expires)
{
	free(write_waiver(W1, by, key, ns, expires, "/head_of_service_agreed_on"));
	ck_assert_int_eq(gf_commit_all(repo, "waiver"), 0);
}

/* casecheck audit (transfer) with the allowed-signers file; *out the output. */
static int audit(char **out, const char *format, const char *as_of)
{
	const char *argv[] = {wf_casecheck(), "audit", "--purpose", "transfer", "--as-of", as_of, "--format", format,
	                      "--allowed-signers", allowed, NULL};
	return wf_run(out, repo, argv);
}

static cJSON *audit_json(int *st, const char *as_of)
{
	char *out = NULL;
	*st = audit(&out, "json", as_of);
	cJSON *doc = out ? cJSON_Parse(strchr(out, '{')) : NULL;
	ck_assert_msg(doc != NULL, "%s", out ? out : "");
	free(out);
	return doc;
}

/* The first finding of the case with rule, or NULL. */
static const cJSON *finding(const cJSON *doc, const char *rule)
{
	const cJSON *c = cJSON_GetArrayItem(cJSON_GetObjectItem(doc, "cases"), 0), *f;
	cJSON_ArrayForEach(f, cJSON_GetObjectItem(c, "findings"))
		if (!strcmp(cJSON_GetObjectItem(f, "rule")->valuestring, rule))
			return f;
	return NULL;
}

static const char *str(const cJSON *o, const char *key)
{
	const cJSON *v = cJSON_GetObjectItem(o, key);
	return cJSON_IsString(v) ? v->valuestring : "";
}

/* The waiver does not count: not ready, the finding blocks, and a
 * waiver.in-force warning says needle. */
static void not_counted(const char *needle, const char *as_of)
{
	int st;
	cJSON *doc = audit_json(&st, as_of);
	ck_assert_int_eq(st, 1);
	ck_assert_str_eq(str(finding(doc, "transfer.head-of-service"), "severity"), "error");
	const cJSON *w = finding(doc, "waiver.in-force");
	ck_assert_msg(w && strstr(str(w, "message"), needle), "%s", w ? str(w, "message") : "(no waiver.in-force)");
	ck_assert_str_eq(str(w, "path"), W1);
	cJSON_Delete(doc);
}

static int sign_off(char **out)
{
	char *key = gf_path(keys, "carol");
	const char *argv[] = {wf_casecheck(), "signoff", "--case", "BASE-001", "--role", "transferring-manager", "--by",
	                      "tm-carol", "--as-of", AS_OF, "--commit", "--key", key, "--allowed-signers", allowed, NULL};
	int rc = wf_run(out, repo, argv);
	free(key);
	return rc;
}

START_TEST(waiver_makes_ready_and_shows_in_every_format)
{
	char *out = NULL;
	int st;
	ck_assert_int_eq(sign_off(&out), 1); /* not ready: the finding blocks */
	free(out);
	waiver("tm-carol", "carol", CC_WAIVER_NAMESPACE, "2026-06-30");
	ck_assert_msg(sign_off(&out) == 0, "%s", out); /* the manager waives, then signs */
	free(out);
	cJSON *doc = audit_json(&st, AS_OF);
	ck_assert_int_eq(st, 0);
	const cJSON *f = finding(doc, "transfer.head-of-service");
	ck_assert_ptr_nonnull(f);
	ck_assert_str_eq(str(f, "severity"), "note");
	ck_assert_str_eq(str(f, "waived"), W1);
	ck_assert_str_eq(str(f, "waived_severity"), "error");
	ck_assert_msg(strstr(str(f, "message"), "waived by tm-carol until 2026-06-30"), "%s", str(f, "message"));
	ck_assert_ptr_null(finding(doc, "waiver.in-force"));
	ck_assert_ptr_null(finding(doc, "waiver.matches"));
	cJSON_Delete(doc);
	/* SARIF: the result keeps its level and carries a suppression */
	ck_assert_int_eq(audit(&out, "sarif", AS_OF), 0);
	cJSON *sarif = cJSON_Parse(strchr(out, '{'));
	free(out);
	const cJSON *res, *found = NULL;
	cJSON_ArrayForEach(res, cJSON_GetObjectItem(cJSON_GetArrayItem(cJSON_GetObjectItem(sarif, "runs"), 0), "results"))
		if (!strcmp(str(res, "ruleId"), "transfer.head-of-service"))
			found = res;
	ck_assert_ptr_nonnull(found);
	ck_assert_str_eq(str(found, "level"), "error");
	const cJSON *sup = cJSON_GetArrayItem(cJSON_GetObjectItem(found, "suppressions"), 0);
	ck_assert_str_eq(str(sup, "kind"), "external");
	ck_assert_msg(strstr(str(sup, "justification"), W1), "%s", str(sup, "justification"));
	cJSON_Delete(sarif);
	/* text, JUnit and HTML: the finding as waived, by whom and which file; never the reason */
	const char *formats[] = {"text", "junit", "html"};
	for (size_t i = 0; i < 3; i++) {
		ck_assert_int_eq(audit(&out, formats[i], AS_OF), 0);
		ck_assert_msg(wf_has(out, "waived by tm-carol until 2026-06-30"), "%s: %s", formats[i], out);
		ck_assert_msg(!wf_has(out, "Agreed by telephone"), "%s shows the reason", formats[i]);
		free(out);
	}
}
END_TEST

START_TEST(expired_waiver_blocks_again)
{
	waiver("tm-carol", "carol", CC_WAIVER_NAMESPACE, "2026-03-10");
	int st;
	cJSON *doc = audit_json(&st, "2026-03-10"); /* the last day: still in force */
	ck_assert_str_eq(str(finding(doc, "transfer.head-of-service"), "severity"), "note");
	cJSON_Delete(doc);
	not_counted("expired on 2026-03-10", "2026-03-11");
}
END_TEST

START_TEST(waiver_by_a_worker)
{
	waiver("sw-anna", "anna", CC_WAIVER_NAMESPACE, "2026-06-30");
	not_counted("sw-anna is not a manager", AS_OF);
}
END_TEST

START_TEST(signature_does_not_verify)
{
	waiver("tm-carol", "anna", CC_WAIVER_NAMESPACE, "2026-06-30"); /* another person's key */
	not_counted("signature unknown-key", AS_OF);
	/* the manager's own key in the sign-off namespace: a sign-off signature is never a waiver's */
	waiver("tm-carol", "carol", CC_SIGNOFF_NAMESPACE, "2026-06-30");
	not_counted("signature bad", AS_OF);
	/* unsigned, with allowed signers configured */
	waiver("tm-carol", NULL, NULL, "2026-06-30");
	not_counted("signature unsigned", AS_OF);
}
END_TEST

START_TEST(waiver_matching_nothing_and_stale_signoff)
{
	char *out = NULL;
	int st;
	waiver("tm-carol", "carol", CC_WAIVER_NAMESPACE, "2026-06-30");
	ck_assert_msg(sign_off(&out) == 0, "%s", out);
	free(out);
	/* a second waiver, for a finding at another pointer: it matches nothing,
	 * and as case content it makes the sign-off stale */
	free(write_waiver(CASE "/waivers/2026-03-01-other.json", "tm-carol", "carol", CC_WAIVER_NAMESPACE, "2026-06-30",
	                  "/reason"));
	ck_assert_int_eq(gf_commit_all(repo, "a second waiver"), 0);
	cJSON *doc = audit_json(&st, AS_OF);
	ck_assert_int_eq(st, 1);
	const cJSON *m = finding(doc, "waiver.matches");
	ck_assert_msg(m && strstr(str(m, "message"), "matches no finding"), "no waiver.matches");
	ck_assert_str_eq(str(m, "severity"), "warning");
	const cJSON *s = finding(doc, "signoff.transferring-manager");
	ck_assert_msg(s && strstr(str(s, "message"), "stale"), "the sign-off is not stale");
	cJSON_Delete(doc);
}
END_TEST

START_TEST(hook_refuses_edits_and_unsigned_waivers)
{
	char *out = NULL;
	wf_install_hooks(repo);
	ck_assert_int_eq(gf_git(repo, "config", "casecheck.allowedSignersFile", allowed, NULL), 0);
	/* unsigned: refused */
	free(write_waiver(W1, "tm-carol", NULL, NULL, "2026-06-30", "/head_of_service_agreed_on"));
	ck_assert_int_eq(gf_git(repo, "add", "-A", NULL), 0);
	ck_assert_int_ne(wf_commit(&out, repo, "unsigned waiver"), 0);
	ck_assert_msg(wf_has(out, "waiver refused") && wf_has(out, "signature unsigned"), "%s", out);
	free(out);
	/* by a worker with her own key: refused */
	free(write_waiver(W1, "sw-anna", "anna", CC_WAIVER_NAMESPACE, "2026-06-30", "/head_of_service_agreed_on"));
	ck_assert_int_eq(gf_git(repo, "add", "-A", NULL), 0);
	ck_assert_int_ne(wf_commit(&out, repo, "worker's waiver"), 0);
	ck_assert_msg(wf_has(out, "waiver refused") && wf_has(out, "sw-anna is not a manager"), "%s", out);
	free(out);
	/* signed by the manager: accepted */
	free(write_waiver(W1, "tm-carol", "carol", CC_WAIVER_NAMESPACE, "2026-06-30", "/head_of_service_agreed_on"));
	ck_assert_int_eq(gf_git(repo, "add", "-A", NULL), 0);
	ck_assert_msg(wf_commit(&out, repo, "signed waiver") == 0, "%s", out);
	free(out);
	/* an edit of it (even re-signed): refused; a new file replaces it */
	free(write_waiver(W1, "tm-carol", "carol", CC_WAIVER_NAMESPACE, "2026-12-31", "/head_of_service_agreed_on"));
	ck_assert_int_eq(gf_git(repo, "add", "-A", NULL), 0);
	ck_assert_int_ne(wf_commit(&out, repo, "waiver extended"), 0);
	ck_assert_msg(wf_has(out, "waiver refused") && wf_has(out, "never edited"), "%s", out);
	free(out);
}
END_TEST

/* casecheck waive <by> <key>: writes and signs the waiver of the
 * head-of-service finding; the exit status, *out the output. */
static int waive(char **out, const char *by, const char *key, const char *rule)
{
	char *keypath = key ? gf_path(keys, key) : NULL;
	const char *argv[24] = {wf_casecheck(), "waive", "--case", "BASE-001", "--rule", rule, "--path",
	                        CASE "/transfer.json", "--pointer", "/head_of_service_agreed_on", "--by", by,
	                        "--reason", "Agreed by telephone before the post was filled.", "--expires", "2026-06-30",
	                        "--as-of", "2026-03-01", "--allowed-signers", allowed};
	int n = 20;
	if (keypath) {
		argv[n++] = "--key";
		argv[n++] = keypath;
	}
	argv[n] = NULL;
	int rc = wf_run(out, repo, argv);
	free(keypath);
	return rc;
}

START_TEST(waive_command_writes_and_signs)
{
	char *out = NULL;
	const char *help[] = {wf_casecheck(), "waive", "--help", NULL};
	ck_assert_int_eq(wf_run(&out, repo, help), 0);
	ck_assert_msg(wf_has(out, "casecheck-waiver") && wf_has(out, "--expires"), "%s", out);
	free(out);
	/* refused, nothing written: a worker; a rule that cannot be waived; no key with allowed signers */
	ck_assert_int_eq(waive(&out, "sw-anna", "anna", "transfer.head-of-service"), 1);
	ck_assert_msg(wf_has(out, "sw-anna is not a manager"), "%s", out);
	free(out);
	ck_assert_int_eq(waive(&out, "tm-carol", "carol", "schema.valid"), 1);
	ck_assert_msg(wf_has(out, "cannot be waived"), "%s", out);
	free(out);
	ck_assert_int_eq(waive(&out, "tm-carol", NULL, "transfer.head-of-service"), 1);
	ck_assert_msg(wf_has(out, "must be signed"), "%s", out);
	free(out);
	ck_assert_int_eq(waive(&out, "tm-carol", "anna", "transfer.head-of-service"), 1); /* another person's key */
	ck_assert_msg(wf_has(out, "unknown-key"), "%s", out);
	free(out);
	char *dir = gf_path(repo, CASE "/waivers");
	ck_assert_msg(access(dir, F_OK) != 0, "a refused waiver left a file");
	free(dir);
	/* the manager with her own key: written, signed, and it counts */
	ck_assert_int_eq(waive(&out, "tm-carol", "carol", "transfer.head-of-service"), 0);
	ck_assert_msg(wf_has(out, "waived: " CASE "/waivers/2026-03-01-transfer.head-of-service.json"), "%s", out);
	free(out);
	ck_assert_int_eq(gf_commit_all(repo, "waiver"), 0);
	int st;
	cJSON *doc = audit_json(&st, AS_OF);
	const cJSON *f = finding(doc, "transfer.head-of-service");
	ck_assert_str_eq(str(f, "severity"), "note");
	ck_assert_str_eq(str(f, "waived"), CASE "/waivers/2026-03-01-transfer.head-of-service.json");
	cJSON_Delete(doc);
}
END_TEST

int main(void)
{
	const TTest *const tests[] = {waiver_makes_ready_and_shows_in_every_format, expired_waiver_blocks_again,
	                              waiver_by_a_worker, signature_does_not_verify,
	                              waiver_matching_nothing_and_stale_signoff, hook_refuses_edits_and_unsigned_waivers,
	                              waive_command_writes_and_signs,
	                              NULL};
	return cc_test_list_main("waivers", tests, 300, setup, teardown);
}
