/* chronidx.h: a case's chronology entries by date and category, so a rule
 * can ask "is there an entry of these categories within these days?" in
 * O(log n) instead of scanning the chronology for every event. */
#ifndef CC_AUDIT_CHRONIDX_H
#define CC_AUDIT_CHRONIDX_H

#include <stddef.h>

#include <cjson/cJSON.h>

#include "casecheck/date.h"
#include "casecheck/significance.h"

/* One bit per chronology.json category (schemas/chronology.json). */
typedef enum cc_chron_cat {
	CC_CAT_REFERRAL = 1u << 0,
	CC_CAT_ASSESSMENT = 1u << 1,
	CC_CAT_VISIT = 1u << 2,
	CC_CAT_MEETING = 1u << 3,
	CC_CAT_CONFERENCE = 1u << 4,
	CC_CAT_REVIEW = 1u << 5,
	CC_CAT_COURT = 1u << 6,
	CC_CAT_PLACEMENT = 1u << 7,
	CC_CAT_HEALTH = 1u << 8,
	CC_CAT_EDUCATION = 1u << 9,
	CC_CAT_POLICE = 1u << 10,
	CC_CAT_FAMILY = 1u << 11,
	CC_CAT_ALLOCATION = 1u << 12,
	CC_CAT_TRANSFER = 1u << 13,
	CC_CAT_CLOSURE = 1u << 14,
	CC_CAT_OTHER = 1u << 15,
	CC_CAT_ANY = 0xffffu
} cc_chron_cat;

typedef struct cc_chron_at {
	cc_date date;   /* entries dated to the day only */
	unsigned cat;   /* its category bit */
	int index;      /* position in entries[] */
	const cJSON *entry; /* borrowed */
} cc_chron_at;

typedef struct cc_chron_ix {
	cc_chron_at *v; /* by date, then position; owned */
	size_t n;
} cc_chron_ix;

#define CC_CHRON_IX_INIT {NULL, 0}

/* The bit of a category name, or 0 for an unknown one. */
unsigned cc_chron_cat_bit(const char *category);
/* Indexes the day-dated entries of a chronology document (NULL: none).
 * Entries with a partial date (YYYY, YYYY-MM) are left out: they cannot
 * show an event of a known day; so are entries marked entered_in_error. Borrows from chron. Cannot fail. */
void cc_chron_ix_build(cc_chron_ix *ix, const cJSON *chron);
/* The first indexed entry whose category is in cats, dated in [from, to]
 * and (when child is not NULL) naming that child, or NULL. Borrowed. */
const cc_chron_at *cc_chron_ix_find(const cc_chron_ix *ix, unsigned cats, cc_date from, cc_date to,
                                    const char *child);
void cc_chron_ix_free(cc_chron_ix *ix);

/* The first day an agency was involved with the family: the earliest
 * entry of a category other than family life and universal services
 * (family, health, education, other), or the first entry when there is
 * none; entries entered in error left out. INT32_MIN for no entry. */
cc_date cc_chron_first_involvement(const cJSON *chron);

struct cc_case;
/* The case's chronology index, built on first use and kept with the case
 * (freed by cc_case_free), so the rules that ask share one. A case is
 * audited by one thread. Borrowed. */
const cc_chron_ix *cc_case_chron_ix(struct cc_case *c);

#endif
