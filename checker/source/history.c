/* history.c: commits that changed a folder, and the one-pass history
 * walker (see history.h). Trees are compared level by level by id, so an
 * unchanged subtree is skipped without being opened. */
#include "history.h"

#include <stdlib.h>
#include <string.h>

#include "internal.h"
#include "treehash.h"
#include "util/strbuf.h"
#include "util/xalloc.h"

#define IS_TREE(e) (git_tree_entry_filemode(e) == GIT_FILEMODE_TREE)

static int need_git(cc_source *src, char **errmsg)
{
	if (!src->repo)
		return cc_src_error(errmsg, CC_ERROR, "history needs a git repository");
	return 0;
}

/* The tree id of folder p in root: *found false when it is missing or not
 * a folder. */
static int folder_id(cc_source *src, git_tree *root, const cc_path *p, git_oid *out, bool *found,
                     char **errmsg)
{
	*found = false;
	if (!root)
		return 0;
	if (p->n == 0) {
		git_oid_cpy(out, git_tree_id(root));
		*found = true;
		return 0;
	}
	git_tree *cur = root;
	int err = 0;
	for (size_t i = 0; i < p->n; i++) {
		const git_tree_entry *e = git_tree_entry_byname(cur, p->comps[i]);
		if (!e || !IS_TREE(e))
			break;
		if (i == p->n - 1) {
			git_oid_cpy(out, git_tree_entry_id(e));
			*found = true;
			break;
		}
		git_tree *next = NULL;
		if (git_tree_lookup(&next, src->repo, git_tree_entry_id(e)) < 0) {
			err = cc_src_git_error(errmsg, CC_ERROR, "cannot read the tree of %s", p->text);
			break;
		}
		if (cur != root)
			git_tree_free(cur);
		cur = next;
	}
	if (cur != root)
		git_tree_free(cur);
	return err;
}

/* The folder's tree id in recent commits: in either walk order a commit's
 * parent is most often the commit looked at just before, so this halves
 * the lookups on linear history. */
#define FOLDER_CACHE_SLOTS 4

typedef struct folder_cache {
	struct {
		bool valid, found;
		git_oid commit, id;
	} slot[FOLDER_CACHE_SLOTS];
	unsigned next;
} folder_cache;

/* The tree id of folder p in commit id (*found false when missing). */
static int folder_of_commit(cc_source *src, folder_cache *fc, const git_oid *commit,
                            const cc_path *p, git_oid *out, bool *found, char **errmsg)
{
	for (unsigned i = 0; i < FOLDER_CACHE_SLOTS; i++) {
		if (fc->slot[i].valid && git_oid_equal(&fc->slot[i].commit, commit)) {
			*found = fc->slot[i].found;
			git_oid_cpy(out, &fc->slot[i].id);
			return 0;
		}
	}
	git_commit *c = NULL;
	git_tree *t = NULL;
	int err = 0;
	if (git_commit_lookup(&c, src->repo, commit) < 0 || git_commit_tree(&t, c) < 0)
		err = cc_src_git_error(errmsg, CC_ERROR, "cannot read the tree of a commit");
	else
		err = folder_id(src, t, p, out, found, errmsg);
	git_tree_free(t);
	git_commit_free(c);
	if (err < 0)
		return err;
	unsigned k = fc->next++ % FOLDER_CACHE_SLOTS;
	fc->slot[k].valid = true;
	fc->slot[k].found = *found;
	git_oid_cpy(&fc->slot[k].commit, commit);
	git_oid_cpy(&fc->slot[k].id, *found ? out : commit);
	return 0;
}

void cc_history_ids_free(char **ids, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(ids[i]);
	free(ids);
}

static int start_walk(git_revwalk **walk, cc_source *src, unsigned sorting, char **errmsg)
{
	if (git_revwalk_new(walk, src->repo) < 0)
		return cc_src_git_error(errmsg, CC_ERROR, "cannot walk the history");
	git_revwalk_sorting(*walk, sorting);
	if (git_revwalk_push(*walk, &src->commit_oid) < 0)
		return cc_src_git_error(errmsg, CC_ERROR, "cannot walk the history from %s", src->commit_hex);
	return 0;
}

