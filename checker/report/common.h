/* common: what every report format needs to say about a case or a rule,
 * computed in one place so that all formats agree. */
#ifndef CC_REPORT_COMMON_H
#define CC_REPORT_COMMON_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "casecheck/audit.h"
#include "casecheck/finding.h"
#include "casecheck/rules.h"

/* A rule as a report shows it. Every string is non-NULL and borrowed
 * (from the rule table, or static for an unknown rule). */
typedef struct cc_report_rule {
	const char *id;
	const cc_rule_info *info; /* NULL: not in the catalogue */
	const char *title;
	const char *help;
	const char *source;       /* seed reference, "—" when none or unknown */
} cc_report_rule;

/* Describes rule id (NULL is taken as "unknown"), falling back to generic
 * text when the catalogue does not know it. Cannot fail. */
void cc_report_rule_lookup(cc_report_rule *out, const char *id);

/* The finding's rule id, never NULL. */
const char *cc_report_finding_rule(const cc_finding *f);

typedef struct cc_report_counts {
	size_t error, warning, note;
} cc_report_counts;

/* Counts the findings actually listed (what every format shows). */
void cc_report_count(cc_report_counts *out, const cc_findings *findings);

/* The verdict shown: READY only when the audit said so AND no error
 * finding is listed, so a report never shows READY beside a blocking
 * problem. */
bool cc_report_case_ready(const cc_case_result *r);

/* The record a finding is in as reports show it: "entry 12 of 21
 * (ch-0012)", "child 2 of 3" (with show_values, "child 2 of 3 (c2)": a
 * child's or genogram person's id is personal); NULL when the finding
 * names no record. Caller frees. */
char *cc_report_record_text(const cc_finding *f, bool show_values);
/* The record as JSON and SARIF give it: members "record" (the text above)
 * and "record_id" (left out when there is none, or when it is personal and
 * show_values is off); nothing when the finding names no record. */
struct cc_jw;
void cc_report_jw_record(struct cc_jw *w, const cc_finding *f, bool show_values);

/* What a report says of a waived finding's waiver (docs/format.md §12b):
 * "waived by tm-okafor on 2026-03-01 until 2026-06-30, reason done-late:
 * <waiver file>", or without a reason code "..., reason recorded in
 * <waiver file>"; with show_values followed by "; reason given: <the
 * waiver's free text>" (which may be personal). Caller frees. */
char *cc_report_waiver_text(const cc_finding_waiver *w, bool show_values);
/* The waiver as JSON and SARIF give it: member "waiver", an object with
 * path, by, date, expires, reason_code (null without one) and, with
 * show_values only, reason. */
void cc_report_jw_waiver(struct cc_jw *w, const cc_finding_waiver *fw, bool show_values);

/* "rev", "index" or "worktree". */
const char *cc_report_source_kind_name(cc_source_kind kind);

/* The names of the profiles whose bits are set, in catalogue order, for
 * i = 0.. until NULL. */
const char *cc_report_profile_name(size_t i, unsigned bits);

/* The as-of date as YYYY-MM-DD. */
void cc_report_date(char buf[11], cc_date d);

/* strcmp with NULL (no worker, no case) after every string: the order the
 * text and CSV reports group their rows in. */
int cc_report_cmp_null_last(const char *a, const char *b);

#define CC_REPORT_REPLACEMENT 0xFFFDu

/* Decodes the code point at s (len > 0 bytes) into *cp and returns the
 * bytes it took; invalid UTF-8 gives U+FFFD and takes one byte, so a
 * writer never passes ill-formed UTF-8 on. Cannot fail. */
size_t cc_report_utf8_next(uint32_t *cp, const char *s, size_t len);

/* Flushes out: 0, or -1 when a write failed at any point. */
int cc_report_flush(FILE *out);

/* The one sentence every report gives about sign-off authentication:
 * the allowed-signers file used and where it was set, or that sign-offs
 * are not authenticated; and the cut-off for unsigned sign-offs. Caller
 * frees. Cannot fail. */
char *cc_report_trust_line(const cc_trust *trust);

/* "content current, signature verified" for one sign-off; caller frees. */
char *cc_report_signoff_line(const cc_signoff_entry *e);

#endif

