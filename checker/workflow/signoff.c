/* signoff.c: `casecheck signoff` as a library call: check the options
 * and the signer, run the audit of the purpose on the index with the
 * sign-off rule being satisfied left out, compute the case folder's tree
 * id, write the sign-off file, and (commit) commit it alone. */
#include "workflow/signoff.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "audit/casemodel.h"
#include "casecheck/error.h"
#include "casecheck/identifiers.h"
#include "json/json.h"
#include "casecheck/rules.h"
#include "trust/signer.h"
#include "casecheck/trust.h"
#include "trust/records.h"
#include "util/strbuf.h"
#include "util/safewrite.h"
#include "util/xalloc.h"
#include "casecheck/policy.h"
#include "workflow/record.h"
#include "workflow/signoff_git.h"
#include "workflow/staged.h"

/* The rule each role's sign-off satisfies (checker/audit's rule table),
 * left out of the audit the signer runs. */
#define TRANSFERRING_RULE "signoff.transferring-manager"
#define RECEIVING_RULE "signoff.receiving-manager"

void cc_signoff_result_clear(cc_signoff_result *r)
{
	free(r->message);
	free(r->path);
	memset(r, 0, sizeof *r);
}

static int check_options(const cc_signoff_options *o, bool *receiving, char **errmsg)
{
	if (!o->case_id || !cc_case_id_valid(o->case_id, strlen(o->case_id))) {
		*errmsg = cc_xstrdup("--case wants a case id (A-Z, 0-9 and '-', 3-32 characters)");
		return CC_ERROR;
	}
	if (!o->role || (strcmp(o->role, "transferring-manager") && strcmp(o->role, "receiving-manager"))) {
		*errmsg = cc_xstrdup("--role wants transferring-manager or receiving-manager");
		return CC_ERROR;
	}
	if (!o->by || !cc_staff_id_valid(o->by, strlen(o->by))) {
		*errmsg = cc_xstrdup("--by wants a staff id (a-z, 0-9 and '-')");
		return CC_ERROR;
	}
	if (o->purpose && strcmp(o->purpose, "transfer") && strcmp(o->purpose, "signoff")) {
		*errmsg = cc_xstrdup("--purpose wants transfer or signoff");
		return CC_ERROR;
	}
	*receiving = !strcmp(o->role, "receiving-manager");
	if (*receiving && o->purpose && strcmp(o->purpose, "transfer")) {
		*errmsg = cc_xstrdup("a receiving manager signs for the transfer only (--purpose transfer)");
		return CC_ERROR;
	}
	return 0;
}


/* Forwards to the caller's sink and notes the case's verdict. */
typedef struct verdict_sink {
	const cc_audit_sink *inner;
	bool seen, ready;
	size_t warnings;
} verdict_sink;

static void v_begin(void *ctx, const cc_audit_meta *m)
{
	verdict_sink *v = ctx;
	if (v->inner && v->inner->begin)
		v->inner->begin(v->inner->ctx, m);
}

static void v_case(void *ctx, cc_case_result *r)
{
	verdict_sink *v = ctx;
	v->seen = true;
	v->ready = r->ready;
	v->warnings = r->n_warnings;
	if (v->inner && v->inner->on_case)
		v->inner->on_case(v->inner->ctx, r);
	else
		cc_case_result_free(r);
}

static void v_end(void *ctx, const cc_audit_summary *s)
{
	verdict_sink *v = ctx;
	if (v->inner && v->inner->end)
		v->inner->end(v->inner->ctx, s);
}

bool cc_workflow_path_taken(cc_source *src, const char *rel)
{
	char *buf = NULL, *abs = cc_xasprintf("%s/%s", cc_source_root(src), rel);
	size_t len;
	struct stat st;
	bool in_index = cc_source_read(src, rel, 1 << 20, &buf, &len, NULL) != CC_ENOTFOUND;
	bool on_disk = lstat(abs, &st) == 0;
	free(buf);
	free(abs);
	return in_index || on_disk;
}

/* Appends "  \"key\": <value as a JSON string>" to sb. */
static void put_field(cc_strbuf *sb, const char *key, const char *value, bool last)
{
	cJSON *str = cJSON_CreateString(value);
	char *quoted = str ? cJSON_PrintUnformatted(str) : NULL;
	cJSON_Delete(str);
	if (!quoted)
		abort(); /* cJSON could not allocate: as cc_x* do */
	cc_strbuf_printf(sb, "  \"%s\": %s%s\n", key, quoted, last ? "" : ",");
	cJSON_free(quoted);
}