static int hide_since(git_revwalk *walk, cc_source *src, const char *since, char **errmsg)
{
	git_object *obj = NULL, *peeled = NULL;
	int err = git_revparse_single(&obj, src->repo, since);
	if (err == 0)
		err = git_object_peel(&peeled, obj, GIT_OBJECT_COMMIT);
	git_object_free(obj);
	if (err < 0)
		return cc_src_git_error(errmsg,
		                        err == GIT_ENOTFOUND || err == GIT_EINVALIDSPEC || err == GIT_EAMBIGUOUS ||
		                                err == GIT_EPEEL
		                            ? CC_ENOTFOUND
		                            : CC_ERROR,
		                        "no such commit '%s'", since);
	err = git_revwalk_hide(walk, git_object_id(peeled));
	git_object_free(peeled);
	if (err < 0)
		return cc_src_git_error(errmsg, CC_ERROR, "cannot walk the history since '%s'", since);
	return 0;
}

/* The next commit of the walk into *out (owned): 1, 0 at the end, or
 * CC_ERROR. */
static int next_commit(git_revwalk *walk, cc_source *src, git_commit **out, char **errmsg)
{
	git_oid oid;
	int err = git_revwalk_next(&oid, walk);
	if (err == GIT_ITEROVER)
		return 0;
	if (err < 0)
		return cc_src_git_error(errmsg, CC_ERROR, "cannot walk the history");
	if (git_commit_lookup(out, src->repo, &oid) < 0)
		return cc_src_git_error(errmsg, CC_ERROR, "cannot read a commit");
	return 1;
}

/* Whether commit c changed folder p: its id differs from every parent's. */
static int touches(cc_source *src, folder_cache *fc, git_commit *c, const cc_path *p, bool *out,
                   char **errmsg)
{
	git_oid id, pid;
	bool found, pfound;
	int err = folder_of_commit(src, fc, git_commit_id(c), p, &id, &found, errmsg);
	if (err < 0)
		return err;
	unsigned np = git_commit_parentcount(c);
	*out = np == 0 ? found : true;
	for (unsigned k = 0; k < np && *out; k++) {
		const git_oid *parent = git_commit_parent_id(c, k);
		if (!parent)
			return cc_src_error(errmsg, CC_ERROR, "cannot read a parent of a commit");
		if ((err = folder_of_commit(src, fc, parent, p, &pid, &pfound, errmsg)) < 0)
			return err;
		if (found == pfound && (!found || git_oid_equal(&id, &pid)))
			*out = false;
	}
	return 0;
}

int cc_history_commits_touching(char ***ids, size_t *n, cc_source *src, const char *path,
                                const char *since, char **errmsg)
{
	*ids = NULL;
	*n = 0;
	cc_path p;
	git_revwalk *walk = NULL;
	char **list = NULL;
	size_t count = 0, cap = 0;
	int err;
	if ((err = need_git(src, errmsg)) < 0)
		return err;
	if ((err = cc_path_parse(&p, path, errmsg)) < 0)
		return err;
	if (!src->has_commit)
		goto done;
	if ((err = start_walk(&walk, src, GIT_SORT_TOPOLOGICAL | GIT_SORT_TIME, errmsg)) < 0)
		goto done;
	if (since && (err = hide_since(walk, src, since, errmsg)) < 0)
		goto done;
	git_commit *c = NULL;
	folder_cache fc;
	memset(&fc, 0, sizeof fc);
	while ((err = next_commit(walk, src, &c, errmsg)) > 0) {
		bool yes = false;
		err = touches(src, &fc, c, &p, &yes, errmsg);
		if (err == 0 && yes) {
			list = cc_xgrow(list, &cap, count + 1, sizeof *list);
			list[count] = cc_xmalloc(GIT_OID_HEXSZ + 1);
			git_oid_tostr(list[count++], GIT_OID_HEXSZ + 1, git_commit_id(c));
		}
		git_commit_free(c);
		if (err < 0)
			goto done;
	}
done:
	git_revwalk_free(walk);
	cc_path_clear(&p);
	if (err < 0) {
		cc_history_ids_free(list, count);
		return err;
	}
	*ids = list;
	*n = count;
	return 0;
}

/* --- the walker --------------------------------------------------------- */

typedef struct walk_state {
	cc_source *src;
	const cc_history_visitor *v;
	cc_history_enter_fn enter;
	void *ctx;
	const cc_history_commit *commit;
	cc_strbuf path; /* the folder being compared, "" or ending in '/' */
	char **errmsg;
	folder_cache cache;
	/* The prefix's tree in the last commit compared: most often the next
	 * commit's first parent has it, and a large folder (the cases folder)
	 * is then read once a commit, not twice, whatever libgit2's object
	 * cache keeps. Owned. */
	git_tree *prev;
} walk_state;

static int diff_trees(walk_state *ws, git_tree *a, git_tree *b);

