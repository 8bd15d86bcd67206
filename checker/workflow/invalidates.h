/* invalidates.h: the current sign-offs a change makes stale (issue 13
 * item 7). A commit that changes a signed case goes through the hooks,
 * but the committer is told whose sign-off on which case it invalidates,
 * so the manager can be asked to audit and sign again. */
#ifndef CC_WORKFLOW_INVALIDATES_H
#define CC_WORKFLOW_INVALIDATES_H

#include <stddef.h>

#include "casecheck/source.h"
#include "workflow/staged.h"

/* For each case of cases (the case folders a change touches), each
 * sign-off in src (the index, or a commit) whose content was the case
 * folder's (signoffs/ left out) in the change's first base (HEAD for the
 * index, the first parent for a commit) and is not the case folder's in
 * src: "<role> <staff id>'s sign-off on <case> (<file>)" in *lines (free
 * each and the array). Ids and paths only. Nothing before the first
 * commit. Cannot fail (what cannot be read is passed over). */
void cc_change_invalidated(char ***lines, size_t *n, cc_source *src, const cc_staged_cases *cases);

#endif
