/* repeats.h: finding records that repeat an earlier one (same id, or the
 * same date, category and event) in O(n log n), so a large chronology or
 * genogram does not slow the audit (and the pre-commit hook) down. */
#ifndef CC_AUDIT_REPEATS_H
#define CC_AUDIT_REPEATS_H

#include <stdbool.h>
#include <stddef.h>

/* A record's key (up to three strings, borrowed; unused parts "") and its
 * index in its array. */
typedef struct cc_repeat_key {
	const char *k[3];
	int index;
} cc_repeat_key;

/* Sorts keys (n of them) and calls fn(ctx, index, first) for each record
 * whose key equals that of an earlier record; first is the index of the
 * earliest record with that key. */
void cc_each_repeat(cc_repeat_key *keys, size_t n, void (*fn)(void *ctx, int index, int first), void *ctx);

#endif
