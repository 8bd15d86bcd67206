/* uuid (RFC 4122 hyphenated form), JSON Pointer (RFC 6901), Relative JSON
 * Pointer, and URI Template (RFC 6570, level 4 syntax). */
#include <string.h>

#include "util/chars.h"
#include "formats_internal.h"
#include "util/utf8.h"

bool cc_fmt_uuid(const char *s, size_t len)
{
	if (len != 36)
		return false;
	for (size_t i = 0; i < len; i++) {
		bool dash = i == 8 || i == 13 || i == 18 || i == 23;
		if (dash ? s[i] != '-' : !cc_is_hex(s[i]))
			return false;
	}
	return true;
}

bool cc_fmt_json_pointer(const char *s, size_t len)
{
	if (len > 0 && s[0] != '/')
		return false;
	for (size_t i = 0; i < len; i++)
		if (s[i] == '~' && (i + 1 >= len || (s[i + 1] != '0' && s[i + 1] != '1')))
			return false;
	/* any other byte is allowed, as long as the text is UTF-8 */
	uint32_t cp;
	for (size_t i = 0, n; i < len; i += n)
		if (!(n = cc_utf8_decode((const unsigned char *)s + i, len - i, &cp)))
			return false;
	return true;
}

/* non-negative-integer ( "#" / json-pointer ) */
bool cc_fmt_relative_json_pointer(const char *s, size_t len)
{
	size_t i = 0;
	while (i < len && cc_is_digit(s[i]))
		i++;
	if (i == 0 || (s[0] == '0' && i > 1))
		return false;
	if (i < len && s[i] == '#')
		return i + 1 == len;
	return cc_fmt_json_pointer(s + i, len - i);
}

/* pct-encoded at s[i]: "%" HEXDIG HEXDIG */
static bool pct(const char *s, size_t len, size_t i)
{
	return i + 2 < len && s[i] == '%' && cc_is_hex(s[i + 1]) && cc_is_hex(s[i + 2]);
}

static bool is_varchar(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || cc_is_digit(c) || c == '_';
}

/* varname = varchar *( ["."] varchar ), varchar = ALPHA / DIGIT / "_" /
 * pct-encoded */
static bool varname(const char *s, size_t len, size_t *i)
{
	bool any = false, dot = false;
	while (*i < len) {
		if (is_varchar(s[*i])) {
			(*i)++;
		} else if (pct(s, len, *i)) {
			*i += 3;
		} else if (s[*i] == '.' && any && !dot) {
			(*i)++;
			dot = true;
			continue;
		} else {
			break;
		}
		any = true;
		dot = false;
	}
	return any && !dot;
}

/* expression = "{" [ operator ] variable-list "}", after the "{" */
static bool expression(const char *s, size_t len, size_t *i)
{
	if (*i < len && strchr("+#./;?&", s[*i]) && s[*i])
		(*i)++;
	for (;;) {
		if (!varname(s, len, i))
			return false;
		if (*i < len && s[*i] == ':') {
			size_t start = ++(*i);
			while (*i < len && cc_is_digit(s[*i]))
				(*i)++;
			if (*i == start || *i - start > 4 || s[start] == '0')
				return false;
		} else if (*i < len && s[*i] == '*') {
			(*i)++;
		}
		if (*i < len && s[*i] == ',') {
			(*i)++;
			continue;
		}
		if (*i < len && s[*i] == '}') {
			(*i)++;
			return true;
		}
		return false;
	}
}

/* RFC 6570 §2.1's literals, and "'" (0x27), which its ABNF leaves out but
 * the official JSON Schema test suite requires to be valid ("an apostrophe
 * in a literal is valid", optional/format/uri-template.json), so ajv and
 * python-jsonschema's refusal is not followed (docs/hardening.md). */
static bool literal_ascii(unsigned char c)
{
	return c == 0x21 || (c >= 0x23 && c <= 0x24) || (c >= 0x26 && c <= 0x3B) || c == 0x3D ||
	       (c >= 0x3F && c <= 0x5B) || c == 0x5D || c == 0x5F || (c >= 0x61 && c <= 0x7A) ||
	       c == 0x7E;
}

bool cc_fmt_uri_template(const char *s, size_t len)
{
	size_t i = 0;
	while (i < len) {
		unsigned char c = (unsigned char)s[i];
		uint32_t cp;
		size_t n;
		if (c == '{') {
			i++;
			if (!expression(s, len, &i))
				return false;
		} else if (c == '%') {
			if (!pct(s, len, i))
				return false;
			i += 3;
		} else if (c < 0x80) {
			if (!literal_ascii(c))
				return false;
			i++;
		} else {
			n = cc_utf8_decode((const unsigned char *)s + i, len - i, &cp);
			if (!n || !(cc_iri_ucschar(cp) || cc_iri_iprivate(cp)))
				return false;
			i += n;
		}
	}
	return true;
}
