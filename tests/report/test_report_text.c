/* The text report: verdict lines, findings with file, pointer, rule and
 * help, blocking problems first, the caseload table sorted by errors, the
 * summary line, colour only when asked, no raw control characters, and
 * values only with show_values. */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "casecheck/rules.h"
#include "fixture.h"

static char *run_text(bool show_values, bool color, size_t *len)
{
	int rc;
	char *out = fx_run(CC_REPORT_TEXT, show_values, color, len, &rc);
	ck_assert_int_eq(rc, 0);
	ck_assert_uint_eq(strlen(out), *len);
	return out;
}

/* Position of needle in hay, which must hold it. */
static size_t pos_of(const char *hay, const char *needle)
{
	const char *p = strstr(hay, needle);
	ck_assert_msg(p != NULL, "missing \"%s\" in:\n%s", needle, hay);
	return (size_t)(p - hay);
}

START_TEST(text_verdict_lines)
{
	size_t len;
	char *out = run_text(false, false, &len);
	pos_of(out, "\nLCS-100001  NOT READY  (2 errors, 1 warning, 1 note)\n");
	pos_of(out, "\nLCS-100002  READY  (0 errors, 0 warnings)\n");
	pos_of(out, "\nLCS-100003  NOT READY  (3 errors, 1 warning)\n");
	/* Marked ready by the caller but holding an error: never READY. */
	pos_of(out, "\nLCS-100004  NOT READY  (1 error, 0 warnings)\n");
	ck_assert(!fx_contains(out, len, "LCS-100004  READY"));
	free(out);
}
END_TEST

START_TEST(text_findings_name_file_pointer_rule_and_help)
{
	size_t len;
	char *out = run_text(false, false, &len);
	const cc_rule_info *info = cc_rules_find("chronology.up-to-date");

	pos_of(out, "cases/LCS-100001/chronology.json at /entries/3/date");
	pos_of(out, "[chronology.up-to-date]");
	ck_assert_ptr_nonnull(info);
	pos_of(out, info->help);
	pos_of(out, "cases/LCS-100001/documents/extra.pdf (whole file)");
	pos_of(out, "staff.json at /staff/2/phone");
	/* An unknown rule still names its id and gives a hint. */
	pos_of(out, "[" FX_UNKNOWN_RULE "]");
	pos_of(out, FX_BAD_UTF8_CLEAN);
	free(out);
}
END_TEST

START_TEST(text_blocking_first)
{
	size_t len;
	char *out = run_text(false, false, &len);
	size_t case1 = pos_of(out, "LCS-100001  NOT");
	size_t case2 = pos_of(out, "LCS-100002  READY");
	size_t err = pos_of(out, "/entries/3/date");
	size_t warn = pos_of(out, "documents/extra.pdf");
	size_t note = pos_of(out, "at /entries/0\n");
	ck_assert(case1 < err && err < warn && warn < note && note < case2);
	free(out);
}
END_TEST

START_TEST(text_caseload_table_and_summary)
{
	size_t len;
	char *out = run_text(false, false, &len);
	size_t table = pos_of(out, "Caseload");
	/* Sorted by errors: 100003 (3), 100001 (2), 100004 (1), 100002 (0). */
	size_t a = pos_of(out + table, "LCS-100003  NOT READY         3         1");
	size_t b = pos_of(out + table, "LCS-100001  NOT READY         2         1");
	size_t c = pos_of(out + table, "LCS-100004  NOT READY         1         0");
	size_t d = pos_of(out + table, "LCS-100002  READY             0         0");
	ck_assert(a < b && b < c && c < d);
	ck_assert_uint_gt(table, pos_of(out, "LCS-100004  NOT READY  (1 error"));
	/* The summary line closes the report. */
	const char *last = "4 cases: 1 ready, 3 not ready\n";
	ck_assert_uint_ge(len, strlen(last));
	ck_assert_str_eq(out + len - strlen(last), last);
	free(out);
}
END_TEST

