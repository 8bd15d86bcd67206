/* check.c: the one judgement of a sign-off's (a removal record's, a waiver's) signature, shared by the
 * audit, `casecheck signoff` and the hooks. */
#include <stdlib.h>
#include <string.h>

#include "casecheck/trust.h"
#include "trust/records.h"
#include "util/xalloc.h"
#include "field.h"

/* Midnight UTC at the start of d, in seconds since the epoch. */
static int64_t day_start(cc_date d)
{
	return (int64_t)(d - cc_date_from_ymd(1970, 1, 1)) * 86400;
}

/* The one judgement: sig (may be NULL) over payload (NULL: the document
 * cannot form one) in namespace ns by principal by on date (NULL or not
 * a date: cannot be judged). what names the document in messages;
 * unsigned ones dated before the auditor's cut-off count when
 * unsigned_ok. */
static cc_sig_state check(const cc_trust *t, const char *what, const char *how_to_sign, const char *ns,
                          bool unsigned_ok, const char *sig, char *payload, const char *by, const char *date,
                          bool *counts, char **why)
{
	cc_date on = 0;
	bool dated = date && cc_date_parse(&on, date, strlen(date)) == 0;
	*why = NULL;
	if (!t || !t->signers) {
		*counts = true;
		free(payload);
		return sig ? CC_SIG_NOT_CHECKED : CC_SIG_UNSIGNED;
	}
	*counts = false;
	if (!sig) {
		free(payload);
		if (unsigned_ok && t->unsigned_before && dated && on < t->unsigned_before) {
			*counts = true;
			return CC_SIG_UNSIGNED;
		}
		*why = cc_xasprintf("the %s is not signed, and allowed signers are configured: the manager must sign it "
		                    "with their own key (%s)", what, how_to_sign);
		return CC_SIG_UNSIGNED;
	}
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
	const char *sig = cc_trust_field(so, "signature");
	return check(t, "sign-off", "casecheck signoff --key", CC_SIGNOFF_NAMESPACE, true, sig,
	             sig && t && t->signers ? cc_signoff_payload(case_id, so) : NULL, cc_trust_field(so, "by"),
	             cc_trust_field(so, "date"), counts, why);
}

cc_sig_state cc_trust_check_removal(const cc_trust *t, const cJSON *rm, bool *counts, char **why)
{
	const char *sig = cc_trust_field(rm, "signature");
	return check(t, "removal record", "casecheck removal --key", CC_REMOVAL_NAMESPACE, true, sig,
	             sig && t && t->signers ? cc_removal_payload(rm) : NULL, cc_trust_field(rm, "by"),
	             cc_trust_field(rm, "on"), counts, why);
}

/* With allowed signers configured, an unsigned waiver never counts: the
 * cut-off eases switching authentication on for sign-offs in progress,
 * and no waiver predates it. */
cc_sig_state cc_trust_check_waiver(const cc_trust *t, const char *case_id, const cJSON *w, bool *counts, char **why)
{
	const char *sig = cc_trust_field(w, "signature");
	return check(t, "waiver", "casecheck waive --key", CC_WAIVER_NAMESPACE, false, sig,
	             sig && t && t->signers ? cc_waiver_payload(case_id, w) : NULL, cc_trust_field(w, "by"),
	             cc_trust_field(w, "date"), counts, why);
}
