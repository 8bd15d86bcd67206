/* html_internal: the pieces of the HTML caseload page (html.c assembles
 * them). Every function writes to a FILE and cannot fail; the caller checks
 * ferror() once at the end. Every string that comes from a case repository
 * goes through cc_html_text() (text and attribute values alike). */
#ifndef CC_REPORT_HTML_INTERNAL_H
#define CC_REPORT_HTML_INTERNAL_H

#include <stdbool.h>
#include <stdio.h>

#include "casecheck/audit.h"
#include "casecheck/rules.h"

/* Writes s escaped for HTML text and for a double- or single-quoted
 * attribute value: & < > " ' become entities, C0 controls (but tab and
 * newline) and invalid UTF-8 bytes become U+FFFD. NULL writes nothing. */
void cc_html_text(FILE *out, const char *s);
/* Writes "<prefix><id>" as a valid, unique fragment id: letters, digits
 * and '-' are kept, any other byte becomes "_XX" (hex). */
void cc_html_anchor(FILE *out, const char *prefix, const char *id);
/* A YYYY-MM-DD date ("unknown" for 0). */
void cc_html_date(FILE *out, cc_date d);

/* The rule's title, or its id when the catalogue does not know it. */
const char *cc_html_rule_title(const char *rule_id);
/* The rule's area ("chronology", ...), or the part of the id before the
 * first '.' written into buf (at least 64 bytes). */
const char *cc_html_rule_area(const char *rule_id, char *buf, size_t bufsize);

/* Conservative counts and verdict of a case: a case is shown READY only
 * when the result says so and no error finding is listed. */
size_t cc_html_case_errors(const cc_case_result *r);
size_t cc_html_case_others(const cc_case_result *r);
bool cc_html_case_ready(const cc_case_result *r);

/* The <section> of one case: facts, sign-off state, timeline, findings
 * grouped by area. */
void cc_html_case_section(FILE *out, const cc_case_result *r, const cc_audit_meta *meta,
                          bool show_values);
/* A list of findings (e.g. the repository's own), grouped by area; heading
 * level hlevel (2..6) for the area headings. */
void cc_html_findings(FILE *out, const cc_findings *list, int hlevel, bool show_values, const long *params);

/* Writes text (a rule's title or help, a finding's message) for managers:
 * each parameter name (chronology_gap_days) becomes the value in force
 * with its unit ("90 days"), and a parenthesis that only names one, "(name)"
 * or "(name is 90)", is left out; the names are in the finding's details.
 * params: the values in force (audit/params.h order), NULL for the defaults. */
void cc_html_plain(FILE *out, const char *text, const long *params);

/* The chronology timeline of a case as a <figure> holding an inline SVG
 * with a text alternative. as_of marks "today". */
void cc_html_timeline(FILE *out, const cc_case_result *r, cc_date as_of);

/* The page's style sheet and script (static text). */
extern const char cc_html_css[];
extern const char cc_html_js[];

#endif
