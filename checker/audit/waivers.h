/* waivers.h: what may be waived (waivers.c), for the audit and for
 * `casecheck waive`. */
#ifndef CC_AUDIT_WAIVERS_H
#define CC_AUDIT_WAIVERS_H

#include "casecheck/audit.h"

/* Why a finding of rule_id cannot be waived under *purpose (NULL: its
 * area alone is judged), from the one table of non-waivable areas and
 * cc_purpose_waivable: a static string, or NULL when it may be. */
const char *cc_waiver_not_waivable(const char *rule_id, const cc_purpose *purpose);

#endif