/* The sign-off document, two-space indented, keys in schema order. */
static char *signoff_json(const cc_signoff_options *o, const char *purpose, const char *content, bool warnings,
                          const char *signature)
{
	char date[11];
	cc_strbuf sb = CC_STRBUF_INIT;
	cc_date_format(o->as_of, date);
	cc_strbuf_puts(&sb, "{\n");
	put_field(&sb, "format", "casecheck/signoff@1", false);
	put_field(&sb, "role", o->role, false);
	put_field(&sb, "by", o->by, false);
	put_field(&sb, "date", date, false);
	put_field(&sb, "purpose", purpose, false);
	put_field(&sb, "content", content, false);
	put_field(&sb, "result", warnings ? "ready-with-warnings" : "ready", !o->comment && !signature);
	if (o->comment)
		put_field(&sb, "comment", o->comment, !signature);
	if (signature)
		put_field(&sb, "signature", signature, true);
	cc_strbuf_puts(&sb, "}\n");
	return cc_strbuf_detach(&sb);
}

/* Signs the sign-off document *text (no signature yet) and replaces it
 * with the document carrying its signature. */
static int sign_text(char **text, const cc_signoff_options *o, const char *purpose, const char *content,
                     bool warnings, const char *key, bool literal, char **errmsg)
{
	cJSON *doc = NULL;
	char *payload = NULL, *sig = NULL;
	int rc = CC_ERROR;
	if (cc_json_parse(&doc, *text, strlen(*text), NULL, NULL) < 0 || !(payload = cc_signoff_payload(o->case_id, doc))) {
		*errmsg = cc_xstrdup("the sign-off's payload cannot be formed");
		goto done;
	}
	if (cc_trust_sign(&sig, key, literal, CC_SIGNOFF_NAMESPACE, payload, errmsg) < 0)
		goto done;
	free(*text);
	*text = signoff_json(o, purpose, content, warnings, sig);
	rc = 0;
done:
	cJSON_Delete(doc);
	free(payload);
	free(sig);
	return rc;
}

/* With allowed signers configured, why the new sign-off would not count
 * (cc_trust_check_signoff, as the audit and the hooks judge it), or NULL. */
static char *check_new_signoff(const cc_signoff_options *o, const char *text)
{
	cJSON *doc = NULL;
	char *why = NULL;
	bool counts = true;
	if (!o->trust || !o->trust->signers)
		return NULL;
	if (cc_json_parse(&doc, text, strlen(text), NULL, NULL) < 0)
		return cc_xstrdup("the signed sign-off cannot be read back");
	cc_sig_state st = cc_trust_check_signoff(o->trust, o->case_id, doc, &counts, &why);
	cJSON_Delete(doc);
	if (counts) {
		free(why);
		return NULL;
	}
	char *msg = cc_xasprintf("the signature does not verify with the allowed-signers file (%s): %s: %s",
	                         o->trust->setting, cc_sig_state_name(st), why ? why : "");
	free(why);
	return msg;
}