static int emit(walk_state *ws, const git_tree_entry *a, const git_tree_entry *b)
{
	if (!ws->v->change)
		return 0;
	char old_hex[GIT_OID_HEXSZ + 1], new_hex[GIT_OID_HEXSZ + 1];
	cc_history_change ch = { ws->commit, ws->path.buf, NULL, NULL, 0, 0 };
	if (a) {
		git_oid_tostr(old_hex, sizeof old_hex, git_tree_entry_id(a));
		ch.old_id = old_hex;
		ch.old_mode = (unsigned)git_tree_entry_filemode_raw(a);
	}
	if (b) {
		git_oid_tostr(new_hex, sizeof new_hex, git_tree_entry_id(b));
		ch.new_id = new_hex;
		ch.new_mode = (unsigned)git_tree_entry_filemode_raw(b);
	}
	return ws->v->change(ws->ctx, &ch);
}

static int lookup_tree(walk_state *ws, const git_tree_entry *e, git_tree **out)
{
	if (!e) {
		*out = NULL;
		return 0;
	}
	if (git_tree_lookup(out, ws->src->repo, git_tree_entry_id(e)) < 0)
		return cc_src_git_error(ws->errmsg, CC_ERROR, "cannot read the tree of %s",
		                        cc_strbuf_cstr(&ws->path));
	return 0;
}

/* Compares entry a (old) with b (new), same name (either may be NULL). */
static int diff_entries(walk_state *ws, const git_tree_entry *a, const git_tree_entry *b)
{
	size_t base = ws->path.len;
	const char *name = git_tree_entry_name(a ? a : b);
	int err = 0;
	cc_strbuf_puts(&ws->path, name);
	if ((a && IS_TREE(a)) || (b && IS_TREE(b))) {
		git_tree *ta = NULL, *tb = NULL;
		cc_strbuf_putc(&ws->path, '/');
		bool skip = ws->enter && !ws->enter(ws->ctx, cc_strbuf_cstr(&ws->path));
		if (!skip && (err = lookup_tree(ws, a, &ta)) == 0 && (err = lookup_tree(ws, b, &tb)) == 0)
			err = diff_trees(ws, ta, tb);
		git_tree_free(ta);
		git_tree_free(tb);
	} else {
		err = emit(ws, a, b);
	}
	cc_strbuf_truncate(&ws->path, base);
	return err;
}

static int diff_trees(walk_state *ws, git_tree *a, git_tree *b)
{
	size_t na = a ? git_tree_entrycount(a) : 0, nb = b ? git_tree_entrycount(b) : 0;
	size_t i = 0, j = 0;
	int err = 0;
	while (err == 0 && (i < na || j < nb)) {
		const git_tree_entry *ea = i < na ? git_tree_entry_byindex(a, i) : NULL;
		const git_tree_entry *eb = j < nb ? git_tree_entry_byindex(b, j) : NULL;
		int cmp;
		if (ea && eb && git_oid_equal(git_tree_entry_id(ea), git_tree_entry_id(eb)) &&
		    git_tree_entry_filemode_raw(ea) == git_tree_entry_filemode_raw(eb) &&
		    !strcmp(git_tree_entry_name(ea), git_tree_entry_name(eb))) {
			i++; /* the same entry, unchanged: most entries of a large folder */
			j++;
			continue;
		}
		if (!ea)
			cmp = 1;
		else if (!eb)
			cmp = -1;
		else {
			const char *x = git_tree_entry_name(ea), *y = git_tree_entry_name(eb);
			cmp = cc_tree_order(x, strlen(x), IS_TREE(ea), y, strlen(y), IS_TREE(eb));
		}
		if (cmp < 0) {
			err = diff_entries(ws, ea, NULL);
			i++;
		} else if (cmp > 0) {
			err = diff_entries(ws, NULL, eb);
			j++;
		} else {
			if (!git_oid_equal(git_tree_entry_id(ea), git_tree_entry_id(eb)) ||
			    git_tree_entry_filemode_raw(ea) != git_tree_entry_filemode_raw(eb))
				err = diff_entries(ws, ea, eb);
			i++;
			j++;
		}
	}
	return err;
}

/* Reports what changed under the prefix in commit c against its parent
 * number k (0: the first; a root commit: against nothing). */
