/* editdist.c: Levenshtein distance on bytes, one row of 64. */
#include "util/editdist.h"

#include <stdint.h>

size_t cc_edit_distance(const char *a, size_t na, const char *b, size_t nb)
{
	size_t row[64];
	if (na >= 63 || nb >= 63)
		return SIZE_MAX;
	for (size_t j = 0; j <= nb; j++)
		row[j] = j;
	for (size_t i = 1; i <= na; i++) {
		size_t diag = row[0];
		row[0] = i;
		for (size_t j = 1; j <= nb; j++) {
			size_t up = row[j];
			size_t best = diag + (a[i - 1] != b[j - 1]);
			if (up + 1 < best)
				best = up + 1;
			if (row[j - 1] + 1 < best)
				best = row[j - 1] + 1;
			row[j] = best;
			diag = up;
		}
	}
	return row[nb];
}

size_t cc_edit_near_limit(size_t len)
{
	return len / 3 < 3 ? len / 3 : 3;
}
