/* html_timeline: a case's chronology laid out on a time axis (the model
 * behind the SVG that html_timeline.c draws): entries by date, the axis
 * range and scale (split at the allocation when the history is long),
 * columns of a day, week, month, quarter or year, gaps, and the text
 * alternative. */
#ifndef CC_REPORT_HTML_TIMELINE_H
#define CC_REPORT_HTML_TIMELINE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "casecheck/audit.h"

#define PLOT_X0 116.0   /* the axis, in the SVG's 960-unit-wide view box */
#define PLOT_X1 944.0
#define MIN_BIN_PX 10.0 /* narrowest column */
#define DEFAULT_GAP_DAYS 90
#define MAX_LISTED 8    /* items listed in a title or the summary */
#define MAX_OLD_SHARE 0.22 /* of the width, for the time before the allocation */
#define STACK_CAP 8     /* dots in a column; more make every column a bar */

typedef enum bin_unit { BIN_DAY, BIN_WEEK, BIN_MONTH, BIN_QUARTER, BIN_YEAR } bin_unit;

extern const char *const cc_html_tl_unit_names[]; /* "day", ... */

typedef struct gap {
	cc_date from, to; /* last day covered by an entry .. first day of the next (or as-of) */
	bool since_allocation, trailing;
} gap;

typedef struct cc_html_tl {
	FILE *out;
	const cc_timeline *tl;
	const char *case_id;
	cc_date as_of, allocation;
	cc_date lo, hi;           /* the axis range */
	int gap_days;
	bool split;               /* the time before the allocation is compressed */
	double split_x;           /* the allocation's x when split */
	bin_unit unit_old, unit;  /* column length before the allocation (when split) and after */
	size_t max_column;        /* most ordinary entries in one column */
	bool bars;                /* columns drawn as bars to scale (some column is over STACK_CAP) */
	size_t *order;            /* entry indexes by date */
	gap *gaps; size_t n_gaps, gaps_cap;
	size_t n_historic, n_ooo, n_future, n_partial;
	/* label rows of the key-date lane: rightmost x taken so far */
	double row_end[2];
} cc_html_tl;

typedef struct bin_counts {
	size_t current, old, ooo, future;
} bin_counts;

/* Lays out r's timeline for a page whose "today" is as_of; writes to out.
 * Free with cc_html_tl_clear(). */
void cc_html_tl_init(cc_html_tl *c, FILE *out, const cc_case_result *r, cc_date as_of);
void cc_html_tl_clear(cc_html_tl *c);

/* The sorted_i-th entry by date. */
const cc_timeline_entry *cc_html_tl_entry(const cc_html_tl *c, size_t sorted_i);
/* Before the allocation (or marked historic). */
bool cc_html_tl_historic(const cc_html_tl *c, const cc_timeline_entry *e);
/* x of a date on the axis (clamped to it), and the scale there. */
double cc_html_tl_x(const cc_html_tl *c, cc_date d);
double cc_html_tl_px_per_day(const cc_html_tl *c, cc_date d);
/* Whether d lies in the compressed part before the allocation. */
bool cc_html_tl_old_part(const cc_html_tl *c, cc_date d);
cc_date cc_html_tl_bin_end(bin_unit unit, cc_date start);
/* The middle of the column starting at start (on the old side or not). */
double cc_html_tl_column_x(const cc_html_tl *c, cc_date start, bool old);
/* The column that starts with sorted entry i: its start, side of the
 * allocation and counts; returns the index after its last entry. */
size_t cc_html_tl_next_column(const cc_html_tl *c, size_t i, cc_date *start, bool *old_part, bin_counts *bc);
bool cc_html_tl_is_allocation(const cc_timeline_mark *m);
/* A YYYY, YYYY-MM or YYYY-MM-DD date as precise as it is. */
void cc_html_tl_write_partial(FILE *out, const cc_partial_date *p);
/* The text alternative: counts, range, allocation, gaps, key dates. */
void cc_html_tl_summary(const cc_html_tl *c);

#endif
