/* staged: which case folders a change touches (a staged change for the
 * hooks, a commit for audit --commits: change.h). */
#ifndef CC_WORKFLOW_STAGED_H
#define CC_WORKFLOW_STAGED_H

#include <stdbool.h>
#include <stddef.h>

#include "casecheck/policy.h"
#include "casecheck/source.h"
#include "workflow/delta.h"

typedef struct cc_staged_cases {
	char **ids;        /* sorted, unique, valid case ids whose folder is still in the index
	                      (or the commit) */
	size_t count;
	char **strays;     /* sorted, unique names directly under cases_dir that the change
	                      touches and that are not a case folder with a valid id
	                      (a file, or a folder such as "my case"); still in the index */
	size_t n_strays;
	bool repo_files;   /* a policy file changed (casecheck.json, staff.json, the calendar
	                      in force: cc_policy_has_file): every case is affected */
	char *cases_dir;   /* the cases folder in force ("cases" by default) */
} cc_staged_cases;

#define CC_STAGED_CASES_INIT { NULL, 0, NULL, 0, false, NULL }

/* Every path of the deltas (n_deltas lists, each from a base to the
 * state src reads: the index, or a commit; entry ids and modes only, so
 * no blob and no working tree is read) sorted into the case folders of
 * src (a rename counts at both ends). The policy of that state
 * (policy, read by the caller with cc_policy_load) names the cases folder
 * and the policy files. Returns 0 or CC_ERROR with *errmsg. */
int cc_staged_cases_from_deltas(cc_staged_cases *out, cc_source *src, const cc_policy *policy,
                                const cc_deltas *deltas, size_t n_deltas, char **errmsg);
void cc_staged_cases_clear(cc_staged_cases *sc);

#endif
