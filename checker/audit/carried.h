/* carried.h: a transferring sign-off kept current for receive by the
 * changes the seeds' workflow makes after the transfer date (see
 * carried.c and docs/workflow.md, "Current after the transfer"). */
#ifndef CC_AUDIT_CARRIED_H
#define CC_AUDIT_CARRIED_H

#include "audit_int.h"

typedef enum cc_carried {
	CC_CARRIED_YES = 0,        /* every change since is the receiving side's, after the transfer */
	CC_CARRIED_NO,             /* some change is not: the sign-off is stale */
	CC_CARRIED_CANNOT_COMPARE  /* the signed content is in no commit walked: not current */
} cc_carried;

/* Judges the case as audited against the content a stale sign-off signed
 * (signed_tree, read back from the commit that had it). For NO, *why
 * names the first change that is not the receiving side's (a path of the
 * case and what changed; no personal data); NULL otherwise. Caller
 * frees. */
cc_carried cc_signoff_carried(cc_audit_case *ac, const char *signed_tree, char **why);

#endif
