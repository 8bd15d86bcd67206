/* waivers.h: what may be waived (waivers.c), for the audit and for
 * `casecheck waive`. */
#ifndef CC_AUDIT_WAIVERS_H
#define CC_AUDIT_WAIVERS_H

/* Why a finding of rule_id cannot be waived under purpose (NULL: under
 * any purpose not itself excluded), from the one table of non-waivable
 * areas and purposes: a static string, or NULL when it may be. */
const char *cc_waiver_not_waivable(const char *rule_id, const char *purpose);

#endif
