/* runner: what every Check test program needs — run its suite, and run the
 * built casecheck binary as a user would.
 *
 * Part of cc_testsupport, which casecheck_check_test() links into every test.
 *
 *     int main(void) { Suite *s = ...; return cc_test_main(s); }
 *
 *     cc_proc p;
 *     ck_assert_int_eq(cc_proc_runl(&p, dir, 0, "audit", "--format", "json", NULL), 0);
 *     ck_assert_int_eq(p.exit_code, 1);
 *     cc_proc_clear(&p);
 */
#ifndef CC_TESTS_RUNNER_H
#define CC_TESTS_RUNNER_H

#include <stdbool.h>
#include <stddef.h>

#include <check.h>

/* Runs every test of s (and frees it); EXIT_SUCCESS when all passed. */
int cc_test_main(Suite *s);
/* Runs the tests (a NULL-terminated list of START_TEST names) as one suite
 * and test case called name, with a per-test timeout in seconds and an
 * optional checked fixture (setup/teardown may be NULL), through
 * cc_test_main. */
int cc_test_list_main(const char *name, const TTest *const *tests, double timeout, void (*setup)(void),
                      void (*teardown)(void));

/* The file at rel under the source tree (CASECHECK_SOURCE_DIR, else "."),
 * read whole into a new NUL-terminated buffer (caller frees; its length in
 * *len when len is not NULL). Fails the running test when it cannot be read. */
char *cc_test_read_source(const char *rel, size_t *len);

/* Runs cmd through /bin/sh (popen) and returns what it printed on stdout,
 * NUL-terminated (caller frees). Fails the running test unless cmd exits 0. */
char *cc_test_shell_out(const char *cmd);

/* How a child process ended and what it printed. */
typedef struct cc_proc {
	int exit_code;   /* WEXITSTATUS, or -1 when a signal ended it */
	int signal;      /* the signal that ended it, or 0 */
	char *out, *err; /* owned; NUL-terminated (empty when nothing printed) */
	size_t out_len, err_len;
} cc_proc;

/* Flags for cc_proc_run. By default NO_COLOR is left as the test runs with. */
enum {
	CC_PROC_NO_COLOR = 1,  /* set NO_COLOR=1 */
	CC_PROC_COLOR = 2      /* unset NO_COLOR */
};

#define CC_PROC_TIMEOUT_SECONDS 120

/* Runs $CASECHECK_BINARY with argv (NULL-terminated, without the program
 * name) in dir, stdin from /dev/null, GIT_DIR/GIT_INDEX_FILE/GIT_WORK_TREE
 * removed from its environment, and a time limit (a hang ends in SIGALRM,
 * which shows as r->signal). Returns 0 when the program ran, -1 (after a
 * line on stderr) when it could not be started or its output not read. */
int cc_proc_run(cc_proc *r, const char *dir, unsigned flags, const char *const *argv);
/* The same with the arguments listed, ending with NULL. */
int cc_proc_runl(cc_proc *r, const char *dir, unsigned flags, ...);
void cc_proc_clear(cc_proc *r);

#endif
