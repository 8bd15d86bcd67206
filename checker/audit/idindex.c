#include "idindex.h"

#include <stdlib.h>
#include <string.h>

#include "jget.h"
#include "util/xalloc.h"

static int cmp_entry(const void *a, const void *b)
{
	const cc_id_entry *x = a, *y = b;
	int c = strcmp(x->id, y->id);
	return c ? c : (x->index > y->index) - (x->index < y->index);
}

void cc_id_index_build(cc_id_index *ix, const cJSON *arr, const char *key)
{
	const cJSON *it;
	size_t n = cJSON_IsArray(arr) ? (size_t)cJSON_GetArraySize(arr) : 0;
	ix->sorted = cc_xcalloc(n ? n : 1, sizeof *ix->sorted);
	ix->at = cc_xcalloc(n ? n : 1, sizeof *ix->at);
	ix->n = ix->n_at = 0;
	if (!n)
		return;
	cJSON_ArrayForEach(it, arr) {
		const char *id = cc_jstr(it, key);
		if (id)
			ix->sorted[ix->n++] = (cc_id_entry){id, (int)ix->n_at};
		ix->at[ix->n_at++] = it;
	}
	if (ix->n > 1)
		qsort(ix->sorted, ix->n, sizeof *ix->sorted, cmp_entry);
}

int cc_id_index_find(const cc_id_index *ix, const char *id)
{
	size_t lo = 0, hi = ix->n;
	if (!id)
		return -1;
	/* The lowest entry not below id: the first position among equal ids. */
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (strcmp(ix->sorted[mid].id, id) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < ix->n && !strcmp(ix->sorted[lo].id, id) ? ix->sorted[lo].index : -1;
}

const cJSON *cc_id_index_at(const cc_id_index *ix, int index)
{
	return index >= 0 && (size_t)index < ix->n_at ? ix->at[index] : NULL;
}

const cJSON *cc_id_index_get(const cc_id_index *ix, const char *id)
{
	return cc_id_index_at(ix, cc_id_index_find(ix, id));
}

void cc_id_index_free(cc_id_index *ix)
{
	free(ix->sorted);
	free(ix->at);
	memset(ix, 0, sizeof *ix);
}
