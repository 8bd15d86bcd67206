/* delta: the files one change adds, changes or deletes, as a flat list:
 * from two trees (a commit against a parent: subtrees with the same id are
 * skipped unread, so an unchanged case folder costs one id comparison) or
 * from a libgit2 tree-to-index diff (the staged change). */
#ifndef CC_WORKFLOW_DELTA_H
#define CC_WORKFLOW_DELTA_H

#include <git2.h>
#include <stddef.h>

typedef struct cc_delta {
	char *path;        /* repository-relative; owned */
	git_oid old_id;    /* zero when added */
	git_oid new_id;    /* zero when deleted */
	unsigned old_mode; /* 0 when added; 0160000: a submodule (the id is a commit) */
	unsigned new_mode; /* 0 when deleted */
} cc_delta;

typedef struct cc_deltas {
	cc_delta *items;
	size_t n, cap;
} cc_deltas;

#define CC_DELTAS_INIT { NULL, 0, 0 }

/* The files that differ between old (NULL: nothing) and new_ (NULL:
 * nothing). A file replaced by a folder, or the reverse, is a deletion
 * plus additions. Returns 0, or CC_ERROR with *errmsg when a tree cannot
 * be read. */
int cc_deltas_from_trees(cc_deltas *out, git_repository *repo, const git_tree *old, const git_tree *new_,
                         char **errmsg);
/* The files of a libgit2 diff (a type change is a deletion plus an
 * addition). Cannot fail. */
void cc_deltas_from_diff(cc_deltas *out, git_diff *diff);
void cc_deltas_clear(cc_deltas *d);

#endif
