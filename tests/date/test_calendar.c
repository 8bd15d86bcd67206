/* tests/date/test_calendar.c: the built-in England and Wales bank holidays,
 * working days, and calendars loaded from bank-holidays.json.
 *
 * The built-in table is checked two independent ways: against the dates
 * gov.uk published for 2015-2027 (typed in below, year by year, exactly),
 * and against the statutory pattern computed here from scratch (Easter by
 * Gauss's method, itself checked against a list of Easter Sundays). */
#include <check.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>

#include "casecheck/date.h"
#include "date/calendar_json.h"
#include "support/runner.h"

static cc_date D(const char *s)
{
	cc_date d;
	ck_assert_msg(cc_date_parse(&d, s, strlen(s)) == 0, "could not parse %s", s);
	return d;
}

/* England and Wales bank holidays as gov.uk published them. */
static const char *const published[] = {
	"2015-01-01", "2015-04-03", "2015-04-06", "2015-05-04", "2015-05-25", "2015-08-31", "2015-12-25", "2015-12-28",
	"2016-01-01", "2016-03-25", "2016-03-28", "2016-05-02", "2016-05-30", "2016-08-29", "2016-12-26", "2016-12-27",
	"2017-01-02", "2017-04-14", "2017-04-17", "2017-05-01", "2017-05-29", "2017-08-28", "2017-12-25", "2017-12-26",
	"2018-01-01", "2018-03-30", "2018-04-02", "2018-05-07", "2018-05-28", "2018-08-27", "2018-12-25", "2018-12-26",
	"2019-01-01", "2019-04-19", "2019-04-22", "2019-05-06", "2019-05-27", "2019-08-26", "2019-12-25", "2019-12-26",
	"2020-01-01", "2020-04-10", "2020-04-13", "2020-05-08", "2020-05-25", "2020-08-31", "2020-12-25", "2020-12-28",
	"2021-01-01", "2021-04-02", "2021-04-05", "2021-05-03", "2021-05-31", "2021-08-30", "2021-12-27", "2021-12-28",
	"2022-01-03", "2022-04-15", "2022-04-18", "2022-05-02", "2022-06-02", "2022-06-03", "2022-08-29", "2022-09-19",
	"2022-12-26", "2022-12-27",
	"2023-01-02", "2023-04-07", "2023-04-10", "2023-05-01", "2023-05-08", "2023-05-29", "2023-08-28", "2023-12-25",
	"2023-12-26",
	"2024-01-01", "2024-03-29", "2024-04-01", "2024-05-06", "2024-05-27", "2024-08-26", "2024-12-25", "2024-12-26",
	"2025-01-01", "2025-04-18", "2025-04-21", "2025-05-05", "2025-05-26", "2025-08-25", "2025-12-25", "2025-12-26",
	"2026-01-01", "2026-04-03", "2026-04-06", "2026-05-04", "2026-05-25", "2026-08-31", "2026-12-25", "2026-12-28",
	"2027-01-01", "2027-03-26", "2027-03-29", "2027-05-03", "2027-05-31", "2027-08-30", "2027-12-27", "2027-12-28",
};
#define NPUBLISHED (sizeof published / sizeof published[0])

static int holidays_in_year(const cc_calendar *cal, int year, cc_date *out, int max)
{
	int n = 0;
	for (cc_date d = cc_date_from_ymd(year, 1, 1); d <= cc_date_from_ymd(year, 12, 31); d++)
		if (cc_calendar_is_holiday(cal, d)) {
			ck_assert_int_lt(n, max);
			out[n++] = d;
		}
	return n;
}

START_TEST(builtin_matches_published_2015_to_2027)
{
	const cc_calendar *cal = cc_calendar_builtin();
	size_t k = 0;
	for (int year = 2015; year <= 2027; year++) {
		cc_date got[16];
		int n = holidays_in_year(cal, year, got, 16);
		for (int i = 0; i < n; i++, k++) {
			char buf[11];
			cc_date_format(got[i], buf);
			ck_assert_msg(k < NPUBLISHED && strcmp(buf, published[k]) == 0,
				      "year %d: holiday %d is %s, published %s", year, i, buf,
				      k < NPUBLISHED ? published[k] : "(none)");
		}
	}
	ck_assert_uint_eq(k, NPUBLISHED);
	ck_assert_uint_eq(NPUBLISHED, 13 * 8 + 2 + 1); /* 2022: jubilee and funeral; 2023: coronation */
}
END_TEST

