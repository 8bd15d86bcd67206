/* removals.h: the repository's removal records (removals/<name>.json, schema
 * removal.json): what makes the deletion of a final note, a chronology
 * entry, a sign-off or a case's core files lawful. Read by the history
 * rules, the hooks and `audit --commits`; internal to casecheck.
 *
 * A record is in force when it is valid against its schema, its "by"
 * is a manager in post on its date in staff.json (when there is a
 * staff.json), and, when the auditor configures allowed signers, its
 * signature verifies for its "by" (cc_trust_check_removal, namespace
 * casecheck-removal). A record that is not in force covers nothing;
 * callers show its problem, so the way out is named. */
#ifndef CC_AUDIT_REMOVALS_H
#define CC_AUDIT_REMOVALS_H

#include <stdbool.h>
#include <stddef.h>

#include <cjson/cJSON.h>

#include "json/json.h"
#include "casecheck/schema.h"
#include "casecheck/source.h"
#include "casecheck/trust.h"
#include "trust/records.h"

/* The folder, at the top of the repository, that holds removal records. */
#define CC_REMOVALS_DIR "removals"

typedef enum cc_removal_what {
	CC_REMOVAL_FILE,  /* value: a path inside the case folder ("notes/n1.json") */
	CC_REMOVAL_ENTRY, /* value: a chronology entry id */
	CC_REMOVAL_CASE   /* the whole case folder; value NULL */
} cc_removal_what;

typedef struct cc_removal_item {
	cc_removal_what what;
	char *value; /* owned; NULL for CC_REMOVAL_CASE */
} cc_removal_item;

typedef struct cc_removal {
	char *path;    /* "removals/2026-03-01-LCS-104233.json"; owned */
	char *case_id; /* owned; NULL when the record is unreadable */
	char *problem; /* NULL: in force; else why it covers nothing (printable, no personal data); owned */
	cc_removal_item *items;
	size_t n_items;
} cc_removal;

typedef struct cc_removals {
	cc_removal *recs; /* sorted by path */
	size_t n;
} cc_removals;

#define CC_REMOVALS_INIT { NULL, 0 }

/* Reads every removals/<name>.json of src. schemas gives the removal schema
 * (the audit's set, or a new one); staff is the parsed staff.json of the
 * same source, or NULL (then "by" is not checked against it); trust the
 * auditor's allowed signers, or NULL (then signatures are not checked). A record
 * that cannot be read, parsed or validated is kept with its problem.
 * Returns 0 (no removals folder: none), or CC_ERROR with *errmsg. */
int cc_removals_load(cc_removals *out, cc_source *src, cc_schema_set *schemas, const cJSON *staff,
                     const cc_trust *trust, const cc_json_limits *limits, char **errmsg);
void cc_removals_clear(cc_removals *rs);

/* The removal schema of schemas (borrowed from it). 0 or CC_ERROR with
 * *errmsg. */
int cc_removal_schema(const cc_schema **out, cc_schema_set *schemas, char **errmsg);

/* Why the parsed record doc would not be in force (not valid against
 * schema, its "by" not a manager in post in staff (NULL: not checked),
 * its signature not verifying with trust's allowed signers (NULL or none:
 * not checked)), in words without personal data; NULL when it would be.
 * The one judgement for the history rules, the hooks and `casecheck
 * removal`. Caller frees. */
char *cc_removal_problem(const cJSON *doc, const cc_schema *schema, const cJSON *staff, const cc_trust *trust);

/* The record in force that covers a removal from case_id: a file (value:
 * path inside the case folder; a record naming the whole case covers it
 * too), an entry (value: entry id; a record naming chronology.json or the
 * whole case covers it too) or the whole case (value NULL). NULL when none
 * does. Borrowed from rs. Cannot fail. */
const cc_removal *cc_removals_covering(const cc_removals *rs, const char *case_id, cc_removal_what what,
                                       const char *value);

/* A record that names this removal but is not in force (to say why the
 * deletion is still refused), or NULL. Borrowed. */
const cc_removal *cc_removals_naming(const cc_removals *rs, const char *case_id, cc_removal_what what,
                                     const char *value);

#endif
