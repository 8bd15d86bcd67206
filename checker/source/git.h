/* source/git.h: the libgit2 repository behind a cc_source, for the
 * library's modules that walk history or write commits (audit, workflow).
 * Not API: programs reach a repository through casecheck/source.h only. */
#ifndef CC_SOURCE_GIT_H
#define CC_SOURCE_GIT_H

#include <git2.h>

#include "casecheck/source.h"

/* The libgit2 repository, or NULL (a plain folder). Borrowed. */
git_repository *cc_source_git_repository(const cc_source *src);

/* Opens the git repository at repo_dir, or (NULL) the one git would find
 * from the environment and the current directory, GIT_WORK_TREE included
 * (free it with git_repository_free; libgit2 initialised by the caller).
 * Returns 0, CC_ENOTFOUND or CC_ERROR with a message that says what
 * happened: not a repository, a repository owned by another user (and the
 * safe.directory setting that allows it), a SHA-256 repository this
 * libgit2 cannot read. */
int cc_source_open_git(git_repository **out, const char *repo_dir, char **errmsg);

#endif
