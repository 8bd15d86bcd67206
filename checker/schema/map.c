/* map.c: see map.h. */
#include "schema/map.h"

#include <stdlib.h>
#include <string.h>

#include "util/hash.h"
#include "util/xalloc.h"

static uint64_t key_hash(const cc_map *m, const void *key)
{
	if (m->string_keys)
		return cc_hash_add(CC_HASH_INIT, key, strlen(key));
	uintptr_t p = (uintptr_t)key;
	return cc_hash_add(CC_HASH_INIT, &p, sizeof p);
}

static bool key_eq(const cc_map *m, const void *a, const void *b)
{
	return m->string_keys ? strcmp(a, b) == 0 : a == b;
}

void cc_map_init(cc_map *m, bool string_keys)
{
	memset(m, 0, sizeof *m);
	m->string_keys = string_keys;
}

static cc_map_entry *find(const cc_map *m, const void *key, uint64_t h)
{
	if (!m->cap)
		return NULL;
	size_t mask = m->cap - 1;
	for (size_t i = (size_t)h & mask;; i = (i + 1) & mask) {
		cc_map_entry *e = &m->slots[i];
		if (!e->key || (e->hash == h && key_eq(m, e->key, key)))
			return e;
	}
}

void *cc_map_get(const cc_map *m, const void *key)
{
	cc_map_entry *e = find(m, key, key_hash(m, key));
	return e && e->key ? e->value : NULL;
}

const void *cc_map_key(const cc_map *m, const void *key)
{
	cc_map_entry *e = find(m, key, key_hash(m, key));
	return e ? e->key : NULL;
}

static void grow(cc_map *m)
{
	cc_map old = *m;
	m->cap = old.cap ? old.cap * 2 : 16;
	m->slots = cc_xcalloc(m->cap, sizeof *m->slots);
	for (size_t i = 0; i < old.cap; i++) {
		if (!old.slots[i].key)
			continue;
		cc_map_entry *e = find(m, old.slots[i].key, old.slots[i].hash);
		*e = old.slots[i];
	}
	free(old.slots);
}

void cc_map_put(cc_map *m, const void *key, void *value)
{
	if ((m->count + 1) * 2 > m->cap)
		grow(m);
	uint64_t h = key_hash(m, key);
	cc_map_entry *e = find(m, key, h);
	if (!e->key) {
		e->key = m->string_keys ? cc_xstrdup(key) : (void *)key;
		e->hash = h;
		m->count++;
	}
	e->value = value;
}

void cc_map_free(cc_map *m, void (*free_value)(void *))
{
	for (size_t i = 0; i < m->cap; i++) {
		if (!m->slots[i].key)
			continue;
		if (m->string_keys)
			free(m->slots[i].key);
		if (free_value)
			free_value(m->slots[i].value);
	}
	free(m->slots);
	memset(m, 0, sizeof *m);
}
