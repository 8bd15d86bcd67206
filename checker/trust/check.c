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

cc_sig_state cc_trust_check_signoff(const cc_trust *t, const char *case_id, const cJSON *so, bool *counts,
                                    char **why)
{
	const char *sig = str(so, "signature"), *by = str(so, "by"), *date = str(so, "date");
	cc_date on = 0;
	bool dated = date && cc_date_parse(&on, date, strlen(date)) == 0;
	*why = NULL;
	if (!t || !t->signers) {
		*counts = true;
		return sig ? CC_SIG_NOT_CHECKED : CC_SIG_UNSIGNED;
	}
	*counts = false;
	if (!sig) {
		if (t->unsigned_before && dated && on < t->unsigned_before) {
			*counts = true;
			return CC_SIG_UNSIGNED;
		}
		*why = cc_xstrdup("the sign-off is not signed, and allowed signers are configured: the manager must "
		                  "sign it with their own key (casecheck signoff --key)");
		return CC_SIG_UNSIGNED;
	}
	char *payload = cc_signoff_payload(case_id, so);
	if (!payload || !by || !dated) {
		free(payload);
		*why = cc_xstrdup("the sign-off's fields cannot form a payload to verify");
		return CC_SIG_BAD;
	}
	cc_sig_state st = cc_allowed_signers_verify(t->signers, by, CC_SIGNOFF_NAMESPACE, sig, payload,
	                                            strlen(payload), day_start(on), why);
	free(payload);
	*counts = st == CC_SIG_VERIFIED;
	return st;
}