/* Easter Sunday by Gauss's method with the Gregorian corrections (a
 * different route from the anonymous Gregorian one used to write the table). */
static cc_date gauss_easter(int y)
{
	int a = y % 19, b = y % 4, c = y % 7;
	int k = y / 100, p = (13 + 8 * k) / 25, q = k / 4;
	int M = (15 - p + k - q) % 30, N = (4 + k - q) % 7;
	int d = (19 * a + M) % 30, e = (2 * b + 4 * c + 6 * d + N) % 7;
	if (d == 29 && e == 6)
		return cc_date_from_ymd(y, 4, 19);
	if (d == 28 && e == 6 && (11 * M + 11) % 30 < 19)
		return cc_date_from_ymd(y, 4, 18);
	return cc_date_from_ymd(y, 3, 22) + d + e;
}

START_TEST(easter_sundays)
{
	static const char *const easter[] = {
		"2015-04-05", "2016-03-27", "2017-04-16", "2018-04-01", "2019-04-21", "2020-04-12", "2021-04-04",
		"2022-04-17", "2023-04-09", "2024-03-31", "2025-04-20", "2026-04-05", "2027-03-28", "2028-04-16",
		"2029-04-01", "2030-04-21", "2031-04-13", "2032-03-28", "2033-04-17", "2034-04-09", "2035-03-25",
	};
	for (int y = 2015; y <= 2035; y++) {
		ck_assert_int_eq(gauss_easter(y), D(easter[y - 2015]));
		ck_assert_int_eq(cc_date_weekday(gauss_easter(y)), 6);
	}
	ck_assert_int_eq(gauss_easter(1981), D("1981-04-19")); /* the d == 29 exception */
	ck_assert_int_eq(gauss_easter(1954), D("1954-04-18")); /* the d == 28 exception */
	ck_assert_int_eq(gauss_easter(2000), D("2000-04-23"));
}
END_TEST

static cc_date next_weekday_on_or_after(cc_date d, int wd)
{
	while (cc_date_weekday(d) != wd)
		d++;
	return d;
}

static cc_date last_monday(int y, int m)
{
	cc_date d = cc_date_add_months(cc_date_from_ymd(y, m, 1), 1) - 1;
	while (cc_date_weekday(d) != 0)
		d--;
	return d;
}

static int expected_year(int y, cc_date *out)
{
	int n = 0;
	cc_date ny = cc_date_from_ymd(y, 1, 1);
	out[n++] = cc_date_weekday(ny) >= 5 ? next_weekday_on_or_after(ny, 0) : ny;
	out[n++] = gauss_easter(y) - 2;
	out[n++] = gauss_easter(y) + 1;
	out[n++] = y == 2020 ? D("2020-05-08") : next_weekday_on_or_after(cc_date_from_ymd(y, 5, 1), 0);
	if (y == 2023)
		out[n++] = D("2023-05-08");
	if (y == 2022) {
		out[n++] = D("2022-06-02");
		out[n++] = D("2022-06-03");
	} else {
		out[n++] = last_monday(y, 5);
	}
	out[n++] = last_monday(y, 8);
	if (y == 2022)
		out[n++] = D("2022-09-19");
	/* Christmas and Boxing Day: each takes the first weekday from its date
	 * that the other has not taken. */
	cc_date xmas = cc_date_from_ymd(y, 12, 25), boxing = xmas + 1;
	cc_date x = xmas, b = boxing;
	while (cc_date_weekday(x) >= 5)
		x++;
	if (cc_date_weekday(xmas) == 6)
		x = xmas + 2; /* Sunday: Boxing Day keeps Monday, Christmas moves to Tuesday */
	while (cc_date_weekday(b) >= 5 || b == x)
		b++;
	out[n++] = x < b ? x : b;
	out[n++] = x < b ? b : x;
	return n;
}

