/* IP addresses: dotted-quad IPv4 (RFC 2673 §3.2, no leading zeros) and
 * IPv6 text forms (RFC 4291 §2.2, no zone identifiers). */
#include "util/chars.h"
#include "formats_internal.h"

bool cc_fmt_ipv4(const char *s, size_t len)
{
	size_t i = 0;
	for (int part = 0; part < 4; part++) {
		size_t start = i;
		int v = 0;
		if (part > 0) {
			if (i >= len || s[i] != '.')
				return false;
			start = ++i;
		}
		while (i < len && s[i] >= '0' && s[i] <= '9' && i - start < 3)
			v = v * 10 + (s[i++] - '0');
		if (i == start || v > 255 || (s[start] == '0' && i - start > 1))
			return false;
	}
	return i == len;
}

bool cc_fmt_ipv6(const char *s, size_t len)
{
	size_t i = 0;
	int groups = 0;
	bool compressed = false;

	if (len >= 2 && s[0] == ':' && s[1] == ':') {
		compressed = true;
		i = 2;
		if (i == len)
			return true;
	} else if (len >= 1 && s[0] == ':') {
		return false;
	}
	for (;;) {
		size_t start = i;
		while (i < len && cc_hexval(s[i]) >= 0 && i - start < 5)
			i++;
		if (i < len && s[i] == '.') {
			/* an embedded IPv4 address ends the address */
			if (!cc_fmt_ipv4(s + start, len - start))
				return false;
			groups += 2;
			break;
		}
		if (i == start || i - start > 4)
			return false;
		groups++;
		if (i == len)
			break;
		if (s[i] != ':')
			return false;
		i++;
		if (i < len && s[i] == ':') {
			if (compressed)
				return false;
			compressed = true;
			i++;
			if (i == len)
				break;
		} else if (i == len) {
			return false; /* a trailing single colon */
		}
	}
	return compressed ? groups <= 7 : groups == 8;
}
