/* chars: ASCII character classes, never locale-dependent (unlike
 * <ctype.h>). */
#ifndef CC_UTIL_CHARS_H
#define CC_UTIL_CHARS_H

#include <stdbool.h>

static inline bool cc_is_digit(int c)
{
	return c >= '0' && c <= '9';
}

static inline bool cc_is_alpha(int c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* The value of a hex digit, or -1. */
static inline int cc_hexval(int c)
{
	if (cc_is_digit(c))
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

static inline bool cc_is_hex(int c)
{
	return cc_hexval(c) >= 0;
}

#endif
