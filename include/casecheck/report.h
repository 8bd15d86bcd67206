/* casecheck/report.h: turn audit results into text, JSON (spec §7),
 * SARIF 2.1.0, JUnit XML or a self-contained HTML caseload view.
 *
 * A report is an audit sink: pass cc_report_sink() to cc_audit_run(). */
#ifndef CASECHECK_REPORT_H
#define CASECHECK_REPORT_H

#include "casecheck/common.h"

#include <stdbool.h>
#include <stdio.h>

#include "casecheck/audit.h"

typedef enum cc_report_format {
	CC_REPORT_TEXT = 0,
	CC_REPORT_JSON,
	CC_REPORT_SARIF,
	CC_REPORT_JUNIT,
	CC_REPORT_HTML,
	CC_REPORT_CSV     /* the fix list: one row per finding (csv.c) */
} cc_report_format;

CC_EXTERN int cc_report_format_parse(cc_report_format *out, const char *name); /* 0 or -1 */

typedef struct cc_report_options {
	cc_report_format format;
	bool show_values; /* include personal values (finding->value) */
	bool color;       /* ANSI colour (text only) */
} cc_report_options;

#define CC_REPORT_OPTIONS_INIT { CC_REPORT_TEXT, false, false }

typedef struct cc_report cc_report;

/* A report writing to out (borrowed; not closed). */
CC_EXTERN cc_report *cc_report_new(FILE *out, const cc_report_options *opts);
/* The sink that feeds this report; valid while the report lives. */
CC_EXTERN const cc_audit_sink *cc_report_sink(cc_report *report);
/* Flushes what is buffered (HTML, tables); returns 0 or -1 on a write error. */
CC_EXTERN int cc_report_finish(cc_report *report);
CC_EXTERN void cc_report_free(cc_report *report);

#endif
