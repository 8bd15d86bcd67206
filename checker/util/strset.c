/* strset.c: see strset.h. Linear probing, util/hash.h, grown at half full. */
#include "strset.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "hash.h"
#include "xalloc.h"

static uint64_t hash(const char *s)
{
	return cc_hash_add(CC_HASH_INIT, s, strlen(s));
}

/* The slot holding key, or the empty slot where it belongs. */
static char **find(char **slots, size_t cap, const char *key)
{
	size_t i = (size_t)hash(key) & (cap - 1);
	while (slots[i] && strcmp(slots[i], key))
		i = (i + 1) & (cap - 1);
	return &slots[i];
}

static void grow(cc_strset *set)
{
	size_t cap = set->cap ? set->cap * 2 : 16;
	char **slots = cc_xcalloc(cap, sizeof *slots);
	for (size_t i = 0; i < set->cap; i++)
		if (set->slots[i])
			*find(slots, cap, set->slots[i]) = set->slots[i];
	free(set->slots);
	set->slots = slots;
	set->cap = cap;
}

bool cc_strset_add(cc_strset *set, const char *key)
{
	if ((set->count + 1) * 2 > set->cap)
		grow(set);
	char **slot = find(set->slots, set->cap, key);
	if (*slot)
		return false;
	*slot = cc_xstrdup(key);
	set->count++;
	return true;
}

bool cc_strset_has(const cc_strset *set, const char *key)
{
	return set->cap && *find(set->slots, set->cap, key) != NULL;
}

void cc_strset_free(cc_strset *set)
{
	for (size_t i = 0; i < set->cap; i++)
		free(set->slots[i]);
	free(set->slots);
	set->slots = NULL;
	set->cap = set->count = 0;
}
