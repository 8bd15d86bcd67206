/* utf8: the one UTF-8 decoder: the JSON parser, the format checks, the
 * regex translator, the reports and the audit's printable names use it. */
#ifndef CC_UTIL_UTF8_H
#define CC_UTIL_UTF8_H

#include <stddef.h>
#include <stdint.h>

/* Decodes one code point from the n bytes at s into *cp. Returns the number
 * of bytes used (1-4), or 0 when s does not start with well-formed UTF-8
 * (overlong forms, surrogates and values above U+10FFFF are ill-formed).
 * Can't fail otherwise; n must be at least 1. */
size_t cc_utf8_decode(const unsigned char *s, size_t n, uint32_t *cp);

/* Decodes the len bytes at s into a new array of code points (*out, owned
 * by the caller, *count entries). Returns 0, or -1 (nothing allocated) when
 * s is not well-formed UTF-8. */
int cc_utf8_to_cps(uint32_t **out, size_t *count, const char *s, size_t len);

#endif
