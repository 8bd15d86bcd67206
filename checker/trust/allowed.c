/* allowed.c: OpenSSH's allowed-signers file (ssh-keygen(1), "ALLOWED
 * SIGNERS"), parsed once and then read by many threads.
 *
 * A line is: principals (a pattern list, optionally in double quotes),
 * options (comma-separated; values in double quotes), the key type and
 * the base64 key, then an optional comment. Blank lines and lines starting
 * with '#' are skipped. */
#define _GNU_SOURCE /* timegm */
#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "casecheck/error.h"
#include "casecheck/trust.h"
#include "pattern.h"
#include "sshbuf.h"
#include "sshsig.h"
#include "util/strbuf.h"
#include "util/xalloc.h"

typedef struct signer_line {
	char *principals;     /* pattern list */
	char *namespaces;     /* pattern list, or NULL: any */
	int64_t valid_after;  /* 0: no bound */
	int64_t valid_before; /* 0: no bound */
	unsigned char *key; size_t key_len; /* the public key blob */
	size_t line;
} signer_line;

struct cc_allowed_signers {
	signer_line *lines;
	size_t n, cap;
};

static const char *const KEY_TYPES[] = {"ssh-ed25519", "ecdsa-sha2-nistp256", "ssh-rsa", NULL};

const char *cc_sig_state_name(cc_sig_state s)
{
	switch (s) {
	case CC_SIG_NOT_CHECKED: return "not-checked";
	case CC_SIG_UNSIGNED: return "unsigned";
	case CC_SIG_VERIFIED: return "verified";
	case CC_SIG_BAD: return "bad";
	case CC_SIG_UNKNOWN_KEY: return "unknown-key";
	case CC_SIG_OUTSIDE_VALIDITY: return "outside-validity";
	}
	return "unknown";
}

void cc_allowed_signers_free(cc_allowed_signers *as)
{
	if (!as)
		return;
	for (size_t i = 0; i < as->n; i++) {
		free(as->lines[i].principals);
		free(as->lines[i].namespaces);
		free(as->lines[i].key);
	}
	free(as->lines);
	free(as);
}

size_t cc_allowed_signers_count(const cc_allowed_signers *as)
{
	return as ? as->n : 0;
}

/* The next whitespace-delimited token of *p (double quotes keep spaces),
 * as a new string; NULL at the end of the line. */
static char *token(const char **p)
{
	const char *s = *p;
	while (*s == ' ' || *s == '\t')
		s++;
	if (!*s)
		return NULL;
	const char *t = s;
	bool quoted = false;
	for (; *t && (quoted || (*t != ' ' && *t != '\t')); t++)
		if (*t == '"')
			quoted = !quoted;
	*p = t;
	return cc_xstrndup(s, (size_t)(t - s));
}

/* OpenSSH's absolute times: YYYYMMDD, YYYYMMDDHHMM or YYYYMMDDHHMMSS,
 * with a trailing Z for UTC, else local time. 0 or -1. */
static int parse_time(int64_t *out, const char *s)
{
	size_t n = strlen(s);
	bool utc = n > 0 && (s[n - 1] == 'Z' || s[n - 1] == 'z');
	if (utc)
		n--;
	if (n != 8 && n != 12 && n != 14)
		return -1;
	for (size_t i = 0; i < n; i++)
		if (!isdigit((unsigned char)s[i]))
			return -1;
	int f[6] = {0};
	static const int width[6] = {4, 2, 2, 2, 2, 2};
	size_t o = 0;
	for (int k = 0; k < 6 && o < n; k++) {
		for (int j = 0; j < width[k]; j++)
			f[k] = f[k] * 10 + (s[o++] - '0');
	}
	struct tm tm = {0};
	tm.tm_year = f[0] - 1900;
	tm.tm_mon = f[1] - 1;
	tm.tm_mday = f[2];
	tm.tm_hour = f[3];
	tm.tm_min = f[4];
	tm.tm_sec = f[5];
	tm.tm_isdst = -1;
	if (f[1] < 1 || f[1] > 12 || f[2] < 1 || f[2] > 31 || f[3] > 23 || f[4] > 59 || f[5] > 59)
		return -1;
	time_t t = utc ? timegm(&tm) : mktime(&tm);
	if (t == (time_t)-1)
		return -1;
	*out = (int64_t)t;
	return 0;
}

