/* ECMA-262 pattern → PCRE2 pattern; see ecma_translate.h.
 *
 * A recursive-descent parser over code points following the grammar of
 * ECMA-262 §22.2.1 with the [UnicodeMode] parameter (no Annex B
 * leniency). Every literal is written as \x{...}, so nothing in the output
 * depends on PCRE2's own escapes or metacharacters. */
#include "ecma_translate.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "util/chars.h"
#include "formats_internal.h"
#include "util/utf8.h"
#include "util/xalloc.h"

#define MAX_NESTING 200

typedef struct group_name {
	const char *name;
	size_t len;
} group_name;

enum { EMPTY_NONE, EMPTY_ALWAYS, EMPTY_AFTER_FIRST };

/* What a group atom needs to know for the capture-reset emulation. */
typedef struct atom_info {
	unsigned parent;      /* enclosing group atom, 0 at top */
	unsigned caps_before; /* capture groups opened before it */
	int repeated;         /* quantified with a maximum above 1 */
	int empty_check;      /* how to reject empty iterations: EMPTY_* */
} atom_info;

/* ECMA-262 clears the captures inside a quantified atom at the start of
 * each iteration; PCRE2 keeps the last iteration's. Where a backreference
 * names such a group, the second pass marks each iteration's start with an
 * empty capture group "()" (atoms wrapped as "(?:()atom)") and turns the
 * backreference into (?:(?C{v...})\g{N}|(?C{u...})): the callouts (see
 * regex.c) decide whether group N was captured in the current iteration of
 * every repeated atom around it, and if not it matches the empty string as
 * an unset group does. */
typedef struct reset_plan {
	unsigned char *marked;  /* marked[a]: atom a gets an iteration marker */
	unsigned char *empty_check; /* EMPTY_* for atom a, from the first pass */
	unsigned *marker_num;   /* PCRE2 group number of atom a's marker */
	unsigned *map;          /* map[n]: PCRE2 number of ECMA group n */
	cc_strbuf *checks;      /* checks[n]: ",m1,m2..." markers to test, or empty */
	size_t ngroups, natoms;
} reset_plan;

typedef struct parser {
	const unsigned char *p, *end;
	cc_strbuf *out;
	char *err;
	unsigned ngroups;      /* capturing groups in the whole pattern */
	group_name *names;     /* names[i]: name of group i+1, or NULL */
	unsigned group_seen;   /* groups opened so far */
	unsigned backrefs;     /* backreferences written so far */
	unsigned looks_right;  /* lookaheads, \b, \B and $ written so far */
	int depth;
	int unsupported;       /* the error is valid ECMA-262 PCRE2 cannot run */
	unsigned char *referenced; /* referenced[n]: some backreference names group n */
	/* Atoms that are groups, numbered 1.. in the order they open (the same
	 * in both passes), for the capture-reset emulation below. */
	atom_info *atoms;
	size_t natoms, atoms_cap;
	unsigned cur_atom;     /* innermost group atom being parsed, 0 at top */
	unsigned last_atom;    /* the group atom term() just parsed */
	unsigned *group_atom;  /* group_atom[n]: the atom of capture group n */
	const reset_plan *plan; /* second pass only */
	cc_ecma_lookbehinds *lbs; /* where emulated lookbehinds go, or NULL */
} parser;

/* ECMA WhiteSpace and LineTerminator: the code points \s matches. */
static const uint32_t ws_ranges[][2] = {
	{ 0x09, 0x0D }, { 0x20, 0x20 }, { 0xA0, 0xA0 }, { 0x1680, 0x1680 },
	{ 0x2000, 0x200A }, { 0x2028, 0x2029 }, { 0x202F, 0x202F },
	{ 0x205F, 0x205F }, { 0x3000, 0x3000 }, { 0xFEFF, 0xFEFF },
};
/* \d and \w: ASCII only, as ECMA-262 defines them. */
static const uint32_t digit_ranges[][2] = { { '0', '9' } };
static const uint32_t word_ranges[][2] = { { '0', '9' }, { 'A', 'Z' }, { '_', '_' }, { 'a', 'z' } };
#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

static int fail(parser *ps, const char *msg)
{
	if (!ps->err)
		ps->err = cc_xstrdup(msg);
	return -1;
}

static int at_end(const parser *ps)
{
	return ps->p >= ps->end;
}

/* The next code point without consuming it; -1 at the end, -2 when the
 * pattern is not UTF-8. */
