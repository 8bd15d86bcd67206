/* check.c: the one judgement of a sign-off's signature, shared by the
 * audit, `casecheck signoff` and the hooks. */
#include <stdlib.h>
#include <string.h>

#include "casecheck/trust.h"
#include "util/xalloc.h"

/* Midnight UTC at the start of d, in seconds since the epoch. */
static int64_t day_start(cc_date d)
{
	return (int64_t)(d - cc_date_from_ymd(1970, 1, 1)) * 86400;
}

static const char *str(const cJSON *so, const char *key)
{
	const cJSON *v = cJSON_GetObjectItemCaseSensitive(so, key);
	return cJSON_IsString(v) ? v->valuestring : NULL;
}

/* The one check: doc's `signature` over payload (built by make) in
 * namespace ns for its `by` at its `date`; what names the document in
 * messages; unsigned ones dated before the cut-off count when
 * unsigned_ok. */
static cc_sig_state check(const cc_trust *t, const char *case_id, const cJSON *doc, const char *ns,
                          char *(*make)(const char *, const cJSON *), const char *what, bool unsigned_ok,
                          bool *counts, char **why)
{
	const char *sig = str(doc, "signature"), *by = str(doc, "by"), *date = str(doc, "date");
	cc_date on = 0;
	bool dated = date && cc_date_parse(&on, date, strlen(date)) == 0;
	*why = NULL;
	if (!t || !t->signers) {
		*counts = true;
		return sig ? CC_SIG_NOT_CHECKED : CC_SIG_UNSIGNED;
	}
	*counts = false;
	if (!sig) {
		if (unsigned_ok && t->unsigned_before && dated && on < t->unsigned_before) {
			*counts = true;
			return CC_SIG_UNSIGNED;
		}
		*why = cc_xasprintf("the %s is not signed, and allowed signers are configured: the manager must "
		                    "sign it with their own key (casecheck %s --key)",
		                    what, !strcmp(what, "waiver") ? "waive" : "signoff");
		return CC_SIG_UNSIGNED;
	}
	char *payload = make(case_id, doc);
	if (!payload || !by || !dated) {
		free(payload);
		*why = cc_xasprintf("the %s's fields cannot form a payload to verify", what);
		return CC_SIG_BAD;
	}
	cc_sig_state st = cc_allowed_signers_verify(t->signers, by, ns, sig, payload, strlen(payload), day_start(on), why);
	free(payload);
	*counts = st == CC_SIG_VERIFIED;
	return st;
}

cc_sig_state cc_trust_check_signoff(const cc_trust *t, const char *case_id, const cJSON *so, bool *counts,
                                    char **why)
{
	return check(t, case_id, so, CC_SIGNOFF_NAMESPACE, cc_signoff_payload, "sign-off", true, counts, why);
}

cc_sig_state cc_trust_check_waiver(const cc_trust *t, const char *case_id, const cJSON *w, bool *counts, char **why)
{
	return check(t, case_id, w, CC_WAIVER_NAMESPACE, cc_waiver_payload, "waiver", false, counts, why);
}
