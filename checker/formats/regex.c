/* cc_regex: ECMA-262 patterns compiled with PCRE2; see format.h. */
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <stdlib.h>

#include "ecma_translate.h"
#include "format.h"
#include "formats_internal.h"
#include "util/xalloc.h"

/* Bounds on one match, so a catastrophic pattern cannot hang a check:
 * hitting any of them makes cc_regex_search report no match. */
#define CC_REGEX_MATCH_LIMIT 1000000   /* calls of PCRE2's internal match() */
#define CC_REGEX_DEPTH_LIMIT 10000     /* backtracking depth */
#define CC_REGEX_HEAP_LIMIT_KIB 16384  /* backtracking memory */

struct cc_regex {
	pcre2_code *code;
	pcre2_match_context *mctx; /* read-only after compile: shared by threads */
};

static int compile(cc_regex **out, const char *pattern, size_t len, char **errmsg, int *pcre_error)
{
	cc_strbuf pcre = CC_STRBUF_INIT;
	cc_regex *re = NULL;
	pcre2_code *code;
	PCRE2_SIZE offset;
	int errcode, error = -1;

	*out = NULL;
	*pcre_error = 0;
	if (cc_ecma_translate(&pcre, pattern, len, errmsg) < 0)
		goto done;
	code = pcre2_compile((PCRE2_SPTR)cc_strbuf_cstr(&pcre), pcre.len,
			     PCRE2_UTF | PCRE2_MATCH_INVALID_UTF | PCRE2_MATCH_UNSET_BACKREF |
				     PCRE2_DOLLAR_ENDONLY | PCRE2_NEVER_BACKSLASH_C,
			     &errcode, &offset, NULL);
	if (!code) {
		*pcre_error = errcode;
		if (errmsg) {
			PCRE2_UCHAR buf[256];
			if (pcre2_get_error_message(errcode, buf, sizeof buf) < 0)
				buf[0] = '\0';
			*errmsg = cc_xasprintf("pattern not supported by the regex engine: %s",
					       (const char *)buf);
		}
		goto done;
	}
	re = cc_xcalloc(1, sizeof *re);
	re->code = code;
	re->mctx = pcre2_match_context_create(NULL);
	if (!re->mctx)
		abort();
	pcre2_set_match_limit(re->mctx, CC_REGEX_MATCH_LIMIT);
	pcre2_set_depth_limit(re->mctx, CC_REGEX_DEPTH_LIMIT);
	pcre2_set_heap_limit(re->mctx, CC_REGEX_HEAP_LIMIT_KIB);
	*out = re;
	error = 0;
done:
	cc_strbuf_free(&pcre);
	return error;
}

cc_regex *cc_regex_compile(const char *pattern, size_t len, char **errmsg)
{
	cc_regex *re;
	int pcre_error;
	compile(&re, pattern, len, errmsg, &pcre_error);
	return re;
}

bool cc_regex_valid(const char *pattern, size_t len)
{
	cc_regex *re;
	int pcre_error;

	if (compile(&re, pattern, len, NULL, &pcre_error) == 0) {
		cc_regex_free(re);
		return true;
	}
	/* Valid ECMA-262 that this PCRE2 cannot run. */
	return pcre_error == PCRE2_ERROR_LOOKBEHIND_NOT_FIXED_LENGTH ||
	       pcre_error == PCRE2_ERROR_QUANTIFIER_TOO_BIG ||
	       pcre_error == PCRE2_ERROR_LOOKBEHIND_TOO_LONG;
}

bool cc_regex_search(const cc_regex *re, const char *s, size_t len)
{
	pcre2_match_data *md = pcre2_match_data_create(1, NULL);
	int rc;

	if (!md)
		abort();
	rc = pcre2_match(re->code, (PCRE2_SPTR)s, len, 0, 0, md, re->mctx);
	pcre2_match_data_free(md);
	return rc >= 0;
}

void cc_regex_free(cc_regex *re)
{
	if (!re)
		return;
	pcre2_match_context_free(re->mctx);
	pcre2_code_free(re->code);
	free(re);
}
