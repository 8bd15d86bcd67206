/* delta.c: see delta.h. The tree walk merges the two sorted entry lists
 * of each pair of folders, opening a pair of subtrees only when their ids
 * differ. */
#include "workflow/delta.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "casecheck/error.h"
#include "util/xalloc.h"

#define TREE_MODE 0040000u

static void add(cc_deltas *out, const char *prefix, const char *name, const git_tree_entry *o, const git_tree_entry *n)
{
	out->items = cc_xgrow(out->items, &out->cap, out->n + 1, sizeof *out->items);
	cc_delta *d = &out->items[out->n++];
	memset(d, 0, sizeof *d);
	d->path = cc_xasprintf("%s%s", prefix, name);
	if (o) {
		git_oid_cpy(&d->old_id, git_tree_entry_id(o));
		d->old_mode = (unsigned)git_tree_entry_filemode_raw(o);
	}
	if (n) {
		git_oid_cpy(&d->new_id, git_tree_entry_id(n));
		d->new_mode = (unsigned)git_tree_entry_filemode_raw(n);
	}
}

static bool is_tree(const git_tree_entry *e)
{
	return e && git_tree_entry_type(e) == GIT_OBJECT_TREE;
}

/* Git orders tree entries by name, a folder's name as if it ended in '/'. */
static int entry_cmp(const git_tree_entry *a, const git_tree_entry *b)
{
	const char *x = git_tree_entry_name(a), *y = git_tree_entry_name(b);
	size_t lx = strlen(x), ly = strlen(y), l = lx < ly ? lx : ly;
	int c = memcmp(x, y, l);
	if (c)
		return c;
	unsigned char cx = lx > l ? (unsigned char)x[l] : is_tree(a) ? '/' : 0;
	unsigned char cy = ly > l ? (unsigned char)y[l] : is_tree(b) ? '/' : 0;
	return cx < cy ? -1 : cx > cy;
}

static int walk(cc_deltas *out, git_repository *repo, const git_tree *old, const git_tree *new_, const char *prefix,
                char **errmsg);

/* One side of a pair: a file or a folder (recursed into, against nothing
 * or the other side's folder). */
static int pair(cc_deltas *out, git_repository *repo, const char *prefix, const git_tree_entry *o,
                const git_tree_entry *n, char **errmsg)
{
	const char *name = git_tree_entry_name(o ? o : n);
	if (o && n && git_oid_equal(git_tree_entry_id(o), git_tree_entry_id(n)) &&
	    git_tree_entry_filemode_raw(o) == git_tree_entry_filemode_raw(n))
		return 0;
	git_tree *ot = NULL, *nt = NULL;
	int err = 0;
	if (o && !is_tree(o) && n && !is_tree(n)) {
		add(out, prefix, name, o, n);
		return 0;
	}
	if (o && !is_tree(o))
		add(out, prefix, name, o, NULL);
	if (n && !is_tree(n))
		add(out, prefix, name, NULL, n);
	if ((is_tree(o) && git_tree_lookup(&ot, repo, git_tree_entry_id(o)) < 0) ||
	    (is_tree(n) && git_tree_lookup(&nt, repo, git_tree_entry_id(n)) < 0)) {
		*errmsg = cc_xasprintf("%s%s: the folder cannot be read: %s", prefix, name,
		                       git_error_last() ? git_error_last()->message : "error");
		err = CC_ERROR;
	} else if (ot || nt) {
		char *sub = cc_xasprintf("%s%s/", prefix, name);
		err = walk(out, repo, ot, nt, sub, errmsg);
		free(sub);
	}
	git_tree_free(ot);
	git_tree_free(nt);
	return err;
}

static int walk(cc_deltas *out, git_repository *repo, const git_tree *old, const git_tree *new_, const char *prefix,
                char **errmsg)
{
	size_t no = old ? git_tree_entrycount(old) : 0, nn = new_ ? git_tree_entrycount(new_) : 0, i = 0, j = 0;
	int err = 0;
	while (err == 0 && (i < no || j < nn)) {
		const git_tree_entry *o = i < no ? git_tree_entry_byindex(old, i) : NULL;
		const git_tree_entry *n = j < nn ? git_tree_entry_byindex(new_, j) : NULL;
		int c = !o ? 1 : !n ? -1 : entry_cmp(o, n);
		if (c < 0) {
			err = pair(out, repo, prefix, o, NULL, errmsg);
			i++;
		} else if (c > 0) {
			err = pair(out, repo, prefix, NULL, n, errmsg);
			j++;
		} else {
			err = pair(out, repo, prefix, o, n, errmsg);
			i++;
			j++;
		}
	}
	return err;
}

int cc_deltas_from_trees(cc_deltas *out, git_repository *repo, const git_tree *old, const git_tree *new_,
                         char **errmsg)
{
	return walk(out, repo, old, new_, "", errmsg);
}

void cc_deltas_from_diff(cc_deltas *out, git_diff *diff)
{
	size_t n = git_diff_num_deltas(diff);
	for (size_t i = 0; i < n; i++) {
		const git_diff_delta *g = git_diff_get_delta(diff, i);
		bool split = g->status == GIT_DELTA_TYPECHANGE;
		for (int k = 0; k < (split ? 2 : 1); k++) {
			out->items = cc_xgrow(out->items, &out->cap, out->n + 1, sizeof *out->items);
			cc_delta *d = &out->items[out->n++];
			memset(d, 0, sizeof *d);
			bool with_old = !split || k == 0, with_new = !split || k == 1;
			d->path = cc_xstrdup(g->old_file.path ? g->old_file.path : g->new_file.path);
			if (with_old && !git_oid_is_zero(&g->old_file.id)) {
				git_oid_cpy(&d->old_id, &g->old_file.id);
				d->old_mode = g->old_file.mode;
			}
			if (with_new && !git_oid_is_zero(&g->new_file.id)) {
				git_oid_cpy(&d->new_id, &g->new_file.id);
				d->new_mode = g->new_file.mode;
			}
		}
	}
}

void cc_deltas_clear(cc_deltas *d)
{
	for (size_t i = 0; i < d->n; i++)
		free(d->items[i].path);
	free(d->items);
	memset(d, 0, sizeof *d);
}