static long peek_cp(const parser *ps, size_t *used)
{
	uint32_t cp;
	size_t n;
	if (at_end(ps))
		return -1;
	n = cc_utf8_decode(ps->p, (size_t)(ps->end - ps->p), &cp);
	if (!n)
		return -2;
	if (used)
		*used = n;
	return (long)cp;
}

static long next_cp(parser *ps)
{
	size_t used = 0;
	long c = peek_cp(ps, &used);
	if (c >= 0)
		ps->p += used;
	return c;
}

static int peek_is(const parser *ps, const char *s)
{
	size_t n = strlen(s);
	return (size_t)(ps->end - ps->p) >= n && memcmp(ps->p, s, n) == 0;
}

static int is_surrogate(uint32_t cp)
{
	return cp >= 0xD800 && cp <= 0xDFFF;
}

/* A code point as an item inside a class or as an atom. Surrogates never
 * occur in UTF-8 text, so callers drop them. */
static void put_cp(cc_strbuf *out, uint32_t cp)
{
	if ((cp >= '0' && cp <= '9') || (cp >= 'A' && cp <= 'Z') || (cp >= 'a' && cp <= 'z'))
		cc_strbuf_putc(out, (char)cp);
	else
		cc_strbuf_printf(out, "\\x{%x}", (unsigned)cp);
}

/* A range inside a class, without the surrogate block. */
static void put_range(cc_strbuf *out, uint32_t lo, uint32_t hi)
{
	if (lo < 0xD800 && hi > 0xDFFF) {
		put_range(out, lo, 0xD7FF);
		put_range(out, 0xE000, hi);
		return;
	}
	if (is_surrogate(lo))
		lo = 0xE000;
	if (is_surrogate(hi))
		hi = 0xD7FF;
	if (lo > hi)
		return;
	put_cp(out, lo);
	if (hi != lo) {
		cc_strbuf_putc(out, '-');
		put_cp(out, hi);
	}
}

/* A set given by sorted ranges, or its complement, as class items. Sets
 * are always spelt out: PCRE2's own \D and \W inside negated classes
 * with \p items do not match ECMA-262 for non-ASCII subjects. */
static void put_set(cc_strbuf *out, const uint32_t (*ranges)[2], size_t n, int negate)
{
	uint32_t next = 0;
	for (size_t i = 0; i < n; i++) {
		if (!negate)
			put_range(out, ranges[i][0], ranges[i][1]);
		else if (ranges[i][0] > next)
			put_range(out, next, ranges[i][0] - 1);
		next = ranges[i][1] + 1;
	}
	if (negate)
		put_range(out, next, 0x10FFFF);
}

/* Reads exactly n hex digits. */
static int read_hex(parser *ps, int n, uint32_t *v)
{
	*v = 0;
	for (int i = 0; i < n; i++) {
		int h = at_end(ps) ? -1 : cc_hexval(*ps->p);
		if (h < 0)
			return -1;
		*v = (*v << 4) | (uint32_t)h;
		ps->p++;
	}
	return 0;
}

/* After "\u": XXXX (joining a surrogate pair written as two escapes) or
 * {X...}. */
static int read_unicode_escape(parser *ps, uint32_t *cp)
{
	if (!at_end(ps) && *ps->p == '{') {
		uint32_t v = 0;
		int digits = 0, h;
		ps->p++;
		while (!at_end(ps) && (h = cc_hexval(*ps->p)) >= 0) {
			v = (v << 4) | (uint32_t)h;
			if (v > 0x10FFFF)
				return fail(ps, "\\u{...} escape above U+10FFFF");
			digits++;
			ps->p++;
		}
		if (!digits || at_end(ps) || *ps->p != '}')
			return fail(ps, "malformed \\u{...} escape");
		ps->p++;
		*cp = v;
		return 0;
	}
	if (read_hex(ps, 4, cp) < 0)
		return fail(ps, "malformed \\u escape");
	if (*cp >= 0xD800 && *cp <= 0xDBFF && peek_is(ps, "\\u")) {
		const unsigned char *save = ps->p;
		uint32_t lo;
		ps->p += 2;
		if (read_hex(ps, 4, &lo) == 0 && lo >= 0xDC00 && lo <= 0xDFFF)
			*cp = 0x10000 + ((*cp - 0xD800) << 10) + (lo - 0xDC00);
		else
			ps->p = save;
	}
	return 0;
}

static int is_syntax_char(long c)
{
	return c >= 0 && c < 128 && strchr("^$\\.*+?()[]{}|/", (int)c) && c != 0;
}

