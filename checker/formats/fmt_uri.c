/* URIs (RFC 3986) and IRIs (RFC 3987): absolute forms and references. */
#include <string.h>

#include "util/chars.h"
#include "formats_internal.h"
#include "util/utf8.h"

enum { URI, IRI, IRI_QUERY }; /* which characters beyond ASCII are allowed */

bool cc_iri_ucschar(uint32_t cp)
{
	if (cp >= 0xA0 && cp <= 0xD7FF)
		return true;
	if ((cp >= 0xF900 && cp <= 0xFDCF) || (cp >= 0xFDF0 && cp <= 0xFFEF))
		return true;
	if (cp >= 0x10000 && cp <= 0xDFFFD)
		return (cp & 0xFFFF) <= 0xFFFD;
	return cp >= 0xE1000 && cp <= 0xEFFFD;
}

bool cc_iri_iprivate(uint32_t cp)
{
	return (cp >= 0xE000 && cp <= 0xF8FF) || (cp >= 0xF0000 && cp <= 0xFFFFD) ||
	       (cp >= 0x100000 && cp <= 0x10FFFD);
}

static bool is_unreserved(char c)
{
	return cc_is_alpha(c) || cc_is_digit(c) || (c && strchr("-._~", c));
}

static bool is_sub_delim(char c)
{
	return c && strchr("!$&'()*+,;=", c);
}

/* How many bytes at s[i] form one allowed character: unreserved,
 * sub-delims, a character of extra, pct-encoded, or (for IRIs) ucschar
 * and, in queries, iprivate. 0 when none. */
static size_t one_char(const char *s, size_t len, size_t i, const char *extra, int mode)
{
	char c = s[i];
	if ((unsigned char)c >= 0x80) {
		uint32_t cp;
		size_t n;
		if (mode == URI)
			return 0;
		n = cc_utf8_decode((const unsigned char *)s + i, len - i, &cp);
		if (!n)
			return 0;
		if (cc_iri_ucschar(cp) || (mode == IRI_QUERY && cc_iri_iprivate(cp)))
			return n;
		return 0;
	}
	if (c == '%')
		return i + 2 < len && cc_is_hex(s[i + 1]) && cc_is_hex(s[i + 2]) ? 3 : 0;
	if (is_unreserved(c) || is_sub_delim(c) || (c && strchr(extra, c)))
		return 1;
	return 0;
}

/* Whether all of s[from..to) is made of allowed characters. */
static bool all_chars(const char *s, size_t from, size_t to, const char *extra, int mode)
{
	size_t i = from;
	while (i < to) {
		size_t n = one_char(s, to, i, extra, mode);
		if (!n)
			return false;
		i += n;
	}
	return true;
}

/* IPvFuture = "v" 1*HEXDIG "." 1*( unreserved / sub-delims / ":" ) */
static bool ipvfuture(const char *s, size_t len)
{
	size_t i = 1;
	if (len < 4 || (s[0] != 'v' && s[0] != 'V'))
		return false;
	while (i < len && cc_is_hex(s[i]))
		i++;
	if (i == 1 || i >= len || s[i] != '.' || i + 1 == len)
		return false;
	return all_chars(s, i + 1, len, ":", URI);
}

/* authority = [ userinfo "@" ] host [ ":" port ] */
static bool authority(const char *s, size_t from, size_t to, int mode)
{
	const char *at = memchr(s + from, '@', to - from);
	size_t h = from;

	if (at) {
		h = (size_t)(at - s);
		if (!all_chars(s, from, h, ":", mode))
			return false;
		h++;
	}
	if (h < to && s[h] == '[') {
		const char *close = memchr(s + h, ']', to - h);
		size_t c;
		if (!close)
			return false;
		c = (size_t)(close - s);
		if (!cc_fmt_ipv6(s + h + 1, c - h - 1) && !ipvfuture(s + h + 1, c - h - 1))
			return false;
		h = c + 1;
	} else {
		size_t e = h;
		while (e < to && s[e] != ':')
			e++;
		if (!all_chars(s, h, e, "", mode))
			return false;
		h = e;
	}
	if (h == to)
		return true;
	if (s[h] != ':')
		return false;
	for (h++; h < to; h++)
		if (!cc_is_digit(s[h]))
			return false;
	return true;
}

static bool reference(const char *s, size_t len, int mode, bool absolute)
{
	size_t i = 0, hier, end, q, f;
	bool scheme = false;

	if (len > 0 && cc_is_alpha(s[0])) {
		while (i < len && (cc_is_alpha(s[i]) || cc_is_digit(s[i]) || s[i] == '+' || s[i] == '-' || s[i] == '.'))
			i++;
		if (i < len && s[i] == ':')
			scheme = true;
	}
	if (absolute && !scheme)
		return false;
	hier = scheme ? i + 1 : 0;

	const char *hash = memchr(s + hier, '#', len - hier);
	f = hash ? (size_t)(hash - s) : len;
	const char *qm = memchr(s + hier, '?', f - hier);
	q = qm ? (size_t)(qm - s) : f;
	if (hash && !all_chars(s, f + 1, len, ":@/?", mode))
		return false;
	if (qm && !all_chars(s, q + 1, f, ":@/?", mode == IRI ? IRI_QUERY : mode))
		return false;

	end = q;
	i = hier;
	if (end - i >= 2 && s[i] == '/' && s[i + 1] == '/') {
		const char *slash = memchr(s + i + 2, '/', end - i - 2);
		size_t a_end = slash ? (size_t)(slash - s) : end;
		if (!authority(s, i + 2, a_end, mode))
			return false;
		i = a_end;
	} else if (!scheme) {
		/* path-noscheme: no colon in the first segment */
		for (size_t k = i; k < end && s[k] != '/'; k++)
			if (s[k] == ':')
				return false;
	}
	return all_chars(s, i, end, ":@/", mode);
}

bool cc_fmt_uri(const char *s, size_t len)
{
	return reference(s, len, URI, true);
}

bool cc_fmt_uri_reference(const char *s, size_t len)
{
	return reference(s, len, URI, false);
}

bool cc_fmt_iri(const char *s, size_t len)
{
	return reference(s, len, IRI, true);
}

bool cc_fmt_iri_reference(const char *s, size_t len)
{
	return reference(s, len, IRI, false);
}
