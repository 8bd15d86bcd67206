/* test_trust: SSH signatures over sign-off payloads, made by ssh-keygen
 * with keys generated here, verified in-process; OpenSSH's ssh-keygen -Y
 * verify must give the same verdict on every one. */
#define _GNU_SOURCE /* asprintf */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "json/json.h"
#include "casecheck/trust.h"
#include "trust/records.h"
#include "keys.h"
#include "support/gitfixture.h"
#include "support/runner.h"

static char *dir;

static void setup(void)
{
	dir = gf_mkdtemp();
	ck_assert_ptr_nonnull(dir);
}

static void teardown(void)
{
	gf_rm_rf(dir);
	free(dir);
}

static cJSON *signoff(const char *by, const char *date, const char *comment)
{
	cJSON *so = cJSON_CreateObject();
	cJSON_AddStringToObject(so, "format", "casecheck/signoff@1");
	cJSON_AddStringToObject(so, "role", "transferring-manager");
	cJSON_AddStringToObject(so, "by", by);
	cJSON_AddStringToObject(so, "date", date);
	cJSON_AddStringToObject(so, "purpose", "transfer");
	cJSON_AddStringToObject(so, "content", "4b825dc642cb6eb9a060e54bf8d69288fbee4904");
	cJSON_AddStringToObject(so, "result", "ready");
	if (comment)
		cJSON_AddStringToObject(so, "comment", comment);
	return so;
}

#define EMPTY_TREE "4b825dc642cb6eb9a060e54bf8d69288fbee4904"

/* Whether a sign-off read by cc_json_parse (as the audit reads it) with
 * these values (JSON string bodies, escapes allowed) forms a payload. */
static bool has_payload(const char *by, const char *content, const char *comment)
{
	char *text = NULL, *payload;
	cJSON *so = NULL;
	ck_assert_int_ge(asprintf(&text,
	                          "{\"role\": \"transferring-manager\", \"by\": \"%s\", \"date\": \"2026-03-02\", "
	                          "\"purpose\": \"transfer\", \"content\": \"%s\", \"result\": \"ready\", \"comment\": \"%s\"}",
	                          by, content, comment),
	                 0);
	ck_assert_int_eq(cc_json_parse(&so, text, strlen(text), NULL, NULL), 0);
	payload = cc_signoff_payload("LCS-104233", so);
	bool formed = payload != NULL;
	cJSON_Delete(so);
	free(text);
	free(payload);
	return formed;
}

/* The test vector docs/workflow.md gives. */
START_TEST(payload_vector)
{
	cJSON *so = signoff("tm-okafor", "2026-03-02", "Checked with the team. ✓");
	char *p = cc_signoff_payload("LCS-104233", so);
	ck_assert_str_eq(p, "casecheck-signoff-payload 1\n"
	                    "case LCS-104233\n"
	                    "role transferring-manager\n"
	                    "by tm-okafor\n"
	                    "date 2026-03-02\n"
	                    "purpose transfer\n"
	                    "content 4b825dc642cb6eb9a060e54bf8d69288fbee4904\n"
	                    "result ready\n"
	                    "comment-sha256 535d2ed309efbbc53233bd5241ce0f0536a75e8ee997c27b46ec5610335eb785\n");
	free(p);
	cJSON_DeleteItemFromObject(so, "comment");
	p = cc_signoff_payload("LCS-104233", so);
	ck_assert_ptr_nonnull(strstr(p, "comment-sha256 none\n"));
	free(p);
	cJSON_ReplaceItemInObject(so, "by", cJSON_CreateString("tm-okafor\nrole x"));
	ck_assert_ptr_null(cc_signoff_payload("LCS-104233", so));
	cJSON_Delete(so);
	/* a NUL byte (\u0000) is a control character too: what follows it
	 * would otherwise be left out of the payload, so unsigned */
	ck_assert(has_payload("tm-okafor", EMPTY_TREE, "fine"));
	ck_assert(!has_payload("tm-okafor", EMPTY_TREE, "fine\\u0000, and more added after signing"));
	ck_assert(!has_payload("tm-okafor\\u0000x", EMPTY_TREE, "fine"));
	ck_assert(!has_payload("tm-okafor", EMPTY_TREE "\\u0000", "fine"));
}
END_TEST

