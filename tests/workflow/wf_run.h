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

/* Sets the test identity as dir's git config user.name and user.email
 * (what `casecheck signoff --commit` commits as). 0, or git's status. */
int wf_set_identity(const char *dir);

/* wf_base_repo without the base's placeholder sign-off (removed in a
 * second commit, so each test signs for itself) and with a git identity
 * for `casecheck signoff --commit`. Returns the folder (owned) or NULL. */
char *wf_unsigned_repo(void);

/* The running test's repository, for the checked fixtures below. */
extern char *wf_repo;
/* Setup: wf_repo = wf_base_repo() (fails the test when it cannot be made). */
void wf_setup_base_repo(void);
/* Teardown: removes wf_repo (whatever the test left there) and frees it. */
void wf_teardown_repo(void);

/* `casecheck hook install --repo dir`; fails the running test unless both
 * hooks (pre-commit and pre-merge-commit) are reported installed. */
void wf_install_hooks(const char *dir);

/* `casecheck audit --purpose signoff --history --as-of as_of` in dir;
 * the exit status, *out as wf_run. */
int wf_audit_history(char **out, const char *dir, const char *as_of);

/* git commit -q -m msg in dir, with the hook. Returns git's exit status;
 * *out as wf_run. */
int wf_commit(char **out, const char *dir, const char *msg);

/* The hook refuses to commit all that is in wf_repo's work tree: git
 * commit exits 1 saying "commit refused" and naming file and needle, HEAD
 * stays where it was; then the work tree is reset to HEAD (cleaned). */
void wf_refused(const char *file, const char *needle);

/* All that is in wf_repo's work tree committed as msg, the hook accepting
 * it (fails the running test, after the hook's output on stderr, when it
 * does not). */
void wf_accepted(const char *msg);

/* Replaces the first occurrence of from with to in dir/rel (on disk).
 * 0, or -1 (after a message) when the file or from is missing. */
int wf_edit(const char *dir, const char *rel, const char *from, const char *to);

/* Whether s contains needle (NULL s: false). */
bool wf_has(const char *s, const char *needle);

#endif
