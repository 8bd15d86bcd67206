/* stale.c: the commits that changed a case after a stale sign-off.
 *
 * One walk a run, shared by every case that asks (as --history shares its
 * walk, history_events.c): first parents back from the commit audited
 * (HEAD for the index and the working tree), at most CC_STALE_MAX_WALK
 * steps, each commit's cases folder compared with its first parent's. Only
 * the case folders whose tree changed are hashed, each without its
 * top-level "signoffs" entry (the content a sign-off names), and a change
 * of that hash is kept as an event of the case. A case then reads its own
 * events, newest first, until its content was the one signed: the run
 * costs one walk plus the changes, never a walk per case (a transfer audit
 * of 2,000 stale cases over 2,500 commits walked the history 2,000 times).
 * Tree ids come from the source module's tree hashing (source/treehash.h),
 * the same that computes a sign-off's content. */
#include <git2.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "source/treehash.h"
#include "stale.h"
#include "util/xalloc.h"
#include "source/git.h"

/* A case folder whose content (signoffs/ left out) changed in a commit. */
typedef struct stale_event {
	char *name;      /* the case folder's name; owned */
	size_t step;     /* the commit, as first-parent steps back from the start */
	bool have_there; /* the folder existed in the commit's first parent */
	git_oid there;   /* its content there */
} stale_event;

struct cc_stale_run {
	pthread_mutex_t lock; /* held while the walk fills the run */
	bool filled;
	bool ok;              /* the walk started (a commit to start from) */
	bool cut;             /* stopped before a root: CC_STALE_MAX_WALK or an unreadable parent */
	char start[GIT_OID_HEXSZ + 1];
	char (*commits)[GIT_OID_HEXSZ + 1]; /* by step; owned */
	size_t n_commits, cap_commits;
	stale_event *ev;      /* sorted by name, then step; owned */
	size_t n, cap;
};

static pthread_mutex_t create_lock = PTHREAD_MUTEX_INITIALIZER;

void cc_stale_run_free(struct cc_stale_run *s)
{
	if (!s)
		return;
	for (size_t i = 0; i < s->n; i++)
		free(s->ev[i].name);
	free(s->ev);
	free(s->commits);
	pthread_mutex_destroy(&s->lock);
	free(s);
}

/* The run's walk, created by the first caller (the only member of the run
 * context written while workers run, under create_lock). */
static struct cc_stale_run *run_cache(const cc_audit_ctx *run)
{
	cc_audit_ctx *w = (cc_audit_ctx *)run;
	pthread_mutex_lock(&create_lock);
	if (!w->stale_run) {
		struct cc_stale_run *s = cc_xcalloc(1, sizeof *s);
		pthread_mutex_init(&s->lock, NULL);
		w->stale_run = s;
	}
	struct cc_stale_run *s = w->stale_run;
	pthread_mutex_unlock(&create_lock);
	return s;
}

/* The content id of the folder entry e (a case folder), false when e is
 * NULL, not a folder or unreadable. */
static bool entry_content(git_repository *repo, const git_tree_entry *e, git_oid *out)
{
	git_tree *sub = NULL;
	if (!e || git_tree_entry_type(e) != GIT_OBJECT_TREE || git_tree_lookup(&sub, repo, git_tree_entry_id(e)) < 0)
		return false;
	bool ok = cc_tree_id_without(out, sub, "signoffs") == 0;
	git_tree_free(sub);
	return ok;
}

/* The folder at path ("" the root) in commit's tree, or NULL. */
static git_tree *folder_at(git_repository *repo, git_commit *commit, const char *path)
{
	git_tree *root = NULL, *sub = NULL;
	git_tree_entry *e = NULL;
	if (git_commit_tree(&root, commit) < 0)
		return NULL;
	if (!*path)
		return root;
	if (git_tree_entry_bypath(&e, root, path) == 0 && git_tree_entry_type(e) == GIT_OBJECT_TREE)
		(void)git_tree_lookup(&sub, repo, git_tree_entry_id(e));
	git_tree_entry_free(e);
	git_tree_free(root);
	return sub;
}

static void add_event(struct cc_stale_run *s, const char *name, size_t step, bool have_there, const git_oid *there)
{
	s->ev = cc_xgrow(s->ev, &s->cap, s->n + 1, sizeof *s->ev);
	stale_event *e = &s->ev[s->n++];
	e->name = cc_xstrdup(name);
	e->step = step;
	e->have_there = have_there;
	if (have_there)
		e->there = *there;
	else
		memset(&e->there, 0, sizeof e->there);
}

/* The case folders whose content differs between here (the cases folder
 * of the commit at step) and there (its first parent's; NULL: none):
 * both listings are in git's tree order, so one merge pass. */
