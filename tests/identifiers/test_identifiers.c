/* tests/identifiers/test_identifiers.c: UPN, NHS number, postcode, phone.
 *
 * Known values:
 * - UPN B801200005001 is the example of a public UPN validator (python-stdnum):
 *   8*2 + 1*4 + 2*5 + 5*10 + 1*13 = 93, 93 mod 23 = 1 = B; A801200005001 is
 *   invalid.
 * - The school census error 1510 guidance (as repeated by MIS suppliers)
 *   corrects B207000016049 to Q207000016049, but its worked sum is off by
 *   one: 2*2 + 4*7 + 9*1 + 10*6 + 12*4 + 13*9 = 266 (not 267), 266 mod 23 =
 *   13 = P (A=0 .. H=7, J=8 .. N=12, P=13, Q=14). So P207000016049 is valid
 *   and both B207000016049 and Q207000016049 are not.
 * - Temporary UPNs, computed by hand: 8012 0000 500 with final letter A:
 *   8*2 + 1*4 + 2*5 + 5*10 + 0*13 = 80, 80 mod 23 = 11 = M, so M80120000500A;
 *   with final Z (22): 80 + 22*13 = 366, 366 mod 23 = 21 = Y, so Y80120000500Z.
 * - NHS 943 476 5919: 9*10+4*9+3*8+4*7+7*6+6*5+5*4+9*3+1*2 = 299,
 *   299 mod 11 = 2, 11 - 2 = 9: valid; 9434765918 is not.
 *   401 023 2137: sum 92, 92 mod 11 = 4, check 7: valid.
 *   000 000 006x: sum 12, 12 mod 11 = 1, check 10: never valid. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>

#include "casecheck/identifiers.h"
#include "formats/format.h"
#include "support/runner.h"

#define UPN(s) cc_upn_valid((s), strlen(s))
#define NHS(s) cc_nhs_number_valid((s), strlen(s))
#define POSTCODE(s) cc_postcode_valid((s), strlen(s))
#define PHONE(s) cc_phone_valid((s), strlen(s))

START_TEST(upn_known_values)
{
	ck_assert(UPN("P207000016049"));
	ck_assert(!UPN("B207000016049"));
	ck_assert(!UPN("Q207000016049"));
	ck_assert(UPN("B801200005001"));
	ck_assert(!UPN("A801200005001"));
	ck_assert(UPN("M80120000500A"));
	ck_assert(UPN("Y80120000500Z"));
	ck_assert(!UPN("L80120000500A"));
}
END_TEST

START_TEST(upn_exactly_one_check_letter_fits)
{
	static const char *const bodies[] = { "207000016049", "801200005001", "80120000500A", "999999999999",
		"000000000000", "30112345678T" };
	for (size_t b = 0; b < sizeof bodies / sizeof bodies[0]; b++) {
		int valid = 0;
		for (char c = 'A'; c <= 'Z'; c++) {
			char upn[14];
			upn[0] = c;
			memcpy(upn + 1, bodies[b], 13);
			if (cc_upn_valid(upn, 13)) {
				valid++;
				ck_assert_msg(strchr("IOS", c) == NULL, "%s: check letter %c", bodies[b], c);
			}
		}
		ck_assert_msg(valid == 1, "%s: %d check letters fit", bodies[b], valid);
	}
}
END_TEST

START_TEST(upn_single_substitutions_are_caught)
{
	/* Weights 2..13 are all coprime with 23, so changing any one digit
	 * changes the sum modulo 23. */
	const char *good = "P207000016049";
	for (int i = 1; i < 13; i++)
		for (char c = '0'; c <= '9'; c++) {
			char upn[14];
			memcpy(upn, good, 14);
			if (upn[i] == c)
				continue;
			upn[i] = c;
			ck_assert_msg(!cc_upn_valid(upn, 13), "%s accepted", upn);
		}
}
END_TEST

