/* cc_regex: ECMA-262 patterns compiled with PCRE2; see format.h. */
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <stdalign.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "ecma_translate.h"
#include "format.h"
#include "formats_internal.h"
#include "util/xalloc.h"

/* CASECHECK_REGEX_JIT=0 keeps every search in the interpreter. Valgrind
 * cannot follow JIT-generated machine code (it reports uninitialised
 * values inside it), so the Valgrind test sets it; results are the same
 * either way. */
static bool jit_allowed(void)
{
	const char *v = getenv("CASECHECK_REGEX_JIT");
	return !(v && !strcmp(v, "0"));
}

/* Bounds on one search, so a catastrophic pattern cannot hang a check:
 * hitting any of them makes cc_regex_search report no match. */
#define CC_REGEX_MATCH_LIMIT 1000000   /* calls of PCRE2's internal match() */
#define CC_REGEX_DEPTH_LIMIT 10000     /* backtracking depth */
#define CC_REGEX_HEAP_LIMIT_KIB 16384  /* backtracking memory */
/* With emulated lookbehinds: the steps all lookbehind tests of one search
 * may take: one per pattern item reached (PCRE2 automatic callouts) and
 * one per 16 subject bytes a test may scan. */
#define CC_REGEX_LOOKBEHIND_STEPS 2000000
#define AUTO_CALLOUT 255

#define BASE_OPTIONS (PCRE2_UTF | PCRE2_MATCH_INVALID_UTF | PCRE2_MATCH_UNSET_BACKREF | \
		      PCRE2_DOLLAR_ENDONLY | PCRE2_NEVER_BACKSLASH_C)
/* Backtracking must reach the callouts. (Start-of-match optimisations may
 * skip callouts, but only where no match could start, which is harmless:
 * the callouts have no side effect besides the budget.) */
#define EMULATION_OPTIONS PCRE2_NO_AUTO_POSSESS

struct cc_regex {
	pcre2_code *code;
	bool jit;                  /* code is JIT-compiled too (see run()) */
	pcre2_general_context *md_gctx; /* run()'s match data (see md_malloc) */
	pcre2_match_context *mctx; /* read-only after compile: shared by threads */
	/* emulated lookbehinds (see ecma_translate.h); lookbehind[i] is NULL
	 * for one that stayed native */
	pcre2_code **lookbehind;
	int *negate, *truncate;
	size_t nlookbehind;
};

/* One search's state for the lookbehind callouts, shared by all levels. */
typedef struct search_state {
	unsigned long budget;     /* lookbehind steps left */
	pcre2_match_data **md;    /* one per lookbehind, kept between tests so
	                           * PCRE2 reuses its backtracking memory */
} search_state;

/* One level of lookbehind testing. */
typedef struct search_frame {
	const cc_regex *re;
	size_t target;       /* where the lookbehind being tested stands */
	search_state *state;
} search_frame;

static int callout(pcre2_callout_block *cb, void *data);

/* Each thread's buffer for run_plain()'s match data (one pair of offsets:
 * about 100 bytes). md_malloc hands it out only while run_plain() creates
 * its match data (armed), and only once at a time; anything else (the
 * general context itself, the interpreter's backtracking frames, a nested
 * search) goes to malloc. Nothing on the heap is owned by the thread, so
 * nothing leaks when a thread ends. */
static _Thread_local struct {
	_Alignas(max_align_t) unsigned char buf[256];
	bool armed, used;
} md_slot;

static void *md_malloc(PCRE2_SIZE size, void *data)
{
	(void)data;
	if (md_slot.armed && !md_slot.used && size <= sizeof md_slot.buf) {
		md_slot.used = true;
		return md_slot.buf;
	}
	return malloc(size);
}

static void md_free(void *p, void *data)
{
	(void)data;
	if (p == (void *)md_slot.buf)
		md_slot.used = false;
	else
		free(p);
}

