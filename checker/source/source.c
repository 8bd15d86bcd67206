/* source.c: opening a cc_source (repository discovery, revision
 * resolution, the index snapshot, the worktree root), duplicating it for
 * another thread, and dispatching each call to its kind's reader.
 *
 * Repository discovery: with repo_dir NULL the repository is found as git
 * does (GIT_REPOSITORY_OPEN_FROM_ENV: GIT_DIR, GIT_WORK_TREE,
 * GIT_INDEX_FILE and GIT_CEILING_DIRECTORIES are honoured, else the search
 * goes up from the current directory), so a pre-commit hook run by
 * `git commit <paths>` or `git commit -a` sees the temporary index git made
 * for that commit. A repo_dir given is opened as it is (the top of a
 * working tree, a .git folder or a bare repository), without searching
 * its parents, so a plain folder inside some other repository is read as a
 * plain folder.
 *
 * INDEX: a repository with unmerged (conflicted) index entries is refused
 * at open (CC_ERROR): the next commit cannot be made until they are
 * resolved, so there is no "next commit" to check. Intent-to-add entries
 * (git add -N) are left out, as git write-tree leaves them out. */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <pthread.h>
#include <string.h>
#include <unistd.h>

#include "internal.h"
#include "util/path.h"
#include "util/xalloc.h"

static int is_missing_rev(int err)
{
	return err == GIT_ENOTFOUND || err == GIT_EAMBIGUOUS || err == GIT_EINVALIDSPEC ||
	       err == GIT_EUNBORNBRANCH || err == GIT_EPEEL;
}

static int resolve_rev(cc_source *src, const char *rev, char **errmsg)
{
	git_object *obj = NULL, *peeled = NULL;
	if (!strcmp(rev, "HEAD") && git_repository_head_unborn(src->repo) == 1)
		return cc_src_error(errmsg, CC_ENOTFOUND,
		                    "the repository has no commits yet (HEAD names a branch with no commit): "
		                    "commit the cases first, or audit what is staged (--staged) or the work "
		                    "tree (--worktree)");
	int err;
	if (!strcmp(rev, "HEAD")) {
		/* Resolved by hand: git_revparse_single("HEAD") leaks the reference
		 * it resolved when the commit cannot be read (libgit2 1.5). */
		git_oid head;
		if ((err = git_reference_name_to_id(&head, src->repo, "HEAD")) < 0)
			return cc_src_git_error(errmsg, is_missing_rev(err) ? CC_ENOTFOUND : CC_ERROR,
			                        "cannot read HEAD");
		err = git_object_lookup(&obj, src->repo, &head, GIT_OBJECT_ANY);
		if (err < 0) {
			char hex[GIT_OID_HEXSZ + 1];
			git_oid_tostr(hex, sizeof hex, &head);
			return cc_src_git_error(errmsg, CC_ERROR, "HEAD names commit %s, which cannot be read", hex);
		}
	} else if ((err = git_revparse_single(&obj, src->repo, rev)) < 0) {
		return cc_src_git_error(errmsg, is_missing_rev(err) ? CC_ENOTFOUND : CC_ERROR,
		                        "no such revision '%s'", rev);
	}
	err = git_object_peel(&peeled, obj, GIT_OBJECT_COMMIT);
	git_object_free(obj);
	if (err < 0)
		return cc_src_git_error(errmsg, is_missing_rev(err) ? CC_ENOTFOUND : CC_ERROR,
		                        "revision '%s' is not a commit", rev);
	git_oid_cpy(&src->commit_oid, git_object_id(peeled));
	git_object_free(peeled);
	return 0;
}

