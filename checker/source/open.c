/* open.c: opening a git repository as git does, and saying plainly why
 * one cannot be opened.
 *
 * - GIT_WORK_TREE: libgit2 1.5 refuses it ("GIT_WORK_TREE unimplemented")
 *   under GIT_REPOSITORY_OPEN_FROM_ENV, which made every commit with it
 *   set refused by the hook. Here it is honoured as git does: the
 *   repository is GIT_DIR, or found from the current directory (up to
 *   GIT_CEILING_DIRECTORIES), its working tree is GIT_WORK_TREE, and
 *   GIT_INDEX_FILE names the index. (GIT_OBJECT_DIRECTORY, GIT_COMMON_DIR
 *   and GIT_NAMESPACE are not read on this path.)
 * - A repository owned by another user: libgit2 refuses it as git does
 *   ("dubious ownership"), but reports "not found" with a stale message
 *   about safe.directory. Found again here by looking at the owner of the
 *   .git folder (or of the bare repository), and told as it is, with the
 *   command that allows it.
 * - A SHA-256 repository (extensions.objectformat): Debian's libgit2
 *   cannot read it; said so plainly. */
#define _GNU_SOURCE /* strcasestr */
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "internal.h"
#include "util/xalloc.h"

/* The uid owning the repository git would find at dir (dir/.git, or dir
 * itself when it is a bare repository or a .git folder); walks up when
 * search. Returns false when there is none. */
static bool repo_owner(const char *dir, bool search, char **found, uid_t *uid)
{
	char *cur = realpath(dir, NULL);
	while (cur) {
		struct stat st, head;
		char *dotgit = cc_xasprintf("%s/.git", cur), *h = cc_xasprintf("%s/HEAD", cur);
		bool yes = false;
		if (lstat(dotgit, &st) == 0) {
			yes = true;
		} else if (stat(h, &head) == 0 && stat(cur, &st) == 0) {
			yes = true; /* a bare repository or a .git folder */
		}
		free(dotgit);
		free(h);
		if (yes) {
			*uid = st.st_uid;
			*found = cur;
			return true;
		}
		char *slash = strrchr(cur, '/');
		if (!search || !slash || slash == cur) {
			free(cur);
			return false;
		}
		*slash = '\0';
	}
	return false;
}

static int explain(const char *where, bool search, int err, char **errmsg)
{
	const git_error *e = git_error_last();
	const char *msg = e && e->message ? e->message : "";
	if (strcasestr(msg, "objectformat"))
		return cc_src_error(errmsg, CC_ERROR,
		                    "%s is a SHA-256 repository (extensions.objectformat = sha256): the libgit2 "
		                    "casecheck is built with (%d.%d) reads only SHA-1 repositories, so casecheck "
		                    "cannot read it, its index or its work tree as a repository",
		                    where, LIBGIT2_VER_MAJOR, LIBGIT2_VER_MINOR);
	char *top = NULL;
	uid_t uid;
	if ((err == GIT_ENOTFOUND || err == GIT_EOWNER) && repo_owner(where, search, &top, &uid) &&
	    uid != geteuid()) {
		int rc = cc_src_error(errmsg, CC_ERROR,
		                      "the repository at %s belongs to another user (uid %u; casecheck runs as uid "
		                      "%u), and git refuses to read a repository it does not trust (\"dubious "
		                      "ownership\"). If you trust it, allow it with: git config --global --add "
		                      "safe.directory %s",
		                      top, (unsigned)uid, (unsigned)geteuid(), top);
		free(top);
		return rc;
	}
	free(top);
	if (err == GIT_ENOTFOUND)
		return cc_src_error(errmsg, CC_ENOTFOUND, "not a git repository: %s", where);
	return cc_src_git_error(errmsg, CC_ERROR, "cannot open the repository %s", where);
}

static int open_with_work_tree(git_repository **out, const char *work_tree, const char **index_path)
{
	const char *gitdir = getenv("GIT_DIR");
	int err = gitdir && *gitdir
	              ? git_repository_open_ext(out, gitdir, GIT_REPOSITORY_OPEN_NO_SEARCH, NULL)
	              : git_repository_open_ext(out, ".", 0, getenv("GIT_CEILING_DIRECTORIES"));
	if (err < 0)
		return err;
	char *wt = realpath(work_tree, NULL);
	if (!wt) {
		git_error_set_str(GIT_ERROR_OS, "GIT_WORK_TREE names no folder");
		return -1;
	}
	/* Only when it differs: libgit2 1.5's set_workdir leaks its path
	 * buffer when asked for the work tree it already has. */
	const char *cur = git_repository_workdir(*out);
	size_t n = strlen(wt);
	bool same = cur && strncmp(cur, wt, n) == 0 && (cur[n] == '\0' || (cur[n] == '/' && cur[n + 1] == '\0'));
	err = same ? 0 : git_repository_set_workdir(*out, wt, 0);
	free(wt);
	const char *idx = getenv("GIT_INDEX_FILE");
	if (idx && *idx)
		*index_path = idx;
	return err;
}

int cc_src_open_repo(git_repository **out, const char *repo_dir, const char **index_path, char **errmsg)
{
	*out = NULL;
	*index_path = NULL;
	const char *work_tree = repo_dir ? NULL : getenv("GIT_WORK_TREE");
	int err;
	if (repo_dir)
		err = git_repository_open_ext(out, repo_dir, GIT_REPOSITORY_OPEN_NO_SEARCH, NULL);
	else if (work_tree && *work_tree)
		err = open_with_work_tree(out, work_tree, index_path);
	else
		err = git_repository_open_ext(out, NULL, GIT_REPOSITORY_OPEN_FROM_ENV, NULL);
	if (err == 0)
		return 0;
	git_repository_free(*out);
	*out = NULL;
	const char *gitdir = repo_dir ? NULL : getenv("GIT_DIR");
	err = explain(repo_dir ? repo_dir : gitdir && *gitdir ? gitdir : ".", !repo_dir && !(gitdir && *gitdir),
	              err, errmsg);
	return err;
}

int cc_source_open_git(git_repository **out, const char *repo_dir, char **errmsg)
{
	const char *index_path;
	*out = NULL;
	return cc_src_open_repo(out, repo_dir, &index_path, errmsg);
}
