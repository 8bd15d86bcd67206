/* signoff: record a manager's quality-audit sign-off on exactly the
 * content of a case folder (spec §3 "signoffs", §4, §6).
 *
 * The audit of the sign-off's purpose is run on the index (what is staged
 * is what is signed) with the sign-off rule it is about to satisfy left
 * out; nothing is written unless that audit says the case is ready and the
 * signer is a manager in staff.json who has not left. The sign-off's
 * content is the git tree id of the case folder in the index with
 * signoffs/ left out, computed without writing any object. */
#ifndef CC_WORKFLOW_SIGNOFF_H
#define CC_WORKFLOW_SIGNOFF_H

#include <stdbool.h>

#include "casecheck/audit.h"
#include "casecheck/date.h"
#include "casecheck/trust.h"
#include "workflow/delta.h"

typedef struct cc_signoff_options {
	const char *repo_dir; /* NULL: found from the current directory and GIT_DIR as git does */
	const char *case_id;
	const char *role;     /* "transferring-manager" | "receiving-manager" */
	const char *by;       /* staff id */
	const char *purpose;  /* "transfer" (default) | "signoff" (transferring manager only) */
	cc_date as_of;        /* the audit's "today" and the sign-off's date */
	const char *comment;  /* or NULL */
	bool commit;          /* commit the sign-off file alone on top of HEAD */
	const char *key;      /* the signing key (ssh-keygen -f); NULL: git's user.signingKey
	                       * when gpg.format is ssh, else the sign-off is not signed */
	const cc_trust *trust;/* the auditor's allowed signers, or NULL; when it has a file,
	                       * an unsigned sign-off or one that does not verify is refused */
} cc_signoff_options;

typedef enum cc_signoff_outcome {
	CC_SIGNOFF_WRITTEN = 0,   /* the file was written (and committed with commit) */
	CC_SIGNOFF_NOT_READY,     /* the audit found blocking problems: nothing written */
	CC_SIGNOFF_REFUSED        /* the signer may not sign, or (commit) other changes are staged: see message */
} cc_signoff_outcome;

typedef struct cc_signoff_result {
	cc_signoff_outcome outcome;
	char *message;   /* REFUSED: why, for people (no personal data); else NULL */
	char *path;      /* WRITTEN: repository-relative path of the sign-off file */
	char content[41];/* WRITTEN: the tree id signed */
	char commit[41]; /* WRITTEN with commit: the new commit; else "" */
	bool warnings;   /* WRITTEN: result "ready-with-warnings" */
	bool signed_off; /* WRITTEN: the sign-off carries a signature */
} cc_signoff_result;

/* Runs the audit (its results go to sink, which may be NULL), checks the
 * signer, and writes <cases_dir>/<ID>/signoffs/<date>-<role>.json (with
 * -2, -3... when that name is taken: a sign-off file is never
 * overwritten). Returns 0 with *result filled (free with
 * cc_signoff_result_clear), or a negative code with *errmsg for usage and
 * environment errors (bad options, no repository, unknown case, write
 * failure). */
int cc_signoff_run(cc_signoff_result *result, const cc_signoff_options *opts, const cc_audit_sink *sink,
                   char **errmsg);
void cc_signoff_result_clear(cc_signoff_result *result);

/* Whether rel (repository-relative) exists in src (the index) or on disk
 * under its root: a new record's name (a sign-off, removal record or
 * waiver) must be neither. */
bool cc_workflow_path_taken(cc_source *src, const char *rel);

/* Why the signer may not sign as role on date as_of, judged on the case at
 * case_dir and staff.json as src holds them (cc_signer_problem), or NULL.
 * Caller frees. */
char *cc_signoff_signer_problem(cc_source *src, const char *case_dir, const char *role, const char *by,
                                cc_date as_of);

/* "Is this sign-off valid for this signer": why the sign-off document so
 * of case case_id (folder case_dir in src) would not count — its signer
 * (cc_signer_problem) or, when trust has an allowed-signers file, its
 * signature (cc_trust_check_signoff) — or NULL when it counts. The audit
 * makes the same two judgements. Caller frees. */
char *cc_signoff_problem(cc_source *src, const char *case_dir, const char *case_id, const cJSON *so,
                         const cc_trust *trust);

/* For the pre-commit hook: every sign-off file that change (the staged
 * change against HEAD, cc_change's first) adds under cases_dir and that
 * would not count with trust's allowed signers, read from src (the
 * index), as "<path>: <why>" (*problems, *n; free each and the array).
 * Nothing when trust has no allowed-signers file. */
void cc_hook_new_signoffs(char ***problems, size_t *n, cc_source *src, const cc_trust *trust, const char *cases_dir,
                          const cc_deltas *change);

/* Why the waiver w of case_id (folder case_dir in src) would not count
 * for its signer: cc_waiver_problem and, with trust holding allowed
 * signers, cc_trust_check_waiver, as the audit judges them. Caller frees;
 * NULL when it counts. */
char *cc_waiver_signer_problem(cc_source *src, const char *case_dir, const char *case_id, const cJSON *w,
                               const cc_trust *trust);

/* For the hooks: every waiver file the change (against its first base)
 * changes under cases_dir (a waiver is never edited: a new one replaces
 * it), and, when trust has an allowed-signers file, every waiver it adds
 * that would not count for its signer (cc_waiver_problem,
 * cc_trust_check_waiver), as "<path>: <why>" (*problems, *n; free each and
 * the array). A deleted waiver is not refused. */
void cc_hook_waivers(char ***problems, size_t *n, cc_source *src, const cc_trust *trust, const char *cases_dir,
                     const cc_deltas *change);

#endif
