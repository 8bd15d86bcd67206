/* worktree.c: CC_SOURCE_WORKTREE, the files on disk (or a plain folder).
 *
 * Every path is walked from the root folder's descriptor one component at
 * a time with openat(O_NOFOLLOW | O_DIRECTORY), so a symlink anywhere in a
 * path is refused (CC_ENOTFILE), never followed, and no read leaves the
 * root. A folder holding ".git" is a nested repository: listed as a
 * submodule and never entered, and so is a folder the index holds as a
 * gitlink (a submodule not checked out). ".git" itself is never listed.
 *
 * In a repository, what git ignores is left out (listing, reading and
 * hashing alike), unless it is tracked: a file in the index is never
 * ignored, as git status would show it.
 *
 * Tree ids: the id the folder would have if `git add -A` then committed:
 * regular files hashed as git stores them, i.e. after the repository's
 * clean filters (core.autocrlf, .gitattributes text/eol/ident; no filters
 * in a plain folder), mode 100755 when the owner may execute, 100644
 * otherwise (core.fileMode=false is not honoured); symlinks as blobs of
 * their target (120000); a nested repository as a gitlink to its HEAD
 * (CC_ERROR if it has no commit, as git add refuses it), a submodule not
 * checked out as the index's gitlink; folders with
 * nothing to commit left out; fifos, sockets and devices left out. */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include "internal.h"
#include "treehash.h"
#include "util/strbuf.h"
#include "util/xalloc.h"

#define CC_WORKTREE_HASH_MAX ((size_t)1 << 31) /* largest file hashed: 2 GiB */

static bool is_dotgit(const char *name)
{
	return !strcasecmp(name, ".git");
}

/* A nested repository: the folder at dfd/name holds a ".git" file (a
 * gitdir link) or a ".git" folder with a HEAD, as git itself requires. An
 * empty (or otherwise not a repository) ".git" folder is not one: the
 * folder is read as a folder, its ".git" left out as always. */
static bool is_nested_repo(int dfd, const char *name)
{
	struct stat st;
	char *p = cc_xasprintf("%s/.git", name), *head = cc_xasprintf("%s/.git/HEAD", name);
	bool yes = fstatat(dfd, p, &st, AT_SYMLINK_NOFOLLOW) == 0 &&
	           (S_ISREG(st.st_mode) ||
	            (S_ISDIR(st.st_mode) && fstatat(dfd, head, &st, AT_SYMLINK_NOFOLLOW) == 0));
	free(p);
	free(head);
	return yes;
}

/* A gitlink (160000) in the index at rel: a submodule that may not be
 * checked out (an empty folder on disk). */
static bool index_gitlink(cc_source *src, const char *rel, git_oid *out)
{
	const git_index_entry *e = src->index ? git_index_get_bypath(src->index, rel, 0) : NULL;
	if (!e || (e->mode & 0170000) != 0160000)
		return false;
	if (out)
		git_oid_cpy(out, &e->id);
	return true;
}

/* The type of dfd/name (at rel in the repository), from its lstat. */
static cc_entry_type stat_type(cc_source *src, int dfd, const char *name, const char *rel,
                               const struct stat *st)
{
	if (S_ISDIR(st->st_mode))
		return is_nested_repo(dfd, name) || index_gitlink(src, rel, NULL) ? CC_ENTRY_SUBMODULE
		                                                                   : CC_ENTRY_DIR;
	if (S_ISREG(st->st_mode))
		return (st->st_mode & S_IXUSR) ? CC_ENTRY_EXECUTABLE : CC_ENTRY_FILE;
	if (S_ISLNK(st->st_mode))
		return CC_ENTRY_SYMLINK;
	return CC_ENTRY_OTHER;
}

/* The folder at the first n components of p, as a new descriptor. When
 * dir_wanted, the n-th component not being a folder is CC_ENOTFILE. */
