/* RFC 3339 dates, times and durations (format date, time, date-time,
 * duration). Only ASCII digits count as digits. */
#include <string.h>

#include "util/chars.h"
#include "formats_internal.h"

/* Reads exactly n digits at s[*i] into *v. */
static bool digits(const char *s, size_t len, size_t *i, int n, int *v)
{
	*v = 0;
	if (len - *i < (size_t)n)
		return false;
	for (int k = 0; k < n; k++) {
		if (!cc_is_digit(s[*i]))
			return false;
		*v = *v * 10 + (s[(*i)++] - '0');
	}
	return true;
}

static bool expect(const char *s, size_t len, size_t *i, char c)
{
	if (*i >= len || s[*i] != c)
		return false;
	(*i)++;
	return true;
}

static int days_in_month(int year, int month)
{
	static const int days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
	return month == 2 && leap ? 29 : days[month - 1];
}

/* full-date = date-fullyear "-" date-month "-" date-mday */
static bool full_date(const char *s, size_t len, size_t *i)
{
	int y, m, d;
	if (!digits(s, len, i, 4, &y) || !expect(s, len, i, '-') || !digits(s, len, i, 2, &m) ||
	    !expect(s, len, i, '-') || !digits(s, len, i, 2, &d))
		return false;
	return m >= 1 && m <= 12 && d >= 1 && d <= days_in_month(y, m);
}

/* full-time = partial-time time-offset; a leap second must fall on 23:59
 * UTC. */
static bool full_time(const char *s, size_t len, size_t *i)
{
	int h, m, sec, oh = 0, om = 0, sign = 0;
	if (!digits(s, len, i, 2, &h) || !expect(s, len, i, ':') || !digits(s, len, i, 2, &m) ||
	    !expect(s, len, i, ':') || !digits(s, len, i, 2, &sec))
		return false;
	if (h > 23 || m > 59 || sec > 60)
		return false;
	if (*i < len && s[*i] == '.') {
		size_t start = ++(*i);
		while (*i < len && cc_is_digit(s[*i]))
			(*i)++;
		if (*i == start)
			return false;
	}
	if (*i >= len)
		return false;
	if (s[*i] == 'Z' || s[*i] == 'z') {
		(*i)++;
	} else if (s[*i] == '+' || s[*i] == '-') {
		sign = s[(*i)++] == '+' ? 1 : -1;
		if (!digits(s, len, i, 2, &oh) || !expect(s, len, i, ':') || !digits(s, len, i, 2, &om))
			return false;
		if (oh > 23 || om > 59)
			return false;
	} else {
		return false;
	}
	if (sec == 60) {
		int utc = ((h * 60 + m - sign * (oh * 60 + om)) % 1440 + 1440) % 1440;
		if (utc != 23 * 60 + 59)
			return false;
	}
	return true;
}

bool cc_fmt_date(const char *s, size_t len)
{
	size_t i = 0;
	return full_date(s, len, &i) && i == len;
}

bool cc_fmt_time(const char *s, size_t len)
{
	size_t i = 0;
	return full_time(s, len, &i) && i == len;
}

bool cc_fmt_date_time(const char *s, size_t len)
{
	size_t i = 0;
	if (!full_date(s, len, &i))
		return false;
	if (i >= len || (s[i] != 'T' && s[i] != 't'))
		return false;
	i++;
	return full_time(s, len, &i) && i == len;
}

/* Reads a run of designators "1*DIGIT unit" whose units follow one another
 * in order (units is e.g. "YMD": after Y only M, after M only D). Returns
 * false when there is none; *i moves past the run. */
static bool designator_run(const char *s, size_t len, size_t *i, const char *units)
{
	const char *allowed = units;
	bool any = false;

	for (;;) {
		size_t j = *i;
		while (j < len && cc_is_digit(s[j]))
			j++;
		if (j == *i || j >= len)
			return any;
		const char *u = memchr(allowed, s[j], strlen(allowed));
		if (!u || s[j] == '\0')
			return any;
		if (any && u != allowed)
			return any; /* a gap: "P1Y2D" */
		any = true;
		*i = j + 1;
		allowed = u + 1;
		if (!*allowed)
			return true;
	}
}

/* RFC 3339 appendix A:
 * duration = "P" (dur-date / dur-time / dur-week) */
bool cc_fmt_duration(const char *s, size_t len)
{
	size_t i = 0;
	if (!expect(s, len, &i, 'P'))
		return false;
	if (i < len && s[i] != 'T') {
		size_t j = i;
		while (j < len && cc_is_digit(s[j]))
			j++;
		if (j > i && j + 1 == len && s[j] == 'W')
			return true;
		if (!designator_run(s, len, &i, "YMD"))
			return false;
		if (i == len)
			return true;
	}
	if (!expect(s, len, &i, 'T'))
		return false;
	if (!designator_run(s, len, &i, "HMS"))
		return false;
	return i == len;
}
