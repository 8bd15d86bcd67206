/* formats: the `format` keyword's checks and ECMA-262 regular expressions.
 *
 * Used by the JSON Schema validator (checker/schema) and by casecheck's own
 * rules. Every function looks at exactly len bytes (strings may hold NUL). */
#ifndef CC_FORMATS_FORMAT_H
#define CC_FORMATS_FORMAT_H

#include <stdbool.h>
#include <stddef.h>

/* Whether the named format is one casecheck knows (date, date-time, time,
 * duration, email, idn-email, hostname, idn-hostname, ipv4, ipv6, uri,
 * uri-reference, iri, iri-reference, uri-template, uuid, json-pointer,
 * relative-json-pointer, regex). Unknown formats always pass. */
bool cc_format_known(const char *format);

/* True when s is valid for format (or format is unknown). */
bool cc_format_check(const char *format, const char *s, size_t len);

/* A compiled ECMA-262 regular expression (PCRE2, UTF mode). */
typedef struct cc_regex cc_regex;

/* Compiles an ECMA-262 pattern (as used by `pattern`, `patternProperties`
 * and format "regex"): translates ECMA-only syntax to PCRE2 (\d, \w, \s
 * and \b as ECMA defines them, \p{...} in UTF mode, "$" only at the very
 * end, ...). Returns NULL for a pattern that is not valid ECMA-262, with a
 * message in *errmsg (caller frees) when errmsg is not NULL. */
cc_regex *cc_regex_compile(const char *pattern, size_t len, char **errmsg);
/* Whether the pattern matches anywhere in s (unanchored, as JSON Schema
 * says). Safe to call from several threads at once on one cc_regex. A
 * match that exceeds the backtracking limit counts as no match: each call
 * is bounded (1,000,000 PCRE2 match steps, depth 10,000, 16 MiB), so a
 * catastrophic pattern such as (a+)+b answers false instead of hanging.
 * Patterns without emulated lookbehinds run JIT-compiled where PCRE2 has a
 * JIT (else, or if the JIT compile fails, interpreted); a JIT search that
 * hits its stack or the match limit is re-run by the interpreter, so these
 * limits decide exactly as without JIT.
 * Subject bytes that are not UTF-8 never match a non-ASCII character.
 *
 * Limits of the translation: PCRE2 10.42 runs only bounded-length
 * lookbehind, so a variable-length one (ES2018) is run by a callout that
 * tests its body separately (at most 2,000,000 steps of such tests per
 * search); a variable-length lookbehind that holds a backreference, or
 * a capture group that a backreference names, cannot be run, and
 * cc_regex_compile returns NULL for it (format "regex" still accepts it,
 * being valid ECMA-262); so too for
 * quantifier bounds above 65535 and the few binary properties PCRE2 does
 * not know (e.g. CWKCF). ECMA-262 clears the captures of a quantified
 * group at each iteration and rejects an empty iteration beyond the
 * minimum; where a backreference depends on it, as in ^(?:(a)|b)+\1$,
 * callouts emulate both, except the empty-iteration rule for minimums
 * above 1 (e.g. {2,5}), which follows PCRE2. */
bool cc_regex_search(const cc_regex *re, const char *s, size_t len);
void cc_regex_free(cc_regex *re);

#endif