static pcre2_code *compile_pcre(const char *text, size_t len, uint32_t options, int *errcode)
{
	PCRE2_SIZE offset;
	/* The empty pattern (ECMA-262 allows it: it matches everywhere)
	 * translates to an empty buffer that was never allocated; PCRE2 older
	 * than 10.43 refuses a NULL pattern even of length 0. */
	return pcre2_compile((PCRE2_SPTR)(text ? text : ""), len, options, errcode, &offset, NULL);
}

static void set_error(char **errmsg, int errcode)
{
	PCRE2_UCHAR buf[256];
	if (!errmsg)
		return;
	if (pcre2_get_error_message(errcode, buf, sizeof buf) < 0)
		buf[0] = '\0';
	*errmsg = cc_xasprintf("pattern not supported by the regex engine: %s", (const char *)buf);
}

/* Second try for a pattern whose lookbehinds PCRE2 cannot run natively. */
static int compile_emulated(cc_regex *re, const char *pattern, size_t len, char **errmsg,
			    int *errcode)
{
	cc_strbuf pcre = CC_STRBUF_INIT;
	cc_ecma_lookbehinds lbs = CC_ECMA_LOOKBEHINDS_INIT;
	int error = -1;

	if ((error = cc_ecma_translate_emulated(&pcre, &lbs, pattern, len, errmsg)) < 0)
		goto done;
	error = -1;
	re->code = compile_pcre(pcre.buf, pcre.len, BASE_OPTIONS | EMULATION_OPTIONS, errcode);
	if (!re->code)
		goto done;
	re->nlookbehind = lbs.count;
	re->lookbehind = cc_xcalloc(lbs.count + 1, sizeof *re->lookbehind);
	re->negate = cc_xcalloc(lbs.count + 1, sizeof *re->negate);
	re->truncate = cc_xcalloc(lbs.count + 1, sizeof *re->truncate);
	for (size_t i = 0; i < lbs.count; i++) {
		re->negate[i] = lbs.items[i].negate;
		re->truncate[i] = lbs.items[i].truncate;
		if (!lbs.items[i].pcre)
			continue;
		re->lookbehind[i] = compile_pcre(lbs.items[i].pcre, PCRE2_ZERO_TERMINATED,
						 BASE_OPTIONS | EMULATION_OPTIONS | PCRE2_AUTO_CALLOUT,
						 errcode);
		if (!re->lookbehind[i])
			goto done;
	}
	error = 0;
done:
	if (error < 0 && *errcode)
		set_error(errmsg, *errcode);
	cc_strbuf_free(&pcre);
	cc_ecma_lookbehinds_free(&lbs);
	return error;
}

static int compile(cc_regex **out, const char *pattern, size_t len, char **errmsg, int *errcode)
{
	cc_strbuf pcre = CC_STRBUF_INIT;
	cc_regex *re = cc_xcalloc(1, sizeof *re);
	int error = -1;

	*out = NULL;
	*errcode = 0;
	if ((error = cc_ecma_translate(&pcre, pattern, len, errmsg)) < 0)
		goto done;
	error = -1;
	re->code = compile_pcre(pcre.buf, pcre.len, BASE_OPTIONS, errcode);
	if (!re->code && (*errcode == PCRE2_ERROR_LOOKBEHIND_NOT_FIXED_LENGTH ||
			  *errcode == PCRE2_ERROR_LOOKBEHIND_TOO_LONG)) {
		*errcode = 0;
		if ((error = compile_emulated(re, pattern, len, errmsg, errcode)) < 0)
			goto done;
		error = -1;
	} else if (!re->code) {
		set_error(errmsg, *errcode);
		goto done;
	}
	re->mctx = pcre2_match_context_create(NULL);
	if (!re->mctx)
		abort();
	pcre2_set_match_limit(re->mctx, CC_REGEX_MATCH_LIMIT);
	pcre2_set_depth_limit(re->mctx, CC_REGEX_DEPTH_LIMIT);
	pcre2_set_heap_limit(re->mctx, CC_REGEX_HEAP_LIMIT_KIB);
	pcre2_set_callout(re->mctx, callout, NULL);
	/* JIT only the patterns run without lookbehind emulation; a JIT
	 * compile failure (no JIT on this CPU, out of executable memory)
	 * leaves the interpreter in charge. */
	re->jit = !re->nlookbehind && jit_allowed() && pcre2_jit_compile(re->code, PCRE2_JIT_COMPLETE) == 0;
	re->md_gctx = pcre2_general_context_create(md_malloc, md_free, NULL);
	if (!re->md_gctx)
		abort();
	*out = re;
	re = NULL;
	error = 0;
done:
	cc_regex_free(re);
	cc_strbuf_free(&pcre);
	return error;
}

