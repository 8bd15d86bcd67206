/* signoff.h: what the sign-off, removal and waiver writers and the hooks
 * share inside the library (cc_signoff_run is public: casecheck/workflow.h). */
#ifndef CC_WORKFLOW_SIGNOFF_H
#define CC_WORKFLOW_SIGNOFF_H

#include <stdbool.h>

#include "casecheck/audit.h"
#include "casecheck/date.h"
#include "casecheck/trust.h"
#include "casecheck/workflow.h"
#include "trust/records.h"
#include "workflow/delta.h"

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
