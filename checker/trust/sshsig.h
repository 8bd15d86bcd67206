/* sshsig: OpenSSH's signature format (PROTOCOL.sshsig) checked with
 * libcrypto. Internal to lib cc_trust. */
#ifndef CC_TRUST_SSHSIG_H
#define CC_TRUST_SSHSIG_H

#include <stdbool.h>
#include <stddef.h>

/* Decodes base64 text (whitespace between characters allowed) into a new
 * buffer (*out, caller frees; *len). Returns 0, or -1 on a bad character
 * or length. */
int cc_base64_decode(unsigned char **out, size_t *len, const char *text, size_t n);

/* A signature's fields, borrowed from the decoded blob it was parsed from. */
typedef struct cc_sshsig {
	const unsigned char *pubkey; size_t pubkey_len;   /* the signer's public key blob */
	const unsigned char *ns; size_t ns_len;
	const unsigned char *reserved; size_t reserved_len;
	const unsigned char *hashalg; size_t hashalg_len; /* "sha256" | "sha512" */
	const unsigned char *sig; size_t sig_len;         /* the signature blob */
} cc_sshsig;

/* Removes the armor ("-----BEGIN SSH SIGNATURE-----" ...) from armored and
 * decodes it into *blob (caller frees); then parses the blob into *out
 * (pointing into *blob). Returns 0, or -1 with *why (a static string). */
int cc_sshsig_parse(cc_sshsig *out, unsigned char **blob, size_t *blob_len, const char *armored,
                    const char **why);

/* Whether key_type names a key this verifier refuses by name (FIDO sk-
 * keys, certificates): the reason (static), or NULL. */
const char *cc_sshkey_refused(const char *key_type, size_t len);

/* Checks sig's signature over msg with its own public key (namespace and
 * key listing are the caller's). Returns 0 when it verifies, or -1 with
 * *why (static). */
int cc_sshsig_check(const cc_sshsig *sig, const void *msg, size_t len, const char **why);

#endif