START_TEST(builtin_matches_the_rules_2015_to_2035)
{
	const cc_calendar *cal = cc_calendar_builtin();
	int first, last;
	cc_calendar_range(cal, &first, &last);
	ck_assert_int_eq(first, 2015);
	ck_assert_int_eq(last, 2035);
	for (int y = first; y <= last; y++) {
		cc_date want[16], got[16];
		int nw = expected_year(y, want);
		int ng = holidays_in_year(cal, y, got, 16);
		ck_assert_msg(nw == ng, "year %d: %d holidays, expected %d", y, ng, nw);
		for (int i = 0; i < nw; i++) {
			char a[11], b[11];
			cc_date_format(got[i], a);
			cc_date_format(want[i], b);
			ck_assert_msg(got[i] == want[i], "year %d: %s, expected %s", y, a, b);
			ck_assert_int_lt(cc_date_weekday(got[i]), 5);
		}
	}
}
END_TEST

START_TEST(outside_the_range_only_weekends)
{
	const cc_calendar *cal = cc_calendar_builtin();
	ck_assert(!cc_calendar_is_holiday(cal, D("2014-12-25")));
	ck_assert(!cc_calendar_is_holiday(cal, D("2036-01-01")));
	ck_assert(cc_calendar_is_working_day(cal, D("2036-01-01"))); /* Tuesday */
	ck_assert(!cc_calendar_is_working_day(cal, D("2036-01-05"))); /* Saturday */
	ck_assert(cc_calendar_is_holiday(cal, D("2035-12-26")));
	ck_assert(cc_calendar_is_holiday(cal, D("2015-01-01")));
}
END_TEST

START_TEST(specific_holidays_and_non_holidays)
{
	const cc_calendar *cal = cc_calendar_builtin();
	static const char *const yes[] = { "2020-05-08", "2020-12-28", "2021-12-27", "2021-12-28", "2022-01-03",
		"2022-06-02", "2022-06-03", "2022-09-19", "2022-12-26", "2022-12-27", "2023-05-08", "2026-08-31",
		"2027-12-27", "2027-12-28", "2032-12-27", "2032-12-28", "2033-01-03", "2028-12-25", "2028-12-26" };
	static const char *const no[] = { "2020-05-04", "2020-12-26", "2021-12-25", "2022-05-30", "2022-12-25",
		"2023-01-01", "2022-01-01", "2023-05-02", "2024-12-27", "2026-12-26", "2027-12-25" };
	for (size_t i = 0; i < sizeof yes / sizeof yes[0]; i++) {
		ck_assert_msg(cc_calendar_is_holiday(cal, D(yes[i])), "%s should be a holiday", yes[i]);
		ck_assert_msg(!cc_calendar_is_working_day(cal, D(yes[i])), "%s should not be a working day", yes[i]);
	}
	for (size_t i = 0; i < sizeof no / sizeof no[0]; i++)
		ck_assert_msg(!cc_calendar_is_holiday(cal, D(no[i])), "%s should not be a holiday", no[i]);
	ck_assert(cc_calendar_is_working_day(cal, D("2022-05-30"))); /* the spring holiday moved away */
	ck_assert(cc_calendar_is_working_day(cal, D("2024-12-27")));
}
END_TEST

static void check_add(const cc_calendar *cal, const char *from, int n, const char *want)
{
	char buf[11];
	cc_date_format(cc_calendar_add_working_days(cal, D(from), n), buf);
	ck_assert_msg(strcmp(buf, want) == 0, "%s %+d working days = %s, want %s", from, n, buf, want);
}