/* CharacterEscape, after the backslash; c is the escape letter, consumed. */
static int character_escape(parser *ps, long c, int in_class, uint32_t *cp)
{
	switch (c) {
	case 'f': *cp = 0x0C; return 0;
	case 'n': *cp = 0x0A; return 0;
	case 'r': *cp = 0x0D; return 0;
	case 't': *cp = 0x09; return 0;
	case 'v': *cp = 0x0B; return 0;
	case 'c':
		if (!at_end(ps) && ((*ps->p >= 'A' && *ps->p <= 'Z') || (*ps->p >= 'a' && *ps->p <= 'z'))) {
			*cp = (uint32_t)(*ps->p++ % 32);
			return 0;
		}
		return fail(ps, "\\c must be followed by an ASCII letter");
	case '0':
		if (!at_end(ps) && *ps->p >= '0' && *ps->p <= '9')
			return fail(ps, "octal escapes are not allowed");
		*cp = 0;
		return 0;
	case 'x':
		if (read_hex(ps, 2, cp) < 0)
			return fail(ps, "malformed \\x escape");
		return 0;
	case 'u':
		return read_unicode_escape(ps, cp);
	default:
		if (is_syntax_char(c) || (in_class && c == '-')) {
			*cp = (uint32_t)c;
			return 0;
		}
		return fail(ps, "invalid escape");
	}
}

/* \p{...} or \P{...} after the letter; appends a class fragment. */
static int property_escape(parser *ps, int negate, cc_strbuf *frag)
{
	const unsigned char *start;
	if (at_end(ps) || *ps->p != '{')
		return fail(ps, "\\p must be followed by {property}");
	start = ++ps->p;
	while (!at_end(ps) && *ps->p != '}')
		ps->p++;
	if (at_end(ps))
		return fail(ps, "unterminated \\p{...}");
	switch (cc_ecma_property(frag, (const char *)start, (size_t)(ps->p - start), negate)) {
	case 0:
		break;
	case 1:
		fail(ps, "Unicode property not supported by the regex engine");
		ps->unsupported = 1;
		return -1;
	default:
		return fail(ps, "unknown Unicode property");
	}
	ps->p++;
	return 0;
}

/* A class escape that stands for a set (\d \D \w \W \s \S \p \P): appends
 * its class fragment and returns 1; 0 when c is not one; -1 on error. */
static int set_escape(parser *ps, long c, cc_strbuf *frag)
{
	switch (c) {
	case 'd': case 'D':
		put_set(frag, digit_ranges, COUNT(digit_ranges), c == 'D');
		return 1;
	case 'w': case 'W':
		put_set(frag, word_ranges, COUNT(word_ranges), c == 'W');
		return 1;
	case 's': case 'S':
		put_set(frag, ws_ranges, COUNT(ws_ranges), c == 'S');
		return 1;
	case 'p': case 'P':
		return property_escape(ps, c == 'P', frag) < 0 ? -1 : 1;
	default:
		return 0;
	}
}

/* Reads a decimal number, saturating. */
static unsigned long read_decimal(parser *ps)
{
	unsigned long v = 0;
	while (!at_end(ps) && *ps->p >= '0' && *ps->p <= '9') {
		if (v < 100000000UL)
			v = v * 10 + (unsigned long)(*ps->p - '0');
		ps->p++;
	}
	return v;
}

/* A group name after "<", up to and including ">". */
static int read_group_name(parser *ps, const char **name, size_t *len)
{
	const unsigned char *start = ps->p;
	for (;;) {
		int first = ps->p == start, ok;
		long c = next_cp(ps);
		if (c < 0)
			return fail(ps, "unterminated group name");
		if (c == '>')
			break;
		/* IdentifierName: ID_Start, $ or _, then also ID_Continue,
		 * ZWNJ and ZWJ (escapes in names are not supported) */
		ok = c == '$' || c == '_' || cc_uniprop_has(CC_UP_ID_START, (uint32_t)c);
		if (!ok && !first)
			ok = c == 0x200C || c == 0x200D || cc_uniprop_has(CC_UP_ID_CONTINUE, (uint32_t)c);
		if (!ok)
			return fail(ps, "invalid group name");
	}
	*name = (const char *)start;
	*len = (size_t)(ps->p - 1 - start);
	if (!*len)
		return fail(ps, "empty group name");
	return 0;
}

/* Pre-pass: counts capturing groups and records their names, so that
 * backreferences (which may point forward) can be checked. */
