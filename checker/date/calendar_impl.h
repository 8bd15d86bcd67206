/* calendar_impl.h: the inside of a cc_calendar, shared by calendar.c and
 * calendar_json.c. */
#ifndef CC_DATE_CALENDAR_IMPL_H
#define CC_DATE_CALENDAR_IMPL_H

#include "casecheck/date.h"

struct cc_calendar {
	const int32_t *days; /* holidays as YYYYMMDD, sorted, no duplicates */
	size_t count;
	int first_year, last_year;
	int32_t *owned;      /* == days for a loaded calendar, NULL for the built-in one */
};

/* YYYYMMDD of a day number: ordered as the dates are. */
int32_t cc_calendar_key(cc_date d);

#endif
