/* casecheck/date.h: calendar dates, partial dates and working days.
 *
 * A cc_date is a day number: days since 1970-01-01 (proleptic Gregorian),
 * so dates compare and subtract as integers. Working days skip Saturdays,
 * Sundays and the bank holidays of a cc_calendar (England and Wales,
 * built in for 2015-2035 with substitute days and one-off holidays, or
 * loaded from a file in the gov.uk bank-holidays.json shape).
 *
 * Semantics, exactly:
 * - Dates are strict: YYYY-MM-DD with a four-digit year 0001..9999, two-digit
 *   month and day, a real day of that month (2024-02-29 yes, 2023-02-29 no),
 *   and nothing before or after (no spaces, no time, no trailing bytes).
 * - A working day is a Monday..Friday that is not a holiday of the
 *   calendar. Outside the calendar's years only weekends are skipped.
 * - "Within N working days of X" (an allocation, a case discussion) means on
 *   or before cc_calendar_add_working_days(cal, X, N): the day of X does not
 *   count, the next working day is day 1. Allocated on Friday 2024-03-01,
 *   5 working days end on Friday 2024-03-08; allocated on Friday 2024-03-22,
 *   they end on Tuesday 2024-04-02 (Good Friday and Easter Monday skipped).
 * - cc_calendar_working_days_between(cal, from, to) counts the working days
 *   d with from < d <= to, so "done within 5 working days of X" is
 *   working_days_between(X, done) <= 5 for done >= X.
 * - Ages: cc_date_years_between counts whole years, a birthday being reached
 *   on the same month and day; someone born on 29 February reaches it on
 *   1 March in a common year. Negative when on is before born. */
#ifndef CASECHECK_DATE_H
#define CASECHECK_DATE_H

#include "casecheck/common.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef int32_t cc_date;

typedef enum cc_date_precision {
	CC_DATE_DAY,   /* YYYY-MM-DD */
	CC_DATE_MONTH, /* YYYY-MM */
	CC_DATE_YEAR   /* YYYY */
} cc_date_precision;

/* A full or partial date. first/last are the first and last days it may
 * mean: 2019-03 means 2019-03-01 .. 2019-03-31. */
typedef struct cc_partial_date {
	cc_date first, last;
	cc_date_precision precision;
} cc_partial_date;

/* Parses exactly YYYY-MM-DD (a real day: no 2023-02-29). len excludes any
 * NUL. Returns 0 or -1. */
CC_EXTERN int cc_date_parse(cc_date *out, const char *s, size_t len);
/* Parses YYYY-MM-DD, YYYY-MM or YYYY. Returns 0 or -1. */
CC_EXTERN int cc_partial_date_parse(cc_partial_date *out, const char *s, size_t len);
/* Parses HH:MM (00:00..23:59). Returns 0 or -1. */
CC_EXTERN int cc_time_parse(int *minutes_out, const char *s, size_t len);
/* Writes YYYY-MM-DD and a NUL into buf (at least 11 bytes). */
CC_EXTERN void cc_date_format(cc_date d, char buf[11]);
CC_EXTERN cc_date cc_date_from_ymd(int year, int month, int day);
CC_EXTERN void cc_date_to_ymd(cc_date d, int *year, int *month, int *day);
/* 0 = Monday .. 6 = Sunday. */
CC_EXTERN int cc_date_weekday(cc_date d);
/* Today in local time. */
CC_EXTERN cc_date cc_date_today(void);
/* The same day n calendar months later (n may be negative), clamped to the
 * month's end: 2024-01-31 + 1 month = 2024-02-29. */
CC_EXTERN cc_date cc_date_add_months(cc_date d, int n);
/* Whole years from born to on (age on a date). */
CC_EXTERN int cc_date_years_between(cc_date born, cc_date on);

typedef struct cc_calendar cc_calendar;

/* The built-in England and Wales calendar (static; never free it). */
CC_EXTERN const cc_calendar *cc_calendar_builtin(void);
CC_EXTERN void cc_calendar_free(cc_calendar *cal);
/* The years the calendar covers (outside them only weekends count). */
CC_EXTERN void cc_calendar_range(const cc_calendar *cal, int *first_year, int *last_year);

CC_EXTERN bool cc_calendar_is_holiday(const cc_calendar *cal, cc_date d);
/* The working days that cal takes away compared with base: each weekday
 * holiday of cal that is not a holiday of base, in date order. Writes the
 * first max_out of them to out (may be NULL when max_out is 0) and returns
 * how many there are. Cannot fail. */
CC_EXTERN size_t cc_calendar_added_days(const cc_calendar *cal, const cc_calendar *base, cc_date *out, size_t max_out);
CC_EXTERN bool cc_calendar_is_working_day(const cc_calendar *cal, cc_date d);
/* The date n working days after d (n > 0) or before it (n < 0); d itself
 * does not count. "Within 5 working days of allocation on a Friday" ends
 * on cc_calendar_add_working_days(cal, friday, 5). |n| is capped at
 * 1000000 (about 3800 years). */
CC_EXTERN cc_date cc_calendar_add_working_days(const cc_calendar *cal, cc_date d, int n);
/* Working days in (from, to]: 0 when to <= from. */
CC_EXTERN int cc_calendar_working_days_between(const cc_calendar *cal, cc_date from, cc_date to);

#endif