/* Sets up src for repo (taken), given the resolved commit (dup) or rev. */
static int setup_repo(cc_source *src, git_repository *repo, const git_oid *commit, const char *rev,
                      const char *index_path, char **errmsg)
{
	int err;
	src->repo = repo;
	bool bare = git_repository_is_bare(repo);
	if (bare && src->kind != CC_SOURCE_REV)
		return cc_src_error(errmsg, CC_ERROR,
		                    "%s is a bare repository: it has no index or working tree; read a revision",
		                    git_repository_path(repo));
	src->root = cc_path_dup_trimmed(bare ? git_repository_path(repo) : git_repository_workdir(repo));
	if (git_repository_odb(&src->odb, repo) < 0)
		return cc_src_git_error(errmsg, CC_ERROR, "cannot open the object database");

	if (commit) {
		git_oid_cpy(&src->commit_oid, commit);
		src->has_commit = true;
	} else if (src->kind == CC_SOURCE_REV) {
		if ((err = resolve_rev(src, rev ? rev : "HEAD", errmsg)) < 0)
			return err;
		src->has_commit = true;
	} else {
		err = git_reference_name_to_id(&src->commit_oid, repo, "HEAD");
		if (err == 0)
			src->has_commit = true;
		else if (err != GIT_ENOTFOUND && err != GIT_EUNBORNBRANCH)
			return cc_src_git_error(errmsg, CC_ERROR, "cannot resolve HEAD");
	}
	if (src->has_commit)
		git_oid_tostr(src->commit_hex, sizeof src->commit_hex, &src->commit_oid);
	/* The index and the work tree are judged against HEAD (the hooks'
	 * base, the history a sign-off is compared along): a HEAD naming a
	 * commit that cannot be read is refused as --rev refuses it, never
	 * taken for "no commit yet". */
	if (src->has_commit && src->kind != CC_SOURCE_REV && !commit) {
		git_commit *c = NULL;
		if (git_commit_lookup(&c, repo, &src->commit_oid) < 0)
			return cc_src_git_error(errmsg, CC_ERROR,
			                        "HEAD names commit %s, which cannot be read (a broken or corrupt "
			                        "reference or object)",
			                        src->commit_hex);
		git_commit_free(c);
	}

	if (src->kind == CC_SOURCE_REV) {
		git_commit *c = NULL;
		if (git_commit_lookup(&c, repo, &src->commit_oid) < 0)
			return cc_src_git_error(errmsg, CC_ERROR, "cannot read commit %s", src->commit_hex);
		err = git_commit_tree(&src->tree, c);
		git_commit_free(c);
		if (err < 0)
			return cc_src_git_error(errmsg, CC_ERROR, "cannot read the tree of commit %s",
			                        src->commit_hex);
		return 0;
	}

	if (index_path)
		err = git_index_open(&src->index, index_path);
	else
		err = git_repository_index(&src->index, repo);
	if (err < 0)
		return cc_src_git_error(errmsg, CC_ERROR, "cannot read the index");
	if (src->kind == CC_SOURCE_WORKTREE) {
		size_t skipped = 0, n = git_index_entrycount(src->index);
		for (size_t i = 0; i < n; i++) {
			const git_index_entry *e = git_index_get_byindex(src->index, i);
			if ((e->flags_extended & GIT_INDEX_ENTRY_SKIP_WORKTREE) || (e->mode & 0170000) == 0040000)
				skipped++;
		}
		if (skipped)
			return cc_src_error(errmsg, CC_ERROR,
			                    "the work tree is a sparse checkout: %zu index entr%s not checked out "
			                    "(skip-worktree), so files that are there would read as missing. Audit the "
			                    "index (--staged) or a commit (--rev) instead, or check everything out "
			                    "(git sparse-checkout disable)",
			                    skipped, skipped == 1 ? "y is" : "ies are");
	}
	if (src->kind == CC_SOURCE_INDEX && git_index_has_conflicts(src->index))
		return cc_src_error(errmsg, CC_ERROR,
		                    "the index has unmerged paths (a merge conflict is not resolved): "
		                    "there is no next commit to read");
	return 0;
}

