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
#include "trust/records.h"
#include "keys.h"
#include "support/gitfixture.h"
#include "support/runner.h"
#include "util/xalloc.h"
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

#define REASON "Agreed by telephone before the post was filled; not recorded at the time."

/* A waiver (not committed) of one finding. */
typedef struct wv {
	const char *rel;     /* where it is written */
	const char *by;
	const char *key;     /* the key that signs it; NULL: unsigned */
	const char *ns;      /* the namespace it is signed in */
	const char *expires;
	const char *rule, *path, *pointer;
	const char *code;    /* reason_code, or NULL: none */
} wv;

/* The waiver of the head-of-service finding by tm-carol, signed with her
 * key in the waiver namespace, until 2026-06-30, reason code other. */
static wv hos_waiver(void)
{
	return (wv){W1, "tm-carol", "carol", CC_WAIVER_NAMESPACE, "2026-06-30", "transfer.head-of-service",
	            CASE "/transfer.json", "/head_of_service_agreed_on", "other"};
}

static cJSON *waiver_doc(const wv *o)
{
	cJSON *w = cJSON_CreateObject();
	cJSON_AddStringToObject(w, "format", "casecheck/waiver@1");
	cJSON_AddStringToObject(w, "rule", o->rule);
	cJSON_AddStringToObject(w, "path", o->path);
	cJSON_AddStringToObject(w, "pointer", o->pointer);
	cJSON_AddStringToObject(w, "reason", REASON);
	if (o->code)
		cJSON_AddStringToObject(w, "reason_code", o->code);
	cJSON_AddStringToObject(w, "by", o->by);
	cJSON_AddStringToObject(w, "date", "2026-03-01");
	cJSON_AddStringToObject(w, "expires", o->expires);
	return w;
}

/* Writes the waiver o, signed as it says (the payload comes from
 * casecheck's own cc_waiver_payload, and OpenSSH must agree on it). */
static void write_wv(const wv *o)
{
	cJSON *w = waiver_doc(o);
	if (o->key) {
		char *payload = cc_waiver_payload("BASE-001", w);
		ck_assert_ptr_nonnull(payload);
		char *sig = tk_sign(keys, o->key, o->ns, payload);
		ck_assert_ptr_nonnull(sig);
		cJSON_AddStringToObject(w, "signature", sig);
		ck_assert_msg(tk_openssh_verifies_ns(keys, allowed, o->by, CC_WAIVER_NAMESPACE, sig, payload, "2026-03-01") ==
		                  (!strcmp(o->ns, CC_WAIVER_NAMESPACE) && !strcmp(o->key, o->by + 3)),
		              "OpenSSH's verdict on the waiver signed by %s as %s in %s", o->key, o->by, o->ns);
		free(payload);
		free(sig);
	}
	char *text = cJSON_Print(w);
	ck_assert_int_eq(gf_write(repo, o->rel, text), 0);
	free(text);
	cJSON_Delete(w);
}

/* A waiver of the head-of-service finding by `by`, signed with key in
 * namespace ns (key NULL: unsigned), written to rel (not committed). */
static void write_waiver(const char *rel, const char *by, const char *key, const char *ns, const char *expires,
                         const char *pointer)
{
	wv o = hos_waiver();
	o.rel = rel;
	o.by = by;
	o.key = key;
	o.ns = ns;
	o.expires = expires;
	o.pointer = pointer;
	write_wv(&o);
}

static void waiver(const char *by, const char *key, const char *ns, const char *expires)
{
	write_waiver(W1, by, key, ns, expires, "/head_of_service_agreed_on");
	ck_assert_int_eq(gf_commit_all(repo, "waiver"), 0);
}

/* casecheck audit for purpose with the allowed-signers file, with
 * --show-values when values; *out the output. */
static int audit_as(char **out, const char *purpose, const char *format, const char *as_of, bool values)
{
	const char *argv[] = {wf_casecheck(), "audit", "--purpose", purpose, "--as-of", as_of, "--format", format,
	                      "--allowed-signers", allowed, values ? "--show-values" : NULL, NULL};
	return wf_run(out, repo, argv);
}

static cJSON *audit_json_as(int *st, const char *purpose, const char *as_of, bool values)
{
	char *out = NULL;
	*st = audit_as(&out, purpose, "json", as_of, values);
	cJSON *doc = out ? cJSON_Parse(strchr(out, '{')) : NULL;
	ck_assert_msg(doc != NULL, "%s", out ? out : "");
	free(out);
	return doc;
}

