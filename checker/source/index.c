/* index.c: CC_SOURCE_INDEX, reading exactly what the next commit holds:
 * the stage-0 entries of the index (conflicted indexes are refused at
 * open), blobs read by the entries' ids, never the working tree. Folders
 * are implied by deeper entry paths. Intent-to-add entries (git add -N)
 * are left out, as git write-tree leaves them out.
 *
 * The index keeps its entries sorted bytewise by path, so the entries
 * under "dir/" are one contiguous run found with git_index_find_prefix. */
#include <stdlib.h>
#include <string.h>

#include "internal.h"
#include "treehash.h"
#include "util/xalloc.h"

#define MODE_TYPE(m) ((m) & 0170000)

static bool usable(const git_index_entry *e)
{
	return git_index_entry_stage(e) == 0 && !(e->flags_extended & GIT_INDEX_ENTRY_INTENT_TO_ADD) &&
	       MODE_TYPE(e->mode) != 0040000; /* a sparse-index folder entry */
}

static cc_entry_type entry_type(unsigned mode)
{
	switch (MODE_TYPE(mode)) {
	case 0100000:
		return (mode & 0111) ? CC_ENTRY_EXECUTABLE : CC_ENTRY_FILE;
	case 0120000:
		return CC_ENTRY_SYMLINK;
	case 0160000:
		return CC_ENTRY_SUBMODULE;
	default:
		return CC_ENTRY_OTHER;
	}
}

static const git_index_entry *get_usable(git_index *idx, const char *path)
{
	const git_index_entry *e = git_index_get_bypath(idx, path, 0);
	return e && usable(e) ? e : NULL;
}

/* The range [*start, *end) of entries whose path begins with prefix
 * (which is "" or ends with '/'). Returns false when there is none. */
static bool prefix_range(git_index *idx, const char *prefix, size_t *start, size_t *end)
{
	size_t count = git_index_entrycount(idx), pos = 0, plen = strlen(prefix);
	if (plen && git_index_find_prefix(&pos, idx, prefix) < 0)
		return false;
	size_t i = pos;
	while (i < count && !strncmp(git_index_get_byindex(idx, i)->path, prefix, plen))
		i++;
	*start = pos;
	*end = i;
	for (size_t k = pos; k < i; k++)
		if (usable(git_index_get_byindex(idx, k)))
			return true;
	return plen == 0; /* the root exists even when empty */
}

/* An entry for one of the first components of p (a file where a folder
 * should be): CC_ENOTFILE for a symlink or submodule, CC_ENOTFOUND for a
 * file; 0 when none. */
static int ancestor_in_way(git_index *idx, const cc_path *p, size_t upto, char **errmsg)
{
	for (size_t k = 1; k < upto && k < p->n; k++) {
		char *prefix = cc_xstrndup(p->text, (size_t)(p->comps[k] - p->buf) - 1);
		const git_index_entry *e = get_usable(idx, prefix);
		free(prefix);
		if (!e)
			continue;
		cc_entry_type t = entry_type(e->mode);
		if (t == CC_ENTRY_SYMLINK || t == CC_ENTRY_SUBMODULE)
			return cc_src_error(errmsg, CC_ENOTFILE,
			                    "%s: goes through a symlink or submodule (not followed)", p->text);
		return cc_src_error(errmsg, CC_ENOTFOUND, "%s: not in the index (a file is in the way)",
		                    p->text);
	}
	return 0;
}

static char *dir_prefix(const cc_path *p)
{
	return p->n ? cc_xasprintf("%s/", p->text) : cc_xstrdup("");
}

int cc_index_list(cc_source *src, const cc_path *p, cc_dirlist *out, char **errmsg)
{
	git_index *idx = src->index;
	int err;
	if (p->n && get_usable(idx, p->text))
		return cc_src_error(errmsg, CC_ENOTFILE, "%s: not a folder", p->text);
	if ((err = ancestor_in_way(idx, p, p->n, errmsg)) < 0)
		return err;
	char *prefix = dir_prefix(p);
	size_t start, end, cap = 0, plen = strlen(prefix);
	if (!prefix_range(idx, prefix, &start, &end)) {
		free(prefix);
		return cc_src_error(errmsg, CC_ENOTFOUND, "%s: not in the index", p->text);
	}
	for (size_t i = start; i < end; i++) {
		const git_index_entry *e = git_index_get_byindex(idx, i);
		if (!usable(e))
			continue;
		const char *name = e->path + plen;
		const char *slash = strchr(name, '/');
		if (slash)
			cc_dirlist_push(out, &cap, name, (size_t)(slash - name), CC_ENTRY_DIR);
		else
			cc_dirlist_push(out, &cap, name, strlen(name), entry_type(e->mode));
	}
	free(prefix);
	return 0;
}

