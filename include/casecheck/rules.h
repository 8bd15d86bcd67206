/* casecheck/rules.h: the rule catalogue (spec §5), as data.
 *
 * Rule ids are stable, lower case, "area.name" (e.g. "chronology.up-to-date");
 * a released id is never reused for another meaning. */
#ifndef CASECHECK_RULES_H
#define CASECHECK_RULES_H

#include "casecheck/common.h"

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
#define CC_PROFILE_COUNT 5
/* Profile "all" selects every rule. A rule whose profiles include CORE runs
 * in every profile. */

#define CC_PURPOSE_BIT(p) (1u << (p))

/* A severity other than the row's, decided by the table: for findings of
 * one variant (a kind of finding the check names, e.g. "late"), under some
 * profiles, in some purposes. A condition left 0 / NULL holds always; the
 * profile condition also holds under profile "all" (every profile's rules,
 * at their strictest). The first entry that holds wins; an entry with no
 * condition at all ends the list. */
typedef struct cc_rule_severity {
	const char *variant;   /* NULL: the rule's plain findings only */
	unsigned profiles;     /* CC_PROFILE_* bits, 0: any profile */
	unsigned purposes;     /* CC_PURPOSE_BIT()s, 0: any purpose */
	cc_severity severity;
	const char *means;     /* a variant's findings, for the docs ("the note is dated after the deadline") */
} cc_rule_severity;

typedef struct cc_rule_info {
	const char *id;
	const char *area;      /* "schema", "integrity", "documents", "chronology", ... */
	const char *title;     /* one line */
	const char *help;      /* what to do to fix it */
	cc_severity severity;  /* default severity */
	const cc_rule_severity *severity_when; /* exceptions, or NULL */
	unsigned purposes;     /* CC_PURPOSE_BIT()s it runs in */
	unsigned profiles;     /* CC_PROFILE_* bits */
	const char *source;    /* short seed reference, "004 §1", or "—" */
	const char *seed_files;/* seed file names and sections, "seeds/004_30e24df8ee2621c8.txt §1" */
	const char *params;    /* comma-separated parameter names it reads, or NULL */
	const char *fields;    /* the fields it reads, by document, or NULL:
	                        * "case.json: allocation.since, children[].sex; transfer.json: to"
	                        * ("(the file)": the document itself); docs/format.md lists them */
} cc_rule_info;

/* An area: a family of rules (the part of "area.name" before the dot). A
 * seeded area's rules come from the council protocols and each cites its
 * seed file and section; the others check the format itself. */
typedef struct cc_rule_area {
	const char *name; /* "chronology" */
	bool seeded;
} cc_rule_area;

CC_EXTERN size_t cc_rule_areas_count(void);
CC_EXTERN const cc_rule_area *cc_rule_areas_at(size_t i);
CC_EXTERN const cc_rule_area *cc_rule_area_find(const char *name);

CC_EXTERN size_t cc_rules_count(void);
CC_EXTERN const cc_rule_info *cc_rules_at(size_t i);
CC_EXTERN const cc_rule_info *cc_rules_find(const char *id);
/* Profile bits for a profile name; 0 for "all"; -1 for an unknown name. */
CC_EXTERN long cc_profile_parse(const char *name);
/* The name of profile bit i (0 .. CC_PROFILE_COUNT - 1), "core" ...; NULL past the end. */
CC_EXTERN const char *cc_profile_name(unsigned i);
/* Every profile name then "all", joined by sep, for messages; the caller frees it. */
CC_EXTERN char *cc_profile_names_joined(const char *sep);
/* The severity of rule's findings of variant (NULL: plain findings) in a
 * run of purpose under profile bits (cc_profile_parse: 0 for "all"); -1
 * when variant is not one the row names. */
CC_EXTERN int cc_rule_severity_in(const cc_rule_info *rule, const char *variant, cc_purpose purpose, long profile_bits);
CC_EXTERN bool cc_rule_in_profile(const cc_rule_info *rule, const char *profile);

/* The text of a seed file a rule cites (a seed_files entry's file,
 * "seeds/004_30e24df8ee2621c8.txt"), as built into the library, with its
 * length in *len; NULL when this build has no copy. Static. */
CC_EXTERN const char *cc_rule_seed_text(const char *seed_path, size_t *len);

#endif
