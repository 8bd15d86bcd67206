/* hsupport: helpers for the hardening tests (tests/hardening/).
 *
 * hs_run() runs the real casecheck binary ($CASECHECK_BINARY) as a user
 * would, with a time limit, and reports how it ended: a test asserts the
 * exit code and that no signal ended it (a hang is killed by SIGALRM and
 * shows as a signal too). hs_snapshot() takes a byte-exact picture of a
 * folder (names, types, modes, symlink targets, contents; nothing left
 * out, .git/ included) so a test can prove a command wrote nothing. */
#ifndef CC_TESTS_HARDENING_HSUPPORT_H
#define CC_TESTS_HARDENING_HSUPPORT_H

#include <stdbool.h>
#include <stddef.h>

#include <cjson/cJSON.h>

typedef struct hs_result {
	int exit_code;   /* WEXITSTATUS, or -1 when a signal ended it */
	int signal;      /* the signal, or 0 */
	bool timed_out;  /* killed by the time limit */
	char *out, *err; /* owned by the result; NUL-terminated */
	size_t out_len, err_len;
} hs_result;

#define HS_TIMEOUT_SECONDS 120

/* Runs casecheck with argv (NULL-terminated, without the program name) in
 * dir with a fresh empty folder as TMPDIR and HOME (so no user git config
 * is read; it must still be empty afterwards: checked, exit_code -2 and a
 * line in r->err otherwise), GIT_CONFIG_NOSYSTEM and NO_COLOR set. Returns 0 when
 * the program could be started. */
int hs_run(hs_result *r, const char *dir, const char *const *argv);
/* hs_run with env ("NAME=value" strings, NULL-terminated; may be NULL) set
 * after the above. */
int hs_run_env(hs_result *r, const char *dir, const char *const *env, const char *const *argv);
/* The same with variadic arguments, NULL-terminated. */
int hs_runl(hs_result *r, const char *dir, ...);
void hs_result_clear(hs_result *r);
/* True when the binary ended normally with exit code 0, 1 or 2. */
bool hs_clean_exit(const hs_result *r);

/* A new temporary git repository holding a copy of fixtures/sample (or of
 * src when not NULL), committed. Owned by the caller (gf_rm_rf + free). */
char *hs_sample_repo(const char *src);
/* $CASECHECK_SOURCE_DIR/rel (owned). */
char *hs_source_path(const char *rel);

/* A picture of every entry under dir as text lines, sorted: path, type,
 * mode, size, FNV-1a 64 hash of the contents (or symlink target). Owned. */
char *hs_snapshot(const char *dir);
/* The paths that differ between two snapshots, one a line, each marked
 * '+' (new), '-' (gone) or '~' (changed) (owned), or NULL when identical. */
char *hs_snapshot_diff(const char *before, const char *after);

/* Parses the --format json report in r->out strictly; NULL when it is not
 * JSON. The case ids in it, and whether one is listed. */
cJSON *hs_report(const hs_result *r);
bool hs_report_has_case(const cJSON *report, const char *case_id);
/* The finding of a case with this rule whose path contains path_part (any
 * when NULL), or NULL. case_id NULL: any case or the repository findings. */
const cJSON *hs_report_finding(const cJSON *report, const char *case_id, const char *rule,
                               const char *path_part);

/* Whether needle (len bytes) occurs in hay. */
bool hs_contains(const char *hay, size_t hay_len, const char *needle, size_t len);

#endif