START_TEST(upn_format)
{
	/* The final letter of a temporary UPN is never I, O or S: no check
	 * letter makes them valid. */
	for (char c = 'A'; c <= 'Z'; c++) {
		char upn[14];
		snprintf(upn, sizeof upn, "%c80120000500I", c);
		ck_assert(!cc_upn_valid(upn, 13));
		upn[12] = 'O';
		ck_assert(!cc_upn_valid(upn, 13));
		upn[12] = 'S';
		ck_assert(!cc_upn_valid(upn, 13));
	}
	ck_assert(!UPN("p207000016049"));   /* lower case */
	ck_assert(!UPN("M80120000500a"));
	ck_assert(!UPN("P20700001604"));    /* 12 characters */
	ck_assert(!UPN("P2070000160490"));
	ck_assert(!UPN("P207000016049 "));
	ck_assert(!UPN(" P207000016049"));
	ck_assert(!UPN("P2070000A6049"));   /* a letter in the middle */
	ck_assert(!UPN("1207000016049"));
	ck_assert(!UPN(""));
	ck_assert(!cc_upn_valid(NULL, 0));
	/* len bounds the look: a valid UPN cut short is not valid. */
	ck_assert(!cc_upn_valid("P207000016049", 12));
	ck_assert(cc_upn_valid("P207000016049XYZ", 13));
}
END_TEST

START_TEST(nhs_known_values)
{
	ck_assert(NHS("9434765919"));
	ck_assert(!NHS("9434765918"));
	ck_assert(NHS("943 476 5919"));
	/* every spacing the schema's pattern accepts is read as the digits */
	ck_assert(NHS("943 4765919"));
	ck_assert(NHS("943476 5919"));
	ck_assert(!NHS("943 4765918"));
	ck_assert(!NHS("9434 765919"));
	ck_assert(!NHS("943  4765919"));
	ck_assert(!NHS(" 9434765919"));
	ck_assert(!NHS("9434765919 "));
	ck_assert(!NHS("943 476 591 9"));
	ck_assert(NHS("4010232137"));
	ck_assert(!NHS("4010232138"));
	for (char c = '0'; c <= '9'; c++) {
		char n[11] = "000000006";
		n[9] = c;
		n[10] = '\0';
		ck_assert_msg(!NHS(n), "%s: check value 10 accepted", n);
	}
}
END_TEST

START_TEST(nhs_exactly_one_check_digit_fits)
{
	static const char *const prefixes[] = { "943476591", "401023213", "123456789", "999999999", "485777345" };
	for (size_t p = 0; p < sizeof prefixes / sizeof prefixes[0]; p++) {
		int valid = 0;
		for (char c = '0'; c <= '9'; c++) {
			char n[11];
			memcpy(n, prefixes[p], 9);
			n[9] = c;
			n[10] = '\0';
			valid += NHS(n);
		}
		ck_assert_int_le(valid, 1);
	}
	ck_assert(NHS("1234567881")); /* 1*10+2*9+3*8+4*7+5*6+6*5+7*4+8*3+8*2 = 208, 208 mod 11 = 10, check 1 */
}
END_TEST

START_TEST(nhs_format)
{
	ck_assert(!NHS("943-476-5919"));
	ck_assert(!NHS("9434 765 919"));
	/* "943 4765919" and "943476 5919" are valid: see nhs_known_values */
	ck_assert(!NHS("943  476 5919"));
	ck_assert(!NHS(" 9434765919"));
	ck_assert(!NHS("9434765919 "));
	ck_assert(!NHS("943476591"));
	ck_assert(!NHS("94347659190"));
	ck_assert(!NHS("94347659l9"));
	ck_assert(!NHS(""));
	ck_assert(!cc_nhs_number_valid(NULL, 0));
	ck_assert(!NHS("0000000000")); /* placeholder; passes the sum */
	ck_assert(!NHS("1111111111")); /* placeholder; passes the sum */
	ck_assert(!NHS("000 000 0000"));
	ck_assert(cc_nhs_number_valid("94347659199", 10));
}
END_TEST

