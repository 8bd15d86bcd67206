/* involvements.h: whom a case.json involvement stands for, by its role
 * (the one list; docs/format.md "involvements[]" shows the same table). */
#ifndef CC_AUDIT_INVOLVEMENTS_H
#define CC_AUDIT_INVOLVEMENTS_H

#include <stdbool.h>

#include <cjson/cJSON.h>

typedef enum cc_who {
	CC_WHO_UNKNOWN = -1,
	CC_WHO_PROFESSIONAL, /* gp, health-visitor, school, iro, legal, police, yot, contact-team, other */
	CC_WHO_CARER,        /* fostering, residential: the child's carers, or the placement's service */
	CC_WHO_FAMILY,       /* family-member */
	CC_WHO_REFERRER,     /* referrer: confirmed the outcome, not told of a transfer */
} cc_who;

/* Whom an involvement role stands for (CC_WHO_UNKNOWN for NULL or a role
 * not in the list). Cannot fail. */
cc_who cc_involvement_who(const char *role);
/* Whether an involvement (or any element with an optional children
 * array, e.g. a document) concerns one of the children: none listed means
 * all of the case's children. */
bool cc_involvement_concerns(const cJSON *inv, const cJSON *children);

#endif
