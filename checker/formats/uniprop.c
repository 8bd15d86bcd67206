/* Unicode properties of single code points, answered by PCRE2's Unicode
 * tables (one tiny compiled class per property, compiled once). */
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <pthread.h>
#include <stdlib.h>

#include "formats_internal.h"

static const char *const patterns[CC_UP_COUNT] = {
	[CC_UP_MARK] = "\\p{M}",
	[CC_UP_LETTER_DIGIT] = "[\\p{Ll}\\p{Lu}\\p{Lo}\\p{Nd}\\p{Lm}\\p{Mn}\\p{Mc}]",
	[CC_UP_UNASSIGNED] = "\\p{Cn}",
	[CC_UP_IGNORABLE] = "[\\p{DI}\\p{White_Space}\\p{NChar}]",
	[CC_UP_GREEK] = "\\p{Greek}",
	[CC_UP_HEBREW] = "\\p{Hebrew}",
	[CC_UP_HIRAGANA_KATAKANA_HAN] = "[\\p{Hiragana}\\p{Katakana}\\p{Han}]",
	[CC_UP_ID_START] = "\\p{ID_Start}",
	[CC_UP_ID_CONTINUE] = "\\p{ID_Continue}",
	[CC_UP_BC_L] = "\\p{bc:L}",
	[CC_UP_BC_R] = "\\p{bc:R}",
	[CC_UP_BC_AL] = "\\p{bc:AL}",
	[CC_UP_BC_AN] = "\\p{bc:AN}",
	[CC_UP_BC_EN] = "\\p{bc:EN}",
	[CC_UP_BC_ES] = "\\p{bc:ES}",
	[CC_UP_BC_CS] = "\\p{bc:CS}",
	[CC_UP_BC_ET] = "\\p{bc:ET}",
	[CC_UP_BC_ON] = "\\p{bc:ON}",
	[CC_UP_BC_BN] = "\\p{bc:BN}",
	[CC_UP_BC_NSM] = "\\p{bc:NSM}",
};

static pcre2_code *codes[CC_UP_COUNT];
static pthread_once_t once = PTHREAD_ONCE_INIT;

static void compile_all(void)
{
	for (int i = 0; i < CC_UP_COUNT; i++) {
		int err;
		PCRE2_SIZE off;
		codes[i] = pcre2_compile((PCRE2_SPTR)patterns[i], PCRE2_ZERO_TERMINATED,
					 PCRE2_UTF | PCRE2_ANCHORED, &err, &off, NULL);
		if (!codes[i])
			abort(); /* a fixed pattern: a build problem, not bad input */
	}
}

static size_t encode(uint32_t cp, unsigned char *buf)
{
	if (cp < 0x80) {
		buf[0] = (unsigned char)cp;
		return 1;
	}
	if (cp < 0x800) {
		buf[0] = (unsigned char)(0xC0 | (cp >> 6));
		buf[1] = (unsigned char)(0x80 | (cp & 0x3F));
		return 2;
	}
	if (cp < 0x10000) {
		buf[0] = (unsigned char)(0xE0 | (cp >> 12));
		buf[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
		buf[2] = (unsigned char)(0x80 | (cp & 0x3F));
		return 3;
	}
	buf[0] = (unsigned char)(0xF0 | (cp >> 18));
	buf[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
	buf[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
	buf[3] = (unsigned char)(0x80 | (cp & 0x3F));
	return 4;
}

bool cc_uniprop_has(cc_uniprop prop, uint32_t cp)
{
	unsigned char buf[4];
	pcre2_match_data *md;
	int rc;

	if (prop < 0 || prop >= CC_UP_COUNT || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
		return false;
	pthread_once(&once, compile_all);
	md = pcre2_match_data_create(1, NULL);
	if (!md)
		abort();
	rc = pcre2_match(codes[prop], buf, encode(cp, buf), 0, 0, md, NULL);
	pcre2_match_data_free(md);
	return rc >= 0;
}
