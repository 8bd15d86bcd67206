/* change: one change to a case repository judged as the hooks judge it:
 * the new state (the index about to be committed, or a commit) against
 * each of its bases (HEAD and, for a merge being committed, each
 * MERGE_HEAD; a commit's parents; nothing before the first commit). */
#ifndef CC_WORKFLOW_CHANGE_H
#define CC_WORKFLOW_CHANGE_H

#include "casecheck/finding.h"
#include "casecheck/policy.h"
#include "casecheck/source.h"
#include "casecheck/trust.h"
#include "workflow/staged.h"

typedef struct cc_change {
	cc_staged_cases cases; /* the case folders the change touches, against any base */
	cc_findings integrity; /* unlawful changes to kept records (integrity.h), against each base */
	cc_deltas first;       /* the files changed against the first base (HEAD; a commit's
	                          first parent; nothing before the first commit), for the
	                          checks that judge what the change adds (the new sign-offs) */
	size_t n_bases;
	cc_policy policy;      /* the policy of the state src reads (cc_policy_load), read
	                          once for the change and for the audit of it */
} cc_change;

#define CC_CHANGE_INIT { CC_STAGED_CASES_INIT, CC_FINDINGS_INIT, CC_DELTAS_INIT, 0, CC_POLICY_INIT }

/* Inspects the change that src (an INDEX source, or a REV source: the
 * commit it reads) makes. trust: the auditor's allowed signers (a removal
 * record counts only when its signature verifies), or NULL. Costs what the change touched: unchanged
 * subtrees are skipped by id, and only guarded records that were changed
 * or deleted are read. Returns 0 (out filled; clear with cc_change_clear)
 * or CC_ERROR with *errmsg (caller frees). */
int cc_change_inspect(cc_change *out, cc_source *src, const cc_trust *trust, char **errmsg);
void cc_change_clear(cc_change *c);

#endif
