/* schema/map.h: a small open-addressing hash map, keyed either by string
 * (copied and owned by the map) or by pointer. Never shrinks. */
#ifndef CC_SCHEMA_MAP_H
#define CC_SCHEMA_MAP_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct cc_map_entry {
	void *key; /* NULL when the slot is empty */
	void *value;
	uint64_t hash;
} cc_map_entry;

typedef struct cc_map {
	cc_map_entry *slots;
	size_t cap, count;
	bool string_keys;
} cc_map;

void cc_map_init(cc_map *m, bool string_keys);
/* The value for key, or NULL. */
void *cc_map_get(const cc_map *m, const void *key);
/* The stored key equal to key (for interning), or NULL. */
const void *cc_map_key(const cc_map *m, const void *key);
/* Sets key to value, replacing any old value (which is not freed). */
void cc_map_put(cc_map *m, const void *key, void *value);
/* Frees the map and, when free_value is not NULL, every value. */
void cc_map_free(cc_map *m, void (*free_value)(void *));

#endif