/* Loads an allowed-signers text into a cc_trust the way the audit holds it. */
static void trust_from(cc_trust *t, const char *allowed)
{
	char *err = NULL;
	memset(t, 0, sizeof *t);
	ck_assert_int_eq(gf_write(dir, "allowed_signers", allowed), 0);
	ck_assert_msg(cc_allowed_signers_parse(&t->signers, allowed, strlen(allowed), &err) == 0, "%s",
	              err ? err : "");
	t->path = gf_path(dir, "allowed_signers");
}

/* Signs so with key dir/name and stores the signature in it. */
static void sign_with(cJSON *so, const char *case_id, const char *name)
{
	char *p = cc_signoff_payload(case_id, so), *sig = NULL, *err = NULL, *key = gf_path(dir, name);
	ck_assert_msg(cc_trust_sign(&sig, key, false, CC_SIGNOFF_NAMESPACE, p, &err) == 0, "%s", err ? err : "");
	cJSON_DeleteItemFromObject(so, "signature");
	cJSON_AddStringToObject(so, "signature", sig);
	free(sig);
	free(key);
	free(p);
}

/* casecheck's state, checked against OpenSSH's verdict on the same files. */
static cc_sig_state judge(const cc_trust *t, const char *case_id, const cJSON *so)
{
	bool counts;
	char *why = NULL, *p = cc_signoff_payload(case_id, so);
	cc_sig_state st = cc_trust_check_signoff(t, case_id, so, &counts, &why);
	const cJSON *sig = cJSON_GetObjectItemCaseSensitive(so, "signature");
	if (sig) {
		bool ossh = tk_openssh_verifies(dir, t->path, cJSON_GetObjectItem(so, "by")->valuestring,
		                                sig->valuestring, p, cJSON_GetObjectItem(so, "date")->valuestring);
		ck_assert_msg(ossh == (st == CC_SIG_VERIFIED), "OpenSSH says %s, casecheck %s (%s)",
		              ossh ? "good" : "bad", cc_sig_state_name(st), why ? why : "");
	}
	ck_assert_int_eq(counts, st == CC_SIG_VERIFIED);
	free(why);
	free(p);
	return st;
}

/* judge's state for a sign-off of case LCS-1 by by on date, signed with
 * key dir/mgr. */
static cc_sig_state signed_by_mgr(const cc_trust *t, const char *by, const char *date)
{
	cJSON *so = signoff(by, date, NULL);
	sign_with(so, "LCS-1", "mgr");
	cc_sig_state st = judge(t, "LCS-1", so);
	cJSON_Delete(so);
	return st;
}

static void one_key_type(const char *type, int bits)
{
	char *pub = tk_keygen(dir, "mgr", type, bits), *other = tk_keygen(dir, "other", "ed25519", 0);
	ck_assert_ptr_nonnull(pub);
	ck_assert_ptr_nonnull(other);
	char *allowed = NULL;
	ck_assert_int_ge(asprintf(&allowed, "# managers\ntm-okafor %s\ntm-other %s\n", pub, other), 0);
	cc_trust t;
	trust_from(&t, allowed);
	cJSON *so = signoff("tm-okafor", "2026-03-02", "fine");
	sign_with(so, "LCS-104233", "mgr");
	ck_assert_int_eq(judge(&t, "LCS-104233", so), CC_SIG_VERIFIED);
	/* copied into another case: another payload */
	ck_assert_int_eq(judge(&t, "LCS-999999", so), CC_SIG_BAD);
	/* the content id changed after signing */
	cJSON_ReplaceItemInObject(so, "content", cJSON_CreateString("0000000000000000000000000000000000000000"));
	ck_assert_int_eq(judge(&t, "LCS-104233", so), CC_SIG_BAD);
	cJSON_Delete(so);
	/* signed with another person's key */
	so = signoff("tm-okafor", "2026-03-02", NULL);
	sign_with(so, "LCS-104233", "other");
	ck_assert_int_eq(judge(&t, "LCS-104233", so), CC_SIG_UNKNOWN_KEY);
	cJSON_Delete(so);
	cc_allowed_signers_free(t.signers);
	free(t.path);
	free(allowed);
	free(pub);
	free(other);
}

START_TEST(ed25519)
{
	one_key_type("ed25519", 0);
}
END_TEST

START_TEST(ecdsa_p256)
{
	one_key_type("ecdsa", 256);
}
END_TEST

START_TEST(rsa)
{
	one_key_type("rsa", 2048);
}
END_TEST

