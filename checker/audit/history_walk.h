/* history_walk.h: the records-integrity checks over the git history
 * (--history): every commit reachable from the commit audited (HEAD for
 * the index and the working tree; uncommitted changes are not compared),
 * each against its first parent. */
#ifndef CC_AUDIT_HISTORY_WALK_H
#define CC_AUDIT_HISTORY_WALK_H

#include "audit_int.h"

/* history.final-notes: a note that was final in a commit is changed or
 * deleted in a later one. */
void cc_history_check_notes(cc_audit_case *ac);
/* history.chronology-entries: an entry id present in a commit is missing
 * from a later one. */
void cc_history_check_chronology(cc_audit_case *ac);

#endif
