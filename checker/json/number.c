/* number.c: exact decimal comparison and divisibility of JSON numbers. */
#include "json/number.h"

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "json/json.h"
#include "util/xalloc.h"

#define EXP_LIMIT 1000000000000000L

void cc_decimal_init(cc_decimal *d, const char *text)
{
	const char *s = text;
	memset(d, 0, sizeof *d);
	d->digits = d->inline_buf;
	if (*s == '-' || *s == '+')
		d->neg = *s++ == '-';
	const char *int_start = s;
	while (*s >= '0' && *s <= '9')
		s++;
	size_t int_len = (size_t)(s - int_start);
	const char *frac_start = s, *frac_end = s;
	if (*s == '.') {
		frac_start = ++s;
		while (*s >= '0' && *s <= '9')
			s++;
		frac_end = s;
	}
	long e = 0;
	if (*s == 'e' || *s == 'E') {
		s++;
		int eneg = 0;
		if (*s == '-' || *s == '+')
			eneg = *s++ == '-';
		while (*s >= '0' && *s <= '9') {
			if (e < EXP_LIMIT)
				e = e * 10 + (*s - '0');
			s++;
		}
		if (eneg)
			e = -e;
	}
	size_t frac_len = (size_t)(frac_end - frac_start);
	size_t total = int_len + frac_len;
	if (total > sizeof d->inline_buf)
		d->digits = cc_xmalloc(total);
	memcpy(d->digits, int_start, int_len);
	memcpy(d->digits + int_len, frac_start, frac_len);
	e -= (long)frac_len;
	size_t lead = 0;
	while (lead < total && d->digits[lead] == '0')
		lead++;
	size_t end = total;
	while (end > lead && d->digits[end - 1] == '0') {
		end--;
		e++;
	}
	if (lead)
		memmove(d->digits, d->digits + lead, end - lead);
	d->n = end - lead;
	d->exp = d->n ? e : 0;
	if (!d->n)
		d->neg = false;
}

void cc_decimal_free(cc_decimal *d)
{
	if (d->digits != d->inline_buf)
		free(d->digits);
	d->digits = NULL;
}

static int cmp_magnitude(const cc_decimal *a, const cc_decimal *b)
{
	if (!a->n || !b->n)
		return (a->n > 0) - (b->n > 0);
	long pa = (long)a->n + a->exp, pb = (long)b->n + b->exp;
	if (pa != pb)
		return pa < pb ? -1 : 1;
	size_t n = a->n > b->n ? a->n : b->n;
	for (size_t i = 0; i < n; i++) {
		char ca = i < a->n ? a->digits[i] : '0';
		char cb = i < b->n ? b->digits[i] : '0';
		if (ca != cb)
			return ca < cb ? -1 : 1;
	}
	return 0;
}

int cc_decimal_cmp(const cc_decimal *a, const cc_decimal *b)
{
	if (a->neg != b->neg)
		return a->neg ? -1 : 1;
	int m = cmp_magnitude(a, b);
	return a->neg ? -m : m;
}

bool cc_decimal_is_integer(const cc_decimal *d)
{
	return d->n == 0 || d->exp >= 0;
}

static uint64_t mulmod(uint64_t a, uint64_t b, uint64_t m)
{
	return (uint64_t)((unsigned __int128)a * b % m);
}

/* (digits × 10^k) mod m == 0, for m < 10^18. */
static bool divisible_small(const cc_decimal *a, long k, uint64_t m)
{
	uint64_t rem = 0;
	for (size_t i = 0; i < a->n; i++)
		rem = (rem * 10 + (uint64_t)(a->digits[i] - '0')) % m;
	uint64_t base = 10 % m, pow = 1 % m;
	for (long e = k; e > 0; e >>= 1) {
		if (e & 1)
			pow = mulmod(pow, base, m);
		base = mulmod(base, base, m);
	}
	return mulmod(rem, pow, m) == 0;
}

/* rem (len+1 digits, most significant first) >= m (len digits)? */
static bool rem_ge(const unsigned char *rem, const unsigned char *m, size_t len)
{
	if (rem[0])
		return true;
	for (size_t i = 0; i < len; i++)
		if (rem[i + 1] != m[i])
			return rem[i + 1] > m[i];
	return true;
}

