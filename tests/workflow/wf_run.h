/* wf_run: run a program (git, casecheck) in a folder for the workflow
 * tests, capturing stdout and stderr together, with the same clean git
 * environment as tests/support/gitfixture (no user or system config, a
 * fixed test identity, no HOME, no GIT_DIR/GIT_INDEX_FILE inherited), so that a
 * real `git commit` runs the installed hook as a user's would. */
#ifndef CC_TESTS_WF_RUN_H
#define CC_TESTS_WF_RUN_H

#include <stdbool.h>

/* Runs argv (argv[0] looked up in PATH) in dir; *out (owned, may be NULL
 * when out is NULL) gets stdout and stderr. Returns the exit status, or
 * -1 when the program could not run or was killed. */
int wf_run(char **out, const char *dir, const char *const *argv);

/* The casecheck binary under test ($CASECHECK_BINARY). */
const char *wf_casecheck(void);

/* Copies fixtures/rules/_base into a new temporary git repository and
 * commits it (no hook yet). Returns the folder (owned) or NULL. */
char *wf_base_repo(void);

/* wf_base_repo without the base's placeholder sign-off (removed in a
 * second commit, so each test signs for itself) and with a git identity
 * for `casecheck signoff --commit`. Returns the folder (owned) or NULL. */
char *wf_unsigned_repo(void);

/* git commit -q -m msg in dir, with the hook. Returns git's exit status;
 * *out as wf_run. */
int wf_commit(char **out, const char *dir, const char *msg);

/* Replaces the first occurrence of from with to in dir/rel (on disk).
 * 0, or -1 (after a message) when the file or from is missing. */
int wf_edit(const char *dir, const char *rel, const char *from, const char *to);

/* Whether s contains needle (NULL s: false). */
bool wf_has(const char *s, const char *needle);

#endif