START_TEST(add_working_days)
{
	const cc_calendar *cal = cc_calendar_builtin();
	check_add(cal, "2024-03-01", 5, "2024-03-08");  /* Friday + 5 = next Friday */
	check_add(cal, "2024-03-04", 5, "2024-03-11");  /* Monday + 5 = next Monday */
	check_add(cal, "2024-03-02", 1, "2024-03-04");  /* from a Saturday */
	check_add(cal, "2024-03-03", 5, "2024-03-08");  /* from a Sunday */
	check_add(cal, "2024-03-01", 0, "2024-03-01");
	check_add(cal, "2024-03-22", 5, "2024-04-02");  /* over Good Friday and Easter Monday */
	check_add(cal, "2024-12-20", 5, "2024-12-31");  /* Christmas week */
	check_add(cal, "2024-12-20", 6, "2025-01-02");  /* and New Year's Day */
	check_add(cal, "2020-12-24", 1, "2020-12-29");  /* substitute Boxing Day */
	check_add(cal, "2021-12-24", 1, "2021-12-29");  /* both substitutes */
	check_add(cal, "2021-12-24", 2, "2021-12-30");
	check_add(cal, "2021-12-31", 1, "2022-01-04");  /* substitute New Year's Day, year boundary */
	check_add(cal, "2022-06-01", 1, "2022-06-06");  /* jubilee Thursday and Friday */
	check_add(cal, "2022-09-16", 1, "2022-09-20");  /* state funeral */
	check_add(cal, "2023-05-05", 1, "2023-05-09");  /* coronation */
	check_add(cal, "2020-05-07", 1, "2020-05-11");  /* VE day */
	check_add(cal, "2020-05-01", 1, "2020-05-04");  /* 4 May 2020 was not a holiday */
	check_add(cal, "2024-03-08", -5, "2024-03-01");
	check_add(cal, "2024-04-02", -1, "2024-03-28"); /* back over Easter */
	check_add(cal, "2022-01-04", -1, "2021-12-31");
	check_add(cal, "2024-03-09", -1, "2024-03-08");
	check_add(cal, "2035-12-24", 3, "2035-12-31");
	check_add(cal, "2035-12-24", 4, "2036-01-01"); /* past the range: only weekends skip */
}
END_TEST

static void check_between(const cc_calendar *cal, const char *from, const char *to, int want)
{
	int got = cc_calendar_working_days_between(cal, D(from), D(to));
	ck_assert_msg(got == want, "working days in (%s, %s] = %d, want %d", from, to, got, want);
}

START_TEST(working_days_between)
{
	const cc_calendar *cal = cc_calendar_builtin();
	check_between(cal, "2024-03-01", "2024-03-08", 5);
	check_between(cal, "2024-03-01", "2024-03-01", 0);
	check_between(cal, "2024-03-08", "2024-03-01", 0);
	check_between(cal, "2024-03-01", "2024-03-02", 0); /* Friday to Saturday */
	check_between(cal, "2024-03-02", "2024-03-04", 1); /* Saturday to Monday */
	check_between(cal, "2024-03-01", "2024-03-04", 1);
	check_between(cal, "2024-03-22", "2024-04-02", 5);
	check_between(cal, "2020-12-24", "2020-12-29", 1);
	check_between(cal, "2021-12-24", "2022-01-04", 4); /* 29, 30, 31 Dec and 4 Jan */
	check_between(cal, "2024-12-24", "2024-12-26", 0);
	check_between(cal, "2024-12-23", "2024-12-24", 1);
	check_between(cal, "2024-01-01", "2024-12-31", 261 - 7); /* 1 Jan (a holiday) not counted */
	check_between(cal, "2023-12-31", "2024-12-31", 262 - 8); /* 262 weekdays in 2024, 8 holidays */
	check_between(cal, "1969-12-26", "1970-01-05", 6);       /* around day 0: only weekends */
	check_between(cal, "2035-12-24", "2036-01-02", 5);       /* 25, 26 Dec holidays; 27, 28, 31 Dec, 1, 2 Jan */
}
END_TEST

START_TEST(counting_and_stepping_agree)
{
	const cc_calendar *cal = cc_calendar_builtin();
	/* Every start day from 2014 to 2036 and every step up to 25. */
	for (cc_date d = D("2014-12-01"); d <= D("2036-01-31"); d++) {
		cc_date naive = d;
		int count = 0;
		for (int n = 1; n <= 25; n++) {
			cc_date e = cc_calendar_add_working_days(cal, d, n);
			ck_assert(cc_calendar_is_working_day(cal, e));
			ck_assert_int_eq(cc_calendar_working_days_between(cal, d, e), n);
			ck_assert_int_eq(cc_calendar_working_days_between(cal, d, e - 1), n - 1);
			/* n back from e: the last working day on or before d */
			ck_assert_int_eq(cc_calendar_add_working_days(cal, e, -n),
					 cc_calendar_is_working_day(cal, d) ? d : cc_calendar_add_working_days(cal, d, -1));
			/* the same by walking one day at a time */
			while (naive < e) {
				naive++;
				if (cc_date_weekday(naive) < 5 && !cc_calendar_is_holiday(cal, naive))
					count++;
			}
			ck_assert_int_eq(count, n);
		}
	}
}
END_TEST

