/* Punycode (RFC 3492), for IDNA A-labels. */
#include "formats_internal.h"

enum { BASE = 36, TMIN = 1, TMAX = 26, SKEW = 38, DAMP = 700, INITIAL_BIAS = 72, INITIAL_N = 128 };

static uint32_t adapt(uint32_t delta, uint32_t numpoints, bool first)
{
	uint32_t k = 0;
	delta = first ? delta / DAMP : delta / 2;
	delta += delta / numpoints;
	while (delta > ((BASE - TMIN) * TMAX) / 2) {
		delta /= BASE - TMIN;
		k += BASE;
	}
	return k + (BASE - TMIN + 1) * delta / (delta + SKEW);
}

static int digit_value(char c)
{
	if (c >= 'a' && c <= 'z')
		return c - 'a';
	if (c >= 'A' && c <= 'Z')
		return c - 'A';
	if (c >= '0' && c <= '9')
		return c - '0' + 26;
	return -1;
}

static char digit_char(uint32_t d)
{
	return (char)(d < 26 ? 'a' + d : '0' + (d - 26));
}

static uint32_t threshold(uint32_t k, uint32_t bias)
{
	return k <= bias ? TMIN : k >= bias + TMAX ? TMAX : k - bias;
}

long cc_punycode_decode(const char *s, size_t n, uint32_t *out, size_t cap)
{
	size_t basic = 0, outlen = 0, in = 0;
	uint32_t cp = INITIAL_N, bias = INITIAL_BIAS;
	uint64_t i = 0;

	for (size_t j = 0; j < n; j++)
		if (s[j] == '-')
			basic = j, in = j + 1;
	for (size_t j = 0; j < basic; j++) {
		if ((unsigned char)s[j] >= 0x80 || outlen >= cap)
			return -1;
		out[outlen++] = (unsigned char)s[j];
	}
	while (in < n) {
		uint64_t oldi = i, w = 1;
		for (uint32_t k = BASE;; k += BASE) {
			int d;
			if (in >= n || (d = digit_value(s[in++])) < 0)
				return -1;
			i += (uint64_t)d * w;
			if (i > 0x10FFFF * (uint64_t)(cap + 1))
				return -1;
			uint32_t t = threshold(k, bias);
			if ((uint32_t)d < t)
				break;
			w *= BASE - t;
			if (w > 0xFFFFFFFFu)
				return -1;
		}
		bias = adapt((uint32_t)(i - oldi), (uint32_t)outlen + 1, oldi == 0);
		cp += (uint32_t)(i / (outlen + 1));
		i %= outlen + 1;
		if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF) || cp < 0x80 || outlen >= cap)
			return -1;
		for (size_t j = outlen; j > i; j--)
			out[j] = out[j - 1];
		out[i++] = cp;
		outlen++;
	}
	return (long)outlen;
}

long cc_punycode_encode(const uint32_t *cps, size_t n, char *out, size_t cap)
{
	size_t outlen = 0, h, b = 0;
	uint32_t cp = INITIAL_N, bias = INITIAL_BIAS;
	uint64_t delta = 0;

	for (size_t j = 0; j < n; j++) {
		if (cps[j] < 0x80) {
			if (outlen >= cap)
				return -1;
			out[outlen++] = (char)cps[j];
			b++;
		}
	}
	h = b;
	if (b > 0) {
		if (outlen >= cap)
			return -1;
		out[outlen++] = '-';
	}
	while (h < n) {
		uint32_t m = 0x110000;
		for (size_t j = 0; j < n; j++)
			if (cps[j] >= cp && cps[j] < m)
				m = cps[j];
		delta += (uint64_t)(m - cp) * (h + 1);
		cp = m;
		for (size_t j = 0; j < n; j++) {
			if (cps[j] < cp) {
				delta++;
			} else if (cps[j] == cp) {
				uint64_t q = delta;
				for (uint32_t k = BASE;; k += BASE) {
					uint32_t t = threshold(k, bias);
					if (q < t)
						break;
					if (outlen >= cap)
						return -1;
					out[outlen++] = digit_char(t + (uint32_t)((q - t) % (BASE - t)));
					q = (q - t) / (BASE - t);
				}
				if (outlen >= cap)
					return -1;
				out[outlen++] = digit_char((uint32_t)q);
				bias = adapt((uint32_t)delta, (uint32_t)h + 1, h == b);
				delta = 0;
				h++;
			}
		}
		delta++;
		cp++;
	}
	return (long)outlen;
}
