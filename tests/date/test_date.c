/* tests/date/test_date.c: day numbers, parsing, formatting, months, ages. */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "casecheck/date.h"
#include "support/runner.h"

static cc_date D(const char *s)
{
	cc_date d;
	ck_assert_msg(cc_date_parse(&d, s, strlen(s)) == 0, "could not parse %s", s);
	return d;
}

static int parses(const char *s)
{
	cc_date d;
	return cc_date_parse(&d, s, strlen(s)) == 0;
}

START_TEST(day_numbers_of_known_dates)
{
	ck_assert_int_eq(cc_date_from_ymd(1970, 1, 1), 0);
	ck_assert_int_eq(cc_date_from_ymd(1970, 1, 2), 1);
	ck_assert_int_eq(cc_date_from_ymd(1969, 12, 31), -1);
	ck_assert_int_eq(cc_date_from_ymd(2000, 1, 1), 10957);
	ck_assert_int_eq(cc_date_from_ymd(2000, 3, 1), 11017); /* 2000 is a leap year */
	ck_assert_int_eq(cc_date_from_ymd(2024, 2, 29), 19782);
	ck_assert_int_eq(cc_date_from_ymd(1900, 3, 1) - cc_date_from_ymd(1900, 2, 28), 1); /* 1900 is not */
	ck_assert_int_eq(cc_date_from_ymd(1, 1, 1), -719162);
	ck_assert_int_eq(cc_date_from_ymd(9999, 12, 31), 2932896);
}
END_TEST

START_TEST(ymd_round_trip_every_day_1600_to_2400)
{
	cc_date first = cc_date_from_ymd(1600, 1, 1), last = cc_date_from_ymd(2400, 12, 31);
	int py = 1599, pm = 12, pd = 31;
	for (cc_date d = first; d <= last; d++) {
		int y, m, day;
		cc_date_to_ymd(d, &y, &m, &day);
		ck_assert_int_eq(cc_date_from_ymd(y, m, day), d);
		/* Each day follows the previous one in the calendar. */
		if (day == 1) {
			ck_assert(m == pm % 12 + 1);
			ck_assert_int_eq(y, pm == 12 ? py + 1 : py);
		} else {
			ck_assert_int_eq(day, pd + 1);
			ck_assert_int_eq(m, pm);
			ck_assert_int_eq(y, py);
		}
		py = y, pm = m, pd = day;
	}
	ck_assert_int_eq(last - first + 1, 801 * 365 + 195); /* 195 leap years in 1600..2400 */
}
END_TEST

START_TEST(weekdays)
{
	ck_assert_int_eq(cc_date_weekday(0), 3);                       /* 1970-01-01 Thursday */
	ck_assert_int_eq(cc_date_weekday(D("2024-01-01")), 0);         /* Monday */
	ck_assert_int_eq(cc_date_weekday(D("2000-01-01")), 5);         /* Saturday */
	ck_assert_int_eq(cc_date_weekday(D("2022-12-25")), 6);         /* Sunday */
	ck_assert_int_eq(cc_date_weekday(D("1969-12-31")), 2);         /* Wednesday */
	ck_assert_int_eq(cc_date_weekday(D("1900-01-01")), 0);         /* Monday */
	ck_assert_int_eq(cc_date_weekday(D("2035-12-25")), 1);         /* Tuesday */
}
END_TEST

START_TEST(parse_accepts_exact_real_dates)
{
	ck_assert(parses("2024-02-29"));
	ck_assert(parses("2000-02-29"));
	ck_assert(parses("2023-12-31"));
	ck_assert(parses("0001-01-01"));
	ck_assert(parses("9999-12-31"));
	ck_assert_int_eq(D("2019-03-04"), cc_date_from_ymd(2019, 3, 4));
	/* len, not the NUL, ends the input. */
	cc_date d;
	ck_assert_int_eq(cc_date_parse(&d, "2024-05-06T10:00", 10), 0);
	ck_assert_int_eq(d, cc_date_from_ymd(2024, 5, 6));
}
END_TEST