START_TEST(text_one_case_has_no_table)
{
	cc_report_options opts = CC_REPORT_OPTIONS_INIT;
	cc_audit_meta meta;
	cc_audit_summary sum = { 1, 0, 1, CC_FINDINGS_INIT };
	cc_case_result *one = fx_case(0);
	size_t len;
	int rc;
	fx_meta(&meta);
	char *buf = fx_run_cases(&opts, &meta, &one, 1, &sum, &len, &rc);
	ck_assert_int_eq(rc, 0);
	ck_assert(strstr(buf, "Caseload") == NULL);
	ck_assert(strstr(buf, "Repository") == NULL);
	ck_assert_ptr_nonnull(strstr(buf, "\n1 case: 0 ready, 1 not ready\n"));
	free(buf);
}
END_TEST

START_TEST(text_signoff_state)
{
	size_t len;
	char *out = run_text(false, false, &len);
	size_t c1 = pos_of(out, "\nLCS-100001  NOT READY");
	size_t stale = pos_of(out, "\n  sign-off: stale (changed since by 89abcdef0123, fedcba987654)\n");
	size_t c2 = pos_of(out, "\nLCS-100002  READY  (0 errors, 0 warnings)\n  sign-off: current\n");
	ck_assert(c1 < stale && stale < c2);
	/* Not required: no line. */
	pos_of(out, "\nLCS-100004  NOT READY  (1 error, 0 warnings)\n  error ");
	free(out);
}
END_TEST

START_TEST(text_colour_only_when_asked)
{
	size_t len;
	char *out = run_text(false, false, &len);
	ck_assert(!fx_contains(out, len, "\x1B"));
	free(out);
	out = run_text(false, true, &len);
	ck_assert(fx_contains(out, len, "\x1B[1;31mNOT READY\x1B[0m"));
	ck_assert(fx_contains(out, len, "\x1B[1;32mREADY\x1B[0m"));
	free(out);
}
END_TEST

START_TEST(text_no_raw_control_characters)
{
	size_t len;
	char *out = run_text(true, false, &len);
	for (size_t i = 0; i < len; i++)
		ck_assert_msg((unsigned char)out[i] >= 0x20 || out[i] == '\n',
		              "raw control byte 0x%02x at %zu", (unsigned char)out[i], i);
	ck_assert(fx_contains(out, len, "Line one\\nline two\\ttab \\x01ctl \\x1B[31mesc\\r]]>"));
	ck_assert(!fx_contains(out, len, "\xFF"));
	/* A right-to-left override cannot disguise a file name. */
	ck_assert(!fx_contains(out, len, "\xE2\x80\xAE"));
	ck_assert(fx_contains(out, len, "\\u202Efdp.exe"));
	free(out);
}
END_TEST

START_TEST(text_values_only_with_show_values)
{
	size_t len;
	char *out = run_text(false, false, &len);
	ck_assert(!fx_contains(out, len, FX_VALUE_1));
	ck_assert(!fx_contains(out, len, FX_VALUE_2));
	ck_assert(!fx_contains(out, len, FX_VALUE_REPO));
	free(out);
	out = run_text(true, false, &len);
	ck_assert(fx_contains(out, len, "value: \"" FX_VALUE_1 "\""));
	ck_assert(fx_contains(out, len, FX_VALUE_2));
	ck_assert(fx_contains(out, len, FX_VALUE_REPO));
	free(out);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("report_text");
	TCase *tc = tcase_create("text");
	tcase_add_test(tc, text_verdict_lines);
	tcase_add_test(tc, text_findings_name_file_pointer_rule_and_help);
	tcase_add_test(tc, text_blocking_first);
	tcase_add_test(tc, text_caseload_table_and_summary);
	tcase_add_test(tc, text_one_case_has_no_table);
	tcase_add_test(tc, text_signoff_state);
	tcase_add_test(tc, text_colour_only_when_asked);
	tcase_add_test(tc, text_no_raw_control_characters);
	tcase_add_test(tc, text_values_only_with_show_values);
	suite_add_tcase(s, tc);
	return cc_test_main(s);
}