START_TEST(postcodes)
{
	static const char *const good[] = { "SW1A 1AA", "DE4 3AG", "GIR 0AA", "M1 1AE", "B33 8TH", "CR2 6XH",
		"DN55 1PT", "W1A 0AX", "EC1A 1BB", "S1 2HE", "LS10 1AB", "NW1W 9ZZ" };
	static const char *const bad[] = { "sw1a 1aa", "Sw1A 1AA", "SW1A1AA", "SW1A  1AA", " SW1A 1AA", "SW1A 1AA ",
		"QA1 1AA", "VA1 1AA", "XA1 1AA", "AI1 1AA", "AJ1 1AA", "AZ1 1AA", "W1I 1AA", "W1L 1AA", "EC1Z 1AA",
		"EC1C 1AA", "SW1A 1CA", "SW1A 1AK", "SW1A 1VA", "SW1A 11A", "SW1A A1A", "123 4AB", "A 1AA", "AAA1 1AA",
		"A111 1AA", "AA111 1AA", "GIR 0AB", "BFPO 1234", "ASCN 1ZZ", "", "1AA", "SW1A-1AA", "SW1A 1A" };
	for (size_t i = 0; i < sizeof good / sizeof good[0]; i++)
		ck_assert_msg(POSTCODE(good[i]), "refused %s", good[i]);
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
		ck_assert_msg(!POSTCODE(bad[i]), "accepted \"%s\"", bad[i]);
	ck_assert(!cc_postcode_valid(NULL, 0));
	ck_assert(!cc_postcode_valid("SW1A 1AA", 7));
	ck_assert(cc_postcode_valid("DE4 3AGX", 7));
}
END_TEST

START_TEST(phones)
{
	static const char *const good[] = { "01234 567890", "020 7946 0000", "02079460000", "+44 20 7946 0000",
		"+442079460000", "07700 900123", "0800 123456", "0800 123 4567", "01632 960001", "016977 2345",
		"0300 123 4567", "0121 496 0000", "+44 1632 960001", "+44 800 123456" };
	static const char *const bad[] = { "", "020-7946-0000", "(020) 7946 0000", "+44 (0)20 7946 0000",
		"+44 020 7946 0000", "+44 0 20 7946 0000", "0044 20 7946 0000", "020 7946 000", "0207946000",
		"020 7946 00000", " 020 7946 0000", "020 7946 0000 ", "020  7946 0000", "+44", "+44 ",
		"+1 202 555 0100", "0620 123 4567", "0420 123 4567", "0020 123 4567", "020 7946 0000x",
		"2079460000", "44 20 7946 0000", "+44  20 7946 0000", "+4420 7946 0000 ", "07700 90012",
		"0900 123456", "+44 20 7946 00000", "0123456789012345678" };
	for (size_t i = 0; i < sizeof good / sizeof good[0]; i++)
		ck_assert_msg(PHONE(good[i]), "refused %s", good[i]);
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
		ck_assert_msg(!PHONE(bad[i]), "accepted \"%s\"", bad[i]);
	ck_assert(!cc_phone_valid(NULL, 0));
	ck_assert(cc_phone_valid("020 7946 00001", 13));
}
END_TEST

START_TEST(case_ids)
{
	static const char *const good[] = {"ABC", "LCS-104233", "A-B", "0AB", "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345", NULL};
	static const char *const bad[] = {"AB", "-AB", "abc", "LCS_1", "LCS 1", "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456", "",
	                                  "ÄBC", NULL};
	for (size_t i = 0; good[i]; i++)
		ck_assert_msg(cc_case_id_valid(good[i], strlen(good[i])), "%s", good[i]);
	for (size_t i = 0; bad[i]; i++)
		ck_assert_msg(!cc_case_id_valid(bad[i], strlen(bad[i])), "%s", bad[i]);
	ck_assert(!cc_case_id_valid("LCS-104233", 2));
}
END_TEST

START_TEST(staff_ids)
{
	static const char *const good[] = {"a", "sw-ferris", "0", "tm-okafor-2", NULL};
	static const char *const bad[] = {"", "-sw", "SW-Ferris", "sw_ferris", "sw ferris", "sw.ferris", "ß", NULL};
	for (size_t i = 0; good[i]; i++)
		ck_assert_msg(cc_staff_id_valid(good[i], strlen(good[i])), "%s", good[i]);
	for (size_t i = 0; bad[i]; i++)
		ck_assert_msg(!cc_staff_id_valid(bad[i], strlen(bad[i])), "%s", bad[i]);
	char long_id[66];
	memset(long_id, 'a', sizeof long_id);
	ck_assert(cc_staff_id_valid(long_id, 64));
	ck_assert(!cc_staff_id_valid(long_id, 65));
}
END_TEST

/* The C checks and the patterns of schemas/defs.json say the same: every
 * string of 1-4 characters over "A", "z", "0", "-", "_" and lengths around
 * the limits get the same answer from both. */
