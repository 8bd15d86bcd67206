/* arena.c: see arena.h. Blocks of BLOCK_SIZE bytes (more for a larger
 * allocation), chained newest first. */
#include "util/arena.h"

#include <stdalign.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "util/xalloc.h"

#define BLOCK_SIZE ((size_t)256 * 1024)
#define ALIGN alignof(max_align_t)

struct cc_arena_block {
	cc_arena_block *prev;
	size_t size; /* usable bytes after the header */
	alignas(max_align_t) char data[];
};

static void new_block(cc_arena *a, size_t need)
{
	size_t size = need > BLOCK_SIZE ? need : BLOCK_SIZE;
	/* A size the header would wrap asks malloc for SIZE_MAX, which fails:
	 * out of memory, never a small block behind a huge end. */
	cc_arena_block *b = cc_xmalloc(size > SIZE_MAX - sizeof *b ? SIZE_MAX : sizeof *b + size);
	b->prev = a->head;
	b->size = size;
	a->head = b;
	a->next = b->data;
	a->end = b->data + size;
}

void *cc_arena_alloc(cc_arena *a, size_t size)
{
	size_t n = (size + ALIGN - 1) & ~(ALIGN - 1);
	if (n < size) /* wrapped */
		n = SIZE_MAX & ~(ALIGN - 1);
	if (!a->head || (size_t)(a->end - a->next) < n)
		new_block(a, n);
	void *p = a->next;
	a->next += n;
	return p;
}

void *cc_arena_calloc(cc_arena *a, size_t size)
{
	void *p = cc_arena_alloc(a, size);
	memset(p, 0, size);
	return p;
}

void cc_arena_reset(cc_arena *a)
{
	if (!a->head)
		return;
	cc_arena_block *keep = a->head, *b = keep->prev;
	while (b) {
		cc_arena_block *prev = b->prev;
		free(b);
		b = prev;
	}
	if (keep->size > BLOCK_SIZE) { /* one huge document: do not hold it */
		free(keep);
		*a = (cc_arena)CC_ARENA_INIT;
		return;
	}
	keep->prev = NULL;
	a->next = keep->data;
	a->end = keep->data + keep->size;
}

void cc_arena_free(cc_arena *a)
{
	cc_arena_reset(a);
	free(a->head);
	*a = (cc_arena)CC_ARENA_INIT;
}
