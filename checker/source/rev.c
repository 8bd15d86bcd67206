/* rev.c: CC_SOURCE_REV, reading a commit's tree from the object database.
 * Nothing is checked out; paths are walked one tree entry at a time, so a
 * symlink (120000) or submodule (160000) is never entered. */
#include <stdlib.h>
#include <string.h>

#include "internal.h"
#include "treehash.h"
#include "util/xalloc.h"

static cc_entry_type entry_type(git_filemode_t mode)
{
	switch (mode) {
	case GIT_FILEMODE_TREE:
		return CC_ENTRY_DIR;
	case GIT_FILEMODE_BLOB:
		return CC_ENTRY_FILE;
	case GIT_FILEMODE_BLOB_EXECUTABLE:
		return CC_ENTRY_EXECUTABLE;
	case GIT_FILEMODE_LINK:
		return CC_ENTRY_SYMLINK;
	case GIT_FILEMODE_COMMIT:
		return CC_ENTRY_SUBMODULE;
	default:
		return CC_ENTRY_OTHER;
	}
}

void cc_walk_cache_clear(cc_walk_cache *wc)
{
	for (size_t i = 0; i < wc->n; i++) {
		free(wc->names[i]);
		git_tree_free(wc->trees[i]);
	}
	wc->n = 0;
}

/* Keeps tree (a new reference) as the tree at components 0..i of p,
 * dropping the cached levels from i on. */
static void walk_cache_put(cc_walk_cache *wc, const cc_path *p, size_t i, git_tree *tree)
{
	if (i >= CC_WALK_DEPTH || i > wc->n)
		return;
	for (size_t j = i; j < wc->n; j++) {
		free(wc->names[j]);
		git_tree_free(wc->trees[j]);
	}
	wc->n = i;
	if (git_tree_dup(&wc->trees[i], tree) < 0)
		return;
	wc->names[i] = cc_xstrdup(p->comps[i]);
	wc->n = i + 1;
}

/* The tree at the first n components of p (owned by the caller). When
 * dir_wanted, the n-th component not being a tree is CC_ENOTFILE. Starts
 * from the deepest tree of src->walk on the same path. */
static int walk_dir(cc_source *src, const cc_path *p, size_t n, bool dir_wanted, git_tree **out,
                    char **errmsg)
{
	cc_walk_cache *wc = &src->walk;
	git_tree *cur = NULL;
	size_t start = 0;
	int err = 0;
	while (start < n && start < wc->n && !strcmp(wc->names[start], p->comps[start]))
		start++;
	if (git_tree_dup(&cur, start ? wc->trees[start - 1] : src->tree) < 0)
		return cc_src_git_error(errmsg, CC_ERROR, "cannot read the tree of %s", src->commit_hex);
	for (size_t i = start; i < n; i++) {
		const git_tree_entry *e = git_tree_entry_byname(cur, p->comps[i]);
		if (!e) {
			err = cc_src_error(errmsg, CC_ENOTFOUND, "%s: not found in %s", p->text,
			                   src->commit_hex);
			goto done;
		}
		git_filemode_t mode = git_tree_entry_filemode(e);
		if (mode != GIT_FILEMODE_TREE) {
			if (i == n - 1 && dir_wanted)
				err = cc_src_error(errmsg, CC_ENOTFILE, "%s: not a folder", p->text);
			else if (mode == GIT_FILEMODE_LINK || mode == GIT_FILEMODE_COMMIT)
				err = cc_src_error(errmsg, CC_ENOTFILE,
				                   "%s: goes through a symlink or submodule (not followed)", p->text);
			else
				err = cc_src_error(errmsg, CC_ENOTFOUND, "%s: not found (a file is in the way)",
				                   p->text);
			goto done;
		}
		git_tree *next = NULL;
		if (git_tree_lookup(&next, src->repo, git_tree_entry_id(e)) < 0) {
			err = cc_src_git_error(errmsg, CC_ERROR, "cannot read the tree of %s", p->text);
			goto done;
		}
		git_tree_free(cur);
		cur = next;
		walk_cache_put(wc, p, i, cur);
	}
done:
	if (err < 0) {
		git_tree_free(cur);
		return err;
	}
	*out = cur;
	return 0;
}

int cc_rev_list(cc_source *src, const cc_path *p, cc_dirlist *out, char **errmsg)
{
	git_tree *tree = NULL;
	int err = walk_dir(src, p, p->n, true, &tree, errmsg);
	if (err < 0)
		return err;
	size_t cap = 0, count = git_tree_entrycount(tree);
	for (size_t i = 0; i < count; i++) {
		const git_tree_entry *e = git_tree_entry_byindex(tree, i);
		const char *name = git_tree_entry_name(e);
		cc_dirlist_push(out, &cap, name, strlen(name), entry_type(git_tree_entry_filemode(e)));
	}
	git_tree_free(tree);
	return 0;
}

int cc_rev_read(cc_source *src, const cc_path *p, size_t max_len, char **buf, size_t *len,
                char **errmsg)
{
	git_tree *dir = NULL;
	int err = walk_dir(src, p, p->n - 1, false, &dir, errmsg);
	if (err < 0)
		return err;
	const git_tree_entry *e = git_tree_entry_byname(dir, p->comps[p->n - 1]);
	if (!e) {
		err = cc_src_error(errmsg, CC_ENOTFOUND, "%s: not found in %s", p->text, src->commit_hex);
	} else {
		git_filemode_t mode = git_tree_entry_filemode(e);
		if (mode == GIT_FILEMODE_BLOB || mode == GIT_FILEMODE_BLOB_EXECUTABLE)
			err = cc_src_read_blob(src, git_tree_entry_id(e), p->text, max_len, buf, len, errmsg);
		else
			err = cc_src_error(errmsg, CC_ENOTFILE, "%s: not a regular file (%s)", p->text,
			                   mode == GIT_FILEMODE_TREE   ? "a folder"
			                   : mode == GIT_FILEMODE_LINK ? "a symlink"
			                                               : "a submodule");
	}
	git_tree_free(dir);
	return err;
}

int cc_rev_tree_id(cc_source *src, const cc_path *p, const char *exclude, git_oid *out,
                   char **errmsg)
{
	git_tree *tree = NULL;
	int err = walk_dir(src, p, p->n, true, &tree, errmsg);
	if (err == CC_ENOTFILE)
		err = CC_ENOTFOUND; /* the contract: not a folder is "no such folder" */
	if (err < 0)
		return err;
	if (!exclude || !git_tree_entry_byname(tree, exclude)) {
		git_oid_cpy(out, git_tree_id(tree));
		git_tree_free(tree);
		return 0;
	}
	/* Re-hash the tree without the entry, keeping every other entry's raw
	 * mode and the stored (git) order. */
	cc_tree_builder b = CC_TREE_BUILDER_INIT;
	size_t count = git_tree_entrycount(tree);
	for (size_t i = 0; i < count; i++) {
		const git_tree_entry *e = git_tree_entry_byindex(tree, i);
		const char *name = git_tree_entry_name(e);
		if (!strcmp(name, exclude))
			continue;
		cc_tree_builder_add(&b, name, strlen(name), (unsigned)git_tree_entry_filemode_raw(e),
		                    git_tree_entry_id(e));
	}
	if (cc_tree_builder_hash(out, &b) < 0)
		err = cc_src_git_error(errmsg, CC_ERROR, "cannot hash the tree of %s", p->text);
	cc_tree_builder_clear(&b);
	git_tree_free(tree);
	return err;
}
