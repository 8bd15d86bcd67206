/* stale.h: which commits changed a case after a stale sign-off. */
#ifndef CC_AUDIT_STALE_H
#define CC_AUDIT_STALE_H

#include "audit_int.h"

/* Fills ac->result->stale_commits with the ids of the commits, newest
 * first, that changed the case folder (signoffs/ left out) since it had
 * the tree id signed (signed_tree). Nothing when the source has no
 * commit history to walk. */
void cc_stale_commits(cc_audit_case *ac, const char *signed_tree);

#endif
