/* casesdir: the cases folder a source's casecheck.json names. */
#ifndef CC_WORKFLOW_CASESDIR_H
#define CC_WORKFLOW_CASESDIR_H

#include "casecheck/source.h"

/* The cases folder named by casecheck.json in src ("cases" when there is
 * none, or it cannot be read: a broken casecheck.json is the audit's to
 * report), without trailing '/'. Caller frees. Cannot fail. */
char *cc_workflow_cases_dir(cc_source *src);

#endif