/* A quoted option value "..." without its quotes, or NULL. */
static char *unquote(const char *v)
{
	size_t n = strlen(v);
	if (n < 2 || v[0] != '"' || v[n - 1] != '"')
		return NULL;
	return cc_xstrndup(v + 1, n - 2);
}

/* Applies an options field to ln; NULL or why not (static, or *owned). */
static const char *parse_options(signer_line *ln, const char *opts)
{
	const char *p = opts;
	while (*p) {
		const char *end = p;
		bool quoted = false;
		for (; *end && (quoted || *end != ','); end++)
			if (*end == '"')
				quoted = !quoted;
		char *opt = cc_xstrndup(p, (size_t)(end - p));
		char *eq = strchr(opt, '='), *val = NULL;
		const char *why = NULL;
		if (eq) {
			*eq = '\0';
			val = unquote(eq + 1);
		}
		if (!strcasecmp(opt, "cert-authority"))
			why = "cert-authority lines are not supported (list each manager's own key)";
		else if (!eq || !val)
			why = "an option is unknown or its value is not in double quotes";
		else if (!strcasecmp(opt, "namespaces")) {
			free(ln->namespaces);
			ln->namespaces = val;
			val = NULL;
		} else if (!strcasecmp(opt, "valid-after")) {
			if (parse_time(&ln->valid_after, val) < 0)
				why = "valid-after is not a time (YYYYMMDD[HHMM[SS]][Z])";
		} else if (!strcasecmp(opt, "valid-before")) {
			if (parse_time(&ln->valid_before, val) < 0)
				why = "valid-before is not a time (YYYYMMDD[HHMM[SS]][Z])";
		} else
			why = "an option is unknown (namespaces, valid-after and valid-before are understood)";
		free(opt);
		free(val);
		if (why)
			return why;
		p = *end ? end + 1 : end;
	}
	return NULL;
}

static bool known_type(const char *t)
{
	for (size_t i = 0; KEY_TYPES[i]; i++)
		if (!strcmp(t, KEY_TYPES[i]))
			return true;
	return false;
}

/* Parses one non-blank, non-comment line into ln: NULL or why not. */
static const char *parse_line(signer_line *ln, const char *text)
{
	const char *p = text, *why = NULL;
	char *princ = token(&p), *tok = token(&p), *b64 = NULL;
	if (!princ || !tok) {
		why = "a line needs principals, a key type and a key";
		goto done;
	}
	if (princ[0] == '"') {
		char *u = unquote(princ);
		free(princ);
		princ = u;
		if (!princ) {
			why = "the principals' quotes are not closed";
			goto done;
		}
	}
	if (!known_type(tok) && !cc_sshkey_refused(tok, strlen(tok)) && strchr(tok, '@') == NULL &&
	    strncmp(tok, "ecdsa-", 6) && strncmp(tok, "ssh-", 4)) {
		if ((why = parse_options(ln, tok)))
			goto done;
		free(tok);
		tok = token(&p);
	}
	if (!tok) {
		why = "a line needs a key type and a key";
		goto done;
	}
	if ((why = cc_sshkey_refused(tok, strlen(tok))))
		goto done;
	if (!known_type(tok)) {
		why = "the key type is not supported (ssh-ed25519, ecdsa-sha2-nistp256 or ssh-rsa)";
		goto done;
	}
	b64 = token(&p);
	cc_sshbuf kb;
	if (!b64 || cc_base64_decode(&ln->key, &ln->key_len, b64, strlen(b64)) < 0 ||
	    (kb = (cc_sshbuf){ln->key, ln->key_len, false}, !cc_sshbuf_str_is(&kb, tok))) {
		why = "the key is not valid base64 of a key of the type named";
		goto done;
	}
	ln->principals = princ;
	princ = NULL;
done:
	free(princ);
	free(tok);
	free(b64);
	return why;
}

