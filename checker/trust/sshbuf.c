/* sshbuf.c: the SSH wire encoding's uint32 and string, bounds-checked. */
#include "sshbuf.h"

#include <string.h>

uint32_t cc_sshbuf_u32(cc_sshbuf *b)
{
	if (b->bad || b->left < 4) {
		b->bad = true;
		return 0;
	}
	uint32_t v = (uint32_t)b->p[0] << 24 | (uint32_t)b->p[1] << 16 | (uint32_t)b->p[2] << 8 | b->p[3];
	b->p += 4;
	b->left -= 4;
	return v;
}

const unsigned char *cc_sshbuf_str(cc_sshbuf *b, size_t *len)
{
	uint32_t n = cc_sshbuf_u32(b);
	if (b->bad || n > b->left) {
		b->bad = true;
		*len = 0;
		return NULL;
	}
	const unsigned char *s = b->p;
	b->p += n;
	b->left -= n;
	*len = n;
	return s;
}

bool cc_sshbuf_str_is(cc_sshbuf *b, const char *s)
{
	size_t n;
	const unsigned char *v = cc_sshbuf_str(b, &n);
	return v && n == strlen(s) && memcmp(v, s, n) == 0;
}

bool cc_sshbuf_done(const cc_sshbuf *b)
{
	return !b->bad && b->left == 0;
}
