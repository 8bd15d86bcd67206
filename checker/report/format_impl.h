/* format_impl: what each report format (text.c, json.c, sarif.c, junit.c,
 * html.c) provides to report.c, which owns cc_report and dispatches. */
#ifndef CC_REPORT_FORMAT_IMPL_H
#define CC_REPORT_FORMAT_IMPL_H

#include <stdio.h>

#include "casecheck/audit.h"
#include "casecheck/report.h"

typedef struct cc_report_impl {
	/* Allocates the format's state; out and opts outlive it. */
	void *(*create)(FILE *out, const cc_report_options *opts);
	void (*begin)(void *state, const cc_audit_meta *meta);
	/* Takes ownership of result. */
	void (*on_case)(void *state, cc_case_result *result);
	void (*end)(void *state, const cc_audit_summary *summary);
	/* Writes anything buffered; 0, or -1 on a write error. */
	int (*finish)(void *state);
	void (*destroy)(void *state);
} cc_report_impl;

extern const cc_report_impl cc_report_text_impl;
extern const cc_report_impl cc_report_json_impl;
extern const cc_report_impl cc_report_sarif_impl;
extern const cc_report_impl cc_report_junit_impl;
extern const cc_report_impl cc_report_html_impl;
extern const cc_report_impl cc_report_csv_impl;

#endif
