/* source/treehash.h: git tree ids computed without writing any object.
 *
 * A tree object is the concatenation, in git's tree order, of
 * "<mode in octal> <name>\0<20-byte id>" for each entry; its id is the
 * SHA-1 of "tree <size>\0" followed by that (git_odb_hash does the
 * header). Git's tree order compares names bytewise, a folder's name
 * compared as if it ended with '/'. */
#ifndef CC_SOURCE_TREEHASH_H
#define CC_SOURCE_TREEHASH_H

#include <git2.h>
#include <stdbool.h>
#include <stddef.h>

typedef struct cc_tree_entry {
	const char *name; /* borrowed; name_len bytes, need not be NUL-terminated */
	size_t name_len;
	unsigned mode; /* 040000, 0100644, 0100755, 0120000, 0160000 (or a raw mode) */
	git_oid id;
} cc_tree_entry;

/* A growable list of entries; names borrowed from the caller. */
typedef struct cc_tree_builder {
	cc_tree_entry *items;
	size_t count, cap;
} cc_tree_builder;

#define CC_TREE_BUILDER_INIT { NULL, 0, 0 }

void cc_tree_builder_add(cc_tree_builder *b, const char *name, size_t name_len, unsigned mode,
                         const git_oid *id);
/* Sorts the entries in git's tree order and hashes the tree they make into
 * *out. Returns 0, or -1 (libgit2 error set). An empty builder gives the
 * empty tree id (4b825dc6...). */
int cc_tree_builder_hash(git_oid *out, cc_tree_builder *b);
void cc_tree_builder_clear(cc_tree_builder *b);

/* The id tree would have without its top-level entry named exclude (a
 * sign-off's content: a case folder without "signoffs"). Returns 0 or -1. */
int cc_tree_id_without(git_oid *out, const git_tree *tree, const char *exclude);

/* Compares two entry names in git's tree order (a folder's name as if it
 * ended with '/'): negative, 0 or positive. */
int cc_tree_order(const char *a, size_t alen, bool adir, const char *b, size_t blen, bool bdir);

/* The id tree would have without its top-level entry named exclude (a
 * case folder without "signoffs": the content a sign-off names),
 * computed without writing any object. Returns 0 or -1. */
int cc_tree_id_without(git_oid *out, const git_tree *tree, const char *exclude);

/* Hashes data as a git blob. Returns 0 or -1. */
int cc_blob_hash(git_oid *out, const void *data, size_t len);

#endif
