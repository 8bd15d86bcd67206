#include "treehash.h"

#include <stdlib.h>
#include <string.h>

#include "util/strbuf.h"
#include "util/xalloc.h"

void cc_tree_builder_add(cc_tree_builder *b, const char *name, size_t name_len, unsigned mode,
                         const git_oid *id)
{
	b->items = cc_xgrow(b->items, &b->cap, b->count + 1, sizeof *b->items);
	cc_tree_entry *e = &b->items[b->count++];
	e->name = name;
	e->name_len = name_len;
	e->mode = mode;
	git_oid_cpy(&e->id, id);
}

static int is_tree_mode(unsigned mode)
{
	return (mode & 0170000) == 0040000;
}

int cc_tree_order(const char *a, size_t alen, bool adir, const char *b, size_t blen, bool bdir)
{
	size_t min = alen < blen ? alen : blen;
	int c = memcmp(a, b, min);
	if (c)
		return c;
	unsigned char ca = min < alen ? (unsigned char)a[min] : (adir ? '/' : 0);
	unsigned char cb = min < blen ? (unsigned char)b[min] : (bdir ? '/' : 0);
	return (int)ca - (int)cb;
}

static int git_order(const void *pa, const void *pb)
{
	const cc_tree_entry *a = pa, *b = pb;
	return cc_tree_order(a->name, a->name_len, is_tree_mode(a->mode), b->name, b->name_len,
	                     is_tree_mode(b->mode));
}

int cc_tree_builder_hash(git_oid *out, cc_tree_builder *b)
{
	if (b->count > 1)
		qsort(b->items, b->count, sizeof *b->items, git_order);
	cc_strbuf sb = CC_STRBUF_INIT;
	for (size_t i = 0; i < b->count; i++) {
		const cc_tree_entry *e = &b->items[i];
		cc_strbuf_printf(&sb, "%o ", e->mode);
		cc_strbuf_add(&sb, e->name, e->name_len);
		cc_strbuf_putc(&sb, '\0');
		cc_strbuf_add(&sb, e->id.id, GIT_OID_RAWSZ);
	}
	int rc = git_odb_hash(out, sb.buf ? sb.buf : "", sb.len, GIT_OBJECT_TREE);
	cc_strbuf_free(&sb);
	return rc < 0 ? -1 : 0;
}

void cc_tree_builder_clear(cc_tree_builder *b)
{
	free(b->items);
	b->items = NULL;
	b->count = b->cap = 0;
}

int cc_blob_hash(git_oid *out, const void *data, size_t len)
{
	return git_odb_hash(out, len ? data : "", len, GIT_OBJECT_BLOB) < 0 ? -1 : 0;
}

int cc_tree_id_without(git_oid *out, const git_tree *tree, const char *exclude)
{
	cc_tree_builder b = CC_TREE_BUILDER_INIT;
	size_t n = git_tree_entrycount(tree);
	for (size_t i = 0; i < n; i++) {
		const git_tree_entry *te = git_tree_entry_byindex(tree, i);
		const char *name = git_tree_entry_name(te);
		if (exclude && !strcmp(name, exclude))
			continue;
		cc_tree_builder_add(&b, name, strlen(name), (unsigned)git_tree_entry_filemode_raw(te), git_tree_entry_id(te));
	}
	int rc = cc_tree_builder_hash(out, &b);
	cc_tree_builder_clear(&b);
	return rc;
}