cc_regex *cc_regex_compile(const char *pattern, size_t len, char **errmsg)
{
	cc_regex *re;
	int errcode;
	compile(&re, pattern, len, errmsg, &errcode);
	return re;
}

bool cc_regex_valid(const char *pattern, size_t len)
{
	cc_regex *re;
	int errcode, error = compile(&re, pattern, len, NULL, &errcode);

	if (error == 0) {
		cc_regex_free(re);
		return true;
	}
	/* Valid ECMA-262 that this PCRE2 cannot run. */
	return error == CC_ECMA_UNSUPPORTED || errcode == PCRE2_ERROR_QUANTIFIER_TOO_BIG ||
	       errcode == PCRE2_ERROR_LOOKBEHIND_NOT_FIXED_LENGTH || /* with captures */
	       errcode == PCRE2_ERROR_LOOKBEHIND_TOO_LONG;
}

static pcre2_match_data *new_match_data(void)
{
	pcre2_match_data *md = pcre2_match_data_create(1, NULL);
	if (!md)
		abort();
	return md;
}

static int run(const pcre2_code *code, const char *s, size_t len, pcre2_match_context *mctx)
{
	pcre2_match_data *md = new_match_data();
	int rc = pcre2_match(code, (PCRE2_SPTR)s, len, 0, 0, md, mctx);
	pcre2_match_data_free(md);
	return rc;
}

/* A search without emulated lookbehinds. With JIT, an answer that hit a
 * limit (the JIT's own 32 KiB stack, or the match limit, which the JIT
 * counts its own way) is asked again of the interpreter, so the limits
 * documented in format.h decide exactly as without JIT. The match data
 * lives in a per-thread buffer (md_malloc): no heap allocation per search. */
static int run_plain(const cc_regex *re, const char *s, size_t len)
{
	pcre2_match_data *md;
	int rc;

	md_slot.armed = true;
	md = pcre2_match_data_create(1, re->md_gctx);
	md_slot.armed = false;
	if (!md)
		abort();
	rc = pcre2_match(re->code, (PCRE2_SPTR)s, len, 0, re->jit ? 0 : PCRE2_NO_JIT, md, re->mctx);
	if (re->jit && (rc == PCRE2_ERROR_JIT_STACKLIMIT || rc == PCRE2_ERROR_MATCHLIMIT))
		rc = pcre2_match(re->code, (PCRE2_SPTR)s, len, 0, PCRE2_NO_JIT, md, re->mctx);
	pcre2_match_data_free(md);
	return rc;
}

/* A match context for one level of a search with emulated lookbehinds. */
static pcre2_match_context *frame_context(const cc_regex *re, search_frame *frame)
{
	pcre2_match_context *ctx = pcre2_match_context_copy(re->mctx);
	if (!ctx)
		abort();
	pcre2_set_callout(ctx, callout, frame);
	return ctx;
}

/* Callout n (1..253): whether lookbehind n-1 holds here; callout 254: the
 * lookbehind body ended where the lookbehind stands; 255 (automatic, in
 * lookbehind bodies only): one step of the budget. Returns 0 to go on, 1
 * to backtrack, or a negative code that ends the search (no match). */
/* Capture-reset callouts (see ecma_translate.c), "v" or "u" then the
 * group number N and ",m" for each iteration marker m around it: whether
 * group N was captured after every marker was ("v" goes on if so, "u" if
 * not). */