START_TEST(long_ranges_count_exactly)
{
	const cc_calendar *cal = cc_calendar_builtin();
	/* 2015-2035 has 21 years of weekdays less the 171 holidays. */
	cc_date a = D("2014-12-31"), b = D("2035-12-31");
	int weekdays = 0, hol = 0;
	for (cc_date d = a + 1; d <= b; d++) {
		if (cc_date_weekday(d) < 5)
			weekdays++;
		if (cc_calendar_is_holiday(cal, d))
			hol++;
	}
	ck_assert_int_eq(hol, 171);
	ck_assert_int_eq(cc_calendar_working_days_between(cal, a, b), weekdays - hol);
	ck_assert_int_eq(cc_calendar_working_days_between(cal, D("1000-01-01"), D("1000-01-08")), 5);
}
END_TEST

START_TEST(huge_steps_are_capped)
{
	const cc_calendar *cal = cc_calendar_builtin();
	cc_date d = D("2024-03-01");
	cc_date far = cc_calendar_add_working_days(cal, d, INT_MAX);
	ck_assert_int_eq(far, cc_calendar_add_working_days(cal, d, 1000000));
	ck_assert_int_eq(cc_calendar_working_days_between(cal, d, far), 1000000);
	cc_date back = cc_calendar_add_working_days(cal, d, INT_MIN);
	ck_assert_int_eq(cc_calendar_working_days_between(cal, back, d), 1000000); /* d is a working day */
}
END_TEST

/* ---- calendars from bank-holidays.json ---- */

static cJSON *parse(const char *text)
{
	cJSON *doc = cJSON_Parse(text);
	ck_assert_ptr_nonnull(doc);
	return doc;
}

START_TEST(json_govuk_shape)
{
	cJSON *doc = parse("{\"england-and-wales\":{\"division\":\"england-and-wales\",\"events\":["
			   "{\"title\":\"A\",\"date\":\"2040-12-25\",\"notes\":\"\",\"bunting\":true},"
			   "{\"title\":\"B\",\"date\":\"2039-05-06\",\"notes\":\"Substitute day\",\"bunting\":false},"
			   "{\"title\":\"dup\",\"date\":\"2040-12-25\",\"notes\":\"\",\"bunting\":true},"
			   "{\"title\":\"weekend\",\"date\":\"2040-12-22\"}]},"
			   "\"scotland\":{\"division\":\"scotland\",\"events\":[{\"date\":\"2040-01-02\"},{\"date\":\"bad\"}]}}");
	cc_calendar *cal = NULL;
	char *err = NULL;
	ck_assert_int_eq(cc_calendar_from_json(&cal, doc, &err), 0);
	ck_assert_ptr_null(err);
	ck_assert_ptr_nonnull(cal);
	int first, last;
	cc_calendar_range(cal, &first, &last);
	ck_assert_int_eq(first, 2039);
	ck_assert_int_eq(last, 2040);
	ck_assert(cc_calendar_is_holiday(cal, D("2040-12-25")));
	ck_assert(cc_calendar_is_holiday(cal, D("2039-05-06")));
	ck_assert(!cc_calendar_is_holiday(cal, D("2040-01-02"))); /* Scotland's, not ours */
	ck_assert(!cc_calendar_is_holiday(cal, D("2040-12-26")));
	/* 2040-12-25 is a Tuesday; a holiday listed on Saturday 22nd takes nothing extra. */
	ck_assert_int_eq(cc_calendar_working_days_between(cal, D("2040-12-21"), D("2040-12-28")), 4);
	ck_assert_int_eq(cc_calendar_add_working_days(cal, D("2040-12-24"), 1), D("2040-12-26"));
	/* The built-in holidays are not in a loaded calendar. */
	ck_assert(!cc_calendar_is_holiday(cal, D("2024-12-25")));
	cc_calendar_free(cal);
	cJSON_Delete(doc);
}
END_TEST

