/* waive.c: see casecheck/workflow.h. */
#include "casecheck/workflow.h"
#include "trust/records.h"

#include <stdlib.h>
#include <string.h>

#include "audit/waivers.h"
#include "casecheck/error.h"
#include "casecheck/identifiers.h"
#include "casecheck/policy.h"
#include "casecheck/source.h"
#include "util/strbuf.h"
#include "util/xalloc.h"
#include "workflow/record.h"
#include "workflow/signoff.h"

/* The meanings are short (waive --help gives them on one line each);
 * docs/format.md §12b and the schema say more. */
const cc_waive_reason_code cc_waive_reason_codes[] = {
	{"done-late", "done, but after its timescale"},
	{"historic-gap", "a gap before the current worker"},
	{"not-applicable-here", "its premise does not hold here"},
	{"other", "none of these (the reason says)"},
	{NULL, NULL},
};

/* NULL when code is one of cc_waive_reason_codes, else the usage error. */
static char *reason_code_problem(const char *code)
{
	cc_strbuf sb = CC_STRBUF_INIT;
	for (const cc_waive_reason_code *r = cc_waive_reason_codes; r->code; r++) {
		if (!strcmp(r->code, code)) {
			cc_strbuf_free(&sb);
			return NULL;
		}
		cc_strbuf_printf(&sb, "%s%s", r == cc_waive_reason_codes ? "" : ", ", r->code);
	}
	char *msg = cc_xasprintf("--reason-code wants one of %s (casecheck waive --help)", cc_strbuf_cstr(&sb));
	cc_strbuf_free(&sb);
	return msg;
}

void cc_waive_result_clear(cc_waive_result *res)
{
	free(res->path);
	free(res->refused);
	memset(res, 0, sizeof *res);
}

static int check_options(const cc_waive_options *o, char **errmsg)
{
	if (!o->case_id || !cc_case_id_valid(o->case_id, strlen(o->case_id)))
		*errmsg = cc_xstrdup("--case wants a case id (A-Z, 0-9 and '-', 3-32 characters)");
	else if (!o->by || !cc_staff_id_valid(o->by, strlen(o->by)))
		*errmsg = cc_xstrdup("--by wants a staff id (a-z, 0-9 and '-')");
	else if (!o->rule || !o->path || !*o->path || !o->reason || !*o->reason)
		*errmsg = cc_xstrdup("--rule, --path and --reason are required");
	else if (o->pointer && *o->pointer && *o->pointer != '/')
		*errmsg = cc_xstrdup("--pointer wants a JSON pointer (\"\" or starting with '/')");
	else if (o->reason_code && (*errmsg = reason_code_problem(o->reason_code)) != NULL)
		return CC_ERROR;
	else if (!o->expires || o->expires < o->as_of)
		*errmsg = cc_xstrdup("--expires wants the waiver's last day, on or after its date");
	else
		return 0;
	return CC_ERROR;
}

static cJSON *waiver_doc(const cc_waive_options *o)
{
	char date[11], expires[11];
	cJSON *w = cJSON_CreateObject();
	cc_date_format(o->as_of, date);
	cc_date_format(o->expires, expires);
	if (!w || !cJSON_AddStringToObject(w, "format", "casecheck/waiver@1") ||
	    !cJSON_AddStringToObject(w, "rule", o->rule) || !cJSON_AddStringToObject(w, "path", o->path) ||
	    !cJSON_AddStringToObject(w, "pointer", o->pointer ? o->pointer : "") ||
	    !cJSON_AddStringToObject(w, "reason", o->reason) ||
	    (o->reason_code && !cJSON_AddStringToObject(w, "reason_code", o->reason_code)) ||
	    !cJSON_AddStringToObject(w, "by", o->by) ||
	    !cJSON_AddStringToObject(w, "date", date) || !cJSON_AddStringToObject(w, "expires", expires))
		abort(); /* cJSON could not allocate: as cc_x* do */
	return w;
}

int cc_waive_run(cc_waive_result *res, const cc_waive_options *o, char **errmsg)
{
	cc_source *src = NULL;
	cc_source_options so = CC_SOURCE_OPTIONS_INIT;
	cc_policy policy = CC_POLICY_INIT;
	cJSON *w = NULL;
	char *key = NULL, *case_dir = NULL, *rel = NULL, *payload = NULL, *sig = NULL;
	bool literal = false;
	const char *nw;
	int rc = CC_ERROR;
	memset(res, 0, sizeof *res);
	*errmsg = NULL;
	if (check_options(o, errmsg) < 0)
		return CC_ERROR;
	if ((nw = cc_waiver_not_waivable(o->rule, NULL))) {
		res->refused = cc_xasprintf("rule %s cannot be waived: %s", o->rule, nw);
		return 0;
	}
	if (cc_workflow_signing_key(&key, &literal, &res->refused, o->key, o->repo_dir, o->trust, "waiver", errmsg) < 0)
		return CC_ERROR;
	if (res->refused)
		goto ok;
	so.kind = CC_SOURCE_INDEX;
	so.repo_dir = o->repo_dir;
	if (cc_source_open(&src, &so, errmsg) < 0 || cc_policy_load(&policy, src, errmsg) < 0)
		goto done;
	case_dir = cc_xasprintf("%s/%s", policy.cases_dir, o->case_id);
	w = waiver_doc(o);
	/* who may waive, judged as the audit will (the signature after signing) */
	if ((res->refused = cc_waiver_signer_problem(src, case_dir, o->case_id, w, NULL)))
		goto ok;
	if (key) {
		if (!(payload = cc_waiver_payload(o->case_id, w))) {
			*errmsg = cc_xstrdup("the waiver's payload cannot be formed (a value holds a control character)");
			goto done;
		}
		if (cc_trust_sign(&sig, key, literal, CC_WAIVER_NAMESPACE, payload, errmsg) < 0)
			goto done;
		cJSON_AddStringToObject(w, "signature", sig);
		res->signed_off = true;
	}
	if (o->trust && o->trust->signers &&
	    (res->refused = cc_waiver_signer_problem(src, case_dir, o->case_id, w, o->trust)))
		goto ok;
	rel = cc_workflow_record_path(src, case_dir, "waivers", o->as_of, o->rule);
	/* only into real folders inside the work tree (never through a link) */
	if (cc_workflow_write_record(src, rel, w, errmsg) < 0)
		goto done;
	res->path = rel;
	rel = NULL;
ok:
	rc = 0;
done:
	cJSON_Delete(w);
	free(sig);
	free(payload);
	free(rel);
	free(case_dir);
	free(key);
	cc_policy_clear(&policy);
	cc_source_free(src);
	if (rc < 0)
		cc_waive_result_clear(res);
	return rc;
}
