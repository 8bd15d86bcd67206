/* fixture: hand-built audit results for the report tests, with odd
 * characters in paths and messages and personal values that must appear
 * only with show_values. */
#ifndef CC_TESTS_REPORT_FIXTURE_H
#define CC_TESTS_REPORT_FIXTURE_H

#include <stdbool.h>
#include <stddef.h>

#include <check.h>
#include <cjson/cJSON.h>

#include "casecheck/audit.h"
#include "casecheck/report.h"
#include "support/runner.h"

#define FX_VALUE_1 "Jane Secretname"
#define FX_VALUE_2 "SECRETVALUE 07700 900123"
#define FX_VALUE_REPO "SECRET-REPO-VALUE"
/* A message with invalid UTF-8, and what it must read as in every report. */
#define FX_BAD_UTF8_MSG "bad \xFF\xFE bytes"
#define FX_BAD_UTF8_CLEAN "bad \xEF\xBF\xBD\xEF\xBF\xBD bytes"
#define FX_UNKNOWN_RULE "test.unknown-rule"
#define FX_N_CASES 4

void fx_meta(cc_audit_meta *meta);
/* Case i (0 .. FX_N_CASES-1), owned by the caller (cc_case_result_free):
 * 0 LCS-100001 not ready, 2 errors, 1 warning, 1 note, odd characters
 *   (quotes, markup, controls, a bidi override), sign-off stale after 2 commits;
 * 1 LCS-100002 ready, no findings, sign-off current;
 * 2 LCS-100003 not ready, 3 errors and 1 warning of a rule not in the
 *   catalogue, invalid UTF-8;
 * 3 LCS-100004 marked ready by mistake but holding 1 error. */
cc_case_result *fx_case(int i);
/* The end summary with one repository finding (clear repo_findings). */
void fx_summary(cc_audit_summary *s);
/* What each case must show: its id, verdict and counts. */
typedef struct fx_expect {
	const char *case_id;
	bool ready;
	size_t errors, warnings, notes;
} fx_expect;
extern const fx_expect fx_expected[FX_N_CASES];

/* Runs a whole report of the fixture into memory; returns the output
 * (caller frees) and its length; *finish_rc gets cc_report_finish's. */
char *fx_run(cc_report_format format, bool show_values, bool color, size_t *len, int *finish_rc);
/* Runs a report of the given cases (owned: handed to the report) with
 * meta and summary (borrowed; NULL for none, so the report must cope),
 * returning the output as fx_run does. */
char *fx_run_cases(const cc_report_options *opts, const cc_audit_meta *meta,
                   cc_case_result **cases, size_t n, const cc_audit_summary *summary,
                   size_t *len, int *finish_rc);
/* Fails the running test unless obj is an object with exactly these keys
 * (NULL-terminated), in this order. */
void fx_assert_keys(const cJSON *obj, const char *const *keys);
/* Whether needle occurs in the len bytes of hay. */
bool fx_contains(const char *hay, size_t len, const char *needle);

#endif