START_TEST(parse_rejects_everything_else)
{
	static const char *bad[] = {
		"2023-02-29", "1900-02-29", "2024-02-30", "2024-04-31", "2024-13-01",
		"2024-00-10", "2024-01-00", "2024-01-32", "0000-01-01", "2024-1-01",
		"2024-01-1", "24-01-01", "2024/01/01", "2024-01-01 ", " 2024-01-01",
		"2024-01-01T00:00", "2024-01-01Z", "20240101", "2024-0a-01", "+024-01-01",
		"2024--1-01", "2024-01-+1", "", "2024-01", "2024", "２０２４-01-01",
	};
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
		ck_assert_msg(!parses(bad[i]), "accepted \"%s\"", bad[i]);
	cc_date d = 12345;
	ck_assert_int_eq(cc_date_parse(&d, NULL, 0), -1);
	/* An embedded NUL within len is a wrong byte, not an end. */
	ck_assert_int_eq(cc_date_parse(&d, "2024-01-0\0", 10), -1);
	ck_assert_int_eq(d, 12345); /* untouched on failure */
}
END_TEST

START_TEST(partial_dates)
{
	cc_partial_date p;
	ck_assert_int_eq(cc_partial_date_parse(&p, "2019-03", 7), 0);
	ck_assert_int_eq(p.precision, CC_DATE_MONTH);
	ck_assert_int_eq(p.first, D("2019-03-01"));
	ck_assert_int_eq(p.last, D("2019-03-31"));

	ck_assert_int_eq(cc_partial_date_parse(&p, "2024-02", 7), 0);
	ck_assert_int_eq(p.last, D("2024-02-29"));
	ck_assert_int_eq(cc_partial_date_parse(&p, "2023-02", 7), 0);
	ck_assert_int_eq(p.last, D("2023-02-28"));
	ck_assert_int_eq(cc_partial_date_parse(&p, "2023-04", 7), 0);
	ck_assert_int_eq(p.last, D("2023-04-30"));

	ck_assert_int_eq(cc_partial_date_parse(&p, "2011", 4), 0);
	ck_assert_int_eq(p.precision, CC_DATE_YEAR);
	ck_assert_int_eq(p.first, D("2011-01-01"));
	ck_assert_int_eq(p.last, D("2011-12-31"));

	ck_assert_int_eq(cc_partial_date_parse(&p, "2011-07-09", 10), 0);
	ck_assert_int_eq(p.precision, CC_DATE_DAY);
	ck_assert_int_eq(p.first, p.last);
	ck_assert_int_eq(p.first, D("2011-07-09"));

	static const char *bad[] = { "2019-13", "2019-00", "2019-3", "201", "20190", "2019-",
		"2019-03-", "2019-03-1", "2023-02-29", "0000", "0000-05", "2019 03", "2019-03 ", "" };
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
		ck_assert_msg(cc_partial_date_parse(&p, bad[i], strlen(bad[i])) == -1, "accepted \"%s\"", bad[i]);
}
END_TEST

START_TEST(times)
{
	int m = -1;
	ck_assert_int_eq(cc_time_parse(&m, "00:00", 5), 0);
	ck_assert_int_eq(m, 0);
	ck_assert_int_eq(cc_time_parse(&m, "23:59", 5), 0);
	ck_assert_int_eq(m, 23 * 60 + 59);
	ck_assert_int_eq(cc_time_parse(&m, "09:05", 5), 0);
	ck_assert_int_eq(m, 545);
	static const char *bad[] = { "24:00", "23:60", "9:05", "09:5", "09-05", "0905", "09:05:00",
		"09:05 ", "ab:cd", "-1:00", "" };
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
		ck_assert_msg(cc_time_parse(&m, bad[i], strlen(bad[i])) == -1, "accepted \"%s\"", bad[i]);
}
END_TEST

