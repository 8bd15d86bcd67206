/* casecheck/significance.h: what counts as a significant event in a child's life,
 * which chronology categories record it, and (for key dates) which notes
 * show that the date was kept. One table (significance.c), printed in
 * docs/rules.md "Significant events"; the chronology and plan rules read
 * it and nothing else. */
#ifndef CASECHECK_SIGNIFICANCE_H
#define CASECHECK_SIGNIFICANCE_H

#include "casecheck/common.h"

#include <stddef.h>

typedef enum cc_event_source {
	CC_EVENT_NOTE,           /* a final note of the type (not marked routine) */
	CC_EVENT_ASSESSMENT,     /* a completed assessment, on completed_on */
	CC_EVENT_HANDOVER_VISIT, /* transfer.json handover_visit.date */
	CC_EVENT_ALLOCATION,     /* case.json allocation.since: the allocation changed */
	CC_EVENT_KEY_DATE,       /* a case.json key date of the kind, once passed */
	CC_EVENT_PLAN_REVIEW,    /* a child's plan.next_review_on, once passed */
} cc_event_source;

typedef struct cc_significant_event {
	cc_event_source source;
	const char *type;       /* note type or key-date kind; NULL for the source as a whole */
	unsigned entry_cats;    /* chronology categories (bits; cc_chron_cat_names() names them) that record it */
	const char *const *kept_by_notes; /* final note types that also show it took place, or NULL */
	const char *rule;       /* the rule that reports it when nothing records it */
	const char *what;       /* how messages name it, e.g. "home-visit note" */
} cc_significant_event;

/* The row for a source and type, or NULL when such an event is not
 * significant (e.g. a telephone note, a worker-to-worker handover note).
 * Static. */
CC_EXTERN const cc_significant_event *cc_significant_find(cc_event_source source, const char *type);
/* The source's name as docs and `casecheck rules --format json` print it
 * ("note", "key-date", ...). Static. */
CC_EXTERN const char *cc_event_source_name(cc_event_source source);
/* The table, for documentation and tests. Static. */
CC_EXTERN const cc_significant_event *cc_significant_table(size_t *n);

/* The chronology category names in cats (entry_cats bits), "visit" or
 * "meeting, conference or review" ("any" for all of them). Owned by the
 * caller; cannot fail. */
CC_EXTERN char *cc_chron_cat_names(unsigned cats);

#endif
