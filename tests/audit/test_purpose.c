/* test_purpose: the purposes by name, and the one answer to "may findings
 * of this purpose be waived?" (false for court, for anything that waives). */
#include <check.h>
#include <string.h>

#include "casecheck/audit.h"
#include "casecheck/rules.h"
#include "support/runner.h"

START_TEST(names_round_trip)
{
	for (int p = CC_PURPOSE_CHECK; p <= CC_PURPOSE_LAST; p++) {
		cc_purpose back = CC_PURPOSE_CHECK;
		ck_assert_int_eq(cc_purpose_parse(&back, cc_purpose_name((cc_purpose)p)), 0);
		ck_assert_int_eq(back, p);
	}
	cc_purpose out = CC_PURPOSE_CHECK;
	ck_assert_int_eq(cc_purpose_parse(&out, "court"), 0);
	ck_assert_int_eq(out, CC_PURPOSE_COURT);
	ck_assert_int_eq(cc_purpose_parse(&out, "courts"), -1);
}
END_TEST

START_TEST(court_findings_cannot_be_waived)
{
	ck_assert(cc_purpose_is_court(CC_PURPOSE_COURT));
	ck_assert(!cc_purpose_waivable(CC_PURPOSE_COURT));
	for (int p = CC_PURPOSE_CHECK; p < CC_PURPOSE_COURT; p++) {
		ck_assert(!cc_purpose_is_court((cc_purpose)p));
		ck_assert(cc_purpose_waivable((cc_purpose)p));
	}
}
END_TEST

/* Court is signoff plus: every signoff rule runs for court, no court rule
 * runs for transfer or receive (they are unchanged). */
START_TEST(court_is_signoff_plus_and_changes_no_transfer)
{
	size_t court_only = 0;
	for (size_t i = 0; i < cc_rules_count(); i++) {
		const cc_rule_info *r = cc_rules_at(i);
		if (r->purposes & CC_PURPOSE_BIT(CC_PURPOSE_SIGNOFF))
			ck_assert_msg(r->purposes & CC_PURPOSE_BIT(CC_PURPOSE_COURT), "%s: a signoff rule not run for court", r->id);
		if (!strncmp(r->id, "court.", 6)) {
			court_only++;
			ck_assert_msg(r->purposes == CC_PURPOSE_BIT(CC_PURPOSE_COURT), "%s runs outside court", r->id);
		}
	}
	ck_assert_uint_ge(court_only, 4);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("purpose");
	TCase *tc = tcase_create("purpose");
	tcase_add_test(tc, names_round_trip);
	tcase_add_test(tc, court_findings_cannot_be_waived);
	tcase_add_test(tc, court_is_signoff_plus_and_changes_no_transfer);
	suite_add_tcase(s, tc);
	return cc_test_main(s);
}
