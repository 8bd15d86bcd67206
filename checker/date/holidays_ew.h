/* holidays_ew.h: the built-in England and Wales bank holiday table. */
#ifndef CC_DATE_HOLIDAYS_EW_H
#define CC_DATE_HOLIDAYS_EW_H

#include <stddef.h>
#include <stdint.h>

#define CC_HOLIDAYS_EW_FIRST_YEAR 2015
#define CC_HOLIDAYS_EW_LAST_YEAR 2035

/* Sorted ascending, as YYYYMMDD numbers. */
extern const int32_t cc_holidays_ew[];
extern const size_t cc_holidays_ew_count;

/* The built-in calendar over that table (cc_calendar_builtin returns it). */
struct cc_calendar;
extern const struct cc_calendar cc_calendar_ew;

#endif