static cJSON *audit_json(int *st, const char *as_of)
{
	return audit_json_as(st, "transfer", as_of, false);
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

/* What every report says of the head-of-service waiver (cc_report_waiver_text). */
#define SHOWN "waived by tm-carol on 2026-03-01 until 2026-06-30, reason other: " W1

/* JSON's finding and SARIF's suppression carry the waiver as an object:
 * by, date, expiry, reason code and file; its free-text reason only with
 * --show-values. */
static void assert_waiver_object(const char *where, const cJSON *w, const char *code, bool values)
{
	ck_assert_msg(cJSON_IsObject(w), "%s: no waiver object", where);
	ck_assert_str_eq(str(w, "path"), W1);
	ck_assert_str_eq(str(w, "by"), "tm-carol");
	ck_assert_str_eq(str(w, "date"), "2026-03-01");
	ck_assert_str_eq(str(w, "expires"), "2026-06-30");
	if (code)
		ck_assert_str_eq(str(w, "reason_code"), code);
	else
		ck_assert_msg(cJSON_IsNull(cJSON_GetObjectItem(w, "reason_code")), "%s: reason_code not null", where);
	if (values)
		ck_assert_str_eq(str(w, "reason"), REASON);
	else
		ck_assert_ptr_null(cJSON_GetObjectItem(w, "reason"));
}

/* The head-of-service finding as waived in every format, with and
 * without --show-values: shown (the sentence text, JUnit, CSV, HTML and
 * SARIF's justification give) and the waiver object of JSON and SARIF;
 * the free-text reason never without --show-values. */
static void assert_shown_everywhere(const char *shown, const char *code)
{
	static const char *const formats[] = {"text", "junit", "csv", "html", "json", "sarif"};
	for (int values = 0; values < 2; values++)
		for (size_t i = 0; i < sizeof formats / sizeof *formats; i++) {
			char *out = NULL;
			int rc = audit_as(&out, "transfer", formats[i], AS_OF, values);
			ck_assert_msg(rc == 0 || rc == 1, "%s: %s", formats[i], out);
			if (values)
				ck_assert_msg(wf_has(out, REASON), "%s --show-values does not show the reason", formats[i]);
			else
				ck_assert_msg(!wf_has(out, REASON), "%s shows the free-text reason", formats[i]);
			if (i < 4) { /* text, JUnit, CSV, HTML: the sentence */
				ck_assert_msg(wf_has(out, shown), "%s does not say '%s': %s", formats[i], shown, out);
				if (values)
					ck_assert_msg(wf_has(out, "; reason given: " REASON), "%s: %s", formats[i], out);
				free(out);
				continue;
			}
			cJSON *doc = cJSON_Parse(strchr(out, '{'));
			free(out);
			ck_assert_ptr_nonnull(doc);
			if (i == 4) {
				const cJSON *f = finding(doc, "transfer.head-of-service");
				ck_assert_str_eq(str(f, "severity"), "note");
				ck_assert_str_eq(str(f, "waived"), W1);
				ck_assert_str_eq(str(f, "waived_severity"), "error");
				assert_waiver_object("json", cJSON_GetObjectItem(f, "waiver"), code, values);
			} else { /* SARIF: the result keeps its level and carries a suppression */
				const cJSON *res, *found = NULL;
				cJSON_ArrayForEach(res, cJSON_GetObjectItem(cJSON_GetArrayItem(cJSON_GetObjectItem(doc, "runs"), 0),
				                                            "results"))
					if (!strcmp(str(res, "ruleId"), "transfer.head-of-service"))
						found = res;
				ck_assert_ptr_nonnull(found);
				ck_assert_str_eq(str(found, "level"), "error");
				const cJSON *sup = cJSON_GetArrayItem(cJSON_GetObjectItem(found, "suppressions"), 0);
				ck_assert_str_eq(str(sup, "kind"), "external");
				ck_assert_str_eq(str(sup, "status"), "accepted");
				ck_assert_msg(!strncmp(str(sup, "justification"), shown, strlen(shown)), "%s",
				              str(sup, "justification"));
				assert_waiver_object("sarif", cJSON_GetObjectItem(cJSON_GetObjectItem(sup, "properties"), "waiver"),
				                     code, values);
			}
			cJSON_Delete(doc);
		}
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
	ck_assert(cJSON_IsTrue(cJSON_GetObjectItem(cJSON_GetArrayItem(cJSON_GetObjectItem(doc, "cases"), 0), "ready")));
	ck_assert_ptr_null(finding(doc, "waiver.in-force"));
	ck_assert_ptr_null(finding(doc, "waiver.matches"));
	cJSON_Delete(doc);
	assert_shown_everywhere(SHOWN, "other");
}
END_TEST

/* A waiver without a reason code still counts; reports point to its file
 * for the reason. */
START_TEST(waiver_without_reason_code)
{
	wv o = hos_waiver();
	o.code = NULL;
	write_wv(&o);
	ck_assert_int_eq(gf_commit_all(repo, "waiver"), 0);
	assert_shown_everywhere("waived by tm-carol on 2026-03-01 until 2026-06-30, reason recorded in " W1, NULL);
}
END_TEST

/* The reason code is signed: a waiver without one has the payload it
 * always had; one with it ends "reason-code <code>", and changing the code
 * after signing breaks the signature. */
START_TEST(reason_code_is_signed)
{
	wv o = hos_waiver();
	cJSON *w = waiver_doc(&o);
	char *with = cc_waiver_payload("BASE-001", w);
	cJSON_DeleteItemFromObject(w, "reason_code");
	char *without = cc_waiver_payload("BASE-001", w);
	ck_assert_ptr_nonnull(with);
	ck_assert_ptr_nonnull(without);
	ck_assert_msg(!strstr(without, "reason-code"), "%s", without);
	ck_assert_msg(!strncmp(with, without, strlen(without)) && !strcmp(with + strlen(without), "reason-code other\n"),
	              "%s", with);
	cJSON_AddStringToObject(w, "reason_code", "other\nby tm-x"); /* no line may be smuggled in */
	ck_assert_ptr_null(cc_waiver_payload("BASE-001", w));
	free(with);
	free(without);
	cJSON_Delete(w);
	write_wv(&o);
	ck_assert_int_eq(wf_edit(repo, W1, "\"other\"", "\"done-late\""), 0);
	ck_assert_int_eq(gf_commit_all(repo, "waiver, its reason code changed after signing"), 0);
	not_counted("signature bad", AS_OF);
}
END_TEST

/* Under --purpose court nothing is waived: the finding blocks and the
 * waiver says why; under a purpose where the waived rule does not run,
 * the waiver is no warning (it cannot match, and is not stale). */
START_TEST(court_findings_are_never_waived)
{
	wv o = hos_waiver();
	o.rule = "court.entry-complete";
	o.path = CASE "/chronology.json";
	o.pointer = "/entries/3/significance";
	o.code = "historic-gap";
	write_wv(&o);
	ck_assert_int_eq(gf_commit_all(repo, "waiver of a court finding"), 0);
	int st;
	cJSON *doc = audit_json_as(&st, "court", AS_OF, false);
	ck_assert_int_eq(st, 1);
	const cJSON *f, *c = cJSON_GetArrayItem(cJSON_GetObjectItem(doc, "cases"), 0);
	bool blocks = false;
	cJSON_ArrayForEach(f, cJSON_GetObjectItem(c, "findings"))
		blocks |= !strcmp(str(f, "rule"), "court.entry-complete") && !strcmp(str(f, "pointer"), o.pointer) &&
		          !strcmp(str(f, "severity"), "error") && !cJSON_GetObjectItem(f, "waived");
	ck_assert_msg(blocks, "the court finding was waived");
	const cJSON *w = finding(doc, "waiver.in-force");
	ck_assert_msg(w && strstr(str(w, "message"), "nothing can be waived under this purpose"), "%s",
	              w ? str(w, "message") : "(no waiver.in-force)");
	cJSON_Delete(doc);
	const char *purposes[] = {"check", "signoff"};
	for (size_t i = 0; i < 2; i++) {
		doc = audit_json_as(&st, purposes[i], AS_OF, false);
		ck_assert_msg((st == 0 || st == 1) && cJSON_GetArrayItem(cJSON_GetObjectItem(doc, "cases"), 0),
		              "%s: exit %d, or no case in the report", purposes[i], st);
		ck_assert_msg(!finding(doc, "waiver.in-force") && !finding(doc, "waiver.matches"),
		              "%s: a warning for a waiver whose rule does not run", purposes[i]);
		cJSON_Delete(doc);
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
	write_waiver(CASE "/waivers/2026-03-01-other.json", "tm-carol", "carol", CC_WAIVER_NAMESPACE, "2026-06-30",
	             "/reason");
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

/* The hook refuses to commit what is on disk as msg: a waiver refused,
 * for the reason needle. */
static void hook_refuses(const char *msg, const char *needle)
{
	char *out = NULL;
	ck_assert_int_eq(gf_git(repo, "add", "-A", NULL), 0);
	ck_assert_int_eq(wf_commit(&out, repo, msg), 1); /* git: the pre-commit hook failed */
	ck_assert_msg(wf_has(out, "waiver refused") && wf_has(out, needle), "%s", out);
	free(out);
}

START_TEST(hook_refuses_edits_and_unsigned_waivers)
{
	char *out = NULL;
	wf_install_hooks(repo);
	ck_assert_int_eq(gf_git(repo, "config", "casecheck.allowedSignersFile", allowed, NULL), 0);
	/* unsigned: refused */
	write_waiver(W1, "tm-carol", NULL, NULL, "2026-06-30", "/head_of_service_agreed_on");
	hook_refuses("unsigned waiver", "signature unsigned");
	/* by a worker with her own key: refused */
	write_waiver(W1, "sw-anna", "anna", CC_WAIVER_NAMESPACE, "2026-06-30", "/head_of_service_agreed_on");
	hook_refuses("worker's waiver", "sw-anna is not a manager");
	/* signed by the manager: accepted */
	write_waiver(W1, "tm-carol", "carol", CC_WAIVER_NAMESPACE, "2026-06-30", "/head_of_service_agreed_on");
	ck_assert_int_eq(gf_git(repo, "add", "-A", NULL), 0);
	ck_assert_msg(wf_commit(&out, repo, "signed waiver") == 0, "%s", out);
	free(out);
	/* an edit of it (even re-signed): refused; a new file replaces it */
	write_waiver(W1, "tm-carol", "carol", CC_WAIVER_NAMESPACE, "2026-12-31", "/head_of_service_agreed_on");
	hook_refuses("waiver extended", "never edited");
	ck_assert_int_eq(gf_git(repo, "checkout", "-q", "HEAD", "--", W1, NULL), 0);
	write_waiver(CASE "/waivers/2026-03-02-head-of-service.json", "tm-carol", "carol", CC_WAIVER_NAMESPACE,
	             "2026-12-31", "/head_of_service_agreed_on");
	ck_assert_int_eq(gf_git(repo, "add", "-A", NULL), 0);
	ck_assert_msg(wf_commit(&out, repo, "waiver replaced by a new one") == 0, "%s", out);
	free(out);
}
END_TEST

/* casecheck waive <by> <key>: writes and signs the waiver of the
 * head-of-service finding with reason code code (NULL: none); the exit
 * status, *out the output. */
static int waive_code(char **out, const char *by, const char *key, const char *rule, const char *code)
{
	const char *argv[28] = {wf_casecheck(), "waive", "--case", "BASE-001", "--rule", rule, "--path",
	                        CASE "/transfer.json", "--pointer", "/head_of_service_agreed_on", "--by", by,
	                        "--reason", "Agreed by telephone before the post was filled.", "--expires", "2026-06-30",
	                        "--as-of", "2026-03-01", "--allowed-signers", allowed};
	int n = 20;
	char *keypath = tk_key_args(argv, &n, keys, key);
	if (code) {
		argv[n++] = "--reason-code";
		argv[n++] = code;
	}
	argv[n] = NULL;
	int rc = wf_run(out, repo, argv);
	free(keypath);
	return rc;
}

static int waive(char **out, const char *by, const char *key, const char *rule)
{
	return waive_code(out, by, key, rule, NULL);
}

/* The reason codes schemas/waiver.json allows (reason_code's enum). */
static cJSON *schema_reason_codes(void)
{
	char *text = cc_test_read_source("schemas/waiver.json", NULL);
	cJSON *schema = cJSON_Parse(text);
	free(text);
	cJSON *codes = cJSON_DetachItemFromObject(
		cJSON_GetObjectItem(cJSON_GetObjectItem(schema, "properties"), "reason_code"), "enum");
	cJSON_Delete(schema);
	ck_assert_msg(cJSON_GetArraySize(codes) >= 3, "schemas/waiver.json: no reason_code enum");
	return codes;
}

/* Every reason code the schema allows is described by waive --help,
 * offered by the completion, accepted by waive; anything else is refused. */
START_TEST(reason_codes_agree_everywhere)
{
	cJSON *codes = schema_reason_codes(), *c;
	char *out = NULL;
	const char *help[] = {wf_casecheck(), "waive", "--help", NULL};
	ck_assert_int_eq(wf_run(&out, repo, help), 0);
	char *completion = cc_test_read_source("completion/casecheck", NULL);
	const char *after = "\t--reason-code)\n"; /* the next line completes its words */
	char *offered = strstr(completion, after);
	ck_assert_ptr_nonnull(offered);
	offered += strlen(after);
	offered[strcspn(offered, "\n")] = '\0';
	const char *indent = "\n                            "; /* a reason code's line in the help */
	int described = 0;
	for (const char *p = strstr(out, indent); p; p = strstr(p + 1, indent))
		described += p[strlen(indent)] != ' ';
	ck_assert_int_eq(described, cJSON_GetArraySize(codes)); /* no code the schema does not allow */
	cJSON_ArrayForEach(c, codes) {
		char *line = cc_xasprintf("%s%s ", indent, c->valuestring);
		ck_assert_msg(wf_has(out, line), "waive --help does not describe reason code %s", c->valuestring);
		char *word = cc_xasprintf("%s%s", c->valuestring, c->next ? " " : "\"");
		ck_assert_msg(wf_has(offered, word), "the completion does not offer %s: %s", c->valuestring, offered);
		free(word);
		free(line);
	}
	free(completion);
	free(out);
	ck_assert_int_eq(waive_code(&out, "tm-carol", "carol", "transfer.head-of-service", "lost-paperwork"), 2);
	ck_assert_msg(wf_has(out, "--reason-code wants one of done-late"), "%s", out);
	free(out);
	char *dir = gf_path(repo, CASE "/waivers");
	ck_assert_msg(access(dir, F_OK) != 0, "a refused waiver left a file");
	free(dir);
	cJSON_Delete(codes);
}
END_TEST

START_TEST(waive_command_writes_and_signs)
{
	char *out = NULL;
	const char *help[] = {wf_casecheck(), "waive", "--help", NULL};
	ck_assert_int_eq(wf_run(&out, repo, help), 0);
	ck_assert_msg(wf_has(out, "casecheck-waiver") && wf_has(out, "--expires") && wf_has(out, "--reason-code"), "%s",
	              out);
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
	/* the manager with her own key: written, signed (the reason code
	 * too), and it counts, shown with its reason code */
	ck_assert_int_eq(waive_code(&out, "tm-carol", "carol", "transfer.head-of-service", "not-applicable-here"), 0);
	ck_assert_msg(wf_has(out, "waived: " CASE "/waivers/2026-03-01-transfer.head-of-service.json"), "%s", out);
	free(out);
	ck_assert_int_eq(gf_commit_all(repo, "waiver"), 0);
	int st;
	cJSON *doc = audit_json(&st, AS_OF); /* not ready: no sign-off yet */
	const cJSON *f = finding(doc, "transfer.head-of-service");
	ck_assert_str_eq(str(f, "severity"), "note");
	ck_assert_str_eq(str(f, "waived"), CASE "/waivers/2026-03-01-transfer.head-of-service.json");
	ck_assert_str_eq(str(cJSON_GetObjectItem(f, "waiver"), "reason_code"), "not-applicable-here");
	ck_assert_ptr_null(finding(doc, "waiver.in-force")); /* its signature (over the reason code too) verifies */
	cJSON_Delete(doc);
}
END_TEST

int main(void)
{
	const TTest *const tests[] = {waiver_makes_ready_and_shows_in_every_format, waiver_without_reason_code,
	                              reason_code_is_signed, court_findings_are_never_waived, expired_waiver_blocks_again,
	                              waiver_by_a_worker, signature_does_not_verify,
	                              waiver_matching_nothing_and_stale_signoff, hook_refuses_edits_and_unsigned_waivers,
	                              waive_command_writes_and_signs, reason_codes_agree_everywhere,
	                              NULL};
	return cc_test_list_main("waivers", tests, 300, setup, teardown);
}
