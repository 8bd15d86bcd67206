/* editdist: how far apart two names are, for "did you mean ...?".
 *
 * The one place for the distance and for when a known name is near
 * enough to suggest: used by the schema messages (the nearest property of
 * the object) and by pointer redaction (the nearest name of any schema). */
#ifndef CC_UTIL_EDITDIST_H
#define CC_UTIL_EDITDIST_H

#include <stddef.h>

/* Levenshtein distance between a (na bytes) and b (nb bytes); SIZE_MAX
 * when either is 63 bytes or longer. Cannot fail. */
size_t cc_edit_distance(const char *a, size_t na, const char *b, size_t nb);
/* The largest distance at which a known name is suggested for a name of
 * len bytes: a third of its length, at most 3. */
size_t cc_edit_near_limit(size_t len);

#endif
