/* IDNA2008: which code points a U-label may hold (RFC 5892, with the
 * contextual rules of its appendix A) and the Bidi rule (RFC 5893). */
#include <unicode/unorm2.h>
#include <unicode/utf16.h>

#include "formats_internal.h"

typedef enum idna_class { PVALID, CONTEXTJ, CONTEXTO, DISALLOWED } idna_class;

static bool in(uint32_t cp, uint32_t lo, uint32_t hi)
{
	return cp >= lo && cp <= hi;
}

/* RFC 5892 §3 "Exceptions" (F). */
static bool exception(uint32_t cp, idna_class *cls)
{
	switch (cp) {
	case 0x00DF: case 0x03C2: case 0x06FD: case 0x06FE: case 0x0F0B: case 0x3007:
		*cls = PVALID;
		return true;
	case 0x00B7: case 0x0375: case 0x05F3: case 0x05F4: case 0x30FB:
		*cls = CONTEXTO;
		return true;
	case 0x0640: case 0x07FA: case 0x302E: case 0x302F: case 0x303B:
		*cls = DISALLOWED;
		return true;
	}
	if (in(cp, 0x0660, 0x0669) || in(cp, 0x06F0, 0x06F9)) {
		*cls = CONTEXTO;
		return true;
	}
	if (in(cp, 0x3031, 0x3035)) {
		*cls = DISALLOWED;
		return true;
	}
	return false;
}

/* RFC 5892 §3: the derived property, in the order the RFC gives. */
static idna_class classify(uint32_t cp)
{
	idna_class cls;
	if (exception(cp, &cls))
		return cls;
	if (cc_uniprop_has(CC_UP_UNASSIGNED, cp))
		return DISALLOWED;
	if (in(cp, 'a', 'z') || in(cp, '0', '9') || cp == '-')
		return PVALID;
	if (cp == 0x200C || cp == 0x200D)
		return CONTEXTJ;
	if (cc_idna_unstable(cp) || cc_uniprop_has(CC_UP_IGNORABLE, cp))
		return DISALLOWED;
	if (in(cp, 0x20D0, 0x20FF) || in(cp, 0x1D100, 0x1D24F))
		return DISALLOWED; /* IgnorableBlocks */
	if (in(cp, 0x1100, 0x11FF) || in(cp, 0xA960, 0xA97F) || in(cp, 0xD7B0, 0xD7FF))
		return DISALLOWED; /* OldHangulJamo */
	if (cc_uniprop_has(CC_UP_LETTER_DIGIT, cp))
		return PVALID;
	return DISALLOWED;
}

/* RFC 5892 appendix A.1: ZERO WIDTH NON-JOINER. */
static bool zwnj_ok(const uint32_t *cps, size_t n, size_t i)
{
	size_t j;
	if (i > 0 && cc_idna_virama(cps[i - 1]))
		return true;
	/* (Joining_Type:{L,D})(Joining_Type:T)* ZWNJ (Joining_Type:T)*(Joining_Type:{R,D}) */
	for (j = i; j > 0 && cc_idna_transparent(cps[j - 1]); j--)
		;
	if (j == 0 || !cc_idna_joins_left(cps[j - 1]))
		return false;
	for (j = i + 1; j < n && cc_idna_transparent(cps[j]); j++)
		;
	return j < n && cc_idna_joins_right(cps[j]);
}

static bool label_has(const uint32_t *cps, size_t n, uint32_t lo, uint32_t hi)
{
	for (size_t i = 0; i < n; i++)
		if (in(cps[i], lo, hi))
			return true;
	return false;
}

/* RFC 5892 appendix A: the rule for the code point at i. */
static bool context_ok(const uint32_t *cps, size_t n, size_t i)
{
	uint32_t cp = cps[i];
	switch (cp) {
	case 0x200C:
		return zwnj_ok(cps, n, i);
	case 0x200D:
		return i > 0 && cc_idna_virama(cps[i - 1]);
	case 0x00B7:
		return i > 0 && i + 1 < n && cps[i - 1] == 'l' && cps[i + 1] == 'l';
	case 0x0375:
		return i + 1 < n && cc_uniprop_has(CC_UP_GREEK, cps[i + 1]);
	case 0x05F3: case 0x05F4:
		return i > 0 && cc_uniprop_has(CC_UP_HEBREW, cps[i - 1]);
	case 0x30FB:
		for (size_t j = 0; j < n; j++)
			if (cps[j] != 0x30FB && cc_uniprop_has(CC_UP_HIRAGANA_KATAKANA_HAN, cps[j]))
				return true;
		return false;
	}
	if (in(cp, 0x0660, 0x0669))
		return !label_has(cps, n, 0x06F0, 0x06F9);
	if (in(cp, 0x06F0, 0x06F9))
		return !label_has(cps, n, 0x0660, 0x0669);
	return false;
}

