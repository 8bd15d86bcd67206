#include "repeats.h"

#include <stdlib.h>
#include <string.h>

static int cmp_keys(const void *a, const void *b)
{
	const cc_repeat_key *x = a, *y = b;
	for (int i = 0; i < 3; i++) {
		int c = strcmp(x->k[i], y->k[i]);
		if (c)
			return c;
	}
	return (x->index > y->index) - (x->index < y->index);
}

static bool same_key(const cc_repeat_key *x, const cc_repeat_key *y)
{
	return !strcmp(x->k[0], y->k[0]) && !strcmp(x->k[1], y->k[1]) && !strcmp(x->k[2], y->k[2]);
}

void cc_each_repeat(cc_repeat_key *keys, size_t n, void (*fn)(void *ctx, int index, int first), void *ctx)
{
	if (n > 1)
		qsort(keys, n, sizeof *keys, cmp_keys);
	size_t first = 0;
	for (size_t i = 1; i < n; i++) {
		if (!same_key(&keys[i], &keys[first]))
			first = i;
		else
			fn(ctx, keys[i].index, keys[first].index);
	}
}
