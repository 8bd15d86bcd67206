/* hook_install: write the casecheck pre-commit hook into a repository. */
#ifndef CC_WORKFLOW_HOOK_INSTALL_H
#define CC_WORKFLOW_HOOK_INSTALL_H

#include <stdbool.h>

/* cc_hook_install's code for "a different hook is there" (not --force). */
#define CC_EEXISTS_HOOK (-20)

typedef enum cc_hook_state {
	CC_HOOK_CREATED = 1, /* there was no pre-commit hook */
	CC_HOOK_UNCHANGED,   /* the same hook was already installed: nothing written */
	CC_HOOK_UPDATED,     /* a casecheck hook (another casecheck path) was rewritten */
	CC_HOOK_REPLACED     /* somebody else's hook was replaced (--force) */
} cc_hook_state;

typedef struct cc_hook_install_result {
	cc_hook_state state;       /* of the pre-commit hook */
	char *path;                /* the pre-commit hook file; owned: free() it */
	cc_hook_state merge_state; /* of the pre-merge-commit hook */
	char *merge_path;          /* the pre-merge-commit hook file; owned: free() it */
} cc_hook_install_result;

/* The hook script that runs `<casecheck_path> hook run`. Caller frees.
 * Cannot fail. */
char *cc_hook_script(const char *casecheck_path);

/* Whether a hook's text is exactly one casecheck installed (the script
 * cc_hook_script writes, for any casecheck path); a hook that only holds
 * the marker line is not. */
bool cc_hook_is_casecheck(const char *text);

/* Writes the pre-commit and pre-merge-commit hooks of the repository at repo_dir (the top of a
 * working tree or a .git folder; NULL: found from the current directory
 * and GIT_DIR as git does), honouring core.hooksPath. Refuses
 * (CC_EEXISTS_HOOK, with a message that shows how to chain) to replace an
 * existing hook casecheck did not write unless force; an identical hook
 * is left as it is. Returns 0 (result filled; free result->path and
 * result->merge_path) or a
 * negative code with *errmsg (caller frees). */
int cc_hook_install(cc_hook_install_result *result, const char *repo_dir, const char *casecheck_path,
                    bool force, char **errmsg);

#endif
