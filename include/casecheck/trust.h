/* casecheck/trust.h: who signed a sign-off, checked in-process.
 *
 * A sign-off (spec §3 signoffs/) may carry `signature`: an SSH signature
 * (OpenSSH's SSHSIG format, namespace "casecheck-signoff") over the
 * sign-off's payload, a versioned text that binds the case id and every
 * field the manager vouched for (docs/workflow.md, "Signed sign-offs").
 * Trust comes from the auditor, never from the content audited: an
 * allowed-signers file in OpenSSH's format, whose principals are staff ids,
 * named on the command line or in git config.
 *
 * Verification uses OpenSSL's libcrypto: ssh-ed25519,
 * ecdsa-sha2-nistp256, and ssh-rsa keys with rsa-sha2-256/512 signatures.
 * FIDO (sk-) keys, certificates and cert-authority lines are refused by
 * name. Everything here is safe to call from several threads at once on
 * the same (read-only) cc_trust. */
#ifndef CASECHECK_TRUST_H
#define CASECHECK_TRUST_H

#include "casecheck/common.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "casecheck/date.h"

/* The SSHSIG namespace of a casecheck sign-off signature. */
#define CC_SIGNOFF_NAMESPACE "casecheck-signoff"
/* The first line of payload version 1. */
#define CC_SIGNOFF_PAYLOAD_V1 "casecheck-signoff-payload 1"
/* The SSHSIG namespace of a removal record's signature (removals/<name>.json):
 * its own, so that a sign-off's signature cannot be replayed as one. */
#define CC_REMOVAL_NAMESPACE "casecheck-removal"
/* The first line of a removal record's payload, version 1. */
#define CC_REMOVAL_PAYLOAD_V1 "casecheck-removal-payload 1"

/* The SSHSIG namespace of a waiver's signature (its own, so that a
 * sign-off's signature can never be replayed as a waiver) and the first
 * line of its payload, version 1 (docs/format.md, "waivers"). */
#define CC_WAIVER_NAMESPACE "casecheck-waiver"
#define CC_WAIVER_PAYLOAD_V1 "casecheck-waiver-payload 1"

/* A signature's state, as reports show it. */
typedef enum cc_sig_state {
	CC_SIG_NOT_CHECKED = 0, /* signed, but no allowed-signers file is configured */
	CC_SIG_UNSIGNED,        /* no signature */
	CC_SIG_VERIFIED,        /* a valid signature over this payload by a key listed for `by` */
	CC_SIG_BAD,             /* malformed, another namespace, or not over this sign-off's payload */
	CC_SIG_UNKNOWN_KEY,     /* the key is not listed for `by` (unlisted, or another person's) */
	CC_SIG_OUTSIDE_VALIDITY /* the key is listed for `by`, but not valid on the sign-off's date */
} cc_sig_state;

/* "not-checked", "unsigned", "verified", "bad", "unknown-key", "outside-validity". */
CC_EXTERN const char *cc_sig_state_name(cc_sig_state s);

/* An allowed-signers file, parsed. */
typedef struct cc_allowed_signers cc_allowed_signers;

/* Parses an allowed-signers file's text (OpenSSH's format: principals,
 * optional options, key type, base64 key, comment). A line the verifier
 * cannot honour (cert-authority, a FIDO or certificate key, an unknown
 * option or key type, a bad time) makes the whole file refused: returns
 * CC_ERROR with *errmsg naming the line and the reason. 0 and *out (free
 * with cc_allowed_signers_free) otherwise. */
CC_EXTERN int cc_allowed_signers_parse(cc_allowed_signers **out, const char *text, size_t len, char **errmsg);
CC_EXTERN void cc_allowed_signers_free(cc_allowed_signers *as);
/* How many keys the file lists. */
CC_EXTERN size_t cc_allowed_signers_count(const cc_allowed_signers *as);

/* Verifies an armored SSH signature over msg in namespace ns for
 * principal at time t (seconds since the epoch), as `ssh-keygen -Y verify
 * -Overify-time` does. The state says which check failed; *why (may be
 * NULL; caller frees) says it in words, without personal data. */
CC_EXTERN cc_sig_state cc_allowed_signers_verify(const cc_allowed_signers *as, const char *principal, const char *ns,
                                       const char *armored, const void *msg, size_t len, int64_t t,
                                       char **why);

/* The auditor's trust settings for one repository. */
typedef struct cc_trust {
	char *path;              /* the allowed-signers file in use, absolute; NULL: none configured */
	const char *setting;     /* where path came from: "--allowed-signers",
	                          * "casecheck.allowedSignersFile", "gpg.ssh.allowedSignersFile" */
	cc_allowed_signers *signers; /* parsed path; NULL when none */
	cc_date unsigned_before; /* casecheck.unsignedSignoffsBefore: unsigned sign-offs dated
	                          * before it still count; 0 when not set */
} cc_trust;

#define CC_TRUST_INIT { NULL, NULL, NULL, 0 }

/* Reads the trust settings of the repository at repo_dir (NULL: found
 * from the current directory and GIT_DIR as git does; no repository: only
 * cli_path counts): the allowed-signers file
 * from cli_path, else git config casecheck.allowedSignersFile, else
 * gpg.ssh.allowedSignersFile; and casecheck.unsignedSignoffsBefore. A file
 * inside the repository's working tree (the content audited) is refused, as is one that cannot
 * be read or parsed. Returns 0 (*out filled; cc_trust_clear it) or
 * CC_ERROR with *errmsg. */
CC_EXTERN int cc_trust_load(cc_trust *out, const char *repo_dir, const char *cli_path, char **errmsg);
CC_EXTERN void cc_trust_clear(cc_trust *t);

/* The kept records a signature covers. */
typedef enum cc_record_kind {
	CC_RECORD_SIGNOFF,  /* signoffs/<name>.json of a case */
	CC_RECORD_REMOVAL,  /* removals/<name>.json */
	CC_RECORD_WAIVER    /* waivers/<name>.json of a case */
} cc_record_kind;

/* Reads the kept record of kind at path (a JSON file on disk) and gives
 * what OpenSSH needs to check it: *payload, the text its signature covers
 * (docs/workflow.md; NULL when the record lacks a field of it), and
 * *signature, its armored `signature` (NULL when it is not signed); both
 * owned by the caller. case_id is the case a sign-off or waiver belongs
 * to (ignored for a removal record). Returns 0, or CC_ERROR with *errmsg
 * when path is not a readable JSON document. */
CC_EXTERN int cc_record_signed_parts(char **payload, char **signature, cc_record_kind kind, const char *case_id,
                                     const char *path, char **errmsg);

/* Signs payload with ssh-keygen -Y sign -n ns (CC_SIGNOFF_NAMESPACE,
 * CC_REMOVAL_NAMESPACE or CC_WAIVER_NAMESPACE; the key at key_path, a
 * private key or a public key whose private half an agent holds; with literal, key_path is the public key text itself, as git's
 * "key::" allows). *armored gets the signature (caller frees). Returns 0
 * or CC_ERROR with *errmsg. */
CC_EXTERN int cc_trust_sign(char **armored, const char *key, bool literal, const char *ns, const char *payload,
                  char **errmsg);

/* The signing key configured for the repository at repo_dir (NULL: found
 * as git does): git's
 * user.signingKey when gpg.format is ssh (*literal when it has the "key::"
 * form, which is stripped). *key NULL when none. 0 or CC_ERROR. */
CC_EXTERN int cc_trust_signing_key(char **key, bool *literal, const char *repo_dir, char **errmsg);

#endif
