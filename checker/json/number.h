/* json/number.h: exact arithmetic on JSON number literals.
 *
 * cc_json_parse keeps every number's literal text; these helpers compare
 * numbers by their exact decimal value (1.0 == 1, 1e2 == 100, integers
 * beyond 2^53 exact) and decide multipleOf without binary rounding. Shared
 * by the equality helper and the schema validator. */
#ifndef CC_JSON_NUMBER_H
#define CC_JSON_NUMBER_H

#include <stdbool.h>
#include <stddef.h>

#include <cjson/cJSON.h>

/* value = (neg ? -1 : 1) × digits × 10^exp; digits has no leading or
 * trailing zeros, and n == 0 means zero. */
typedef struct cc_decimal {
	bool neg;
	char *digits; /* ASCII '0'..'9', not NUL-terminated; inline or owned */
	size_t n;
	long exp;
	char inline_buf[40];
} cc_decimal;

/* Reads a JSON number literal (or a "%.17g" rendering). Can't fail: text
 * that is not a number reads as zero. Free with cc_decimal_free. */
void cc_decimal_init(cc_decimal *d, const char *text);
void cc_decimal_free(cc_decimal *d);
/* -1, 0 or 1. */
int cc_decimal_cmp(const cc_decimal *a, const cc_decimal *b);
bool cc_decimal_is_integer(const cc_decimal *d);
/* Whether a is an integer multiple of b (b must not be zero). */
bool cc_decimal_multiple_of(const cc_decimal *a, const cc_decimal *b);

/* A number as the validator keeps it: the double and, when known, the
 * literal text (borrowed). */
typedef struct cc_number {
	double d;
	const char *text;
} cc_number;

/* The number of a cJSON number node (text from cc_json_number_text). */
cc_number cc_number_of(const cJSON *node);
/* Exact comparison: -1, 0 or 1. */
int cc_number_cmp(cc_number a, cc_number b);
bool cc_number_is_integer(cc_number a);
bool cc_number_multiple_of(cc_number a, cc_number b);

#endif
