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
 * ECMA-262. */
int cc_ecma_translate(cc_strbuf *out, const char *pattern, size_t len, char **errmsg);

/* Unicode property expressions (the inside of \p{...}), as ECMA-262
 * accepts them. Appends to out a fragment that is valid inside a PCRE2
 * character class and matches the property (negated when negate is set);
 * the fragment may be empty (matches nothing). Returns 0, or -1 when ECMA-262
 * does not know the property. */
int cc_ecma_property(cc_strbuf *out, const char *name, size_t len, int negate);

#endif
