/* keys: test helpers around ssh-keygen — keys made in a temporary folder
 * (mode 0600, never a fixture), and OpenSSH's own verdict on a signature
 * to compare with casecheck's. */
#ifndef CC_TESTS_TRUST_KEYS_H
#define CC_TESTS_TRUST_KEYS_H

#include <stdbool.h>
#include <stddef.h>

/* Makes dir/<name> and dir/<name>.pub with ssh-keygen -t type (bits 0:
 * the default). Returns the public key line "type base64" (caller frees),
 * or NULL after a message on stderr. */
char *tk_keygen(const char *dir, const char *name, const char *type, int bits);

/* A signer of the tests: the principal named in allowed_signers and its
 * key, made as tk_keygen(dir, name, type, bits). */
typedef struct tk_signer {
	const char *principal, *name, *type;
	int bits;
} tk_signer;

/* Makes each of the n signers' keys in dir and writes dir/allowed_signers:
 * the line header (when not NULL), then "<principal> <public key>" for
 * each. pubs (when not NULL) receives each public key line (caller frees
 * each). Returns the file's path (caller frees); fails the running Check
 * test when ssh-keygen or the write fails. */
char *tk_make_signers(const char *dir, const tk_signer *signers, size_t n, const char *header, char **pubs);

/* Signs payload with ssh-keygen -Y sign -n ns -f dir/<key> (through
 * files in dir). Returns the armored signature as ssh-keygen wrote it
 * (caller frees), or NULL after a message on stderr. */
char *tk_sign(const char *dir, const char *key, const char *ns, const char *payload);

/* Appends "--key" dir/<key> to argv at *n (and advances *n) when key is
 * not NULL. Returns that path (caller frees, after the run), or NULL when
 * key is NULL. */
char *tk_key_args(const char **argv, int *n, const char *dir, const char *key);

/* The whole of the file at path as a string (caller frees), or NULL. */
char *tk_read(const char *path);

/* OpenSSH's verdict: whether `ssh-keygen -Y verify -f allowed -I principal
 * -n casecheck-signoff -s <sig> -Overify-time=<date>Z` accepts sig over
 * payload (date "YYYY-MM-DD"). Files go to dir. */
bool tk_openssh_verifies(const char *dir, const char *allowed_path, const char *principal, const char *sig,
                         const char *payload, const char *date);

/* The same in namespace ns (casecheck-removal for a removal record,
 * casecheck-waiver for a waiver). */
bool tk_openssh_verifies_ns(const char *dir, const char *allowed_path, const char *principal, const char *ns,
                            const char *sig, const char *payload, const char *date);

#endif