int cc_allowed_signers_parse(cc_allowed_signers **out, const char *text, size_t len, char **errmsg)
{
	cc_allowed_signers *as = cc_xcalloc(1, sizeof *as);
	size_t lineno = 0;
	*out = NULL;
	if (memchr(text, '\0', len)) {
		*errmsg = cc_xstrdup("the allowed-signers file holds a NUL byte");
		goto bad;
	}
	for (const char *p = text, *end = text + len; p < end;) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		size_t n = nl ? (size_t)(nl - p) : (size_t)(end - p);
		char *line = cc_xstrndup(p, n);
		p += n + (nl != NULL);
		lineno++;
		char *s = line;
		while (*s == ' ' || *s == '\t')
			s++;
		size_t sl = strlen(s);
		while (sl && (s[sl - 1] == '\r' || s[sl - 1] == ' ' || s[sl - 1] == '\t'))
			s[--sl] = '\0';
		if (!*s || *s == '#') {
			free(line);
			continue;
		}
		signer_line ln = {0};
		ln.line = lineno;
		const char *why = parse_line(&ln, s);
		free(line);
		if (why) {
			free(ln.namespaces);
			free(ln.key);
			*errmsg = cc_xasprintf("allowed-signers line %zu: %s", lineno, why);
			goto bad;
		}
		as->lines = cc_xgrow(as->lines, &as->cap, as->n + 1, sizeof *as->lines);
		as->lines[as->n++] = ln;
	}
	*out = as;
	return 0;
bad:
	cc_allowed_signers_free(as);
	return CC_ERROR;
}

static cc_sig_state fail(char **why, cc_sig_state st, const char *msg)
{
	if (why)
		*why = cc_xstrdup(msg);
	return st;
}

cc_sig_state cc_allowed_signers_verify(const cc_allowed_signers *as, const char *principal, const char *ns,
                                       const char *armored, const void *msg, size_t len, int64_t t,
                                       char **why)
{
	cc_sshsig sg;
	unsigned char *blob = NULL;
	size_t blob_len;
	const char *reason = NULL;
	cc_sig_state st;
	if (why)
		*why = NULL;
	if (cc_sshsig_parse(&sg, &blob, &blob_len, armored, &reason) < 0)
		return fail(why, CC_SIG_BAD, reason);
	if (sg.ns_len != strlen(ns) || memcmp(sg.ns, ns, sg.ns_len)) {
		st = fail(why, CC_SIG_BAD, "the signature was made for another purpose (its namespace is not " CC_SIGNOFF_NAMESPACE ")");
		goto done;
	}
	if (cc_sshsig_check(&sg, msg, len, &reason) < 0) {
		st = fail(why, CC_SIG_BAD, reason);
		goto done;
	}
	bool listed = false, for_principal = false, in_ns = false;
	st = CC_SIG_OUTSIDE_VALIDITY;
	for (size_t i = 0; as && i < as->n; i++) {
		const signer_line *ln = &as->lines[i];
		if (ln->key_len != sg.pubkey_len || memcmp(ln->key, sg.pubkey, ln->key_len))
			continue;
		listed = true;
		if (!cc_pattern_list_match(principal, ln->principals))
			continue;
		for_principal = true;
		if (ln->namespaces && !cc_pattern_list_match(ns, ln->namespaces))
			continue;
		in_ns = true;
		if ((ln->valid_after && t < ln->valid_after) || (ln->valid_before && t > ln->valid_before))
			continue;
		st = CC_SIG_VERIFIED;
		break;
	}
	if (st == CC_SIG_VERIFIED)
		goto done;
	if (!listed)
		st = fail(why, CC_SIG_UNKNOWN_KEY, "the signing key is not in the allowed-signers file");
	else if (!for_principal)
		st = fail(why, CC_SIG_UNKNOWN_KEY, "the signing key is listed for someone else, not for the signer named in by");
	else if (!in_ns)
		st = fail(why, CC_SIG_UNKNOWN_KEY, "the signing key is listed for the signer, but not for the " CC_SIGNOFF_NAMESPACE " namespace");
	else
		st = fail(why, CC_SIG_OUTSIDE_VALIDITY, "the signing key is listed for the signer, but not valid on the sign-off's date (valid-after / valid-before)");
done:
	free(blob);
	return st;
}