START_TEST(format)
{
	char buf[11];
	cc_date_format(0, buf);
	ck_assert_str_eq(buf, "1970-01-01");
	cc_date_format(D("2024-02-29"), buf);
	ck_assert_str_eq(buf, "2024-02-29");
	cc_date_format(cc_date_from_ymd(5, 6, 7), buf);
	ck_assert_str_eq(buf, "0005-06-07");
	cc_date_format(D("9999-12-31"), buf);
	ck_assert_str_eq(buf, "9999-12-31");
	cc_date_format(D("9999-12-31") + 1, buf); /* year 10000: out of range */
	ck_assert_str_eq(buf, "0000-00-00");
}
END_TEST

static void check_add_months(const char *from, int n, const char *want)
{
	char buf[11];
	cc_date_format(cc_date_add_months(D(from), n), buf);
	ck_assert_msg(strcmp(buf, want) == 0, "%s %+d months = %s, want %s", from, n, buf, want);
}

START_TEST(month_arithmetic_clamps_to_month_end)
{
	check_add_months("2024-01-31", 1, "2024-02-29");
	check_add_months("2023-01-31", 1, "2023-02-28");
	check_add_months("2024-03-31", -1, "2024-02-29");
	check_add_months("2024-03-31", 1, "2024-04-30");
	check_add_months("2024-05-15", 0, "2024-05-15");
	check_add_months("2024-12-15", 1, "2025-01-15");
	check_add_months("2025-01-15", -1, "2024-12-15");
	check_add_months("2024-01-31", -13, "2022-12-31");
	check_add_months("2024-02-29", 12, "2025-02-28");
	check_add_months("2024-02-29", 48, "2028-02-29");
	check_add_months("2024-08-31", -6, "2024-02-29");
	check_add_months("1970-01-01", -1, "1969-12-01");
}
END_TEST

START_TEST(ages)
{
	ck_assert_int_eq(cc_date_years_between(D("2010-06-15"), D("2024-06-14")), 13);
	ck_assert_int_eq(cc_date_years_between(D("2010-06-15"), D("2024-06-15")), 14);
	ck_assert_int_eq(cc_date_years_between(D("2010-06-15"), D("2024-06-16")), 14);
	ck_assert_int_eq(cc_date_years_between(D("2010-06-15"), D("2010-06-15")), 0);
	ck_assert_int_eq(cc_date_years_between(D("2010-12-31"), D("2011-01-01")), 0);
	/* Born on 29 February: the birthday is reached on 1 March in a common year. */
	ck_assert_int_eq(cc_date_years_between(D("2008-02-29"), D("2025-02-28")), 16);
	ck_assert_int_eq(cc_date_years_between(D("2008-02-29"), D("2025-03-01")), 17);
	ck_assert_int_eq(cc_date_years_between(D("2008-02-29"), D("2024-02-29")), 16);
	/* on before born */
	ck_assert_int_eq(cc_date_years_between(D("2020-05-01"), D("2020-04-30")), -1);
}
END_TEST

START_TEST(today_is_plausible)
{
	cc_date t = cc_date_today();
	ck_assert_int_gt(t, D("2024-01-01"));
	ck_assert_int_lt(t, D("2200-01-01"));
}
END_TEST

int main(void)
{
	Suite *s = suite_create("date");
	TCase *tc = tcase_create("core");
	tcase_add_test(tc, day_numbers_of_known_dates);
	tcase_add_test(tc, ymd_round_trip_every_day_1600_to_2400);
	tcase_add_test(tc, weekdays);
	tcase_add_test(tc, parse_accepts_exact_real_dates);
	tcase_add_test(tc, parse_rejects_everything_else);
	tcase_add_test(tc, partial_dates);
	tcase_add_test(tc, times);
	tcase_add_test(tc, format);
	tcase_add_test(tc, month_arithmetic_clamps_to_month_end);
	tcase_add_test(tc, ages);
	tcase_add_test(tc, today_is_plausible);
	suite_add_tcase(s, tc);
	return cc_test_main(s);
}
