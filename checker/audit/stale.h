/* stale.h: which commits changed a case after a stale sign-off. */
#ifndef CC_AUDIT_STALE_H
#define CC_AUDIT_STALE_H

#include "audit_int.h"

/* Fills ac->result->stale_commits with the ids of the commits, newest
 * first, that changed the case folder (signoffs/ left out) since it had
 * the tree id signed (signed_tree): at most CC_STALE_MAX_LISTED of them.
 * Returns how many such commits were found (may be more than listed);
 * *partial is set when the walk stopped (CC_STALE_MAX_WALK first-parent
 * steps, or an unreadable commit) before reaching the signed content, so
 * that there may be more. Nothing when the source has no commit history
 * to walk. The first case that asks walks the history for every case of
 * the run (the others wait for it); each case then reads its own changes,
 * so a run costs one walk however many sign-offs are stale. */
#define CC_STALE_MAX_LISTED 50
#define CC_STALE_MAX_WALK 2000
size_t cc_stale_commits(cc_audit_case *ac, const char *signed_tree, bool *partial);

/* The newest commit on the same first-parent walk in which the case
 * folder (signoffs/ left out) had the tree id signed_tree, into out (40
 * hex + NUL): where a stale sign-off's content can be read back. false
 * when no commit walked had it (the signed content is not in the
 * repository as far as the walk goes: it cannot be compared). */
bool cc_stale_signed_commit(cc_audit_case *ac, const char *signed_tree, char out[41]);

/* The oldest commit on the same first-parent walk that holds path (a
 * sign-off file): the commit that added it, as far as the walk goes.
 * false when the commit audited (HEAD for the index and the work tree)
 * does not hold it. */
bool cc_stale_commit_adding(cc_audit_case *ac, const char *path, char out[41]);

/* Empties result->stale_commits. */
void cc_stale_commits_clear(cc_case_result *r);

#endif
