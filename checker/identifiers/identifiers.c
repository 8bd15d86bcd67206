/* identifiers.c: UPN, NHS number, postcode and phone number checks.
 *
 * What is accepted, exactly (all checks are on bytes; nothing is trimmed,
 * upper-cased or otherwise normalised first):
 *
 * UPN (DfE Common Basic Data Set, "Unique Pupil Number"): 13 characters.
 *   1: the check letter; 2-4: LA number; 5-8: establishment number; 9-10:
 *   year; 11-13: serial. Characters 2-12 are digits; character 13 is a digit
 *   (permanent UPN) or, for a temporary UPN, a letter of the check alphabet
 *   A B C D E F G H J K L M N P Q R T U V W X Y Z (no I, O or S), counted by
 *   its place in that alphabet (A = 0 .. Z = 22). Each character at position
 *   p (2..13) is multiplied by p; the sum modulo 23 is the place of the check
 *   letter in the same alphabet. The LA number is not checked against the
 *   list of LA codes (new pseudo-LA codes appear), only the checksum.
 *   Example: B801200005001 (sum 93, 93 mod 23 = 1, B).
 *
 * NHS number: 10 digits, with an optional single space after the third
 *   and after the sixth ("943 476 5919", also "943 4765919" and
 *   "943476 5919": exactly what the schema's pattern accepts,
 *   schemas/defs.json#/$defs/nhs_number, so the schema and this check
 *   never disagree on the spacing and a failure means the digits).
 *   Digits 1-9 are weighted 10 down to 2; 11 minus the sum modulo 11 is
 *   the check digit, 11 meaning 0 and 10 meaning the number is
 *   never valid. Ten identical digits (0000000000, 1111111111 ...) are
 *   placeholders, not numbers, and are refused although some pass the sum.
 *
 * Postcode: upper case, outward code, one space, inward code. Outward:
 *   A9, A99, AA9, AA99, A9A or AA9A (A a letter, 9 a digit) with the Royal
 *   Mail position rules: first letter not Q, V, X; second letter not I, J,
 *   Z; a letter third (A9A) one of ABCDEFGHJKPSTUW; a letter fourth (AA9A)
 *   one of ABEHMNPRVWXY. Inward: a digit then two letters, neither of
 *   C, I, K, M, O, V. Also GIR 0AA. Not accepted: lower case, no space or
 *   several, BFPO numbers and overseas territory codes (ASCN 1ZZ ...).
 *
 * Phone: a UK number written nationally ("01234 567890", "020 7946 0000")
 *   or internationally ("+44 20 7946 0000"). Only digits and single spaces
 *   between them (after "+44" too); no leading or trailing space, no
 *   hyphens, brackets or "(0)". Nationally it starts 0 then 1, 2, 3, 5, 7, 8
 *   or 9, and has 11 digits in all, or 10 when it starts 01 or 0800 (some
 *   01 areas and freephone numbers are that short). "+44" replaces the
 *   leading 0, so "+44 0..." is refused. */
#include "casecheck/identifiers.h"

#include <string.h>

#include "util/chars.h"

static bool is_upper(char c)
{
	return c >= 'A' && c <= 'Z';
}

static bool in_set(char c, const char *set)
{
	return c != '\0' && strchr(set, c) != NULL;
}

/* ---- UPN ---- */

static const char upn_alphabet[] = "ABCDEFGHJKLMNPQRTUVWXYZ";

/* The place of c in the check alphabet, or -1. */
static int upn_letter_value(char c)
{
	const char *p = is_upper(c) ? strchr(upn_alphabet, c) : NULL;
	return p ? (int)(p - upn_alphabet) : -1;
}

bool cc_upn_valid(const char *s, size_t len)
{
	int sum = 0;
	if (!s || len != 13)
		return false;
	int check = upn_letter_value(s[0]);
	if (check < 0)
		return false;
	for (size_t i = 1; i < 13; i++) {
		int v;
		if (cc_is_digit(s[i]))
			v = s[i] - '0';
		else if (i == 12 && (v = upn_letter_value(s[i])) >= 0)
			; /* temporary UPN */
		else
			return false;
		sum += v * (int)(i + 1);
	}
	return sum % 23 == check;
}

/* ---- NHS number ---- */

