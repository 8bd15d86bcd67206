/* stale.c: the commits that changed a case after a stale sign-off. Walks
 * first parents back from the commit audited (HEAD for the index and the
 * working tree) until the case folder, signoffs/ left out, had the tree id
 * the manager signed; every commit on the way that changed that tree is
 * listed. Tree ids come from the source module's tree hashing
 * (source/treehash.h), the same that computes a sign-off's content. */
#include <git2.h>
#include <stdlib.h>
#include <string.h>

#include "source/treehash.h"
#include "stale.h"
#include "util/xalloc.h"


/* The tree id of the folder at path in commit, without its top-level
 * entry "signoffs"; false when the folder does not exist there. */
static bool case_tree(git_repository *repo, git_commit *commit, const char *path, git_oid *out)
{
	git_tree *root = NULL, *sub = NULL;
	git_tree_entry *e = NULL;
	bool ok = false;
	if (git_commit_tree(&root, commit) < 0 || git_tree_entry_bypath(&e, root, path) < 0 ||
	    git_tree_entry_type(e) != GIT_OBJECT_TREE || git_tree_lookup(&sub, repo, git_tree_entry_id(e)) < 0)
		goto done;
	cc_tree_builder b = CC_TREE_BUILDER_INIT;
	size_t n = git_tree_entrycount(sub);
	for (size_t i = 0; i < n; i++) {
		const git_tree_entry *te = git_tree_entry_byindex(sub, i);
		const char *name = git_tree_entry_name(te);
		if (!strcmp(name, "signoffs"))
			continue;
		cc_tree_builder_add(&b, name, strlen(name), (unsigned)git_tree_entry_filemode_raw(te),
		                    git_tree_entry_id(te));
	}
	ok = cc_tree_builder_hash(out, &b) == 0;
	cc_tree_builder_clear(&b);
done:
	git_tree_free(sub);
	git_tree_entry_free(e);
	git_tree_free(root);
	return ok;
}

size_t cc_stale_commits(cc_audit_case *ac, const char *signed_tree, bool *partial)
{
	git_repository *repo = cc_source_git_repository(ac->src);
	const char *start = cc_source_commit(ac->src);
	git_oid signed_oid, oid;
	git_commit *c = NULL;
	cc_case_result *r = ac->result;
	size_t cap = 0, found = 0;
	*partial = false;
	if (!repo || !start || !signed_tree || git_oid_fromstr(&signed_oid, signed_tree) < 0 ||
	    git_oid_fromstr(&oid, start) < 0 || git_commit_lookup(&c, repo, &oid) < 0)
		return 0;
	git_oid here;
	bool have_here = case_tree(repo, c, ac->c->dir, &here);
	for (int steps = 0; c; steps++) {
		if (have_here && git_oid_equal(&here, &signed_oid))
			break;
		if (steps == CC_STALE_MAX_WALK) {
			*partial = true;
			break;
		}
		git_commit *parent = NULL;
		git_oid there = {{0}};
		bool have_there = false;
		if (git_commit_parentcount(c) > 0) {
			if (git_commit_parent(&parent, c, 0) == 0)
				have_there = case_tree(repo, parent, ac->c->dir, &there);
			else
				*partial = true; /* a missing parent (shallow clone) or an unreadable commit */
		}
		bool changed = have_here != have_there || (have_here && !git_oid_equal(&here, &there));
		if (changed && found++ < CC_STALE_MAX_LISTED) {
			char hex[GIT_OID_HEXSZ + 1];
			git_oid_tostr(hex, sizeof hex, git_commit_id(c));
			r->stale_commits = cc_xgrow(r->stale_commits, &cap, r->n_stale_commits + 1, sizeof *r->stale_commits);
			r->stale_commits[r->n_stale_commits++] = cc_xstrdup(hex);
		}
		git_commit_free(c);
		c = parent;
		here = there;
		have_here = have_there;
	}
	git_commit_free(c);
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
