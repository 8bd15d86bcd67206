/* formats_internal: the individual `format` checks behind cc_format_check.
 *
 * Each looks at exactly len bytes of s and returns whether they are valid
 * for its format. None of them can fail otherwise. */
#ifndef CC_FORMATS_INTERNAL_H
#define CC_FORMATS_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* fmt_time.c: RFC 3339 */
bool cc_fmt_date(const char *s, size_t len);
bool cc_fmt_time(const char *s, size_t len);
bool cc_fmt_date_time(const char *s, size_t len);
bool cc_fmt_duration(const char *s, size_t len);

/* fmt_ip.c */
bool cc_fmt_ipv4(const char *s, size_t len);
bool cc_fmt_ipv6(const char *s, size_t len);

/* fmt_hostname.c: RFC 1123 host names; A-labels and U-labels per IDNA2008 */
bool cc_fmt_hostname(const char *s, size_t len);
bool cc_fmt_idn_hostname(const char *s, size_t len);

/* fmt_email.c: RFC 5321 / RFC 6531 */
bool cc_fmt_email(const char *s, size_t len);
bool cc_fmt_idn_email(const char *s, size_t len);

/* fmt_uri.c: RFC 3986 / RFC 3987 */
bool cc_fmt_uri(const char *s, size_t len);
bool cc_fmt_uri_reference(const char *s, size_t len);
bool cc_fmt_iri(const char *s, size_t len);
bool cc_fmt_iri_reference(const char *s, size_t len);
/* RFC 3987 ucschar and iprivate code points. */
bool cc_iri_ucschar(uint32_t cp);
bool cc_iri_iprivate(uint32_t cp);

/* fmt_misc.c */
bool cc_fmt_uri_template(const char *s, size_t len);
bool cc_fmt_uuid(const char *s, size_t len);
bool cc_fmt_json_pointer(const char *s, size_t len);
bool cc_fmt_relative_json_pointer(const char *s, size_t len);

/* regex.c: valid ECMA-262, including what the engine cannot run (format
 * "regex" is about the language, not about PCRE2). */
bool cc_regex_valid(const char *pattern, size_t len);

/* uniprop.c: Unicode properties of one code point, from PCRE2's tables. */
typedef enum cc_uniprop {
	CC_UP_MARK,          /* General_Category M */
	CC_UP_LETTER_DIGIT,  /* RFC 5892 LetterDigits: Ll Lu Lo Nd Lm Mn Mc */
	CC_UP_UNASSIGNED,    /* Cn */
	CC_UP_IGNORABLE,     /* Default_Ignorable_Code_Point, White_Space,
	                      * Noncharacter_Code_Point */
	CC_UP_GREEK,
	CC_UP_HEBREW,
	CC_UP_HIRAGANA_KATAKANA_HAN,
	CC_UP_JOINING,       /* letters of the cursive joining scripts
	                      * (approximates Joining_Type D, L and R) */
	CC_UP_TRANSPARENT,   /* Mn Me Cf (approximates Joining_Type T) */
	CC_UP_ID_START,
	CC_UP_ID_CONTINUE,
	CC_UP_BC_L, CC_UP_BC_R, CC_UP_BC_AL, CC_UP_BC_AN, CC_UP_BC_EN, CC_UP_BC_ES,
	CC_UP_BC_CS, CC_UP_BC_ET, CC_UP_BC_ON, CC_UP_BC_BN, CC_UP_BC_NSM,
	CC_UP_COUNT
} cc_uniprop;

/* Whether cp has the property. Thread-safe; can't fail. */
bool cc_uniprop_has(cc_uniprop prop, uint32_t cp);

/* idna.c: IDNA2008 (RFC 5891-5893) checks of one label, and punycode. */
/* Whether cps[0..n) is a valid U-label (no "--" in positions 3-4, no
 * leading/trailing hyphen or combining mark, every code point PVALID or
 * allowed by its contextual rule). Bidi is checked separately. */
bool cc_idna_ulabel_ok(const uint32_t *cps, size_t n);
/* Whether the labels (each as code points) satisfy the Bidi rule of RFC
 * 5893 taken across the whole name. */
bool cc_idna_bidi_ok(const uint32_t *const *labels, const size_t *lens, size_t count);
/* idna_unstable.c (generated): RFC 5892 Unstable, which PCRE2 has no
 * data for. */
bool cc_idna_unstable(uint32_t cp);
/* Punycode (RFC 3492) decoding of the n ASCII bytes at s into out (room for
 * cap code points). Returns the number of code points, or -1. */
long cc_punycode_decode(const char *s, size_t n, uint32_t *out, size_t cap);
/* Punycode encoding of cps into out (room for cap bytes, no NUL added).
 * Returns the number of bytes, or -1 when it does not fit. */
long cc_punycode_encode(const uint32_t *cps, size_t n, char *out, size_t cap);

#endif
