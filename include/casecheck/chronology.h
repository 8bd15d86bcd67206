/* casecheck/chronology.h: a case's chronology (or a family's, several
 * cases merged) read from a source as a worker, a reviewer or a court
 * reads it: in date order, partial dates placed by their first day ("2019-11"
 * as November 2019, before the days of that month), entries entered in
 * error left out (or kept and marked, with all), each addendum with the
 * entry it amends, filtered by child, dates and category.
 *
 * This is the record itself: the entries' text, personal data by design.
 * With anonymise the names the record knows (the case's children, the
 * genogram's people, the involvements) are replaced by labels taken from
 * the record ("Child A", "Mother", "GP"), and what looks like a name but
 * matches nothing is listed, never guessed.
 *
 * Ownership: cc_chronology_read() gives a cc_chronology the caller frees
 * with cc_chronology_free(); every string in it belongs to it. */
#ifndef CASECHECK_CHRONOLOGY_H
#define CASECHECK_CHRONOLOGY_H

#include "casecheck/common.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "casecheck/date.h"
#include "casecheck/source.h"

typedef struct cc_chron_options {
	const char *const *cases; /* case ids, at least one */
	size_t n_cases;
	const char *child;        /* a child id: only entries naming it, or NULL */
	cc_date from, to;         /* entries that may fall in [from, to]; 0: open */
	const char *const *categories; /* only these categories; NULL/0: all */
	size_t n_categories;
	bool all;                 /* keep entries entered in error (marked) */
	bool anonymise;           /* names replaced by labels */
	cc_date as_of;            /* printed on the export */
} cc_chron_options;

#define CC_CHRON_OPTIONS_INIT {NULL, 0, NULL, 0, 0, NULL, 0, false, false, 0}

typedef struct cc_chron_row {
	const char *case_id;      /* one of the chronology's cases */
	char *id, *date;          /* as written */
	cc_partial_date when;
	char *category, *event, *source, *significance, *action; /* NULL when absent */
	char **children; size_t n_children; /* child ids */
	char *recorded_by, *recorded_on;
	bool historic;
	char *in_error_on;        /* entered_in_error.on, or NULL */
	char *amends;             /* the id of the entry it amends, or NULL */
	long amended;             /* the row of that entry (-1: left out by a filter) */
	char *amended_date;       /* that entry's date as written, or NULL */
} cc_chron_row;

/* A name in the text that looks like one but matched nothing the record knows. */
typedef struct cc_chron_unmatched {
	char *word;
	const char *case_id;
	char *entry_id;           /* the first entry it was seen in */
	const char *field;        /* "event", "source", ... (static), or NULL for */
	char *replaced_by;        /* a name several people share: the labels put in its place */
} cc_chron_unmatched;

typedef struct cc_chronology {
	char **cases; size_t n_cases;
	cc_date as_of;
	bool anonymised;
	bool all;
	cc_chron_row *rows; size_t n_rows;
	cc_chron_unmatched *unmatched; size_t n_unmatched; /* anonymised only */
	char **labels; size_t n_labels;  /* the labels used, "Child A", ... */
	cc_source_kind source_kind;
	char *commit;             /* the commit read (a revision), or NULL */
} cc_chronology;

/* Reads the cases' chronologies (each chronology.json, with case.json and
 * genogram.json for the labels) from src, where the repository policy
 * (casecheck.json) says the cases are. Returns 0 with *out, or -1 with
 * *errmsg (caller frees): an unknown case, a chronology that is missing,
 * broken or not valid against its schema (audit it to see why), a policy
 * that cannot be read. */
CC_EXTERN int cc_chronology_read(cc_chronology **out, cc_source *src, const cc_chron_options *opts, char **errmsg);
CC_EXTERN void cc_chronology_free(cc_chronology *c);

/* How a row's date prints: "5 November 2019", "November 2019", "2019". */
CC_EXTERN void cc_chron_date_label(char out[32], const cc_partial_date *d);

typedef enum cc_chron_format {
	CC_CHRON_TEXT = 0,
	CC_CHRON_CSV,
	CC_CHRON_JSON,
	CC_CHRON_HTML
} cc_chron_format;

CC_EXTERN int cc_chron_format_parse(cc_chron_format *out, const char *name); /* 0 or -1 */

/* Writes the chronology to out in the format. Returns 0, or -1 on a
 * write error. */
CC_EXTERN int cc_chronology_write(FILE *out, const cc_chronology *c, cc_chron_format format);

#endif
