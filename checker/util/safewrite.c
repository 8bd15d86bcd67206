/* safewrite.c: see safewrite.h. */
#include "util/safewrite.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "util/xalloc.h"

int cc_open_dir_beneath(const char *root, const char *dir, bool create_last, size_t *bad_len)
{
	int fd = open(root, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	const char *p = dir;
	if (bad_len)
		*bad_len = 0;
	while (fd >= 0 && *p) {
		const char *slash = strchr(p, '/');
		size_t n = slash ? (size_t)(slash - p) : strlen(p);
		char *comp = cc_xstrndup(p, n);
		bool last = !slash || !slash[1];
		int next = n ? openat(fd, comp, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC) : dup(fd);
		if (next < 0 && errno == ENOENT && last && create_last && mkdirat(fd, comp, 0777) == 0)
			next = openat(fd, comp, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
		int err = errno;
		free(comp);
		close(fd);
		fd = next;
		if (fd < 0) {
			/* O_NOFOLLOW on a link gives ELOOP (or ENOTDIR with O_DIRECTORY on some systems) */
			errno = err;
			if (bad_len)
				*bad_len = (size_t)(p - dir) + n;
			break;
		}
		p += n + (slash ? 1 : 0);
	}
	return fd;
}

/* Why opening a component failed, for a message. */
static const char *why(int fd_parent, const char *comp, int err)
{
	struct stat st;
	if (err == ELOOP ||
	    (fd_parent >= 0 && fstatat(fd_parent, comp, &st, AT_SYMLINK_NOFOLLOW) == 0 && S_ISLNK(st.st_mode)))
		return "is a symbolic link; casecheck writes only into real folders inside the work tree";
	if (err == ENOTDIR)
		return "is not a folder";
	return strerror(err);
}

/* Writes all of data to fd (then fsync(2)s it when sync) and closes fd.
 * Returns 0, or the errno of the first call that failed (EIO: a short
 * write). */
static int write_close(int fd, const void *data, size_t len, bool sync)
{
	int err = 0;
	ssize_t n = write(fd, data, len);
	if (n != (ssize_t)len)
		err = n < 0 ? errno : EIO;
	else if (sync && fsync(fd) < 0)
		err = errno;
	if (close(fd) < 0 && !err)
		err = errno;
	return err;
}

int cc_write_new_beneath(const char *root, const char *rel, const void *data, size_t len, char **errmsg)
{
	const char *slash = strrchr(rel, '/');
	char *dir = slash ? cc_xstrndup(rel, (size_t)(slash - rel)) : cc_xstrdup("");
	const char *base = slash ? slash + 1 : rel;
	size_t bad = 0;
	int rc = -1, fd;
	int dfd = cc_open_dir_beneath(root, dir, true, &bad);
	if (dfd < 0) {
		int err = errno;
		char *prefix = cc_xstrndup(dir, bad);
		char *parent = strrchr(prefix, '/');
		char *pdir = parent ? cc_xstrndup(prefix, (size_t)(parent - prefix)) : cc_xstrdup("");
		int pfd = cc_open_dir_beneath(root, pdir, false, NULL);
		*errmsg = cc_xasprintf("%s: refused: %s %s", rel, prefix[0] ? prefix : root,
		                       why(pfd, parent ? parent + 1 : prefix, err));
		if (pfd >= 0)
			close(pfd);
		free(pdir);
		free(prefix);
		goto done;
	}
	fd = openat(dfd, base, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0666);
	if (fd < 0) {
		*errmsg = cc_xasprintf("%s: %s", rel, strerror(errno));
		goto done;
	}
	int err = write_close(fd, data, len, false);
	if (err) {
		*errmsg = cc_xasprintf("%s: %s", rel, strerror(err));
		unlinkat(dfd, base, 0); /* ours: created above with O_EXCL */
		goto done;
	}
	rc = 0;
done:
	if (dfd >= 0)
		close(dfd);
	free(dir);
	return rc;
}

int cc_replace_beneath(const char *root, const char *rel, const void *data, size_t len, char **errmsg)
{
	const char *slash = strrchr(rel, '/');
	char *dir = slash ? cc_xstrndup(rel, (size_t)(slash - rel)) : cc_xstrdup("");
	const char *base = slash ? slash + 1 : rel;
	char *tmp = cc_xasprintf(".%s.casecheck-new", base);
	struct stat st;
	int rc = -1, fd = -1;
	int dfd = cc_open_dir_beneath(root, dir, false, NULL);
	if (dfd < 0) {
		*errmsg = cc_xasprintf("%s: refused: its folder is not a real folder inside the work tree", rel);
		goto done;
	}
	int found = fstatat(dfd, base, &st, AT_SYMLINK_NOFOLLOW);
	if (found < 0 || !S_ISREG(st.st_mode)) {
		*errmsg = cc_xasprintf("%s: refused: not a regular file%s", rel,
		                       found == 0 && S_ISLNK(st.st_mode) ? " (a symbolic link)" : "");
		goto done;
	}
	fd = openat(dfd, tmp, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, st.st_mode & 0777);
	if (fd < 0) {
		*errmsg = cc_xasprintf("%s: cannot write beside it: %s", rel, strerror(errno));
		goto done;
	}
	int err = write_close(fd, data, len, true);
	if (err || renameat(dfd, tmp, dfd, base) < 0) {
		*errmsg = cc_xasprintf("%s: %s", rel, strerror(err ? err : errno));
		unlinkat(dfd, tmp, 0); /* ours: created above with O_EXCL */
		goto done;
	}
	rc = 0;
done:
	if (dfd >= 0)
		close(dfd);
	free(tmp);
	free(dir);
	return rc;
}