static int scan_groups(parser *ps)
{
	const unsigned char *p = ps->p;
	size_t cap = 0;
	int in_class = 0;

	for (; p < ps->end; p++) {
		if (*p == '\\') {
			p++;
			continue;
		}
		if (in_class) {
			if (*p == ']')
				in_class = 0;
			continue;
		}
		if (*p == '[') {
			in_class = 1;
		} else if (*p == '(') {
			const char *name = NULL;
			size_t len = 0;
			if (p + 1 < ps->end && p[1] == '?') {
				if (!(p + 2 < ps->end && p[2] == '<') ||
				    (p + 3 < ps->end && (p[3] == '=' || p[3] == '!')))
					continue;
				parser sub = *ps;
				sub.p = p + 3;
				if (read_group_name(&sub, &name, &len) < 0) {
					ps->err = sub.err;
					return -1;
				}
				for (unsigned i = 0; i < ps->ngroups; i++)
					if (ps->names[i].name && ps->names[i].len == len &&
					    memcmp(ps->names[i].name, name, len) == 0)
						return fail(ps, "duplicate group name");
			}
			ps->names = cc_xgrow(ps->names, &cap, ps->ngroups + 1, sizeof *ps->names);
			ps->names[ps->ngroups].name = name;
			ps->names[ps->ngroups].len = len;
			ps->ngroups++;
		}
	}
	return 0;
}

static int disjunction(parser *ps);

/* ClassAtom: a code point in *cp, or (*is_set) a set escape whose
 * fragment goes straight into body. */
static int class_atom(parser *ps, cc_strbuf *body, uint32_t *cp, int *is_set)
{
	long c = next_cp(ps);

	*is_set = 0;
	if (c < 0)
		return fail(ps, c == -1 ? "unterminated character class" : "pattern is not UTF-8");
	if (c != '\\') {
		*cp = (uint32_t)c;
		return 0;
	}
	c = next_cp(ps);
	if (c < 0)
		return fail(ps, "pattern ends with a backslash");
	if (c == 'b') {
		*cp = 8;
		return 0;
	}
	if ((*is_set = set_escape(ps, c, body)) < 0)
		return -1;
	if (*is_set)
		return 0;
	return character_escape(ps, c, 1, cp);
}

static int character_class(parser *ps)
{
	cc_strbuf body = CC_STRBUF_INIT;
	int negate = 0, error = -1;

	if (!at_end(ps) && *ps->p == '^') {
		negate = 1;
		ps->p++;
	}
	for (;;) {
		uint32_t lo = 0, hi = 0;
		int lo_set, hi_set;

		if (at_end(ps)) {
			fail(ps, "unterminated character class");
			goto done;
		}
		if (*ps->p == ']') {
			ps->p++;
			break;
		}
		if (class_atom(ps, &body, &lo, &lo_set) < 0)
			goto done;
		if (!(ps->end - ps->p >= 2 && ps->p[0] == '-' && ps->p[1] != ']')) {
			if (!lo_set)
				put_range(&body, lo, lo);
			continue;
		}
		/* a range: ClassAtom - ClassAtom */
		ps->p++;
		if (class_atom(ps, &body, &hi, &hi_set) < 0)
			goto done;
		if (lo_set || hi_set) {
			fail(ps, "character class escape used as a range bound");
			goto done;
		}
		if (lo > hi) {
			fail(ps, "range out of order in character class");
			goto done;
		}
		put_range(&body, lo, hi);
	}
	if (!body.len)
		cc_strbuf_puts(ps->out, negate ? "[\\x{0}-\\x{d7ff}\\x{e000}-\\x{10ffff}]" : "(?!)");
	else
		cc_strbuf_printf(ps->out, "[%s%s]", negate ? "^" : "", body.buf);
	error = 0;
done:
	cc_strbuf_free(&body);
	return error;
}

/* A backreference to ECMA group n. */
static void put_backref(parser *ps, unsigned n)
{
	const reset_plan *plan = ps->plan;
	ps->referenced[n] = 1;
	ps->backrefs++;
	if (!plan) {
		cc_strbuf_printf(ps->out, "\\g{%u}", n);
	} else if (!plan->checks[n].len) {
		cc_strbuf_printf(ps->out, "\\g{%u}", plan->map[n]);
	} else {
		const char *m = plan->checks[n].buf;
		cc_strbuf_printf(ps->out, "(?:(?C{v%u%s})\\g{%u}|(?C{u%u%s}))", plan->map[n], m,
				 plan->map[n], plan->map[n], m);
	}
}

