/* strset: a set of strings (copied), for "report each once" checks that
 * may see many keys: adding and testing are O(1) on average, where a list
 * scanned per key would make them quadratic. Initialise with
 * CC_STRSET_INIT; cannot fail. */
#ifndef CC_UTIL_STRSET_H
#define CC_UTIL_STRSET_H

#include <stdbool.h>
#include <stddef.h>

typedef struct cc_strset {
	char **slots; /* open addressing; NULL: empty; owned */
	size_t cap;   /* a power of two, or 0 */
	size_t count;
} cc_strset;

#define CC_STRSET_INIT { NULL, 0, 0 }

/* Adds key; true when it was not in the set yet. */
bool cc_strset_add(cc_strset *set, const char *key);
/* Whether key is in the set. */
bool cc_strset_has(const cc_strset *set, const char *key);
void cc_strset_free(cc_strset *set);

#endif