static void compare(struct cc_stale_run *s, git_repository *repo, const git_tree *here, const git_tree *there,
                    size_t step)
{
	if (here && there && git_oid_equal(git_tree_id(here), git_tree_id(there)))
		return;
	size_t n = here ? git_tree_entrycount(here) : 0, m = there ? git_tree_entrycount(there) : 0, i = 0, j = 0;
	while (i < n || j < m) {
		const git_tree_entry *a = i < n ? git_tree_entry_byindex(here, i) : NULL;
		const git_tree_entry *b = j < m ? git_tree_entry_byindex(there, j) : NULL;
		int c = !a ? 1 : !b ? -1 : 0;
		if (a && b) {
			const char *an = git_tree_entry_name(a), *bn = git_tree_entry_name(b);
			c = cc_tree_order(an, strlen(an), git_tree_entry_type(a) == GIT_OBJECT_TREE, bn, strlen(bn),
			                  git_tree_entry_type(b) == GIT_OBJECT_TREE);
			/* the same name as a folder and as a file: one case slot */
			if (c && !strcmp(an, bn))
				c = 0;
		}
		const git_tree_entry *ea = c <= 0 ? a : NULL, *eb = c >= 0 ? b : NULL;
		i += ea != NULL;
		j += eb != NULL;
		if (ea && eb && git_tree_entry_filemode_raw(ea) == git_tree_entry_filemode_raw(eb) &&
		    git_oid_equal(git_tree_entry_id(ea), git_tree_entry_id(eb)))
			continue;
		git_oid ia, ib;
		bool ha = entry_content(repo, ea, &ia), hb = entry_content(repo, eb, &ib);
		if (ha != hb || (ha && !git_oid_equal(&ia, &ib)))
			add_event(s, git_tree_entry_name(ea ? ea : eb), step, hb, &ib);
	}
}

static int cmp_event(const void *pa, const void *pb)
{
	const stale_event *a = pa, *b = pb;
	int c = strcmp(a->name, b->name);
	if (c)
		return c;
	return a->step < b->step ? -1 : a->step > b->step;
}

/* The one walk (under s->lock): every first-parent step from start,
 * comparing the cases folder (parent) of each commit with its parent's. */
static void fill(struct cc_stale_run *s, git_repository *repo, const char *start, const char *parent)
{
	git_oid oid;
	git_commit *c = NULL;
	if (git_oid_fromstr(&oid, start) < 0 || git_commit_lookup(&c, repo, &oid) < 0)
		return;
	s->ok = true;
	memcpy(s->start, start, GIT_OID_HEXSZ);
	git_tree *here = folder_at(repo, c, parent);
	for (size_t step = 0; c; step++) {
		if (step == CC_STALE_MAX_WALK) {
			s->cut = true;
			break;
		}
		s->commits = cc_xgrow(s->commits, &s->cap_commits, s->n_commits + 1, sizeof *s->commits);
		git_oid_tostr(s->commits[s->n_commits++], GIT_OID_HEXSZ + 1, git_commit_id(c));
		git_commit *up = NULL;
		git_tree *there = NULL;
		if (git_commit_parentcount(c) > 0) {
			if (git_commit_parent(&up, c, 0) == 0)
				there = folder_at(repo, up, parent);
			else
				s->cut = true; /* a missing parent (shallow clone) or an unreadable commit */
		}
		compare(s, repo, here, there, step);
		git_tree_free(here);
		git_commit_free(c);
		here = there;
		c = up;
	}
	git_tree_free(here);
	git_commit_free(c);
	if (s->n > 1)
		qsort(s->ev, s->n, sizeof *s->ev, cmp_event);
}

/* The content id of the case folder at path in the commit start. */
static bool start_content(git_repository *repo, const char *start, const char *path, git_oid *out)
{
	git_oid oid;
	git_commit *c = NULL;
	git_tree *root = NULL;
	git_tree_entry *e = NULL;
	bool ok = git_oid_fromstr(&oid, start) == 0 && git_commit_lookup(&c, repo, &oid) == 0 &&
	          git_commit_tree(&root, c) == 0 && git_tree_entry_bypath(&e, root, path) == 0 &&
	          entry_content(repo, e, out);
	git_tree_entry_free(e);
	git_tree_free(root);
	git_commit_free(c);
	return ok;
}

/* The run's walk, filled by the first caller; NULL when the source has
 * no commit to walk from. Read-only once returned. */
static const struct cc_stale_run *walked(cc_audit_case *ac)
{
	git_repository *repo = cc_source_git_repository(ac->src);
	const char *start = cc_source_commit(ac->src);
	if (!repo || !start)
		return NULL;
	struct cc_stale_run *s = run_cache(ac->run);
	pthread_mutex_lock(&s->lock);
	if (!s->filled) {
		fill(s, repo, start, ac->run->cases_dir);
		s->filled = true;
	}
	pthread_mutex_unlock(&s->lock);
	return s->ok && !strcmp(s->start, start) ? s : NULL;
}

/* The index of the case's first event (the walk compares the cases
 * folder; a case is its folder's name there). */
