/* sshbuf: reading the SSH wire encoding (RFC 4251 §5) from a byte range.
 * Internal to lib cc_trust. Nothing is allocated: strings are borrowed
 * from the buffer read. */
#ifndef CC_TRUST_SSHBUF_H
#define CC_TRUST_SSHBUF_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct cc_sshbuf {
	const unsigned char *p;
	size_t left;
	bool bad; /* a read ran past the end: every later read fails too */
} cc_sshbuf;

/* A uint32 (big-endian); 0 and bad set when short. */
uint32_t cc_sshbuf_u32(cc_sshbuf *b);
/* A string: *len bytes at the returned pointer (borrowed), or NULL and
 * bad set when short. */
const unsigned char *cc_sshbuf_str(cc_sshbuf *b, size_t *len);
/* Whether the next string equals s exactly. */
bool cc_sshbuf_str_is(cc_sshbuf *b, const char *s);
/* Whether every byte was read and nothing ran short. */
bool cc_sshbuf_done(const cc_sshbuf *b);

#endif
