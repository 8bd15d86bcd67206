/* arena: bump allocation for data that all dies at once (the parsed
 * documents of one case).
 *
 * cc_arena_alloc never returns NULL (like xalloc.h) and never frees one
 * block alone: cc_arena_reset gives everything back at once but keeps one
 * block for the next use, cc_arena_free releases all. A cc_arena is used by
 * one thread at a time. Memory from an arena must never reach free() or
 * cJSON_Delete(). */
#ifndef CC_UTIL_ARENA_H
#define CC_UTIL_ARENA_H

#include <stddef.h>

typedef struct cc_arena_block cc_arena_block;

typedef struct cc_arena {
	cc_arena_block *head; /* the block being filled; older ones behind it */
	char *next, *end;     /* the free space in head */
} cc_arena;

#define CC_ARENA_INIT {NULL, NULL, NULL}

/* size bytes aligned for any type, uninitialised. */
void *cc_arena_alloc(cc_arena *a, size_t size);
/* size bytes aligned for any type, zeroed. */
void *cc_arena_calloc(cc_arena *a, size_t size);
/* Forgets every allocation; keeps the newest block (if not oversized) for reuse. */
void cc_arena_reset(cc_arena *a);
/* Releases every block; *a is CC_ARENA_INIT after. */
void cc_arena_free(cc_arena *a);

#endif