/* After a backslash outside a class. Sets *assertion for \b and \B. */
static int atom_escape(parser *ps, int *assertion)
{
	cc_strbuf frag = CC_STRBUF_INIT;
	long c = next_cp(ps);
	uint32_t cp;
	int r;

	*assertion = 0;
	if (c < 0)
		return fail(ps, "pattern ends with a backslash");
	if (c == 'b' || c == 'B') {
		*assertion = 1;
		ps->looks_right++;
		cc_strbuf_printf(ps->out, "\\%c", (char)c);
		return 0;
	}
	if (c >= '1' && c <= '9') {
		ps->p--;
		unsigned long n = read_decimal(ps);
		if (n > ps->ngroups)
			return fail(ps, "backreference to a group that does not exist");
		put_backref(ps, (unsigned)n);
		return 0;
	}
	if (c == 'k') {
		const char *name;
		size_t len;
		if (at_end(ps) || *ps->p != '<')
			return fail(ps, "\\k must be followed by <name>");
		ps->p++;
		if (read_group_name(ps, &name, &len) < 0)
			return -1;
		for (unsigned i = 0; i < ps->ngroups; i++)
			if (ps->names[i].name && ps->names[i].len == len &&
			    memcmp(ps->names[i].name, name, len) == 0) {
				put_backref(ps, i + 1);
				return 0;
			}
		return fail(ps, "\\k<name> refers to no group");
	}
	if ((r = set_escape(ps, c, &frag)) != 0) {
		if (r > 0) {
			if (frag.len)
				cc_strbuf_printf(ps->out, "[%s]", frag.buf);
			else
				cc_strbuf_puts(ps->out, "(?!)");
		}
		cc_strbuf_free(&frag);
		return r < 0 ? -1 : 0;
	}
	if (character_escape(ps, c, 0, &cp) < 0)
		return -1;
	if (is_surrogate(cp))
		cc_strbuf_puts(ps->out, "(?!)");
	else
		put_cp(ps->out, cp);
	return 0;
}

/* An optional quantifier after an atom (atom: the group atom it repeats,
 * or 0). */
static int quantifier(parser *ps, unsigned atom)
{
	int repeats = 0, exact = 0; /* more than once; {n} */
	unsigned long min = 0;

	if (at_end(ps))
		return 0;
	switch (*ps->p) {
	case '*': case '+': case '?':
		repeats = *ps->p != '?';
		min = *ps->p == '+';
		cc_strbuf_putc(ps->out, (char)*ps->p++);
		break;
	case '{': {
		unsigned long lo, hi = 0;
		int has_comma = 0, has_hi = 0;
		ps->p++;
		if (at_end(ps) || !(*ps->p >= '0' && *ps->p <= '9'))
			return fail(ps, "lone { (escape it as \\{)");
		lo = read_decimal(ps);
		if (!at_end(ps) && *ps->p == ',') {
			has_comma = 1;
			ps->p++;
			if (!at_end(ps) && *ps->p >= '0' && *ps->p <= '9') {
				hi = read_decimal(ps);
				has_hi = 1;
			}
		}
		if (at_end(ps) || *ps->p != '}')
			return fail(ps, "malformed {n,m} quantifier");
		ps->p++;
		if (has_hi && hi < lo)
			return fail(ps, "numbers out of order in {n,m} quantifier");
		repeats = has_comma ? !has_hi || hi > 1 : lo > 1;
		min = lo;
		exact = !has_comma;
		if (!has_comma)
			cc_strbuf_printf(ps->out, "{%lu}", lo);
		else if (has_hi)
			cc_strbuf_printf(ps->out, "{%lu,%lu}", lo, hi);
		else
			cc_strbuf_printf(ps->out, "{%lu,}", lo);
		break;
	}
	default:
		return 0;
	}
	if (!at_end(ps) && *ps->p == '?')
		cc_strbuf_putc(ps->out, (char)*ps->p++);
	if (atom && repeats)
		ps->atoms[atom].repeated = 1;
	/* ECMA-262 rejects an empty iteration beyond the minimum: every one
	 * when the minimum is 0, all but the first when it is 1 (told apart
	 * by an entry marker: nothing consumed since the loop began); {n}
	 * has none, and minimums above 1 are not emulated */
	if (atom && repeats && !exact)
		ps->atoms[atom].empty_check = min == 0 ? EMPTY_ALWAYS : min == 1 ? EMPTY_AFTER_FIRST
							   : EMPTY_NONE;
	return 0;
}

static int is_quantifier_start(const parser *ps)
{
	return !at_end(ps) && (*ps->p == '*' || *ps->p == '+' || *ps->p == '?' || *ps->p == '{');
}

