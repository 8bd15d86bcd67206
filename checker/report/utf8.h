/* utf8: decoding for the report writers, which must never emit invalid
 * UTF-8 even when a path or value holds arbitrary bytes. */
#ifndef CC_REPORT_UTF8_H
#define CC_REPORT_UTF8_H

#include <stddef.h>
#include <stdint.h>

#define CC_UTF8_REPLACEMENT 0xFFFDu

/* Decodes the code point at s (len > 0 bytes available) into *cp and
 * returns how many bytes it took (1-4). An invalid or truncated sequence,
 * an overlong form, a surrogate or a value above U+10FFFF gives
 * U+FFFD and consumes one byte. Cannot fail. */
size_t cc_utf8_decode(uint32_t *cp, const char *s, size_t len);

/* Writes cp as UTF-8 into buf (at least 4 bytes); returns the length. */
size_t cc_utf8_encode(char *buf, uint32_t cp);

#endif