static cc_regex *defs_pattern(const cJSON *defs, const char *name)
{
	const cJSON *d = cJSON_GetObjectItemCaseSensitive(cJSON_GetObjectItemCaseSensitive(defs, "$defs"), name);
	const cJSON *pat = cJSON_GetObjectItemCaseSensitive(d, "pattern");
	ck_assert_msg(cJSON_IsString(pat), "defs.json has no pattern for %s", name);
	cc_regex *re = cc_regex_compile(pat->valuestring, strlen(pat->valuestring), NULL);
	ck_assert_ptr_nonnull(re);
	return re;
}

static void agree(const cc_regex *re, bool (*valid)(const char *, size_t), const char *s, size_t len, const char *what)
{
	ck_assert_msg(cc_regex_search(re, s, len) == valid(s, len), "%s \"%.*s\": schema and C disagree", what, (int)len, s);
}

START_TEST(ids_agree_with_the_schema)
{
	size_t len = 0;
	char *text = cc_test_read_source("schemas/defs.json", &len);
	cJSON *defs = cJSON_ParseWithLength(text, len);
	ck_assert_ptr_nonnull(defs);
	cc_regex *case_re = defs_pattern(defs, "case_id"), *staff_re = defs_pattern(defs, "id");
	static const char alphabet[] = "Az0-_";
	char s[72];
	for (size_t n = 1; n <= 4; n++) {
		size_t total = 1;
		for (size_t k = 0; k < n; k++)
			total *= 5;
		for (size_t v = 0; v < total; v++) {
			for (size_t k = 0, x = v; k < n; k++, x /= 5)
				s[k] = alphabet[x % 5];
			agree(case_re, cc_case_id_valid, s, n, "case id");
			agree(staff_re, cc_staff_id_valid, s, n, "staff id");
		}
	}
	for (size_t n = 30; n <= 66; n++) {
		memset(s, 'A', n);
		agree(case_re, cc_case_id_valid, s, n, "case id");
		memset(s, 'a', n);
		agree(staff_re, cc_staff_id_valid, s, n, "staff id");
	}
	cc_regex_free(case_re);
	cc_regex_free(staff_re);
	cJSON_Delete(defs);
	free(text);
}
END_TEST

/* The schema's pattern for nhs_number and the check agree on every
 * spacing: a number with a right check digit that the schema accepts is
 * valid, one it refuses is not (so the core-data rule never calls a
 * spacing "a failed check digit"). */
START_TEST(nhs_agrees_with_the_schema)
{
	size_t len = 0;
	char *text = cc_test_read_source("schemas/defs.json", &len);
	cJSON *defs = cJSON_ParseWithLength(text, len);
	ck_assert_ptr_nonnull(defs);
	cc_regex *re = defs_pattern(defs, "nhs_number");
	static const char *const digits[] = {"9434765919", "4010232137", "1234567881"};
	size_t accepted = 0;
	for (size_t k = 0; k < sizeof digits / sizeof digits[0]; k++) {
		/* each of the 2^9 ways of putting one space after digits 1-9 */
		for (unsigned mask = 0; mask < 512; mask++) {
			char buf[32];
			size_t n = 0;
			for (int i = 0; i < 10; i++) {
				buf[n++] = digits[k][i];
				if (i < 9 && (mask >> i & 1))
					buf[n++] = ' ';
			}
			agree(re, cc_nhs_number_valid, buf, n, "NHS number");
			accepted += cc_regex_search(re, buf, n);
		}
	}
	ck_assert_uint_eq(accepted, 3 * 4);
	cc_regex_free(re);
	cJSON_Delete(defs);
	free(text);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("identifiers");
	TCase *tc = tcase_create("core");
	tcase_add_test(tc, upn_known_values);
	tcase_add_test(tc, upn_exactly_one_check_letter_fits);
	tcase_add_test(tc, upn_single_substitutions_are_caught);
	tcase_add_test(tc, upn_format);
	tcase_add_test(tc, nhs_known_values);
	tcase_add_test(tc, nhs_exactly_one_check_digit_fits);
	tcase_add_test(tc, nhs_format);
	tcase_add_test(tc, postcodes);
	tcase_add_test(tc, phones);
	tcase_add_test(tc, case_ids);
	tcase_add_test(tc, staff_ids);
	tcase_add_test(tc, ids_agree_with_the_schema);
	tcase_add_test(tc, nhs_agrees_with_the_schema);
	suite_add_tcase(s, tc);
	return cc_test_main(s);
}