/* The alternatives of a group and its ")". */
static int group_body(parser *ps)
{
	if (disjunction(ps) < 0)
		return -1;
	if (at_end(ps) || *ps->p != ')')
		return fail(ps, "missing )");
	ps->p++;
	cc_strbuf_putc(ps->out, ')');
	ps->depth--;
	return 0;
}

/* At "?<=" or "?<!" in emulation mode. A lookbehind without
 * backreferences becomes a callout (?Cn) and its body a separate pattern
 * in ps->lbs (entry n-1), which the matcher runs to see whether the body
 * can end exactly here; capture groups in it are not seen outside, which
 * is only right when nothing refers to them. One with backreferences
 * stays a native lookbehind. A
 * body that never looks right of itself (no lookahead, \b, \B or $) is
 * "(?:body)\z", run on the subject cut where the lookbehind stands. */
static int emulated_lookbehind(parser *ps)
{
	cc_ecma_lookbehinds *lbs = ps->lbs;
	cc_strbuf body = CC_STRBUF_INIT, *outer = ps->out;
	unsigned groups = ps->group_seen, backrefs = ps->backrefs, right = ps->looks_right;
	int negate = ps->p[2] == '!';
	size_t k = lbs->count;
	int error = -1;

	if (k + 1 >= CC_ECMA_MAX_LOOKBEHINDS)
		return fail(ps, "too many lookbehind assertions");
	lbs->items = cc_xgrow(lbs->items, &lbs->cap, k + 1, sizeof *lbs->items);
	lbs->items[k].pcre = NULL;
	lbs->items[k].negate = negate;
	lbs->items[k].truncate = 0;
	lbs->items[k].first_group = groups + 1;
	lbs->items[k].ngroups = 0;
	lbs->count++;
	ps->p += 3;
	cc_strbuf_puts(&body, "(?:");
	ps->out = &body;
	error = group_body(ps);
	ps->out = outer;
	if (error < 0)
		goto done;
	if (ps->backrefs != backrefs) {
		cc_strbuf_printf(outer, "(?<%c", negate ? '!' : '=');
		cc_strbuf_add(outer, body.buf + 3, body.len - 3);
	} else {
		/* groups inside stay numbered, as groups that never match
		 * here; no backreference may name them (checked at the end) */
		lbs->items[k].ngroups = ps->group_seen - groups;
		lbs->items[k].truncate = ps->looks_right == right;
		if (lbs->items[k].truncate)
			cc_strbuf_puts(&body, "\\z");
		else
			cc_strbuf_printf(&body, "(?C%d)", CC_ECMA_END_CALLOUT);
		lbs->items[k].pcre = cc_strbuf_detach(&body);
		cc_strbuf_printf(outer, "(?C%zu)", k + 1);
		for (unsigned g = 0; g < lbs->items[k].ngroups; g++)
			cc_strbuf_puts(outer, "(){0}");
	}
done:
	cc_strbuf_free(&body);
	return error;
}

/* Registers the group atom opening here (capture: whether it is capture
 * group group_seen + 1) and writes its iteration marker if the plan wants
 * one. Returns the atom's number. */
static unsigned open_atom(parser *ps, int capture)
{
	unsigned id = (unsigned)++ps->natoms;
	ps->atoms = cc_xgrow(ps->atoms, &ps->atoms_cap, id + 1, sizeof *ps->atoms);
	ps->atoms[id].parent = ps->cur_atom;
	ps->atoms[id].caps_before = ps->group_seen;
	ps->atoms[id].repeated = 0;
	ps->atoms[id].empty_check = EMPTY_NONE;
	if (capture)
		ps->group_atom[ps->group_seen + 1] = id;
	if (ps->plan && ps->plan->marked[id])
		cc_strbuf_puts(ps->out, ps->plan->empty_check[id] == EMPTY_AFTER_FIRST ? "()(?:()" : "(?:()");
	return id;
}

