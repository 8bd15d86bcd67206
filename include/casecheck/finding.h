/* casecheck/finding.h: what a rule says about a case.
 *
 * Findings are values: rules add them to a cc_findings list and never
 * print. A finding names a file, a JSON pointer and a rule; its message
 * never contains personal data (names, addresses, phone numbers, note
 * text). The offending value, which may be personal, goes in `value` and
 * is shown only with --show-values. */
#ifndef CASECHECK_FINDING_H
#define CASECHECK_FINDING_H

#include <stdbool.h>
#include <stddef.h>

typedef enum cc_severity {
	CC_SEVERITY_ERROR = 0, /* blocks readiness */
	CC_SEVERITY_WARNING,   /* shown, does not block */
	CC_SEVERITY_NOTE       /* information */
} cc_severity;

typedef struct cc_finding {
	const char *rule;     /* rule id (static string from the rule table) */
	cc_severity severity;
	char *path;           /* repository-relative file path, or case folder */
	char *pointer;        /* RFC 6901 pointer into path; "" for the whole file */
	char *message;        /* plain English, no personal data */
	char *value;          /* the offending value, or NULL; personal: shown only with --show-values */
} cc_finding;

typedef struct cc_findings {
	cc_finding *items;
	size_t count, cap;
} cc_findings;

#define CC_FINDINGS_INIT { NULL, 0, 0 }

/* Appends a finding (strings are copied) and returns it, so a caller may
 * set ->value. pointer may be NULL for "". Cannot fail. */
cc_finding *cc_findings_add(cc_findings *list, const char *rule, cc_severity severity,
                            const char *path, const char *pointer, const char *fmt, ...)
	__attribute__((format(printf, 6, 7)));
/* Sets the finding's value to a copy of len bytes (NULs become U+FFFD). */
void cc_finding_set_value(cc_finding *f, const char *value, size_t len);
/* Orders by severity (errors first), then path, pointer, rule. Stable. */
void cc_findings_sort(cc_findings *list);
size_t cc_findings_count(const cc_findings *list, cc_severity severity);
/* Moves every finding of src to the end of dst; src is left empty. */
void cc_findings_move(cc_findings *dst, cc_findings *src);
void cc_findings_clear(cc_findings *list);

const char *cc_severity_name(cc_severity severity); /* "error", "warning", "note" */

#endif