/* Schoolbook remainder for a long divisor; k is capped by the caller. */
static bool divisible_big(const cc_decimal *a, long k, const cc_decimal *b)
{
	size_t len = b->n;
	unsigned char *m = cc_xmalloc(len);
	unsigned char *rem = cc_xcalloc(len + 1, 1);
	for (size_t i = 0; i < len; i++)
		m[i] = (unsigned char)(b->digits[i] - '0');
	size_t total = a->n + (size_t)k;
	for (size_t i = 0; i < total; i++) {
		memmove(rem, rem + 1, len);
		rem[len] = i < a->n ? (unsigned char)(a->digits[i] - '0') : 0;
		while (rem_ge(rem, m, len)) {
			int borrow = 0;
			for (size_t j = len + 1; j-- > 0;) {
				int v = rem[j] - (j ? m[j - 1] : 0) - borrow;
				borrow = v < 0;
				rem[j] = (unsigned char)(v + (borrow ? 10 : 0));
			}
		}
	}
	bool zero = true;
	for (size_t i = 0; i <= len; i++)
		zero = zero && rem[i] == 0;
	free(m);
	free(rem);
	return zero;
}

bool cc_decimal_multiple_of(const cc_decimal *a, const cc_decimal *b)
{
	if (!a->n)
		return true;
	if (!b->n || a->exp < b->exp)
		return false; /* a has fewer decimal places than b allows */
	long k = a->exp - b->exp;
	if (b->n <= 18) {
		uint64_t m = 0;
		for (size_t i = 0; i < b->n; i++)
			m = m * 10 + (uint64_t)(b->digits[i] - '0');
		return divisible_small(a, k, m);
	}
	if (k > 100000)
		k = 100000; /* beyond any real document; keeps the loop bounded */
	return divisible_big(a, k, b);
}

cc_number cc_number_of(const cJSON *node)
{
	cc_number n = {node->valuedouble, cc_json_number_text(node)};
	return n;
}

/* Fills d from n, rendering the double when there is no literal. */
static void decimal_of(cc_decimal *d, cc_number n)
{
	char tmp[40];
	if (n.text) {
		cc_decimal_init(d, n.text);
		return;
	}
	snprintf(tmp, sizeof tmp, "%.17g", n.d);
	cc_decimal_init(d, tmp);
}

/* True when text is a plain integer of at most 15 digits, exact as a double. */
static bool simple_integer(const char *t)
{
	if (!t)
		return false;
	if (*t == '-')
		t++;
	size_t n = 0;
	for (; t[n]; n++)
		if (t[n] < '0' || t[n] > '9')
			return false;
	return n > 0 && n <= 15;
}

int cc_number_cmp(cc_number a, cc_number b)
{
	if (a.d != b.d)
		return a.d < b.d ? -1 : 1; /* rounding is monotonic */
	if ((simple_integer(a.text) && simple_integer(b.text)) || (!a.text && !b.text))
		return 0;
	cc_decimal da, db;
	decimal_of(&da, a);
	decimal_of(&db, b);
	int r = cc_decimal_cmp(&da, &db);
	cc_decimal_free(&da);
	cc_decimal_free(&db);
	return r;
}

bool cc_number_is_integer(cc_number a)
{
	if (!isfinite(a.d))
		return false;
	if (!a.text)
		return floor(a.d) == a.d;
	if (simple_integer(a.text))
		return true;
	cc_decimal d;
	decimal_of(&d, a);
	bool r = cc_decimal_is_integer(&d);
	cc_decimal_free(&d);
	return r;
}

bool cc_number_multiple_of(cc_number a, cc_number b)
{
	if (simple_integer(a.text) && simple_integer(b.text)) {
		long long x = (long long)a.d, y = (long long)b.d;
		return y != 0 && x % y == 0;
	}
	cc_decimal da, db;
	decimal_of(&da, a);
	decimal_of(&db, b);
	bool r = cc_decimal_multiple_of(&da, &db);
	cc_decimal_free(&da);
	cc_decimal_free(&db);
	return r;
}