/* "(" already consumed. */
static int group(parser *ps, int *assertion)
{
	unsigned id, outer = ps->cur_atom;
	int error;

	*assertion = 0;
	if (++ps->depth > MAX_NESTING)
		return fail(ps, "groups nested too deeply");
	if (peek_is(ps, "?=") || peek_is(ps, "?!")) {
		ps->looks_right++;
		cc_strbuf_printf(ps->out, "(%.2s", (const char *)ps->p);
		ps->p += 2;
		*assertion = 1;
		return group_body(ps);
	}
	if (peek_is(ps, "?<=") || peek_is(ps, "?<!")) {
		*assertion = 1;
		if (ps->lbs)
			return emulated_lookbehind(ps);
		cc_strbuf_printf(ps->out, "(%.3s", (const char *)ps->p);
		ps->p += 3;
		return group_body(ps);
	}
	if (peek_is(ps, "?:")) {
		id = open_atom(ps, 0);
		cc_strbuf_puts(ps->out, "(?:");
		ps->p += 2;
	} else if (peek_is(ps, "?<")) {
		const char *name;
		size_t len;
		ps->p += 2;
		if (read_group_name(ps, &name, &len) < 0)
			return -1;
		id = open_atom(ps, 1);
		cc_strbuf_putc(ps->out, '(');
		ps->group_seen++;
	} else if (peek_is(ps, "?")) {
		return fail(ps, "invalid group: (? must be followed by :, =, !, <= , <! or <name>");
	} else {
		id = open_atom(ps, 1);
		cc_strbuf_putc(ps->out, '(');
		ps->group_seen++;
	}
	ps->cur_atom = id;
	error = group_body(ps);
	ps->cur_atom = outer;
	if (error < 0)
		return -1;
	if (ps->plan && ps->plan->marked[id]) {
		unsigned m = ps->plan->marker_num[id];
		if (ps->plan->empty_check[id] == EMPTY_ALWAYS)
			cc_strbuf_printf(ps->out, "(?C{e%u})", m);
		else if (ps->plan->empty_check[id] == EMPTY_AFTER_FIRST)
			cc_strbuf_printf(ps->out, "(?C{e%u,%u})", m, m - 1);
		cc_strbuf_putc(ps->out, ')');
	}
	ps->last_atom = id;
	return 0;
}

static int term(parser *ps)
{
	long c = next_cp(ps);
	int assertion = 0;
	unsigned atom = 0; /* the group atom to be quantified, if any */

	switch (c) {
	case -2:
		return fail(ps, "pattern is not UTF-8");
	case '^':
		cc_strbuf_puts(ps->out, "\\A");
		assertion = 1;
		break;
	case '$':
		ps->looks_right++;
		cc_strbuf_puts(ps->out, "\\z");
		assertion = 1;
		break;
	case '(':
		if (group(ps, &assertion) < 0)
			return -1;
		atom = assertion ? 0 : ps->last_atom;
		break;
	case '[':
		if (character_class(ps) < 0)
			return -1;
		break;
	case '.':
		cc_strbuf_puts(ps->out, "[^\\x{a}\\x{d}\\x{2028}\\x{2029}]");
		break;
	case '\\':
		if (atom_escape(ps, &assertion) < 0)
			return -1;
		break;
	case '*': case '+': case '?':
		return fail(ps, "nothing to repeat");
	case '{':
		return fail(ps, "lone { (escape it as \\{)");
	case '}':
		return fail(ps, "lone } (escape it as \\})");
	case ']':
		return fail(ps, "lone ] (escape it as \\])");
	default:
		put_cp(ps->out, (uint32_t)c);
		break;
	}
	if (assertion) {
		if (is_quantifier_start(ps))
			return fail(ps, "an assertion cannot be repeated");
		return 0;
	}
	return quantifier(ps, atom);
}

static int alternative(parser *ps)
{
	while (!at_end(ps) && *ps->p != '|' && *ps->p != ')')
		if (term(ps) < 0)
			return -1;
	return 0;
}

static int disjunction(parser *ps)
{
	if (alternative(ps) < 0)
		return -1;
	while (!at_end(ps) && *ps->p == '|') {
		ps->p++;
		cc_strbuf_putc(ps->out, '|');
		if (alternative(ps) < 0)
			return -1;
	}
	return 0;
}

void cc_ecma_lookbehinds_free(cc_ecma_lookbehinds *lbs)
{
	for (size_t i = 0; i < lbs->count; i++)
		free(lbs->items[i].pcre);
	free(lbs->items);
	lbs->items = NULL;
	lbs->count = lbs->cap = 0;
}

int cc_ecma_translate(cc_strbuf *out, const char *pattern, size_t len, char **errmsg)
{
	return cc_ecma_translate_emulated(out, NULL, pattern, len, errmsg);
}

/* One pass over the whole pattern. */
static int parse_pass(parser *ps, cc_ecma_lookbehinds *lbs)
{
	if (disjunction(ps) < 0)
		return -1;
	if (!at_end(ps))
		return fail(ps, "unmatched )");
	for (size_t i = 0; lbs && i < lbs->count; i++)
		for (unsigned g = 0; g < lbs->items[i].ngroups; g++)
			if (ps->referenced[lbs->items[i].first_group + g]) {
				ps->unsupported = 1;
				return fail(ps, "lookbehind whose capture group is referenced is not supported");
			}
	return 0;
}

