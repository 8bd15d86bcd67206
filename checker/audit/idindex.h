/* idindex.h: finding the elements of a JSON array by a string member (an
 * id) in O(log n), so rules over a large genogram (people by id, people by
 * case child) or a case's children stay O(n log n) instead of scanning the
 * array for every reference. */
#ifndef CC_AUDIT_IDINDEX_H
#define CC_AUDIT_IDINDEX_H

#include <stddef.h>

#include <cjson/cJSON.h>

typedef struct cc_id_entry {
	const char *id; /* borrowed from the array */
	int index;      /* position in the array */
} cc_id_entry;

typedef struct cc_id_index {
	cc_id_entry *sorted; /* by id, then position; owned */
	size_t n;
	const cJSON **at;    /* every element by position; owned */
	size_t n_at;
} cc_id_index;

#define CC_ID_INDEX_INIT {NULL, 0, NULL, 0}

/* Indexes the elements of arr (NULL or not an array: none) by their string
 * member key; elements without it are only reachable by position. The
 * index borrows from arr, which must outlive it. Cannot fail. */
void cc_id_index_build(cc_id_index *ix, const cJSON *arr, const char *key);
/* The position of the first element whose key equals id, or -1 (also for
 * id NULL). */
int cc_id_index_find(const cc_id_index *ix, const char *id);
/* The element at a position, or NULL when out of range. Borrowed. */
const cJSON *cc_id_index_at(const cc_id_index *ix, int index);
/* The first element whose key equals id, or NULL. Borrowed. */
const cJSON *cc_id_index_get(const cc_id_index *ix, const char *id);
void cc_id_index_free(cc_id_index *ix);

#endif