START_TEST(validity_and_patterns)
{
	char *pub = tk_keygen(dir, "mgr", "ed25519", 0), *allowed = NULL;
	ck_assert_int_ge(asprintf(&allowed,
	                          "\"tm-*,!tm-evil\" namespaces=\"casecheck-signoff\",valid-after=\"20260101Z\","
	                          "valid-before=\"20260301Z\" %s comment here\n",
	                          pub),
	                 0);
	cc_trust t;
	trust_from(&t, allowed);
	/* on the last day of the key's validity (valid-before is inclusive) */
	ck_assert_int_eq(signed_by_mgr(&t, "tm-okafor", "2026-03-01"), CC_SIG_VERIFIED);
	/* dated after the key's valid-before */
	ck_assert_int_eq(signed_by_mgr(&t, "tm-okafor", "2026-03-02"), CC_SIG_OUTSIDE_VALIDITY);
	/* dated before valid-after */
	ck_assert_int_eq(signed_by_mgr(&t, "tm-okafor", "2025-12-31"), CC_SIG_OUTSIDE_VALIDITY);
	/* a principal the negated pattern excludes */
	ck_assert_int_eq(signed_by_mgr(&t, "tm-evil", "2026-02-01"), CC_SIG_UNKNOWN_KEY);
	/* unsigned */
	cJSON *so = signoff("tm-okafor", "2026-02-01", NULL);
	ck_assert_int_eq(judge(&t, "LCS-1", so), CC_SIG_UNSIGNED);
	bool counts;
	char *why = NULL;
	t.unsigned_before = cc_date_from_ymd(2026, 2, 2);
	ck_assert_int_eq(cc_trust_check_signoff(&t, "LCS-1", so, &counts, &why), CC_SIG_UNSIGNED);
	ck_assert(counts); /* before the cut-off: still counts */
	free(why);
	cJSON_Delete(so);
	cc_allowed_signers_free(t.signers);
	free(t.path);
	free(allowed);
	free(pub);
}
END_TEST

START_TEST(wrong_namespace)
{
	char *pub = tk_keygen(dir, "mgr", "ed25519", 0), *allowed = NULL;
	ck_assert_int_ge(asprintf(&allowed, "tm-okafor %s\n", pub), 0);
	cc_trust t;
	trust_from(&t, allowed);
	cJSON *so = signoff("tm-okafor", "2026-03-01", NULL);
	char *p = cc_signoff_payload("LCS-1", so), *sig = tk_sign(dir, "mgr", "git", p);
	ck_assert_ptr_nonnull(sig);
	cJSON_AddStringToObject(so, "signature", sig);
	ck_assert_int_eq(judge(&t, "LCS-1", so), CC_SIG_BAD);
	cJSON_Delete(so);
	free(sig);
	free(p);
	cc_allowed_signers_free(t.signers);
	free(t.path);
	free(allowed);
	free(pub);
}
END_TEST

static void refused(const char *text, const char *reason)
{
	cc_allowed_signers *as = NULL;
	char *err = NULL;
	ck_assert_int_eq(cc_allowed_signers_parse(&as, text, strlen(text), &err), -1);
	ck_assert_ptr_null(as);
	ck_assert_msg(strstr(err, reason) != NULL, "%s", err);
	free(err);
}

START_TEST(refused_lines)
{
	refused("ca cert-authority ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIL0Ep3ZK8n5V2r3mBfwkZx5QhqoSqhG9nTlYQrCw0x1Z\n",
	        "line 1: cert-authority");
	refused("\n# x\ntm sk-ssh-ed25519@openssh.com AAAAGnNrLXNzaC1lZDI1NTE5QG9wZW5zc2guY29t\n", "line 3: FIDO");
	refused("tm ssh-dss AAAAB3NzaC1kc3M=\n", "not supported");
	refused("tm ssh-ed25519 not*base64\n", "base64");
	refused("tm valid-before=\"tomorrow\" ssh-ed25519 AAAA\n", "valid-before");
	refused("tm ssh-ed25519\n", "key");
}
END_TEST

int main(void)
{
	const TTest *const tests[] = {payload_vector, ed25519, ecdsa_p256, rsa, validity_and_patterns,
	                                     wrong_namespace, refused_lines, NULL};
	return cc_test_list_main("trust", tests, 120, setup, teardown);
}
