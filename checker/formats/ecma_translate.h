/* ecma_translate: ECMA-262 (unicode mode) pattern syntax to PCRE2 syntax.
 *
 * The translator is also the ECMA-262 syntax check: whatever ECMA-262 with
 * the "u" flag rejects (Python or PCRE-only syntax, identity escapes such
 * as \a, lone braces, quantified assertions, backreferences to missing
 * groups, bad \p{...} names, ...) is rejected here. The PCRE2 text it writes
 * uses only ASCII, matches ECMA semantics when compiled with PCRE2_UTF
 * without PCRE2_UCP, and never relies on multiline or dotall options. */
#ifndef CC_FORMATS_ECMA_TRANSLATE_H
#define CC_FORMATS_ECMA_TRANSLATE_H

#include <stddef.h>

#include "util/strbuf.h"

/* Appends the PCRE2 form of the len-byte ECMA-262 pattern to out. Returns
 * 0, or -1 with *errmsg (caller frees) set to why the pattern is not valid
 * ECMA-262, or CC_ECMA_UNSUPPORTED (with a message too) for valid ECMA-262
 * that PCRE2 cannot express. */
#define CC_ECMA_UNSUPPORTED (-2)
int cc_ecma_translate(cc_strbuf *out, const char *pattern, size_t len, char **errmsg);

/* Lookbehind emulation. PCRE2 10.42 runs only bounded-length lookbehind;
 * ECMA-262 allows any. In emulation mode each lookbehind without
 * backreferences (whose capture groups no backreference names) is written as a callout "(?Cn)" (n = index + 1) and its
 * body kept here as a pattern of its own, "(?:body)(?C254)": the matcher
 * runs it over the whole subject, and callout 254 accepts only a match
 * that ends where the lookbehind stands. A body that never looks to its
 * right (truncate) is "(?:body)\z" instead, run on the subject cut there,
 * which is much cheaper. */
#define CC_ECMA_END_CALLOUT 254
#define CC_ECMA_MAX_LOOKBEHINDS 254

typedef struct cc_ecma_lookbehind {
	char *pcre; /* the body's pattern; NULL when the lookbehind stayed native */
	int negate;   /* (?<! ... ) */
	int truncate; /* run on the subject cut at the lookbehind */
	unsigned first_group, ngroups; /* capture groups inside, unseen outside */
} cc_ecma_lookbehind;

typedef struct cc_ecma_lookbehinds {
	cc_ecma_lookbehind *items;
	size_t count, cap;
} cc_ecma_lookbehinds;

#define CC_ECMA_LOOKBEHINDS_INIT { NULL, 0, 0 }

/* cc_ecma_translate with lookbehinds emulated into lbs (which the caller
 * frees with cc_ecma_lookbehinds_free, on success or failure). */
int cc_ecma_translate_emulated(cc_strbuf *out, cc_ecma_lookbehinds *lbs, const char *pattern,
			       size_t len, char **errmsg);
void cc_ecma_lookbehinds_free(cc_ecma_lookbehinds *lbs);

/* Unicode property expressions (the inside of \p{...}), as ECMA-262
 * accepts them. Appends to out a fragment that is valid inside a PCRE2
 * character class and matches the property (negated when negate is set);
 * the fragment may be empty (matches nothing). Returns 0, -1 when ECMA-262
 * does not know the property, or 1 (nothing appended) for one it knows
 * that PCRE2 has no data for. */
int cc_ecma_property(cc_strbuf *out, const char *name, size_t len, int negate);

#endif