/* ICU's normalizer does the check (the composition data is large and
 * easy to get subtly wrong); an error there counts as not normalized. */
bool cc_idna_nfc(const uint32_t *cps, size_t n)
{
	/* a label of more than 63 code points has no A-label of 63 octets */
	UChar u[2 * 63];
	UErrorCode err = U_ZERO_ERROR;
	const UNormalizer2 *norm = unorm2_getNFCInstance(&err);
	int32_t len = 0;
	bool bad = false;
	if (U_FAILURE(err) || n > 63)
		return false;
	for (size_t i = 0; i < n && !bad; i++) {
		UChar32 c = (UChar32)cps[i];
		U16_APPEND(u, len, (int32_t)(sizeof u / sizeof u[0]), c, bad);
	}
	return !bad && unorm2_isNormalized(norm, u, len, &err) && U_SUCCESS(err);
}

bool cc_idna_ulabel_ok(const uint32_t *cps, size_t n)
{
	if (n == 0)
		return false;
	if (n >= 4 && cps[2] == '-' && cps[3] == '-')
		return false;
	if (cps[0] == '-' || cps[n - 1] == '-')
		return false;
	if (cc_uniprop_has(CC_UP_MARK, cps[0]))
		return false;
	for (size_t i = 0; i < n; i++) {
		switch (classify(cps[i])) {
		case PVALID:
			break;
		case CONTEXTJ:
		case CONTEXTO:
			if (!context_ok(cps, n, i))
				return false;
			break;
		default:
			return false;
		}
	}
	return true;
}

typedef enum bidi { B_L, B_R, B_AL, B_AN, B_EN, B_ES, B_CS, B_ET, B_ON, B_BN, B_NSM, B_OTHER } bidi;

static bidi bidi_class(uint32_t cp)
{
	for (int b = B_L; b < B_OTHER; b++)
		if (cc_uniprop_has((cc_uniprop)(CC_UP_BC_L + b), cp))
			return (bidi)b;
	return B_OTHER;
}

/* RFC 5893 §2, rules 1-6, for one label. */
static bool bidi_label_ok(const uint32_t *cps, size_t n)
{
	bidi first, last = B_OTHER;
	bool rtl, has_en = false, has_an = false;

	if (n == 0)
		return false;
	first = bidi_class(cps[0]);
	if (first != B_L && first != B_R && first != B_AL)
		return false;
	rtl = first != B_L;
	for (size_t i = 0; i < n; i++) {
		bidi b = bidi_class(cps[i]);
		switch (b) {
		case B_L:
			if (rtl)
				return false;
			break;
		case B_R: case B_AL: case B_AN:
			if (!rtl)
				return false;
			break;
		case B_EN: case B_ES: case B_CS: case B_ET: case B_ON: case B_BN: case B_NSM:
			break;
		default:
			return false;
		}
		has_en |= b == B_EN;
		has_an |= b == B_AN;
		if (b != B_NSM)
			last = b;
	}
	if (rtl)
		return (last == B_R || last == B_AL || last == B_EN || last == B_AN) && !(has_en && has_an);
	return last == B_L || last == B_EN;
}

bool cc_idna_bidi_ok(const uint32_t *const *labels, const size_t *lens, size_t count)
{
	bool bidi_domain = false;
	for (size_t l = 0; l < count && !bidi_domain; l++)
		for (size_t i = 0; i < lens[l]; i++) {
			bidi b = bidi_class(labels[l][i]);
			if (b == B_R || b == B_AL || b == B_AN) {
				bidi_domain = true;
				break;
			}
		}
	if (!bidi_domain)
		return true;
	for (size_t l = 0; l < count; l++)
		if (!bidi_label_ok(labels[l], lens[l]))
			return false;
	return true;
}