START_TEST(json_top_level_events)
{
	cJSON *doc = parse("{\"events\":[{\"date\":\"2030-01-01\"}]}");
	cc_calendar *cal = NULL;
	ck_assert_int_eq(cc_calendar_from_json(&cal, doc, NULL), 0);
	ck_assert(cc_calendar_is_holiday(cal, D("2030-01-01")));
	cc_calendar_free(cal);
	cJSON_Delete(doc);
	cc_calendar_free(NULL);
	cc_calendar_free((cc_calendar *)cc_calendar_builtin()); /* a no-op */
	ck_assert(cc_calendar_is_holiday(cc_calendar_builtin(), D("2030-01-01")));
}
END_TEST

static void check_error(const char *text, const char *want)
{
	cJSON *doc = parse(text);
	cc_calendar *cal = (cc_calendar *)0x1;
	char *err = NULL;
	ck_assert_int_eq(cc_calendar_from_json(&cal, doc, &err), -1);
	ck_assert_ptr_null(cal);
	ck_assert_ptr_nonnull(err);
	ck_assert_msg(strncmp(err, want, strlen(want)) == 0, "error \"%s\", want it to start \"%s\"", err, want);
	free(err);
	/* Without errmsg it still fails cleanly. */
	ck_assert_int_eq(cc_calendar_from_json(&cal, doc, NULL), -1);
	cJSON_Delete(doc);
}

START_TEST(json_errors_name_the_pointer)
{
	check_error("{\"england-and-wales\":{\"events\":[{\"date\":\"2024-01-01\"},{\"date\":\"2024-03-29\"},"
		    "{\"date\":\"2024-04-01\"},{\"date\":\"2023-02-29\"}]}}",
		    "/england-and-wales/events/3/date: ");
	check_error("{\"england-and-wales\":{\"events\":[{\"date\":\"2024-01-01\"},{\"title\":\"x\"}]}}",
		    "/england-and-wales/events/1: ");
	check_error("{\"england-and-wales\":{\"events\":[{\"date\":20240101}]}}",
		    "/england-and-wales/events/0/date: ");
	check_error("{\"england-and-wales\":{\"events\":[\"2024-01-01\"]}}", "/england-and-wales/events/0: ");
	check_error("{\"england-and-wales\":{\"events\":{}}}", "/england-and-wales/events: ");
	check_error("{\"england-and-wales\":{\"division\":\"x\"}}", "/england-and-wales/events: ");
	check_error("{\"england-and-wales\":{\"events\":[]}}", "/england-and-wales/events: ");
	check_error("{\"england-and-wales\":[]}", "/england-and-wales: ");
	check_error("{\"events\":[{\"date\":\"2024-01-01 \"}]}", "/events/0/date: ");
	check_error("{\"scotland\":{\"events\":[]}}", "(root): ");
	check_error("[]", "(root): ");
}
END_TEST

int main(void)
{
	Suite *s = suite_create("calendar");
	TCase *tc = tcase_create("core");
	tcase_add_test(tc, builtin_matches_published_2015_to_2027);
	tcase_add_test(tc, easter_sundays);
	tcase_add_test(tc, builtin_matches_the_rules_2015_to_2035);
	tcase_add_test(tc, outside_the_range_only_weekends);
	tcase_add_test(tc, specific_holidays_and_non_holidays);
	tcase_add_test(tc, add_working_days);
	tcase_add_test(tc, working_days_between);
	tcase_add_test(tc, counting_and_stepping_agree);
	tcase_add_test(tc, long_ranges_count_exactly);
	tcase_add_test(tc, huge_steps_are_capped);
	tcase_add_test(tc, json_govuk_shape);
	tcase_add_test(tc, json_top_level_events);
	tcase_add_test(tc, json_errors_name_the_pointer);
	suite_add_tcase(s, tc);
	return cc_test_main(s);
}
