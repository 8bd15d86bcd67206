/* signoff_git: the git side of `casecheck signoff --commit`. Internal to
 * lib cc_workflow. */
#ifndef CC_WORKFLOW_SIGNOFF_GIT_H
#define CC_WORKFLOW_SIGNOFF_GIT_H

#include <stdbool.h>

#include "casecheck/source.h"

/* Whether the index of src differs from the tree of its commit (HEAD when
 * opened) anywhere. *differs true also when there is no commit yet.
 * Returns 0 or CC_ERROR with *errmsg. */
int cc_signoff_staged_changes(bool *differs, cc_source *src, char **errmsg);

/* Checks that a commit can be made (HEAD is a branch tip or detached
 * commit, an author identity is configured): 0 or CC_ERROR with *errmsg.
 * Writes nothing. */
int cc_signoff_can_commit(cc_source *src, char **errmsg);

/* Commits the file at rel (already written in the working tree, text
 * equal to data) alone on top of the source's commit: the new tree is
 * that commit's tree with this one file added, whatever else the index
 * holds; HEAD (or its branch) moves to the new commit only if it still
 * points at the source's commit; the file is then added to the index.
 * out gets the new commit id. Returns 0 or CC_ERROR with *errmsg. */
int cc_signoff_commit_file(char out[41], cc_source *src, const char *rel, const char *data, size_t len,
                           const char *message, char **errmsg);

#endif