static int walk_dir(cc_source *src, const cc_path *p, size_t n, bool dir_wanted, int *out,
                    char **errmsg)
{
	int cur = openat(src->rootfd, ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (cur < 0)
		return cc_src_error(errmsg, CC_ERROR, "cannot open %s: %s", src->root, strerror(errno));
	for (size_t i = 0; i < n; i++) {
		const char *comp = p->comps[i];
		int next = openat(cur, comp, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
		if (next < 0) {
			int e = errno;
			struct stat st;
			int code;
			if (e == ENOENT || fstatat(cur, comp, &st, AT_SYMLINK_NOFOLLOW) != 0)
				code = cc_src_error(errmsg, CC_ENOTFOUND, "%s: no such file or folder", p->text);
			else if (S_ISLNK(st.st_mode))
				code = cc_src_error(errmsg, CC_ENOTFILE, "%s: %s a symlink (not followed)", p->text,
				                    i == n - 1 && dir_wanted ? "is" : "goes through");
			else if (!S_ISDIR(st.st_mode))
				code = (i == n - 1 && dir_wanted)
				           ? cc_src_error(errmsg, CC_ENOTFILE, "%s: not a folder", p->text)
				           : cc_src_error(errmsg, CC_ENOTFOUND, "%s: not found (a file is in the way)",
				                          p->text);
			else
				code = cc_src_error(errmsg, CC_ERROR, "%s: %s", p->text, strerror(e));
			close(cur);
			return code;
		}
		close(cur);
		cur = next;
		size_t len = i + 1 < p->n ? (size_t)(p->comps[i + 1] - p->buf) - 1 : strlen(p->text);
		char *rel = cc_xstrndup(p->text, len);
		bool gitlink = index_gitlink(src, rel, NULL);
		free(rel);
		if (gitlink || is_nested_repo(cur, ".")) {
			close(cur);
			return cc_src_error(errmsg, CC_ENOTFILE,
			                    "%s: goes into a nested repository (a submodule; not followed)", p->text);
		}
	}
	*out = cur;
	return 0;
}

/* Whether git leaves relpath out: ignored and not tracked. */
static int excluded(cc_source *src, const char *relpath, bool is_dir, bool *out, char **errmsg)
{
	*out = false;
	if (!src->repo || !*relpath)
		return 0;
	size_t pos;
	if (src->index) {
		if (is_dir) {
			char *prefix = cc_xasprintf("%s/", relpath);
			int found = git_index_find_prefix(&pos, src->index, prefix) == 0;
			free(prefix);
			if (found)
				return 0;
		} else if (git_index_find(&pos, src->index, relpath) == 0) {
			return 0;
		}
	}
	int ignored = 0;
	char *q = is_dir ? cc_xasprintf("%s/", relpath) : cc_xstrdup(relpath);
	int err = git_ignore_path_is_ignored(&ignored, src->repo, q);
	free(q);
	if (err < 0)
		return cc_src_git_error(errmsg, CC_ERROR, "%s: cannot read the ignore rules", relpath);
	*out = ignored != 0;
	return 0;
}

/* The names in the folder dfd (taken and closed), without ".", ".." and
 * ".git"; each name owned by the array. */
static int read_names(int dfd, char ***names, size_t *count)
{
	DIR *d = fdopendir(dfd);
	if (!d) {
		close(dfd);
		return -1;
	}
	size_t cap = 0;
	*names = NULL;
	*count = 0;
	struct dirent *de;
	errno = 0;
	while ((de = readdir(d)) != NULL) {
		if (!strcmp(de->d_name, ".") || !strcmp(de->d_name, "..") || is_dotgit(de->d_name))
			continue;
		*names = cc_xgrow(*names, &cap, *count + 1, sizeof **names);
		(*names)[(*count)++] = cc_xstrdup(de->d_name);
	}
	int e = errno;
	closedir(d);
	if (e) {
		errno = e;
		return -1;
	}
	return 0;
}

static void free_names(char **names, size_t count)
{
	for (size_t i = 0; i < count; i++)
		free(names[i]);
	free(names);
}

static char *join(const cc_path *p, const char *name)
{
	return p->n ? cc_xasprintf("%s/%s", p->text, name) : cc_xstrdup(name);
}

int cc_worktree_list(cc_source *src, const cc_path *p, cc_dirlist *out, char **errmsg)
{
	int dfd = -1, err;
	bool skip;
	if ((err = walk_dir(src, p, p->n, true, &dfd, errmsg)) < 0)
		return err;
	if ((err = excluded(src, p->text, true, &skip, errmsg)) < 0 || skip) {
		close(dfd);
		return err < 0 ? err : cc_src_error(errmsg, CC_ENOTFOUND, "%s: ignored by git", p->text);
	}
	int keep = dup(dfd); /* read_names closes its descriptor */
	char **names = NULL;
	size_t count = 0, cap = 0;
	if (keep < 0 || read_names(dfd, &names, &count) < 0) {
		err = cc_src_error(errmsg, CC_ERROR, "%s: cannot read the folder: %s", p->text,
		                   strerror(errno));
		if (keep < 0)
			close(dfd);
		goto done;
	}
	for (size_t i = 0; i < count; i++) {
		struct stat st;
		if (fstatat(keep, names[i], &st, AT_SYMLINK_NOFOLLOW) != 0)
			continue; /* gone since readdir */
		char *rel = join(p, names[i]);
		cc_entry_type t = stat_type(src, keep, names[i], rel, &st);
		err = excluded(src, rel, t == CC_ENTRY_DIR || t == CC_ENTRY_SUBMODULE, &skip, errmsg);
		free(rel);
		if (err < 0)
			goto done;
		if (!skip)
			cc_dirlist_push(out, &cap, names[i], strlen(names[i]), t);
	}
done:
	if (keep >= 0)
		close(keep);
	free_names(names, count);
	return err;
}

/* Reads the regular file at dfd/name, up to max_len bytes. Returns 0,
 * CC_ETOOBIG, or -1 with errno. */
static int read_file_at(int dfd, const char *name, size_t max_len, char **buf, size_t *len)
{
	int fd = openat(dfd, name, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
	if (fd < 0)
		return -1;
	struct stat st;
	if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
		close(fd);
		errno = EINVAL;
		return -1;
	}
	if ((unsigned long long)st.st_size > max_len) {
		close(fd);
		return CC_ETOOBIG;
	}
	cc_strbuf sb = CC_STRBUF_INIT;
	char chunk[65536];
	int rc = 0;
	for (;;) {
		ssize_t r = read(fd, chunk, sizeof chunk);
		if (r < 0 && errno == EINTR)
			continue;
		if (r < 0) {
			rc = -1;
			break;
		}
		if (r == 0)
			break;
		if (sb.len + (size_t)r > max_len) {
			rc = CC_ETOOBIG;
			break;
		}
		cc_strbuf_add(&sb, chunk, (size_t)r);
	}
	int e = errno;
	close(fd);
	if (rc != 0) {
		cc_strbuf_free(&sb);
		errno = e;
		return rc;
	}
	*len = sb.len;
	*buf = cc_strbuf_detach(&sb);
	return 0;
}

int cc_worktree_read(cc_source *src, const cc_path *p, size_t max_len, char **buf, size_t *len,
                     char **errmsg)
{
	int dfd = -1, err;
	if ((err = walk_dir(src, p, p->n - 1, false, &dfd, errmsg)) < 0)
		return err;
	const char *name = p->comps[p->n - 1];
	struct stat st;
	bool skip;
	if (fstatat(dfd, name, &st, AT_SYMLINK_NOFOLLOW) != 0) {
		err = errno == ENOENT ? cc_src_error(errmsg, CC_ENOTFOUND, "%s: no such file", p->text)
		                      : cc_src_error(errmsg, CC_ERROR, "%s: %s", p->text, strerror(errno));
	} else if (!S_ISREG(st.st_mode)) {
		err = cc_src_error(errmsg, CC_ENOTFILE, "%s: not a regular file (%s)", p->text,
		                   S_ISLNK(st.st_mode)   ? "a symlink"
		                   : S_ISDIR(st.st_mode) ? "a folder"
		                                         : "a special file");
	} else if ((err = excluded(src, p->text, false, &skip, errmsg)) < 0) {
		/* message set */
	} else if (skip) {
		err = cc_src_error(errmsg, CC_ENOTFOUND, "%s: ignored by git", p->text);
	} else {
		int rc = read_file_at(dfd, name, max_len, buf, len);
		if (rc == CC_ETOOBIG)
			err = cc_src_error(errmsg, CC_ETOOBIG, "%s: over the limit of %zu bytes", p->text,
			                   max_len);
		else if (rc < 0)
			err = cc_src_error(errmsg, errno == ELOOP ? CC_ENOTFILE : CC_ERROR, "%s: cannot read: %s",
			                   p->text, strerror(errno));
	}
	close(dfd);
	return err;
}

/* The blob id of the regular file dfd/name, as git add would store it. */
static int hash_file(cc_source *src, int dfd, const char *name, const char *rel, git_oid *out,
                     char **errmsg)
{
	char *data = NULL;
	size_t len = 0;
	int rc = read_file_at(dfd, name, CC_WORKTREE_HASH_MAX, &data, &len);
	if (rc < 0)
		return cc_src_error(errmsg, CC_ERROR, "%s: cannot read: %s", rel,
		                    rc == CC_ETOOBIG ? "too big to hash" : strerror(errno));
	git_filter_list *fl = NULL;
	int err = 0;
	if (src->repo && git_filter_list_load(&fl, src->repo, NULL, rel, GIT_FILTER_TO_ODB,
	                                      GIT_FILTER_DEFAULT) < 0) {
		err = cc_src_git_error(errmsg, CC_ERROR, "%s: cannot load git filters", rel);
	} else if (fl) {
		git_buf gb = GIT_BUF_INIT;
		if (git_filter_list_apply_to_buffer(&gb, fl, data, len) < 0 ||
		    cc_blob_hash(out, gb.ptr, gb.size) < 0)
			err = cc_src_git_error(errmsg, CC_ERROR, "%s: cannot filter and hash", rel);
		git_buf_dispose(&gb);
		git_filter_list_free(fl);
	} else if (cc_blob_hash(out, data, len) < 0) {
		err = cc_src_git_error(errmsg, CC_ERROR, "%s: cannot hash", rel);
	}
	free(data);
	return err;
}

static int hash_link(int dfd, const char *name, const struct stat *st, const char *rel, git_oid *out,
                     char **errmsg)
{
	size_t cap = (size_t)st->st_size + 1;
	for (;;) {
		char *target = cc_xmalloc(cap);
		ssize_t n = readlinkat(dfd, name, target, cap);
		if (n < 0) {
			free(target);
			return cc_src_error(errmsg, CC_ERROR, "%s: cannot read the link: %s", rel,
			                    strerror(errno));
		}
		if ((size_t)n < cap) {
			int rc = cc_blob_hash(out, target, (size_t)n);
			free(target);
			return rc < 0 ? cc_src_git_error(errmsg, CC_ERROR, "%s: cannot hash", rel) : 0;
		}
		free(target);
		cap *= 2;
	}
}

/* The commit a submodule at rel (dfd/name) points at: the HEAD of the
 * nested repository, or, when it is not checked out, the index's gitlink. */
static int gitlink_id(cc_source *src, int dfd, const char *name, const char *rel, git_oid *out,
                      char **errmsg)
{
	if (!is_nested_repo(dfd, name) && index_gitlink(src, rel, out))
		return 0;
	char *path = cc_xasprintf("%s/%s", src->root, rel);
	git_repository *sub = NULL;
	int err = 0;
	if (git_repository_open_ext(&sub, path, GIT_REPOSITORY_OPEN_NO_SEARCH, NULL) < 0 ||
	    git_reference_name_to_id(out, sub, "HEAD") < 0)
		err = cc_src_git_error(errmsg, CC_ERROR, "%s: a nested repository without a commit", rel);
	git_repository_free(sub);
	free(path);
	return err;
}

/* Hashes the folder dfd (taken), whose path is rel ("" or ending in '/'). */
static int hash_dir(cc_source *src, int dfd, cc_strbuf *rel, const char *exclude, git_oid *out,
                    bool *empty, char **errmsg)
{
	char **names = NULL;
	size_t count = 0;
	cc_tree_builder b = CC_TREE_BUILDER_INIT;
	int keep = dup(dfd), err = 0;
	if (keep < 0) {
		close(dfd);
		return cc_src_error(errmsg, CC_ERROR, "%s: %s", rel->len ? rel->buf : "/", strerror(errno));
	}
	if (read_names(dfd, &names, &count) < 0) {
		err = cc_src_error(errmsg, CC_ERROR, "%s: cannot read the folder: %s",
		                   rel->len ? rel->buf : "/", strerror(errno));
		goto done;
	}
	size_t base = rel->len;
	for (size_t i = 0; i < count && err == 0; i++) {
		const char *name = names[i];
		struct stat st;
		if ((exclude && !strcmp(name, exclude)) || fstatat(keep, name, &st, AT_SYMLINK_NOFOLLOW) != 0)
			continue;
		cc_strbuf_truncate(rel, base);
		cc_strbuf_puts(rel, name);
		cc_entry_type t = stat_type(src, keep, name, rel->buf, &st);
		bool skip;
		if (t == CC_ENTRY_OTHER)
			continue;
		if ((err = excluded(src, rel->buf, t == CC_ENTRY_DIR || t == CC_ENTRY_SUBMODULE, &skip,
		                    errmsg)) < 0 || skip)
			continue;
		git_oid id;
		if (t == CC_ENTRY_FILE || t == CC_ENTRY_EXECUTABLE) {
			if ((err = hash_file(src, keep, name, rel->buf, &id, errmsg)) == 0)
				cc_tree_builder_add(&b, name, strlen(name), t == CC_ENTRY_FILE ? 0100644 : 0100755, &id);
		} else if (t == CC_ENTRY_SYMLINK) {
			if ((err = hash_link(keep, name, &st, rel->buf, &id, errmsg)) == 0)
				cc_tree_builder_add(&b, name, strlen(name), 0120000, &id);
		} else if (t == CC_ENTRY_SUBMODULE) {
			if ((err = gitlink_id(src, keep, name, rel->buf, &id, errmsg)) == 0)
				cc_tree_builder_add(&b, name, strlen(name), 0160000, &id);
		} else {
			int sub = openat(keep, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
			if (sub < 0) {
				err = cc_src_error(errmsg, CC_ERROR, "%s: %s", rel->buf, strerror(errno));
				break;
			}
			bool sub_empty;
			cc_strbuf_putc(rel, '/');
			if ((err = hash_dir(src, sub, rel, NULL, &id, &sub_empty, errmsg)) == 0 && !sub_empty)
				cc_tree_builder_add(&b, name, strlen(name), 0040000, &id);
		}
	}
	cc_strbuf_truncate(rel, base);
	if (err == 0) {
		*empty = b.count == 0;
		if (cc_tree_builder_hash(out, &b) < 0)
			err = cc_src_git_error(errmsg, CC_ERROR, "cannot hash a tree");
	}
done:
	close(keep);
	cc_tree_builder_clear(&b);
	free_names(names, count);
	return err;
}

int cc_worktree_tree_id(cc_source *src, const cc_path *p, const char *exclude, git_oid *out,
                        char **errmsg)
{
	int dfd = -1, err;
	bool skip, empty;
	if ((err = walk_dir(src, p, p->n, true, &dfd, errmsg)) < 0)
		return err == CC_ENOTFILE ? CC_ENOTFOUND : err;
	if ((err = excluded(src, p->text, true, &skip, errmsg)) < 0 || skip) {
		close(dfd);
		return err < 0 ? err : cc_src_error(errmsg, CC_ENOTFOUND, "%s: ignored by git", p->text);
	}
	cc_strbuf rel = CC_STRBUF_INIT;
	if (p->n) {
		cc_strbuf_puts(&rel, p->text);
		cc_strbuf_putc(&rel, '/');
	}
	err = hash_dir(src, dfd, &rel, exclude, out, &empty, errmsg);
	cc_strbuf_free(&rel);
	return err;
}
