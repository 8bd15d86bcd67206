/* utf8.c: see utf8.h. */
#include "utf8.h"

#include <stdlib.h>

#include "xalloc.h"

size_t cc_utf8_decode(const unsigned char *s, size_t n, uint32_t *cp)
{
	unsigned char c = s[0];
	size_t need;
	uint32_t v, min;

	if (c < 0x80) {
		*cp = c;
		return 1;
	} else if ((c & 0xE0) == 0xC0) {
		need = 2, v = c & 0x1F, min = 0x80;
	} else if ((c & 0xF0) == 0xE0) {
		need = 3, v = c & 0x0F, min = 0x800;
	} else if ((c & 0xF8) == 0xF0) {
		need = 4, v = c & 0x07, min = 0x10000;
	} else {
		return 0;
	}
	if (n < need)
		return 0;
	for (size_t i = 1; i < need; i++) {
		if ((s[i] & 0xC0) != 0x80)
			return 0;
		v = (v << 6) | (s[i] & 0x3F);
	}
	if (v < min || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF))
		return 0;
	*cp = v;
	return need;
}

int cc_utf8_to_cps(uint32_t **out, size_t *count, const char *s, size_t len)
{
	const unsigned char *p = (const unsigned char *)s;
	uint32_t *cps = cc_xmalloc((len + 1) * sizeof *cps);
	size_t n = 0, i = 0;

	while (i < len) {
		size_t used = cc_utf8_decode(p + i, len - i, &cps[n]);
		if (!used) {
			free(cps);
			return -1;
		}
		i += used;
		n++;
	}
	*out = cps;
	*count = n;
	return 0;
}