static int open_rootfd(cc_source *src, char **errmsg)
{
	src->rootfd = open(src->root, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (src->rootfd < 0)
		return cc_src_error(errmsg, errno == ENOENT ? CC_ENOTFOUND : CC_ERROR,
		                    "cannot open folder %s: %s", src->root, strerror(errno));
	return 0;
}

/* libgit2's memory limits, set once per process (they are global, shared
 * by every repository the process opens; measured in bench/README.md):
 *
 * - Trees of any size may be cached (the default stops at 4 KiB), so a
 *   `cases` folder of thousands of entries is not inflated and parsed again
 *   for each lookup that starts at the root (history walks do that).
 * - The object cache as a whole is capped at 8 MiB instead of 256 MiB: an
 *   audit looks up each case's folder trees once, so with the default cap
 *   the cache kept every case's trees, about 5 KiB a case, and allocated
 *   memory grew with the caseload. The trees of the folder being read are
 *   held by each source's walk cache instead (rev.c).
 * - Packs are mapped in 8 MiB windows, at most 64 MiB at a time (the
 *   defaults, 1 GiB windows up to 8 GiB, map the whole pack, so the
 *   resident size grew with the repository: 650 MiB for a 568 MiB pack;
 *   136 MiB with these, for 3% more CPU time).
 *
 * Strict hash verification stays on: an object whose content does not
 * match its id is an error, never read as if it were right. */
#define CC_GIT_CACHE_MAX ((ssize_t)8 << 20)
#define CC_GIT_MWINDOW_SIZE ((size_t)8 << 20)
#define CC_GIT_MWINDOW_MAPPED ((size_t)64 << 20)

static void set_git_limits(void)
{
	git_libgit2_opts(GIT_OPT_SET_CACHE_OBJECT_LIMIT, GIT_OBJECT_TREE, (size_t)32 << 20);
	git_libgit2_opts(GIT_OPT_SET_CACHE_MAX_SIZE, CC_GIT_CACHE_MAX);
	git_libgit2_opts(GIT_OPT_SET_MWINDOW_SIZE, CC_GIT_MWINDOW_SIZE);
	git_libgit2_opts(GIT_OPT_SET_MWINDOW_MAPPED_LIMIT, CC_GIT_MWINDOW_MAPPED);
}

static cc_source *source_new(cc_source_kind kind)
{
	static pthread_once_t once = PTHREAD_ONCE_INIT;
	git_libgit2_init();
	pthread_once(&once, set_git_limits);
	cc_source *src = cc_xcalloc(1, sizeof *src);
	src->kind = kind;
	src->rootfd = -1;
	return src;
}

int cc_source_open(cc_source **out, const cc_source_options *opts, char **errmsg)
{
	cc_source_options defaults = CC_SOURCE_OPTIONS_INIT;
	if (!opts)
		opts = &defaults;
	*out = NULL;
	if (opts->kind != CC_SOURCE_REV && opts->kind != CC_SOURCE_INDEX &&
	    opts->kind != CC_SOURCE_WORKTREE)
		return cc_src_error(errmsg, CC_ERROR, "unknown source kind %d", (int)opts->kind);
	cc_source *src = source_new(opts->kind);
	git_repository *repo = NULL;
	const char *index_path = NULL;
	char *why = NULL;
	int err = cc_src_open_repo(&repo, opts->repo_dir, &index_path, &why);
	src->from_env = !opts->repo_dir;

	if (err == CC_ENOTFOUND && opts->kind == CC_SOURCE_WORKTREE) {
		const char *dir = opts->repo_dir ? opts->repo_dir : ".";
		src->root = realpath(dir, NULL);
		if (!src->root) {
			err = cc_src_error(errmsg, CC_ENOTFOUND, "no such folder: %s", dir);
			goto done;
		}
		err = 0;
	} else if (err < 0) {
		if (errmsg) {
			*errmsg = why;
			why = NULL;
		}
		goto done;
	} else if ((err = setup_repo(src, repo, NULL, opts->rev, index_path, errmsg)) < 0) {
		goto done;
	}
	if (opts->kind == CC_SOURCE_REV)
		src->rev = cc_xstrdup(opts->rev ? opts->rev : "HEAD");
	if (opts->kind == CC_SOURCE_WORKTREE)
		err = open_rootfd(src, errmsg);
done:
	free(why);
	if (err < 0) {
		if (!src->repo)
			git_repository_free(repo);
		cc_source_free(src);
		return err;
	}
	*out = src;
	return 0;
}

int cc_source_dup(cc_source **out, const cc_source *orig, char **errmsg)
{
	*out = NULL;
	cc_source *src = source_new(orig->kind);
	int err = 0;
	if (orig->repo) {
		git_repository *repo = NULL;
		src->from_env = orig->from_env;
		if (orig->from_env) {
			/* As it was opened: from git's environment (a pre-receive
			 * hook's quarantine, GIT_WORK_TREE), not by its path. */
			const char *env_index = NULL;
			if ((err = cc_src_open_repo(&repo, NULL, &env_index, errmsg)) < 0)
				goto done;
		} else if (git_repository_open_ext(&repo, git_repository_path(orig->repo),
		                                   GIT_REPOSITORY_OPEN_NO_SEARCH, NULL) < 0) {
			err = cc_src_git_error(errmsg, CC_ERROR, "cannot open the repository again");
			goto done;
		}
		const char *wd = git_repository_workdir(orig->repo), *own = git_repository_workdir(repo);
		if (wd && (!own || strcmp(wd, own)) && git_repository_set_workdir(repo, wd, 0) < 0) {
			git_repository_free(repo);
			err = cc_src_git_error(errmsg, CC_ERROR, "cannot open the repository again");
			goto done;
		}
		const char *index_path = orig->index ? git_index_path(orig->index) : NULL;
		err = setup_repo(src, repo, orig->has_commit ? &orig->commit_oid : NULL, NULL, index_path,
		                 errmsg);
		if (err < 0)
			goto done;
	} else {
		src->root = cc_xstrdup(orig->root);
	}
	if (orig->rev)
		src->rev = cc_xstrdup(orig->rev);
	if (src->kind == CC_SOURCE_WORKTREE)
		err = open_rootfd(src, errmsg);
done:
	if (err < 0) {
		cc_source_free(src);
		return err;
	}
	*out = src;
	return 0;
}

void cc_source_free(cc_source *src)
{
	if (!src)
		return;
	cc_walk_cache_clear(&src->walk);
	git_tree_free(src->tree);
	git_index_free(src->index);
	git_odb_free(src->odb);
	git_repository_free(src->repo);
	if (src->rootfd >= 0)
		close(src->rootfd);
	free(src->root);
	free(src->rev);
	free(src);
	git_libgit2_shutdown();
}

cc_source_kind cc_source_kind_of(const cc_source *src)
{
	return src->kind;
}

bool cc_source_has_git(const cc_source *src)
{
	return src->repo != NULL;
}

const char *cc_source_root(const cc_source *src)
{
	return src->root;
}

const char *cc_source_commit(const cc_source *src)
{
	return src->has_commit ? src->commit_hex : NULL;
}

const char *cc_source_rev(const cc_source *src)
{
	return src->rev;
}

git_repository *cc_source_git_repository(const cc_source *src)
{
	return src->repo;
}

bool cc_source_worktree_dirty(const cc_source *src)
{
	git_status_options so;
	git_status_list *list = NULL;
	bool dirty = false;
	if (!src->repo || git_repository_is_bare(src->repo) ||
	    git_status_options_init(&so, GIT_STATUS_OPTIONS_VERSION) < 0)
		return false;
	so.show = GIT_STATUS_SHOW_INDEX_AND_WORKDIR;
	so.flags = GIT_STATUS_OPT_INCLUDE_UNTRACKED | GIT_STATUS_OPT_RECURSE_UNTRACKED_DIRS;
	if (git_status_list_new(&list, src->repo, &so) == 0)
		dirty = git_status_list_entrycount(list) > 0;
	git_status_list_free(list);
	return dirty;
}

int cc_source_list(cc_source *src, const char *path, cc_dirlist *out, char **errmsg)
{
	cc_path p;
	out->items = NULL;
	out->count = 0;
	int err = cc_path_parse(&p, path, errmsg);
	if (err < 0)
		return err;
	switch (src->kind) {
	case CC_SOURCE_REV:
		err = cc_rev_list(src, &p, out, errmsg);
		break;
	case CC_SOURCE_INDEX:
		err = cc_index_list(src, &p, out, errmsg);
		break;
	default:
		err = cc_worktree_list(src, &p, out, errmsg);
		break;
	}
	cc_path_clear(&p);
	if (err < 0)
		cc_dirlist_clear(out);
	else
		cc_dirlist_sort_unique(out);
	return err;
}

int cc_source_read(cc_source *src, const char *path, size_t max_len, char **buf, size_t *len,
                   char **errmsg)
{
	cc_path p;
	*buf = NULL;
	*len = 0;
	int err = cc_path_parse(&p, path, errmsg);
	if (err < 0)
		return err;
	if (p.n == 0)
		err = cc_src_error(errmsg, CC_ENOTFILE, "the root is a folder, not a file");
	else if (src->kind == CC_SOURCE_REV)
		err = cc_rev_read(src, &p, max_len, buf, len, errmsg);
	else if (src->kind == CC_SOURCE_INDEX)
		err = cc_index_read(src, &p, max_len, buf, len, errmsg);
	else
		err = cc_worktree_read(src, &p, max_len, buf, len, errmsg);
	cc_path_clear(&p);
	return err;
}

int cc_source_tree_id(cc_source *src, const char *path, const char *exclude, char out[41],
                      char **errmsg)
{
	cc_path p;
	git_oid id;
	if (exclude && !cc_path_name_ok(exclude))
		return cc_src_error(errmsg, CC_ERROR, "bad entry name to leave out: %s", exclude);
	int err = cc_path_parse(&p, path, errmsg);
	if (err < 0)
		return err;
	if (src->kind == CC_SOURCE_REV)
		err = cc_rev_tree_id(src, &p, exclude, &id, errmsg);
	else if (src->kind == CC_SOURCE_INDEX)
		err = cc_index_tree_id(src, &p, exclude, &id, errmsg);
	else
		err = cc_worktree_tree_id(src, &p, exclude, &id, errmsg);
	cc_path_clear(&p);
	if (err == 0)
		git_oid_tostr(out, 41, &id);
	return err;
}
