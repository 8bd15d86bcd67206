/* waive: `casecheck waive` as a library call: a manager's waiver of one
 * finding (docs/format.md §12b), written into the case's waivers/ folder
 * as a new file and signed like a sign-off (ssh-keygen -Y sign, namespace
 * casecheck-waiver). Who may waive is cc_waiver_problem (signer.c), what
 * may be waived the audit's one table (audit/waivers.h). */
#ifndef CC_WORKFLOW_WAIVE_H
#define CC_WORKFLOW_WAIVE_H

#include <stdbool.h>

#include "casecheck/date.h"
#include "casecheck/trust.h"

typedef struct cc_waive_options {
	const char *repo_dir; /* NULL: found as git does */
	const char *case_id, *rule, *path, *pointer, *by, *reason;
	const char *reason_code; /* one of cc_waive_reason_codes, or NULL: none (the reason is in the file) */
	cc_date as_of;        /* the waiver's date */
	cc_date expires;      /* the last day it counts */
	const char *key;      /* the signing key; NULL: git's user.signingKey (gpg.format ssh), else unsigned */
	const cc_trust *trust;/* the auditor's allowed signers, or NULL: with a file, the waiver must verify */
} cc_waive_options;

typedef struct cc_waive_result {
	char *path;      /* written: repository-relative; NULL when refused */
	char *refused;   /* why not written (the signer, the rule, the signature); NULL when written */
	bool signed_off; /* written with a signature */
} cc_waive_result;

/* The reason codes a waiver may give (schemas/waiver.json reason_code,
 * docs/format.md §12b): code and meaning, ending with {NULL, NULL}.
 * Reports show the code; the free-text reason stays in the file. */
typedef struct cc_waive_reason_code {
	const char *code, *meaning;
} cc_waive_reason_code;
extern const cc_waive_reason_code cc_waive_reason_codes[];

/* Writes the waiver (never over an existing file). Returns 0 with *res
 * filled (written or refused; free with cc_waive_result_clear), or
 * CC_ERROR with *errmsg for usage and environment errors. */
int cc_waive_run(cc_waive_result *res, const cc_waive_options *o, char **errmsg);
void cc_waive_result_clear(cc_waive_result *res);

#endif