static int reset_callout(const pcre2_callout_block *cb)
{
	const char *s = (const char *)cb->callout_string;
	const PCRE2_SIZE *ov = cb->offset_vector;
	char *end;
	unsigned long n = strtoul(s + 1, &end, 10), m;
	bool captured = n < cb->capture_top && ov[2 * n] != PCRE2_UNSET;

	if (s[0] == 'e') {
		/* "e" N [",E"]: the iteration that began at marker N must not be
		 * empty, unless it began where the loop did (entry marker E) */
		bool entry = false;
		if (*end == ',') {
			m = strtoul(end + 1, &end, 10);
			entry = m < cb->capture_top && ov[2 * m] != PCRE2_UNSET && ov[2 * m] == ov[2 * n];
		}
		return captured && ov[2 * n] == cb->current_position && !entry ? 1 : 0;
	}

	while (captured && *end == ',') {
		m = strtoul(end + 1, &end, 10);
		if (m < cb->capture_top && ov[2 * m] != PCRE2_UNSET && ov[2 * n] < ov[2 * m])
			captured = false;
	}
	return captured == (s[0] == 'v') ? 0 : 1;
}

static int callout(pcre2_callout_block *cb, void *data)
{
	search_frame *frame = data, inner;
	search_state *state;
	pcre2_match_context *ctx;
	size_t k = cb->callout_number - 1, len;
	int rc;

	if (cb->callout_string)
		return reset_callout(cb);
	if (!frame)
		return PCRE2_ERROR_CALLOUT;
	state = frame->state;
	if (state->budget == 0)
		return PCRE2_ERROR_CALLOUT;
	state->budget--;
	if (cb->callout_number == AUTO_CALLOUT)
		return 0;
	if (cb->callout_number == CC_ECMA_END_CALLOUT)
		return cb->current_position == frame->target ? 0 : 1;
	if (k >= frame->re->nlookbehind || !frame->re->lookbehind[k])
		return PCRE2_ERROR_CALLOUT;
	len = frame->re->truncate[k] ? cb->current_position : cb->subject_length;
	/* a test scans up to len bytes in steps that may each cover many */
	if (state->budget < len / 16)
		return PCRE2_ERROR_CALLOUT;
	state->budget -= len / 16;
	inner.re = frame->re;
	inner.target = cb->current_position;
	inner.state = state;
	ctx = frame_context(frame->re, &inner);
	if (!state->md[k])
		state->md[k] = new_match_data();
	rc = pcre2_match(frame->re->lookbehind[k], cb->subject, len, 0, 0, state->md[k], ctx);
	pcre2_match_context_free(ctx);
	if (rc < 0 && rc != PCRE2_ERROR_NOMATCH)
		return rc;
	return (rc >= 0) != frame->re->negate[k] ? 0 : 1;
}

bool cc_regex_search(const cc_regex *re, const char *s, size_t len)
{
	if (!re->nlookbehind)
		return run_plain(re, s, len) >= 0;

	search_state state = { CC_REGEX_LOOKBEHIND_STEPS, NULL };
	search_frame frame = { re, 0, &state };
	pcre2_match_context *ctx = frame_context(re, &frame);
	int rc;

	state.md = cc_xcalloc(re->nlookbehind, sizeof *state.md);
	rc = run(re->code, s, len, ctx);
	for (size_t i = 0; i < re->nlookbehind; i++)
		pcre2_match_data_free(state.md[i]);
	free(state.md);
	pcre2_match_context_free(ctx);
	return rc >= 0;
}

void cc_regex_free(cc_regex *re)
{
	if (!re)
		return;
	for (size_t i = 0; i < re->nlookbehind; i++)
		pcre2_code_free(re->lookbehind[i]);
	free(re->lookbehind);
	free(re->negate);
	free(re->truncate);
	pcre2_match_context_free(re->mctx);
	pcre2_general_context_free(re->md_gctx);
	pcre2_code_free(re->code);
	free(re);
}