static int visit_against(walk_state *ws, git_commit *c, const cc_path *prefix, unsigned k)
{
	git_tree *fa = NULL, *fb = NULL;
	git_oid id, pid;
	bool found, pfound = false;
	int err;
	unsigned np = git_commit_parentcount(c);
	if ((err = folder_of_commit(ws->src, &ws->cache, git_commit_id(c), prefix, &id, &found,
	                            ws->errmsg)) < 0)
		goto done;
	if (np && (err = folder_of_commit(ws->src, &ws->cache, git_commit_parent_id(c, k), prefix, &pid,
	                                  &pfound, ws->errmsg)) < 0)
		goto done;
	if (found == pfound && (!found || git_oid_equal(&id, &pid)))
		goto done; /* nothing changed under the prefix */

	char hex[GIT_OID_HEXSZ + 1], phex[GIT_OID_HEXSZ + 1];
	git_oid_tostr(hex, sizeof hex, git_commit_id(c));
	if (np)
		git_oid_tostr(phex, sizeof phex, git_commit_parent_id(c, k));
	cc_history_commit info = { hex, np ? phex : NULL, (long long)git_commit_time(c), np, k };
	ws->commit = &info;
	if (ws->v->commit && (err = ws->v->commit(ws->ctx, &info)) != 0)
		goto done;
	if (pfound && ws->prev && git_oid_equal(git_tree_id(ws->prev), &pid)) {
		fa = ws->prev; /* taken */
		ws->prev = NULL;
	}
	if ((found && git_tree_lookup(&fb, ws->src->repo, &id) < 0) ||
	    (pfound && !fa && git_tree_lookup(&fa, ws->src->repo, &pid) < 0)) {
		err = cc_src_git_error(ws->errmsg, CC_ERROR, "cannot read the tree of %s", prefix->text);
		goto done;
	}
	cc_strbuf_truncate(&ws->path, 0);
	if (prefix->n) {
		cc_strbuf_puts(&ws->path, prefix->text);
		cc_strbuf_putc(&ws->path, '/');
	}
	err = diff_trees(ws, fa, fb);
	if (fb && k + 1 >= np) {
		git_tree_free(ws->prev);
		ws->prev = fb; /* kept for the next commit */
		fb = NULL;
	}
done:
	ws->commit = NULL;
	git_tree_free(fa);
	git_tree_free(fb);
	return err;
}

/* Reports what changed under the prefix in commit c against its first
 * parent, and, with every_parent, a merge against each other parent too. */
static int visit_commit(walk_state *ws, git_commit *c, const cc_path *prefix)
{
	unsigned np = git_commit_parentcount(c);
	int err = visit_against(ws, c, prefix, 0);
	for (unsigned k = 1; err == 0 && ws->v->every_parent && k < np; k++)
		err = visit_against(ws, c, prefix, k);
	return err;
}

int cc_history_walk(cc_source *src, const char *prefix, const cc_history_visitor *v, void *ctx,
                    char **errmsg)
{
	return cc_history_walk_only(src, prefix, v, NULL, ctx, errmsg);
}

int cc_history_walk_only(cc_source *src, const char *prefix, const cc_history_visitor *v,
                         cc_history_enter_fn enter, void *ctx, char **errmsg)
{
	cc_path p;
	git_revwalk *walk = NULL;
	walk_state ws = { .src = src, .v = v, .enter = enter, .ctx = ctx, .path = CC_STRBUF_INIT,
	                  .errmsg = errmsg };
	int err;
	if ((err = need_git(src, errmsg)) < 0)
		return err;
	if ((err = cc_path_parse(&p, prefix, errmsg)) < 0)
		return err;
	if (!src->has_commit)
		goto done;
	if (git_repository_is_shallow(src->repo) == 1) {
		err = cc_src_error(errmsg, CC_ERROR,
		                   "the repository is a shallow clone: the commits before its cut are missing");
		goto done;
	}
	err = start_walk(&walk, src, GIT_SORT_TOPOLOGICAL | GIT_SORT_TIME | GIT_SORT_REVERSE, errmsg);
	if (err < 0)
		goto done;
	git_commit *c = NULL;
	while ((err = next_commit(walk, src, &c, errmsg)) > 0) {
		err = visit_commit(&ws, c, &p);
		git_commit_free(c);
		if (err != 0)
			goto done;
	}
done:
	git_revwalk_free(walk);
	git_tree_free(ws.prev);
	cc_strbuf_free(&ws.path);
	cc_path_clear(&p);
	return err;
}

int cc_history_read_blob(cc_source *src, const char *id, size_t max_len, char **buf, size_t *len,
                         char **errmsg)
{
	git_oid oid;
	int err;
	*buf = NULL;
	*len = 0;
	if ((err = need_git(src, errmsg)) < 0)
		return err;
	if (!id || strlen(id) != GIT_OID_HEXSZ || git_oid_fromstr(&oid, id) < 0)
		return cc_src_error(errmsg, CC_ERROR, "not an object id: %s", id ? id : "(null)");
	if (!git_odb_exists(src->odb, &oid))
		return cc_src_error(errmsg, CC_ENOTFOUND, "no such object %s", id);
	return cc_src_read_blob(src, &oid, id, max_len, buf, len, errmsg);
}
