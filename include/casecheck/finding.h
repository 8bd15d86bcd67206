/* casecheck/finding.h: what a rule says about a case.
 *
 * Findings are values: rules add them to a cc_findings list and never
 * print. A finding names a file, a JSON pointer and a rule; its message
 * never contains personal data (names, addresses, phone numbers, note
 * text). The offending value, which may be personal, goes in `value` and
 * is shown only with --show-values. */
#ifndef CASECHECK_FINDING_H
#define CASECHECK_FINDING_H

#include "casecheck/common.h"

#include <stdbool.h>
#include <stddef.h>

typedef enum cc_severity {
	CC_SEVERITY_ERROR = 0, /* blocks readiness */
	CC_SEVERITY_WARNING,   /* shown, does not block */
	CC_SEVERITY_NOTE       /* information */
} cc_severity;

/* The waiver in force for a finding (docs/format.md §12b), as every
 * report shows it: who waived it, when, until when, the reason code and
 * the waiver's file. Strings owned by the finding. */
typedef struct cc_finding_waiver {
	char *path;        /* the waiver (a file under the case's waivers/), repository-relative */
	char *by;          /* the manager's staff id */
	char *date;        /* YYYY-MM-DD, when waived */
	char *expires;     /* YYYY-MM-DD, the last day it counts */
	char *reason_code; /* e.g. "done-late"; NULL when the waiver gives none */
	char *reason;      /* its free-text reason: personal, shown only with --show-values */
	cc_severity severity; /* the severity the finding had */
} cc_finding_waiver;

typedef struct cc_finding {
	const char *rule;     /* rule id (static string from the rule table) */
	cc_severity severity;
	char *path;           /* repository-relative file path, or case folder */
	char *pointer;        /* RFC 6901 pointer into path; "" for the whole file */
	char *message;        /* plain English, no personal data */
	char *value;          /* the offending value, or NULL; personal: shown only with --show-values */
	/* The record the pointer is in, for people reading the report: "entry
	 * 12 of 21 (ch-0012)", "involvement 3 of 5 (gp)", "note n-visit",
	 * "child 2 of 3"; NULL when the finding is about no one record. Never
	 * personal. record_id is that record's id (NULL if it has none); when
	 * record_id_personal (a child's or a genogram person's id, often a
	 * name) it is shown only with --show-values. */
	char *record;
	char *record_id;
	bool record_id_personal;
	cc_finding_waiver *waived; /* the waiver in force for it, or NULL; owned. A waived
	                            * finding is a note (it does not block) */
} cc_finding;

/* A list of findings, optionally capped (cc_findings_set_limit): at most
 * that many findings are kept; past it the most severe are kept (an error
 * displaces a kept warning or note, a warning a kept note) and the others
 * are only counted. cc_findings_count includes the ones not kept, so
 * counts and verdicts never depend on the cap; cc_findings_sort adds the
 * one finding that says how many more there were. */
struct cc_findings_limit;
typedef struct cc_findings {
	cc_finding *items;
	size_t count, cap;
	struct cc_findings_limit *limit; /* owned; NULL: every finding is kept */
} cc_findings;

#define CC_FINDINGS_INIT { NULL, 0, 0, NULL }

/* Appends a finding (strings are copied) and returns it, so a caller may
 * set ->value. pointer may be NULL for "". Cannot fail; but on a list at
 * its limit a finding that is not kept returns NULL (it is counted). */
CC_EXTERN cc_finding *cc_findings_add(cc_findings *list, const char *rule, cc_severity severity,
                            const char *path, const char *pointer, const char *fmt, ...)
	__attribute__((format(printf, 6, 7)));
/* Caps list at max findings (0: no cap). The finding that says how many
 * were not kept has rule id rule (a static string) and names path (copied).
 * Call before adding to the list. */
CC_EXTERN void cc_findings_set_limit(cc_findings *list, size_t max, const char *rule, const char *path);
/* Sets the finding's value to a copy of len bytes (NULs become U+FFFD).
 * f may be NULL (a finding not kept): then nothing happens. */
CC_EXTERN void cc_finding_set_value(cc_finding *f, const char *value, size_t len);
/* Sets the finding's record (copied; see cc_finding), replacing any. f may
 * be NULL; id may be NULL. */
CC_EXTERN void cc_finding_set_record(cc_finding *f, const char *record, const char *id, bool id_personal);
/* Frees a waiver and its strings; w may be NULL. */
CC_EXTERN void cc_finding_waiver_free(cc_finding_waiver *w);
/* Orders by severity (errors first), then path, pointer, rule. When
 * findings were dropped at the limit, first adds (or brings up to date)
 * one note under limit_rule: "N more findings not shown: E errors, W
 * warnings, K notes". That note is itself counted as a note. */
CC_EXTERN void cc_findings_sort(cc_findings *list);
/* Findings of severity, the kept ones and those dropped at the limit. */
CC_EXTERN size_t cc_findings_count(const cc_findings *list, cc_severity severity);
/* Moves every finding of src to dst (through dst's limit; src's findings
 * not kept are added to dst's counts); src is left empty, without limit. */
CC_EXTERN void cc_findings_move(cc_findings *dst, cc_findings *src);
/* Frees every finding and the limit; the list is left as CC_FINDINGS_INIT. */
CC_EXTERN void cc_findings_clear(cc_findings *list);

CC_EXTERN const char *cc_severity_name(cc_severity severity); /* "error", "warning", "note" */

#endif