int cc_signoff_run(cc_signoff_result *res, const cc_signoff_options *o, const cc_audit_sink *sink,
                   char **errmsg)
{
	int rc = CC_ERROR;
	bool receiving = false;
	cc_source *src = NULL;
	cc_policy policy = CC_POLICY_INIT;
	char *case_dir = NULL, *rel = NULL, *text = NULL, *msg = NULL, *key = NULL;
	bool key_literal = false;
	cc_audit_summary summary;
	cc_source_options so = CC_SOURCE_OPTIONS_INIT;

	memset(res, 0, sizeof *res);
	memset(&summary, 0, sizeof summary);
	*errmsg = NULL;
	if (check_options(o, &receiving, errmsg) < 0)
		return CC_ERROR;
	if (cc_workflow_signing_key(&key, &key_literal, &res->message, o->key, o->repo_dir, o->trust, "sign-off",
	                            errmsg) < 0)
		return CC_ERROR;
	if (res->message) {
		res->outcome = CC_SIGNOFF_REFUSED;
		return 0;
	}
	const char *purpose = o->purpose ? o->purpose : "transfer";
	so.kind = CC_SOURCE_INDEX;
	so.repo_dir = o->repo_dir;
	if (cc_source_open(&src, &so, errmsg) < 0)
		goto done;

	if (o->commit) {
		bool differs = false;
		if (cc_signoff_can_commit(src, errmsg) < 0 || cc_signoff_staged_changes(&differs, src, errmsg) < 0)
			goto done;
		if (differs) {
			res->outcome = CC_SIGNOFF_REFUSED;
			res->message = cc_xstrdup("other changes are staged: with --commit the sign-off must be of "
			                          "exactly what HEAD holds. Commit or unstage them first.");
			rc = 0;
			goto done;
		}
	}
	if (cc_policy_load(&policy, src, errmsg) < 0)
		goto done;
	case_dir = cc_xasprintf("%s/%s", policy.cases_dir, o->case_id);
	if ((res->message = cc_signoff_signer_problem(src, case_dir, o->role, o->by, o->as_of))) {
		res->outcome = CC_SIGNOFF_REFUSED;
		rc = 0;
		goto done;
	}

	cc_audit_options ao;
	memset(&ao, 0, sizeof ao);
	ao.purpose = receiving ? CC_PURPOSE_RECEIVE
	             : !strcmp(purpose, "signoff") ? CC_PURPOSE_SIGNOFF : CC_PURPOSE_TRANSFER;
	ao.as_of = o->as_of;
	ao.cases = &o->case_id;
	ao.n_cases = 1;
	ao.trust = o->trust;
	ao.policy = &policy; /* read once, above */
	ao.skip_rule = receiving ? (cc_rules_find(RECEIVING_RULE) ? RECEIVING_RULE : NULL)
	                         : (cc_rules_find(TRANSFERRING_RULE) ? TRANSFERRING_RULE : NULL);
	verdict_sink v = {sink, false, false, 0};
	cc_audit_sink vs = {v_begin, v_case, v_end, &v};
	if (cc_audit_run(src, &ao, &vs, &summary, errmsg) < 0)
		goto done;
	if (!v.seen || !v.ready || cc_findings_count(&summary.repo_findings, CC_SEVERITY_ERROR) > 0) {
		res->outcome = CC_SIGNOFF_NOT_READY;
		rc = 0;
		goto done;
	}

	if (cc_source_tree_id(src, case_dir, "signoffs", res->content, &msg) < 0) {
		*errmsg = cc_xasprintf("cannot compute the case folder's tree id: %s", msg ? msg : "error");
		goto done;
	}
	rel = cc_workflow_record_path(src, case_dir, "signoffs", o->as_of, o->role);
	char date[11];
	cc_date_format(o->as_of, date);
	text = signoff_json(o, purpose, res->content, v.warnings > 0, NULL);
	if (key) {
		if (sign_text(&text, o, purpose, res->content, v.warnings > 0, key, key_literal, errmsg) < 0)
			goto done;
		res->signed_off = true;
		if ((res->message = check_new_signoff(o, text))) {
			res->outcome = CC_SIGNOFF_REFUSED;
			rc = 0;
			goto done;
		}
	}
	/* Only into a real folder inside the work tree: a symlinked cases
	 * folder, case folder or signoffs/ refuses the write. */
	if (cc_write_new_beneath(cc_source_root(src), rel, text, strlen(text), errmsg) < 0)
		goto done;
	if (o->commit) {
		char *message = cc_xasprintf("Sign-off: %s %s by %s (%s, %s)\n\n"
		                             "casecheck signoff: the %s audit was ready%s on case folder tree %s\n"
		                             "(the case folder without signoffs/), which this commit does not change.\n",
		                             o->case_id, o->role, o->by, purpose, date, cc_purpose_name(ao.purpose),
		                             v.warnings ? " with warnings" : "", res->content);
		int crc = cc_signoff_commit_file(res->commit, src, rel, text, strlen(text), message, errmsg);
		free(message);
		if (crc < 0) {
			if (!res->commit[0]) { /* nothing committed: leave nothing behind */
				char *abs = cc_xasprintf("%s/%s", cc_source_root(src), rel);
				unlink(abs);
				free(abs);
			}
			goto done;
		}
	}
	res->outcome = CC_SIGNOFF_WRITTEN;
	res->warnings = v.warnings > 0;
	res->path = rel;
	rel = NULL;
	rc = 0;
done:
	free(key);
	cc_audit_summary_clear(&summary);
	free(msg);
	free(text);
	free(rel);
	free(case_dir);
	cc_policy_clear(&policy);
	cc_source_free(src);
	if (rc < 0)
		cc_signoff_result_clear(res);
	return rc;
}
