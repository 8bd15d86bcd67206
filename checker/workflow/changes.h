/* changes: what changed in a case since each sign-off that matters
 * (`casecheck changes --case ID`).
 *
 * For each sign-off the purpose looks at (as the audit's sign-off chain
 * lists them), the first commit whose case folder (signoffs/ left out)
 * equals the content signed is found on the first-parent history of the
 * commit read; then come the commits since that changed the case (ids and
 * dates; messages and authors only with show_values: they can name
 * people), the files changed since (added, modified, deleted), and the
 * findings the case has now that it did not have then. Both audits run at
 * the same as-of date, so time passing alone never makes a finding new. */
#ifndef CC_WORKFLOW_CHANGES_H
#define CC_WORKFLOW_CHANGES_H

#include <stdbool.h>
#include <stdio.h>

#include "casecheck/audit.h"

typedef struct cc_changes_options {
	const char *repo_dir;        /* NULL: the current folder's repository */
	const char *rev;             /* the commit read (NULL: HEAD) */
	const char *case_id;
	cc_purpose purpose;          /* which sign-offs matter (transfer: the transferring manager's) */
	cc_date as_of;               /* both audits' as-of (today) */
	const char *allowed_signers; /* as audit --allowed-signers, or NULL */
	bool show_values;            /* commit messages and authors */
} cc_changes_options;

/* Writes the report for people to out. Returns 0 when it ran, or CC_ERROR
 * with *errmsg (no repository or commit, an unknown case, an audit that
 * could not run). */
int cc_changes_report(FILE *out, const cc_changes_options *o, char **errmsg);

#endif
