/* removal: `casecheck removal` as a library call: write a removal record
 * (removals/<date>-<case id>.json, schema removal.json, docs/format.md
 * §12a), signed by the manager's own key, that makes a deletion lawful.
 *
 * Nothing is written unless the record would be in force as the hooks,
 * `audit --commits` and `--history` judge it (cc_removal_problem: valid,
 * by a manager in post in staff.json as staged, and, with allowed
 * signers configured, signed with a key listed for its "by"). The record
 * does not delete anything: the worker removes the files (git rm) and
 * commits both. */
#ifndef CC_WORKFLOW_REMOVAL_H
#define CC_WORKFLOW_REMOVAL_H

#include <stdbool.h>
#include <stddef.h>

#include "casecheck/date.h"
#include "casecheck/trust.h"

typedef struct cc_removal_options {
	const char *repo_dir;            /* NULL: found as git finds it */
	const char *case_id;
	const char *reason;              /* "misfiled" | "retention" | "rename" */
	const char *moved_to;            /* with rename: the new case id; or NULL */
	const char *by;                  /* the manager's staff id */
	cc_date on;                      /* the record's date */
	const char *const *files;        /* paths inside the case folder */
	size_t n_files;
	const char *const *entries;      /* chronology entry ids */
	size_t n_entries;
	bool case_folder;                /* the whole case folder */
	const char *key;                 /* as for a sign-off: NULL: git's user.signingKey
	                                  * when gpg.format is ssh, else unsigned */
	const cc_trust *trust;           /* the auditor's allowed signers, or NULL */
} cc_removal_options;

typedef struct cc_removal_result {
	bool written;
	bool signed_record; /* written with a signature */
	char *path;         /* written: repository-relative path; owned */
	char *message;      /* refused: why (no personal data); owned */
} cc_removal_result;

/* Writes the record, never over an existing file (-2, -3... when the name
 * is taken). Returns 0 with *res filled (written, or refused with its
 * message), or CC_ERROR with *errmsg for usage and environment errors.
 * Clear res with cc_removal_result_clear. */
int cc_removal_write(cc_removal_result *res, const cc_removal_options *o, char **errmsg);
void cc_removal_result_clear(cc_removal_result *res);

#endif
