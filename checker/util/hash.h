/* hash: the one string hash of casecheck, FNV-1a 64, for hash tables (JSON
 * object keys, schema maps, string sets, JSON value hashing) and the SARIF
 * fingerprints. Inline: the JSON parser hashes every key. */
#ifndef CC_UTIL_HASH_H
#define CC_UTIL_HASH_H

#include <stddef.h>
#include <stdint.h>

/* The starting value. FNV's published offset basis is
 * 14695981039346656037; casecheck has always started from this one (its
 * first 19 digits), which spreads keys as well, and SARIF fingerprints
 * (partialFingerprints, matched across runs by code-scanning services) are
 * computed from it, so it stays. */
#define CC_HASH_INIT 1469598103934665603ULL

/* h with the len bytes at data mixed in (FNV-1a): start from CC_HASH_INIT,
 * chain calls to hash several parts. Cannot fail. */
static inline uint64_t cc_hash_add(uint64_t h, const void *data, size_t len)
{
	const unsigned char *s = data;
	for (size_t i = 0; i < len; i++)
		h = (h ^ s[i]) * 1099511628211ULL;
	return h;
}

#endif
