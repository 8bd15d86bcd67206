/* pattern.c: '*' matches any run of characters, '?' any one character;
 * a list is comma-separated, and a pattern starting with '!' that matches
 * rejects the string whatever else matches. */
#include "pattern.h"

#include <string.h>

static bool match(const char *s, const char *p, const char *pend)
{
	for (; p < pend; p++, s++) {
		if (*p == '*') {
			while (p + 1 < pend && p[1] == '*')
				p++;
			if (p + 1 == pend)
				return true;
			for (; *s; s++)
				if (match(s, p + 1, pend))
					return true;
			return false;
		}
		if (!*s || (*p != '?' && *p != *s))
			return false;
	}
	return *s == '\0';
}

bool cc_pattern_list_match(const char *s, const char *list)
{
	bool positive = false;
	for (const char *p = list; *p;) {
		const char *end = strchr(p, ',');
		if (!end)
			end = p + strlen(p);
		bool neg = *p == '!';
		if (match(s, p + neg, end)) {
			if (neg)
				return false;
			positive = true;
		}
		p = *end ? end + 1 : end;
	}
	return positive;
}