static size_t first_event(const struct cc_stale_run *s, const char *name)
{
	size_t lo = 0, hi = s->n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (strcmp(s->ev[mid].name, name) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

bool cc_stale_signed_commit(cc_audit_case *ac, const char *signed_tree, char out[GIT_OID_HEXSZ + 1])
{
	const struct cc_stale_run *s = walked(ac);
	git_repository *repo = cc_source_git_repository(ac->src);
	git_oid signed_oid, cur;
	if (!s || !signed_tree || git_oid_fromstr(&signed_oid, signed_tree) < 0)
		return false;
	if (start_content(repo, s->start, ac->c->dir, &cur) && git_oid_equal(&cur, &signed_oid)) {
		memcpy(out, s->start, GIT_OID_HEXSZ + 1);
		return true;
	}
	const char *name = ac->c->id;
	for (size_t k = first_event(s, name); k < s->n && !strcmp(s->ev[k].name, name); k++) {
		const stale_event *e = &s->ev[k];
		if (!e->have_there || !git_oid_equal(&e->there, &signed_oid))
			continue;
		/* the content of the first parent of the commit at e->step */
		if (e->step + 1 < s->n_commits) {
			memcpy(out, s->commits[e->step + 1], GIT_OID_HEXSZ + 1);
			return true;
		}
		git_oid id;
		git_commit *c = NULL;
		bool ok = git_oid_fromstr(&id, s->commits[e->step]) == 0 && git_commit_lookup(&c, repo, &id) == 0 &&
		          git_commit_parentcount(c) > 0;
		if (ok)
			git_oid_tostr(out, GIT_OID_HEXSZ + 1, git_commit_parent_id(c, 0));
		git_commit_free(c);
		return ok;
	}
	return false;
}

/* Whether the commit id (hex) holds a file at path. */
static bool commit_has(git_repository *repo, const char *hex, const char *path)
{
	git_oid id;
	git_commit *c = NULL;
	git_tree *root = NULL;
	git_tree_entry *e = NULL;
	bool yes = git_oid_fromstr(&id, hex) == 0 && git_commit_lookup(&c, repo, &id) == 0 &&
	           git_commit_tree(&root, c) == 0 && git_tree_entry_bypath(&e, root, path) == 0;
	git_tree_entry_free(e);
	git_tree_free(root);
	git_commit_free(c);
	return yes;
}

bool cc_stale_commit_adding(cc_audit_case *ac, const char *path, char out[GIT_OID_HEXSZ + 1])
{
	const struct cc_stale_run *s = walked(ac);
	git_repository *repo = cc_source_git_repository(ac->src);
	if (!s || !s->n_commits || !commit_has(repo, s->commits[0], path))
		return false;
	/* kept records stay once added (the hooks refuse a deletion), so the
	 * steps holding the file are 0..k: the oldest is found by halving */
	size_t lo = 0, hi = s->n_commits - 1;
	while (lo < hi) {
		size_t mid = lo + (hi - lo + 1) / 2;
		if (commit_has(repo, s->commits[mid], path))
			lo = mid;
		else
			hi = mid - 1;
	}
	memcpy(out, s->commits[lo], GIT_OID_HEXSZ + 1);
	return true;
}

size_t cc_stale_commits(cc_audit_case *ac, const char *signed_tree, bool *partial)
{
	git_repository *repo = cc_source_git_repository(ac->src);
	const char *start = cc_source_commit(ac->src);
	cc_case_result *r = ac->result;
	git_oid signed_oid, cur;
	size_t cap = 0, found = 0;
	*partial = false;
	if (!repo || !start || !signed_tree || git_oid_fromstr(&signed_oid, signed_tree) < 0)
		return 0;
	const char *name = ac->c->id;
	const struct cc_stale_run *s = walked(ac);
	if (!s)
		return 0;

	bool have = start_content(repo, start, ac->c->dir, &cur);
	for (size_t k = first_event(s, name); k < s->n && !strcmp(s->ev[k].name, name); k++) {
		if (have && git_oid_equal(&cur, &signed_oid))
			return found; /* the content signed, reached before this change */
		const stale_event *e = &s->ev[k];
		if (found++ < CC_STALE_MAX_LISTED) {
			r->stale_commits = cc_xgrow(r->stale_commits, &cap, r->n_stale_commits + 1, sizeof *r->stale_commits);
			r->stale_commits[r->n_stale_commits++] = cc_xstrdup(s->commits[e->step]);
		}
		have = e->have_there;
		cur = e->there;
	}
	if (!(have && git_oid_equal(&cur, &signed_oid)))
		*partial = s->cut;
	return found;
}

void cc_stale_commits_clear(cc_case_result *r)
{
	for (size_t i = 0; i < r->n_stale_commits; i++)
		free(r->stale_commits[i]);
	free(r->stale_commits);
	r->stale_commits = NULL;
	r->n_stale_commits = 0;
}
