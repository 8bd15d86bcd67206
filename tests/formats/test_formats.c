#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "formats/format.h"

#define OK(fmt, s) ck_assert_msg(cc_format_check(fmt, s, strlen(s)), "%s should accept %s", fmt, s)
#define BAD(fmt, s) ck_assert_msg(!cc_format_check(fmt, s, strlen(s)), "%s should reject %s", fmt, s)

START_TEST(placeholder)
{
	OK("date", "2020-02-29");
	BAD("date", "2021-02-29");
}
END_TEST

int main(void)
{
	Suite *s = suite_create("formats");
	TCase *tc = tcase_create("core");
	tcase_add_test(tc, placeholder);
	suite_add_tcase(s, tc);
	SRunner *sr = srunner_create(s);
	srunner_run_all(sr, CK_NORMAL);
	int failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
