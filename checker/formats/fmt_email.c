/* E-mail addresses: RFC 5321 Mailbox (dot-string or quoted local part,
 * domain or address literal); RFC 6531 adds UTF-8 in the local part and
 * U-labels in the domain. */
#include <string.h>
#include <strings.h>

#include "formats_internal.h"
#include "util/utf8.h"

#define MAX_LOCAL 64

static bool is_atext(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
	       (c && strchr("!#$%&'*+-/=?^_`{|}~", c));
}

/* Length of the character at s[i]: 1 for ASCII (the caller checks which),
 * the UTF-8 length of a non-ASCII one when idn allows UTF-8, else 0. */
static size_t char_len(const char *s, size_t len, size_t i, bool idn)
{
	uint32_t cp;
	if ((unsigned char)s[i] < 0x80)
		return 1;
	if (!idn)
		return 0;
	return cc_utf8_decode((const unsigned char *)s + i, len - i, &cp);
}

/* The local part; *i ends on the "@". */
static bool local_part(const char *s, size_t len, size_t *i, bool idn)
{
	if (*i < len && s[*i] == '"') {
		(*i)++;
		for (;;) {
			unsigned char c;
			size_t n;
			if (*i >= len)
				return false;
			c = (unsigned char)s[*i];
			if (c == '"') {
				(*i)++;
				break;
			}
			if (c == '\\') {
				if (*i + 1 >= len || (unsigned char)s[*i + 1] < 32 || (unsigned char)s[*i + 1] > 126)
					return false;
				*i += 2;
				continue;
			}
			if (c < 0x80 && (c < 32 || c > 126))
				return false;
			if (!(n = char_len(s, len, *i, idn)))
				return false;
			*i += n;
		}
	} else {
		bool after_dot = true;
		while (*i < len && s[*i] != '@') {
			unsigned char c = (unsigned char)s[*i];
			size_t n;
			if (c == '.') {
				if (after_dot)
					return false;
				after_dot = true;
				(*i)++;
				continue;
			}
			if (c < 0x80 && !is_atext(c))
				return false;
			if (!(n = char_len(s, len, *i, idn)))
				return false;
			*i += n;
			after_dot = false;
		}
		if (after_dot)
			return false; /* empty, or ends with a dot */
	}
	return *i < len && s[*i] == '@' && *i <= MAX_LOCAL;
}

static bool domain_part(const char *s, size_t len, bool idn)
{
	if (len >= 2 && s[0] == '[' && s[len - 1] == ']') {
		/* the tag is an ABNF string, so any case (RFC 5321 §4.1.3) */
		if (len > 7 && strncasecmp(s + 1, "IPv6:", 5) == 0)
			return cc_fmt_ipv6(s + 6, len - 7);
		return cc_fmt_ipv4(s + 1, len - 2);
	}
	return idn ? cc_fmt_idn_email_domain(s, len) : cc_fmt_hostname(s, len);
}

static bool mailbox(const char *s, size_t len, bool idn)
{
	size_t i = 0;
	if (!local_part(s, len, &i, idn))
		return false;
	return domain_part(s + i + 1, len - i - 1, idn);
}

bool cc_fmt_email(const char *s, size_t len)
{
	return mailbox(s, len, false);
}

bool cc_fmt_idn_email(const char *s, size_t len)
{
	return mailbox(s, len, true);
}
