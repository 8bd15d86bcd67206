/* calendar.c: bank holidays and working days.
 *
 * A calendar is a sorted array of holiday keys (YYYYMMDD). Working days are
 * Monday to Friday less the calendar's holidays. Counting is arithmetic
 * (weekdays in a range, less the holidays found by binary search), so long
 * ranges cost nothing; stepping by n working days walks day by day. */
#include "calendar_impl.h"

#include <stdlib.h>

#include "holidays_ew.h"

#define CC_MAX_WORKING_DAY_STEP 1000000

const cc_calendar *cc_calendar_builtin(void)
{
	return &cc_calendar_ew;
}

void cc_calendar_free(cc_calendar *cal)
{
	if (!cal || !cal->owned)
		return; /* NULL, or the built-in calendar */
	free(cal->owned);
	free(cal);
}

void cc_calendar_range(const cc_calendar *cal, int *first_year, int *last_year)
{
	if (first_year)
		*first_year = cal->first_year;
	if (last_year)
		*last_year = cal->last_year;
}

int32_t cc_calendar_key(cc_date d)
{
	int y, m, day;
	cc_date_to_ymd(d, &y, &m, &day);
	return (int32_t)y * 10000 + m * 100 + day;
}

/* Index of the first holiday key >= key. */
static size_t lower_bound(const cc_calendar *cal, int32_t key)
{
	size_t lo = 0, hi = cal->count;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (cal->days[mid] < key)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

bool cc_calendar_is_holiday(const cc_calendar *cal, cc_date d)
{
	int32_t key = cc_calendar_key(d);
	size_t i = lower_bound(cal, key);
	return i < cal->count && cal->days[i] == key;
}

static bool is_weekend(cc_date d)
{
	return cc_date_weekday(d) >= 5;
}

size_t cc_calendar_added_days(const cc_calendar *cal, const cc_calendar *base, cc_date *out, size_t max_out)
{
	size_t n = 0;
	for (size_t i = 0; i < cal->count; i++) {
		int32_t k = cal->days[i];
		cc_date d = cc_date_from_ymd(k / 10000, k / 100 % 100, k % 100);
		if (is_weekend(d) || cc_calendar_is_holiday(base, d))
			continue;
		if (n < max_out)
			out[n] = d;
		n++;
	}
	return n;
}

bool cc_calendar_is_working_day(const cc_calendar *cal, cc_date d)
{
	return !is_weekend(d) && !cc_calendar_is_holiday(cal, d);
}

cc_date cc_calendar_add_working_days(const cc_calendar *cal, cc_date d, int n)
{
	int step = n < 0 ? -1 : 1;
	int64_t left = n < 0 ? -(int64_t)n : n;
	if (left > CC_MAX_WORKING_DAY_STEP)
		left = CC_MAX_WORKING_DAY_STEP; /* keeps the walk short and the day number in range */
	while (left > 0) {
		d += step;
		if (cc_calendar_is_working_day(cal, d))
			left--;
	}
	return d;
}

/* Weekdays in the days up to and including d, counted from the Monday
 * 1969-12-29 (negative before it): differences give weekdays in a range. */
static int64_t weekdays_through(cc_date d)
{
	int64_t m = (int64_t)d + 3; /* days since Monday 1969-12-29 */
	int64_t weeks = m >= 0 ? m / 7 : -((-m + 6) / 7);
	int64_t r = m - weeks * 7;  /* 0 (Monday) .. 6 (Sunday) */
	return weeks * 5 + (r + 1 < 5 ? r + 1 : 5);
}

int cc_calendar_working_days_between(const cc_calendar *cal, cc_date from, cc_date to)
{
	if (to <= from)
		return 0;
	int64_t n = weekdays_through(to) - weekdays_through(from);
	/* Holidays in (from, to] that fall on weekdays. */
	size_t i = lower_bound(cal, cc_calendar_key(from + 1));
	size_t end = lower_bound(cal, cc_calendar_key(to) + 1);
	for (; i < end; i++) {
		int32_t k = cal->days[i];
		cc_date h = cc_date_from_ymd(k / 10000, k / 100 % 100, k % 100);
		if (!is_weekend(h))
			n--;
	}
	return (int)n;
}
