/* clirun: run the built casecheck as a user would and keep what it printed,
 * for the command tests of tests/cli/. */
#ifndef CC_TESTS_CLI_CLIRUN_H
#define CC_TESTS_CLI_CLIRUN_H

/* What the last cli_run printed (owned by clirun; valid until the next
 * call or cli_reset). */
extern char *cli_out, *cli_err;

/* Runs casecheck in dir with the NULL-terminated arguments (NO_COLOR set);
 * returns the exit code, -1 when a signal ended it. Fails the test when it
 * could not be started. */
int cli_run(const char *dir, ...);
/* The same with argv (NULL-terminated). */
int cli_runv(const char *dir, const char *const *argv);
void cli_reset(void);
/* Whether the last output (stdout, else stderr) contains s. */
int cli_said(const char *s);

#endif
