/* kw_array.c: keywords for arrays. */
#include <stdlib.h>

#include "json/json.h"
#include "json/hash.h"
#include "schema/eval.h"

typedef struct hashed {
	uint64_t hash;
	const cJSON *item;
} hashed;

static int cmp_hashed(const void *a, const void *b)
{
	uint64_t x = ((const hashed *)a)->hash, y = ((const hashed *)b)->hash;
	return x < y ? -1 : x > y;
}

/* Whether the n items of arr hold two equal values: pairwise for short
 * arrays, through sorted hashes for long ones. */
static bool has_duplicates(const cJSON *arr, size_t n)
{
	bool dup = false;
	if (n <= 32) {
		for (const cJSON *a = arr->child; a && !dup; a = a->next)
			for (const cJSON *b = a->next; b && !dup; b = b->next)
				dup = cc_json_equal(a, b);
		return dup;
	}
	hashed *h = cc_xmalloc(n * sizeof *h);
	size_t i = 0;
	for (const cJSON *a = arr->child; a && i < n; a = a->next, i++)
		h[i] = (hashed){cc_json_hash(a), a};
	qsort(h, i, sizeof *h, cmp_hashed);
	for (size_t j = 0; j < i && !dup; j++)
		for (size_t k = j + 1; k < i && h[k].hash == h[j].hash && !dup; k++)
			dup = cc_json_equal(h[j].item, h[k].item);
	free(h);
	return dup;
}

bool schema_kw_array(vctx *c, const cnode *s, const cJSON *inst, const where *w, eval *ev, bool collect)
{
	bool ok = true;
	size_t n = (size_t)cJSON_GetArraySize(inst);
	if ((s->has & H_MAXITEMS) && n > s->max_items) {
		ok = false;
		if (!collect)
			return false;
		schema_error(c, w->path, s, "maxItems", "must have at most %zu items", s->max_items);
	}
	if ((s->has & H_MINITEMS) && n < s->min_items) {
		ok = false;
		if (!collect)
			return false;
		schema_error(c, w->path, s, "minItems", "must have at least %zu items", s->min_items);
	}
	if (s->has & H_UNIQUE) {
		if (has_duplicates(inst, n)) {
			ok = false;
			if (!collect)
				return false;
			schema_error(c, w->path, s, "uniqueItems", "must not contain duplicate items");
		}
	}
	if (s->n_prefix || s->items || s->contains) {
		size_t i = 0, matches = 0;
		for (const cJSON *e = inst->child; e; e = e->next, i++) {
			ipath p = {w->path, NULL, 0, i};
			where w2 = {&p, w->scope, w->chain, w->depth + 1};
			const cnode *sub = i < s->n_prefix ? s->prefix[i] : s->items;
			if (sub) {
				if (!schema_eval(c, sub, e, &w2, NULL, collect)) {
					ok = false;
					if (!collect || c->stop)
						return false;
				}
				eval_set(ev, i);
			}
			if (s->contains && schema_eval(c, s->contains, e, &w2, NULL, false)) {
				matches++;
				eval_set(ev, i);
			}
		}
		if (s->contains) {
			size_t min = (s->has & H_MINCONTAINS) ? s->min_contains : 1;
			if (matches < min) {
				ok = false;
				if (!collect)
					return false;
				schema_error(c, w->path, s, (s->has & H_MINCONTAINS) ? "minContains" : "contains",
				          "must contain at least %zu matching item%s", min, min == 1 ? "" : "s");
			}
			if ((s->has & H_MAXCONTAINS) && matches > s->max_contains) {
				ok = false;
				if (!collect)
					return false;
				schema_error(c, w->path, s, "maxContains", "must contain at most %zu matching items",
				          s->max_contains);
			}
		}
	}
	return ok;
}
