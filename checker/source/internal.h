/* source/internal.h: the cc_source object and the per-kind operations
 * behind include/casecheck/source.h. Internal to lib cc_source. */
#ifndef CC_SOURCE_INTERNAL_H
#define CC_SOURCE_INTERNAL_H

#include <git2.h>
#include <stdbool.h>

#include "casecheck/error.h"
#include "casecheck/source.h"
#include "source/git.h"

/* REV: the trees of the last folder path walked, so reading the files of
 * one case folder one after another does not look up the root, `cases`
 * and the case folder's trees again for each file (nor depend on libgit2's
 * object cache keeping them). trees[i] is the tree at path components
 * names[0..i]; both owned. */
#define CC_WALK_DEPTH 6
typedef struct cc_walk_cache {
	size_t n;
	char *names[CC_WALK_DEPTH];
	git_tree *trees[CC_WALK_DEPTH];
} cc_walk_cache;

/* Drops what the cache holds. */
void cc_walk_cache_clear(cc_walk_cache *wc);

struct cc_source {
	cc_source_kind kind;
	git_repository *repo; /* NULL: a plain folder (WORKTREE only) */
	git_odb *odb;         /* the repository's object database, or NULL */
	bool from_env;        /* opened as git finds it (GIT_DIR, GIT_OBJECT_DIRECTORY, ...): dup does the
	                         same, so a pre-receive hook's quarantined objects stay visible */
	char *root;           /* absolute, no trailing '/'; owned */
	char *rev;            /* REV: the revision asked for ("HEAD" by default); else NULL; owned */
	bool has_commit;
	git_oid commit_oid;
	char commit_hex[41];
	git_tree *tree;   /* REV: the commit's tree */
	cc_walk_cache walk; /* REV: trees of the last folder walked */
	git_index *index; /* INDEX: the index read; WORKTREE: to tell tracked files (or NULL) */
	int rootfd;       /* WORKTREE: the root folder, O_DIRECTORY; else -1 */
};

/* A path split into components; comps point into buf (owned). */
typedef struct cc_path {
	const char *text; /* the path as given; borrowed */
	char *buf;
	char **comps;
	size_t n;
} cc_path;

/* Checks and splits a repository-relative path ("" is the root). Refuses
 * (CC_ERROR with a message) absolute paths, empty, "." and ".."
 * components and any ".git" component (any case). */
int cc_path_parse(cc_path *out, const char *path, char **errmsg);
void cc_path_clear(cc_path *p);
/* Checks one entry name (the `exclude` argument): non-empty, no '/', not
 * "." or "..". */
bool cc_path_name_ok(const char *name);

/* Error helpers: set *errmsg (if errmsg is not NULL) and return code.
 * cc_src_git_error appends libgit2's last message. */
int cc_src_error(char **errmsg, int code, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
int cc_src_git_error(char **errmsg, int code, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

/* Opens the repository at repo_dir (NULL: from the environment as git
 * does, GIT_WORK_TREE included); *index_path is GIT_INDEX_FILE when it must
 * be opened by hand (borrowed from the environment), else NULL. Returns 0,
 * CC_ENOTFOUND (no repository) or CC_ERROR, with a message that says why
 * (open.c). libgit2 must be initialised. */
int cc_src_open_repo(git_repository **out, const char *repo_dir, const char **index_path, char **errmsg);

/* Dirlist building: appends a copy of name (len bytes) and sorts. */
void cc_dirlist_push(cc_dirlist *list, size_t *cap, const char *name, size_t len, cc_entry_type type);
void cc_dirlist_sort_unique(cc_dirlist *list);

/* Reads blob id into a new NUL-terminated buffer, refusing blobs over
 * max_len (CC_ETOOBIG) before loading them. path names the file in
 * messages. */
int cc_src_read_blob(cc_source *src, const git_oid *id, const char *path, size_t max_len,
                     char **buf, size_t *len, char **errmsg);

/* Per-kind operations: same contracts as the public functions, with the
 * path already checked and split. */
int cc_rev_list(cc_source *src, const cc_path *p, cc_dirlist *out, char **errmsg);
int cc_rev_read(cc_source *src, const cc_path *p, size_t max_len, char **buf, size_t *len, char **errmsg);
int cc_rev_tree_id(cc_source *src, const cc_path *p, const char *exclude, git_oid *out, char **errmsg);

int cc_index_list(cc_source *src, const cc_path *p, cc_dirlist *out, char **errmsg);
int cc_index_read(cc_source *src, const cc_path *p, size_t max_len, char **buf, size_t *len, char **errmsg);
int cc_index_tree_id(cc_source *src, const cc_path *p, const char *exclude, git_oid *out, char **errmsg);

int cc_worktree_list(cc_source *src, const cc_path *p, cc_dirlist *out, char **errmsg);
int cc_worktree_read(cc_source *src, const cc_path *p, size_t max_len, char **buf, size_t *len, char **errmsg);
int cc_worktree_tree_id(cc_source *src, const cc_path *p, const char *exclude, git_oid *out, char **errmsg);

#endif