int cc_index_read(cc_source *src, const cc_path *p, size_t max_len, char **buf, size_t *len,
                  char **errmsg)
{
	git_index *idx = src->index;
	const git_index_entry *e = get_usable(idx, p->text);
	if (e) {
		cc_entry_type t = entry_type(e->mode);
		if (t != CC_ENTRY_FILE && t != CC_ENTRY_EXECUTABLE)
			return cc_src_error(errmsg, CC_ENOTFILE, "%s: not a regular file (%s)", p->text,
			                    t == CC_ENTRY_SYMLINK     ? "a symlink"
			                    : t == CC_ENTRY_SUBMODULE ? "a submodule"
			                                              : "not a blob");
		return cc_src_read_blob(src, &e->id, p->text, max_len, buf, len, errmsg);
	}
	int err = ancestor_in_way(idx, p, p->n, errmsg);
	if (err < 0)
		return err;
	char *prefix = dir_prefix(p);
	size_t start, end;
	bool is_dir = prefix_range(idx, prefix, &start, &end);
	free(prefix);
	if (is_dir)
		return cc_src_error(errmsg, CC_ENOTFILE, "%s: a folder, not a file", p->text);
	return cc_src_error(errmsg, CC_ENOTFOUND, "%s: not in the index", p->text);
}

/* Hashes the tree made by entries [start, end), whose paths all begin
 * with the same off bytes (the folder's path and '/'). *empty tells
 * whether it has no entry at all. */
static int build_tree(git_index *idx, size_t start, size_t end, size_t off, const char *exclude,
                      git_oid *out, bool *empty)
{
	cc_tree_builder b = CC_TREE_BUILDER_INIT;
	int err = 0;
	size_t i = start;
	while (i < end) {
		const git_index_entry *e = git_index_get_byindex(idx, i);
		if (!usable(e)) {
			i++;
			continue;
		}
		const char *name = e->path + off;
		const char *slash = strchr(name, '/');
		if (!slash) {
			if (!exclude || strcmp(name, exclude))
				cc_tree_builder_add(&b, name, strlen(name), e->mode, &e->id);
			i++;
			continue;
		}
		size_t nlen = (size_t)(slash - name), j = i + 1;
		while (j < end) {
			const char *q = git_index_get_byindex(idx, j)->path + off;
			if (strncmp(q, name, nlen) || q[nlen] != '/')
				break;
			j++;
		}
		if (!exclude || strlen(exclude) != nlen || memcmp(exclude, name, nlen)) {
			git_oid sub;
			bool sub_empty;
			if ((err = build_tree(idx, i, j, off + nlen + 1, NULL, &sub, &sub_empty)) < 0)
				goto done;
			if (!sub_empty)
				cc_tree_builder_add(&b, name, nlen, 0040000, &sub);
		}
		i = j;
	}
	*empty = b.count == 0;
	err = cc_tree_builder_hash(out, &b);
done:
	cc_tree_builder_clear(&b);
	return err;
}

int cc_index_tree_id(cc_source *src, const cc_path *p, const char *exclude, git_oid *out,
                     char **errmsg)
{
	git_index *idx = src->index;
	char *prefix = dir_prefix(p);
	size_t start, end;
	bool found = prefix_range(idx, prefix, &start, &end);
	size_t plen = strlen(prefix);
	free(prefix);
	if (!found)
		return cc_src_error(errmsg, CC_ENOTFOUND, "%s: no such folder in the index", p->text);
	bool empty;
	if (build_tree(idx, start, end, plen, exclude, out, &empty) < 0)
		return cc_src_git_error(errmsg, CC_ERROR, "cannot hash the tree of %s", p->text);
	return 0;
}