bool cc_nhs_number_valid(const char *s, size_t len)
{
	char d[10];
	size_t n = 0;
	if (!s || len < 10 || len > 12)
		return false;
	for (size_t i = 0; i < len; i++) {
		if (cc_is_digit(s[i]) && n < 10)
			d[n++] = s[i];
		else if (!(s[i] == ' ' && (n == 3 || n == 6) && s[i - 1] != ' '))
			return false;
	}
	if (n != 10)
		return false;
	bool all_same = true;
	for (size_t i = 1; i < 10; i++)
		all_same = all_same && d[i] == d[0];
	if (all_same)
		return false;
	int sum = 0;
	for (int i = 0; i < 9; i++)
		sum += (d[i] - '0') * (10 - i);
	int check = 11 - sum % 11;
	if (check == 11)
		check = 0;
	return check != 10 && check == d[9] - '0';
}

/* ---- postcode ---- */

static bool outward_valid(const char *s, size_t n)
{
	/* s[0] is always a letter, s[1] a letter or digit. */
	if (n < 2 || n > 4 || !is_upper(s[0]) || in_set(s[0], "QVX"))
		return false;
	if (cc_is_digit(s[1])) {
		if (n == 2)
			return true;                                  /* A9 */
		if (n == 3)
			return cc_is_digit(s[2]) || in_set(s[2], "ABCDEFGHJKPSTUW"); /* A99, A9A */
		return false;
	}
	if (!is_upper(s[1]) || in_set(s[1], "IJZ") || n < 3 || !cc_is_digit(s[2]))
		return false;
	if (n == 3)
		return true;                                          /* AA9 */
	return cc_is_digit(s[3]) || in_set(s[3], "ABEHMNPRVWXY");        /* AA99, AA9A */
}

bool cc_postcode_valid(const char *s, size_t len)
{
	if (!s || len < 6 || len > 8)
		return false;
	if (len == 7 && memcmp(s, "GIR 0AA", 7) == 0)
		return true;
	const char *in = s + len - 3;
	if (s[len - 4] != ' ' || !cc_is_digit(in[0]))
		return false;
	for (int i = 1; i < 3; i++)
		if (!is_upper(in[i]) || in_set(in[i], "CIKMOV"))
			return false;
	return outward_valid(s, len - 4);
}

/* ---- phone ---- */

bool cc_phone_valid(const char *s, size_t len)
{
	char digits[16];
	size_t n = 0, i = 0;
	if (!s || len == 0)
		return false;
	if (len >= 3 && memcmp(s, "+44", 3) == 0) {
		digits[n++] = '0'; /* +44 stands for the national 0 */
		i = 3;
		if (i < len && s[i] == ' ')
			i++;
		if (i >= len || s[i] == '0')
			return false;
	}
	for (; i < len; i++) {
		if (cc_is_digit(s[i])) {
			if (n == sizeof digits)
				return false;
			digits[n++] = s[i];
		} else if (s[i] == ' ') {
			/* only between two digits */
			if (i == 0 || i + 1 >= len || !cc_is_digit(s[i - 1]) || !cc_is_digit(s[i + 1]))
				return false;
		} else {
			return false;
		}
	}
	if (digits[0] != '0' || !in_set(digits[1], "1235789"))
		return false;
	if (n == 11)
		return true;
	/* Ten digits: only some 01 areas and 0800 numbers are that short. */
	return n == 10 && (digits[1] == '1' || memcmp(digits, "0800", 4) == 0);
}

/* Whether s[0..len) is min_len..max_len characters, each in one of the
 * ranges (pairs of bounds: "AZ09") or, after the first, '-'. */
static bool id_valid(const char *s, size_t len, const char *ranges, size_t min_len, size_t max_len)
{
	if (len < min_len || len > max_len)
		return false;
	for (size_t i = 0; i < len; i++) {
		bool ok = i > 0 && s[i] == '-';
		for (const char *r = ranges; *r && !ok; r += 2)
			ok = s[i] >= r[0] && s[i] <= r[1];
		if (!ok)
			return false;
	}
	return true;
}

bool cc_case_id_valid(const char *s, size_t len)
{
	return id_valid(s, len, "AZ09", 3, 32);
}

bool cc_staff_id_valid(const char *s, size_t len)
{
	return id_valid(s, len, "az09", 1, 64);
}