static void free_plan(reset_plan *plan)
{
	for (size_t n = 0; plan->checks && n <= plan->ngroups; n++)
		cc_strbuf_free(&plan->checks[n]);
	free(plan->checks);
	free(plan->marked);
	free(plan->empty_check);
	free(plan->marker_num);
	free(plan->map);
}

/* After the first pass: which repeated atoms need iteration markers, and
 * the group numbers that follow. Returns whether any marker is needed. */
static int build_plan(const parser *ps, reset_plan *plan)
{
	unsigned *upto; /* upto[a]: marked atoms numbered a or less */
	int any = 0;

	plan->natoms = ps->natoms;
	plan->ngroups = ps->ngroups;
	plan->marked = cc_xcalloc(ps->natoms + 1, 1);
	for (unsigned n = 1; n <= ps->ngroups; n++)
		for (unsigned a = ps->referenced[n] ? ps->group_atom[n] : 0; a; a = ps->atoms[a].parent)
			if (ps->atoms[a].repeated) {
				plan->marked[a] = 1;
				any = 1;
			}
	if (!any)
		return 0;
	plan->empty_check = cc_xcalloc(ps->natoms + 1, 1);
	for (size_t a = 1; a <= ps->natoms; a++)
		plan->empty_check[a] = (unsigned char)ps->atoms[a].empty_check;
	upto = cc_xcalloc(ps->natoms + 1, sizeof *upto);
	plan->marker_num = cc_xcalloc(ps->natoms + 1, sizeof *plan->marker_num);
	for (size_t a = 1; a <= ps->natoms; a++) {
		/* markers: the iteration marker, after an entry marker for
		 * EMPTY_AFTER_FIRST */
		upto[a] = upto[a - 1] + plan->marked[a] *
					    (plan->empty_check[a] == EMPTY_AFTER_FIRST ? 2 : 1);
		plan->marker_num[a] = ps->atoms[a].caps_before + upto[a];
	}
	plan->map = cc_xcalloc(ps->ngroups + 1, sizeof *plan->map);
	plan->checks = cc_xcalloc(ps->ngroups + 1, sizeof *plan->checks);
	for (unsigned n = 1; n <= ps->ngroups; n++) {
		plan->map[n] = n + upto[ps->group_atom[n]];
		for (unsigned a = ps->referenced[n] ? ps->group_atom[n] : 0; a; a = ps->atoms[a].parent)
			if (ps->atoms[a].repeated)
				cc_strbuf_printf(&plan->checks[n], ",%u", plan->marker_num[a]);
	}
	free(upto);
	return 1;
}

int cc_ecma_translate_emulated(cc_strbuf *out, cc_ecma_lookbehinds *lbs, const char *pattern,
			       size_t len, char **errmsg)
{
	parser ps = { 0 };
	reset_plan plan = { 0 };
	size_t base = out->len;
	int error = -1;

	ps.p = (const unsigned char *)pattern;
	ps.end = ps.p + len;
	ps.out = out;
	ps.lbs = lbs;
	if (scan_groups(&ps) < 0)
		goto done;
	ps.referenced = cc_xcalloc(ps.ngroups + 1, 1);
	ps.group_atom = cc_xcalloc(ps.ngroups + 1, sizeof *ps.group_atom);
	if (parse_pass(&ps, lbs) < 0)
		goto done;
	if (build_plan(&ps, &plan)) {
		/* second pass, with the iteration markers */
		cc_strbuf_truncate(out, base);
		if (lbs)
			cc_ecma_lookbehinds_free(lbs);
		ps.p = (const unsigned char *)pattern;
		ps.group_seen = ps.backrefs = ps.looks_right = 0;
		ps.natoms = 0;
		ps.cur_atom = ps.last_atom = 0;
		ps.depth = 0;
		ps.plan = &plan;
		if (parse_pass(&ps, lbs) < 0)
			goto done;
	}
	error = 0;
done:
	if (error < 0 && ps.unsupported)
		error = CC_ECMA_UNSUPPORTED;
	if (error < 0 && errmsg)
		*errmsg = ps.err ? ps.err : cc_xstrdup("invalid pattern");
	else
		free(ps.err);
	free_plan(&plan);
	free(ps.names);
	free(ps.referenced);
	free(ps.group_atom);
	free(ps.atoms);
	return error;
}
