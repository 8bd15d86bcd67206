/* casecheck/rules.h: the rule catalogue (spec §5), as data.
 *
 * Rule ids are stable, lower case, "area.name" (e.g. "chronology.up-to-date");
 * a released id is never reused for another meaning. */
#ifndef CASECHECK_RULES_H
#define CASECHECK_RULES_H

#include <stdbool.h>
#include <stddef.h>

#include "casecheck/audit.h"
#include "casecheck/finding.h"

enum {
	CC_PROFILE_CORE = 1u << 0,
	CC_PROFILE_DERBYSHIRE = 1u << 1,
	CC_PROFILE_STOCKPORT = 1u << 2,
	CC_PROFILE_TEAMS_SERVICES = 1u << 3,
	CC_PROFILE_DEVON = 1u << 4
};
/* Profile "all" selects every rule. A rule whose profiles include CORE runs
 * in every profile. */

#define CC_PURPOSE_BIT(p) (1u << (p))

typedef struct cc_rule_info {
	const char *id;
	const char *area;      /* "schema", "integrity", "documents", "chronology", ... */
	const char *title;     /* one line */
	const char *help;      /* what to do to fix it */
	cc_severity severity;  /* default severity */
	unsigned purposes;     /* CC_PURPOSE_BIT()s it runs in */
	unsigned profiles;     /* CC_PROFILE_* bits */
	const char *source;    /* short seed reference, "004 §1", or "—" */
	const char *seed_files;/* seed file names and sections, "seeds/004_30e24df8ee2621c8.txt §1" */
	const char *params;    /* comma-separated parameter names it reads, or NULL */
} cc_rule_info;

size_t cc_rules_count(void);
const cc_rule_info *cc_rules_at(size_t i);
const cc_rule_info *cc_rules_find(const char *id);
/* Profile bits for a profile name; 0 for "all"; -1 for an unknown name. */
long cc_profile_parse(const char *name);
bool cc_rule_in_profile(const cc_rule_info *rule, const char *profile);

#endif
