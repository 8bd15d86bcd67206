/* outfile.c: see casecheck/workflow.h. */
#include "casecheck/workflow.h"
#include "source/git.h"

#include <errno.h>
#include <fcntl.h>
#include <git2.h>
#include <limits.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "casecheck/error.h"
#include "casecheck/policy.h"
#include "util/xalloc.h"

/* path relative to dir when it lies inside it (or is it: ""), else NULL.
 * Both are real paths without trailing '/'. Borrowed from path. */
static const char *inside(const char *path, const char *dir)
{
	size_t n = strlen(dir);
	if (n == 1 && dir[0] == '/')
		return path + 1;
	if (strncmp(path, dir, n) != 0 || (path[n] != '/' && path[n] != '\0'))
		return NULL;
	return path[n] == '/' ? path + n + 1 : path + n;
}

/* Whether a component of the real path is named .git. */
static bool has_git_component(const char *path)
{
	for (const char *p = path; (p = strstr(p, ".git")); p += 4)
		if ((p == path || p[-1] == '/') && (p[4] == '/' || p[4] == '\0'))
			return true;
	return false;
}

/* The real path of a folder git reports (with a trailing '/'), or NULL. */
static char *real_dir(const char *dir)
{
	return dir ? realpath(dir, NULL) : NULL;
}

/* Why casecheck must not write at full (a real path whose folder exists),
 * or NULL when it may. */
static char *refusal(const char *full, cc_source *src)
{
	git_repository *repo = cc_source_git_repository(src);
	char *why = NULL, *gitdir = NULL, *common = NULL, *root = NULL;
	const char *rel;
	if (has_git_component(full))
		return cc_xstrdup("it is inside a git directory");
	gitdir = repo ? real_dir(git_repository_path(repo)) : NULL;
	common = repo ? real_dir(git_repository_commondir(repo)) : NULL;
	if ((gitdir && inside(full, gitdir)) || (common && inside(full, common))) {
		why = cc_xstrdup("it is inside the repository's git directory");
		goto done;
	}
	root = real_dir(cc_source_root(src));
	if (!root || !(rel = inside(full, root)) || !*rel)
		goto done;
	cc_policy policy = CC_POLICY_INIT;
	char *msg = NULL;
	if (cc_policy_load(&policy, src, &msg) < 0) { /* the audit reports it; guard the defaults */
		free(msg);
		msg = NULL;
		policy.cases_dir = cc_xstrdup("cases");
		policy.calendar_path = cc_xstrdup(CC_POLICY_CALENDAR_DEFAULT);
	}
	git_index *index = NULL;
	char *buf = NULL;
	size_t len = 0;
	if (cc_policy_in_cases_dir(&policy, rel))
		why = cc_xasprintf("it is under the cases folder %s/", policy.cases_dir);
	else if (cc_policy_has_file(&policy, rel))
		why = cc_xstrdup("it is one of the repository's policy files");
	else if (repo && git_repository_index(&index, repo) == 0 && git_index_read(index, false) == 0 &&
	         git_index_get_bypath(index, rel, 0))
		why = cc_xstrdup("it is a file the repository tracks");
	else if (cc_source_kind_of(src) == CC_SOURCE_REV && /* (the work tree's own files are judged above) */
	         cc_source_read(src, rel, 1, &buf, &len, &msg) != CC_ENOTFOUND)
		why = cc_xstrdup("it is a file of the revision audited");
	free(buf);
	free(msg);
	git_index_free(index);
	cc_policy_clear(&policy);
done:
	free(root);
	free(common);
	free(gitdir);
	return why;
}

int cc_outfile_open(FILE **out, const char *path, cc_source *src, char **errmsg)
{
	const char *slash = strrchr(path, '/');
	char *dir = slash ? cc_xstrndup(path, slash == path ? 1 : (size_t)(slash - path)) : cc_xstrdup(".");
	const char *base = slash ? slash + 1 : path;
	char *rdir = NULL, *full = NULL, *why = NULL;
	int dfd = -1, fd = -1, rc = -1;
	struct stat st;
	*out = NULL;
	if (!*base || !strcmp(base, ".") || !strcmp(base, "..")) {
		*errmsg = cc_xasprintf("--output %s: not a file name", path);
		goto done;
	}
	if (!(rdir = realpath(dir, NULL)) || (dfd = open(rdir, O_RDONLY | O_DIRECTORY | O_CLOEXEC)) < 0) {
		*errmsg = cc_xasprintf("--output %s: the folder %s cannot be opened: %s", path, dir, strerror(errno));
		goto done;
	}
	if (fstatat(dfd, base, &st, AT_SYMLINK_NOFOLLOW) == 0) {
		if (S_ISLNK(st.st_mode))
			why = cc_xstrdup("it is a symbolic link, and casecheck never writes through one");
		else if (!S_ISREG(st.st_mode) && !S_ISCHR(st.st_mode))
			why = cc_xstrdup("it is not a regular file");
	}
	full = cc_xasprintf("%s%s%s", rdir, strcmp(rdir, "/") ? "/" : "", base);
	if (!why)
		why = refusal(full, src);
	if (why) {
		*errmsg = cc_xasprintf("--output %s: refused: %s. Write the report outside the repository, or to a "
		                       "new file elsewhere in the work tree", path, why);
		goto done;
	}
	fd = openat(dfd, base, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC, 0666);
	if (fd < 0 || !(*out = fdopen(fd, "w"))) {
		*errmsg = cc_xasprintf("--output %s: cannot write: %s", path, strerror(errno));
		goto done;
	}
	fd = -1;
	rc = 0;
done:
	if (fd >= 0)
		close(fd);
	if (dfd >= 0)
		close(dfd);
	free(why);
	free(full);
	free(rdir);
	free(dir);
	return rc;
}
