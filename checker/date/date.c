/* date.c: day numbers, parsing and formatting of dates and times, month
 * arithmetic and ages. Nothing here allocates or fails except the parsers,
 * which return -1 for anything that is not exactly the expected form. */
#include "casecheck/date.h"

#include <time.h>

/* Floor division and modulo for the day/month arithmetic below. */
static int32_t floor_div(int32_t a, int32_t b)
{
	int32_t q = a / b;
	if ((a % b != 0) && ((a < 0) != (b < 0)))
		q--;
	return q;
}

static int32_t floor_mod(int32_t a, int32_t b)
{
	return a - floor_div(a, b) * b;
}

static bool is_leap(int year)
{
	return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

static int days_in_month(int year, int month)
{
	static const int dim[12] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	if (month == 2 && is_leap(year))
		return 29;
	return dim[month - 1];
}

/* Days since 1970-01-01 of a proleptic Gregorian date, counting years from
 * March so that the leap day is the last day of its year: a 400-year era
 * has 146097 days, and within a year the day of March-based month m and
 * day d is (153 m + 2) / 5 + d - 1. */
cc_date cc_date_from_ymd(int year, int month, int day)
{
	int32_t y = year - (month <= 2);
	int32_t era = floor_div(y, 400);
	int32_t yoe = y - era * 400;                      /* 0..399 */
	int32_t mp = (month + 9) % 12;                    /* March = 0 */
	int32_t doy = (153 * mp + 2) / 5 + day - 1;       /* 0..365 */
	int32_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy; /* 0..146096 */
	return era * 146097 + doe - 719468;               /* 719468: 0000-03-01 to 1970-01-01 */
}

void cc_date_to_ymd(cc_date d, int *year, int *month, int *day)
{
	int32_t z = d + 719468;
	int32_t era = floor_div(z, 146097);
	int32_t doe = z - era * 146097;
	int32_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	int32_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	int32_t mp = (5 * doy + 2) / 153;
	int32_t m = mp < 10 ? mp + 3 : mp - 9;
	if (year)
		*year = yoe + era * 400 + (m <= 2);
	if (month)
		*month = m;
	if (day)
		*day = doy - (153 * mp + 2) / 5 + 1;
}

int cc_date_weekday(cc_date d)
{
	/* 1970-01-01 was a Thursday (3). */
	return floor_mod(d + 3, 7);
}

/* Reads exactly n ASCII digits at s into *out. */
static int read_digits(int *out, const char *s, size_t n)
{
	int v = 0;
	for (size_t i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return -1;
		v = v * 10 + (s[i] - '0');
	}
	*out = v;
	return 0;
}

/* "YYYY" with year 0001..9999. */
static int parse_year(int *year, const char *s)
{
	if (read_digits(year, s, 4) < 0 || *year < 1)
		return -1;
	return 0;
}

/* "YYYY-MM" (the first 7 bytes of s). */
static int parse_year_month(int *year, int *month, const char *s)
{
	if (parse_year(year, s) < 0 || s[4] != '-' || read_digits(month, s + 5, 2) < 0)
		return -1;
	if (*month < 1 || *month > 12)
		return -1;
	return 0;
}

int cc_date_parse(cc_date *out, const char *s, size_t len)
{
	int y, m, d;
	if (!s || len != 10)
		return -1;
	if (parse_year_month(&y, &m, s) < 0 || s[7] != '-' || read_digits(&d, s + 8, 2) < 0)
		return -1;
	if (d < 1 || d > days_in_month(y, m))
		return -1;
	*out = cc_date_from_ymd(y, m, d);
	return 0;
}

int cc_partial_date_parse(cc_partial_date *out, const char *s, size_t len)
{
	int y, m;
	if (!s)
		return -1;
	switch (len) {
	case 10:
		if (cc_date_parse(&out->first, s, len) < 0)
			return -1;
		out->last = out->first;
		out->precision = CC_DATE_DAY;
		return 0;
	case 7:
		if (parse_year_month(&y, &m, s) < 0)
			return -1;
		out->first = cc_date_from_ymd(y, m, 1);
		out->last = cc_date_from_ymd(y, m, days_in_month(y, m));
		out->precision = CC_DATE_MONTH;
		return 0;
	case 4:
		if (parse_year(&y, s) < 0)
			return -1;
		out->first = cc_date_from_ymd(y, 1, 1);
		out->last = cc_date_from_ymd(y, 12, 31);
		out->precision = CC_DATE_YEAR;
		return 0;
	default:
		return -1;
	}
}

int cc_time_parse(int *minutes_out, const char *s, size_t len)
{
	int h, m;
	if (!s || len != 5 || s[2] != ':')
		return -1;
	if (read_digits(&h, s, 2) < 0 || read_digits(&m, s + 3, 2) < 0)
		return -1;
	if (h > 23 || m > 59)
		return -1;
	*minutes_out = h * 60 + m;
	return 0;
}

static void put_digits(char *p, int v, int n)
{
	for (int i = n - 1; i >= 0; i--) {
		p[i] = (char)('0' + v % 10);
		v /= 10;
	}
}

void cc_date_format(cc_date d, char buf[11])
{
	int y, m, day;
	cc_date_to_ymd(d, &y, &m, &day);
	if (y < 0 || y > 9999)
		y = m = day = 0; /* "0000-00-00": not a date this program reads */
	put_digits(buf, y, 4);
	buf[4] = '-';
	put_digits(buf + 5, m, 2);
	buf[7] = '-';
	put_digits(buf + 8, day, 2);
	buf[10] = '\0';
}

cc_date cc_date_today(void)
{
	time_t now = time(NULL);
	struct tm tm;
	if (!localtime_r(&now, &tm))
		return (cc_date)(now / 86400); /* UTC date, if local time is unknown */
	return cc_date_from_ymd(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
}

cc_date cc_date_add_months(cc_date d, int n)
{
	int y, m, day;
	cc_date_to_ymd(d, &y, &m, &day);
	int32_t total = (int32_t)y * 12 + (m - 1) + n;
	y = floor_div(total, 12);
	m = floor_mod(total, 12) + 1;
	if (day > days_in_month(y, m))
		day = days_in_month(y, m);
	return cc_date_from_ymd(y, m, day);
}

int cc_date_years_between(cc_date born, cc_date on)
{
	int by, bm, bd, oy, om, od;
	cc_date_to_ymd(born, &by, &bm, &bd);
	cc_date_to_ymd(on, &oy, &om, &od);
	int years = oy - by;
	if (om < bm || (om == bm && od < bd))
		years--;
	return years;
}
