/* casecheck/source.h: read a case repository from a revision, the index or
 * the working tree, through one interface. Nothing is checked out and
 * nothing is written.
 *
 * Paths are relative to the repository root, '/'-separated, with no "." or
 * ".." components and no leading '/'; any other path is refused (CC_ERROR),
 * so no read ever leaves the repository. Symlinks and submodules are listed
 * as what they are and never followed.
 *
 * A cc_source is used by one thread at a time; cc_source_dup() gives
 * another thread its own. */
#ifndef CASECHECK_SOURCE_H
#define CASECHECK_SOURCE_H

#include "casecheck/common.h"

#include <stdbool.h>
#include <stddef.h>

typedef enum cc_source_kind {
	CC_SOURCE_REV,     /* blobs of a commit's tree, from the object database */
	CC_SOURCE_INDEX,   /* the index: exactly what the next commit holds */
	CC_SOURCE_WORKTREE /* files on disk; also a plain folder, not a repository */
} cc_source_kind;

typedef struct cc_source_options {
	cc_source_kind kind;
	const char *repo_dir; /* NULL: the repository containing the current directory */
	const char *rev;      /* CC_SOURCE_REV only; NULL means "HEAD" */
} cc_source_options;

#define CC_SOURCE_OPTIONS_INIT { CC_SOURCE_REV, NULL, NULL }

typedef struct cc_source cc_source;

/* Returns 0, CC_ENOTFOUND (no repository, or no such revision), or
 * CC_ERROR; a message in *errmsg on failure. WORKTREE on a folder that is
 * not in a git repository succeeds, with cc_source_has_git() false. */
CC_EXTERN int cc_source_open(cc_source **out, const cc_source_options *opts, char **errmsg);
CC_EXTERN int cc_source_dup(cc_source **out, const cc_source *src, char **errmsg);
CC_EXTERN void cc_source_free(cc_source *src);

CC_EXTERN cc_source_kind cc_source_kind_of(const cc_source *src);
CC_EXTERN bool cc_source_has_git(const cc_source *src);
/* Absolute path of the working directory (or plain folder); borrowed. */
CC_EXTERN const char *cc_source_root(const cc_source *src);
/* The 40-hex id of the commit read (REV), or of HEAD (INDEX, WORKTREE),
 * or NULL (no commits yet, or no git). Borrowed. */
CC_EXTERN const char *cc_source_commit(const cc_source *src);
/* The revision a REV source was asked to read, as given ("HEAD" when none
 * was), for reports; NULL for INDEX and WORKTREE. Borrowed. */
CC_EXTERN const char *cc_source_rev(const cc_source *src);
/* Whether the repository has changes not committed (staged, unstaged or
 * untracked files; ignored files aside): a command reading HEAD says so.
 * False for a plain folder. */
CC_EXTERN bool cc_source_worktree_dirty(const cc_source *src);

typedef enum cc_entry_type {
	CC_ENTRY_FILE,
	CC_ENTRY_EXECUTABLE, /* a regular file with the executable bit */
	CC_ENTRY_DIR,
	CC_ENTRY_SYMLINK,
	CC_ENTRY_SUBMODULE,
	CC_ENTRY_OTHER /* fifo, device, socket (worktree only) */
} cc_entry_type;

typedef struct cc_dirent {
	char *name; /* one path component; may hold any byte but '/' and NUL */
	cc_entry_type type;
} cc_dirent;

typedef struct cc_dirlist {
	cc_dirent *items; /* sorted by name, bytewise */
	size_t count;
} cc_dirlist;

#define CC_DIRLIST_INIT { NULL, 0 }

/* Lists the folder at path ("" for the root). In WORKTREE mode files that
 * git ignores are left out. Returns 0, CC_ENOTFOUND, CC_ENOTFILE (path is
 * not a folder) or CC_ERROR. */
CC_EXTERN int cc_source_list(cc_source *src, const char *path, cc_dirlist *out, char **errmsg);
CC_EXTERN void cc_dirlist_clear(cc_dirlist *list);

/* Reads the regular file at path into a new NUL-terminated buffer (*buf,
 * owned by the caller; *len excludes the NUL). Returns 0, CC_ENOTFOUND,
 * CC_ENOTFILE (symlink, submodule, folder: never followed), CC_ETOOBIG
 * (over max_len) or CC_ERROR. */
CC_EXTERN int cc_source_read(cc_source *src, const char *path, size_t max_len,
                   char **buf, size_t *len, char **errmsg);

/* The git tree id (40 hex + NUL) the folder at path has in this source,
 * leaving out its top-level entry named exclude (NULL: none), computed
 * without writing any object. For WORKTREE it is the id the folder would
 * have if committed. Returns 0, CC_ENOTFOUND or CC_ERROR. */
CC_EXTERN int cc_source_tree_id(cc_source *src, const char *path, const char *exclude,
                      char out[41], char **errmsg);

#endif
