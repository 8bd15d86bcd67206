/* Tests of cc_source on real repositories built in temporary folders. */
#include <check.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "casecheck/error.h"
#include "casecheck/source.h"
#include "source/git.h"
#include "support/gitfixture.h"
#include "support/runner.h"

#define CASE "cases/C1"
#define NL_NAME "new\nline.json"
#define UNI_NAME "\xc3\xbcn\xc3\xaf.json"   /* "ünï.json" */
#define BAD_NAME "bad\xff\xfe.json"         /* not UTF-8 */

static const cc_source_kind kinds[] = { CC_SOURCE_REV, CC_SOURCE_INDEX, CC_SOURCE_WORKTREE };

static char *repo; /* the fixture repository of the current test */
static char *tmp2; /* a second folder, when a test needs one */

static void write_case(const char *dir)
{
	ck_assert_int_eq(gf_write(dir, CASE "/case.json", "{\"id\":\"C1\"}\n"), 0);
	ck_assert_int_eq(gf_write(dir, CASE "/a.json", "{}\n"), 0);
	ck_assert_int_eq(gf_write(dir, CASE "/a/x.json", "[1]\n"), 0);
	ck_assert_int_eq(gf_write(dir, CASE "/a-b.json", "[2]\n"), 0);
	ck_assert_int_eq(gf_write(dir, CASE "/notes/n1.json", "{\"n\":1}\n"), 0);
	ck_assert_int_eq(gf_write(dir, CASE "/notes/" UNI_NAME, "\"u\"\n"), 0);
	ck_assert_int_eq(gf_write(dir, CASE "/notes/" NL_NAME, "\"nl\"\n"), 0);
	ck_assert_int_eq(gf_write(dir, CASE "/notes/" BAD_NAME, "\"bad\"\n"), 0);
	ck_assert_int_eq(gf_write(dir, CASE "/signoffs/s1.json", "{\"s\":1}\n"), 0);
	ck_assert_int_eq(gf_write(dir, CASE "/run.sh", "#!/bin/sh\n"), 0);
	ck_assert_int_eq(gf_chmod_x(dir, CASE "/run.sh", 1), 0);
	ck_assert_int_eq(gf_symlink(dir, CASE "/link", "case.json"), 0);
	ck_assert_int_eq(gf_symlink(dir, CASE "/linkdir", "notes"), 0);
	ck_assert_int_eq(gf_symlink(dir, CASE "/escape", "../../../../etc"), 0);
}

/* A repository with one case folder holding files, an executable, two
 * symlinks, a nested repository (a gitlink), unicode, newline and
 * non-UTF-8 names, and ignored files; everything committed. */
static void make_fixture(void)
{
	repo = gf_mkdtemp();
	ck_assert_ptr_nonnull(repo);
	ck_assert_int_eq(gf_init(repo), 0);
	write_case(repo);
	ck_assert_int_eq(gf_write(repo, ".gitignore", "*.tmp\nbuild/\n"), 0);
	ck_assert_int_eq(gf_write(repo, "casecheck.json", "{}\n"), 0);
	/* the nested repository becomes a gitlink (160000) */
	char *sub = gf_path(repo, CASE "/sub");
	ck_assert_int_eq(gf_mkdirs(repo, CASE "/sub"), 0);
	ck_assert_int_eq(gf_init(sub), 0);
	ck_assert_int_eq(gf_write(sub, "f.txt", "sub\n"), 0);
	ck_assert_int_eq(gf_commit_all(sub, "sub"), 0);
	free(sub);
	ck_assert_int_eq(gf_commit_all(repo, "first"), 0);
	/* ignored, never committed */
	ck_assert_int_eq(gf_write(repo, CASE "/scratch.tmp", "ignored\n"), 0);
	ck_assert_int_eq(gf_write(repo, "build/out.txt", "ignored\n"), 0);
}

static void teardown(void)
{
	if (repo) {
		gf_rm_rf(repo);
		free(repo);
		repo = NULL;
	}
	if (tmp2) {
		gf_rm_rf(tmp2);
		free(tmp2);
		tmp2 = NULL;
	}
}

static cc_source *open_kind(cc_source_kind kind, const char *dir, const char *rev)
{
	cc_source_options o = CC_SOURCE_OPTIONS_INIT;
	o.kind = kind;
	o.repo_dir = dir;
	o.rev = rev;
	cc_source *src = NULL;
	char *err = NULL;
	int rc = cc_source_open(&src, &o, &err);
	if (rc != 0)
		ck_abort_msg("open kind %d of %s failed: %s", (int)kind, dir ? dir : "(the environment's repository)",
		             err ? err : "?");
	free(err);
	return src;
}

/* The contents of path, or NULL; *rc gets the return code. */
static char *read_str(cc_source *src, const char *path, int *rc)
{
	char *buf = NULL, *err = NULL;
	size_t len = 0;
	*rc = cc_source_read(src, path, 1 << 20, &buf, &len, &err);
	if (*rc != 0) {
		ck_assert_ptr_nonnull(err);
		ck_assert_ptr_null(buf);
	} else {
		ck_assert_ptr_null(err);
		ck_assert_uint_eq(strlen(buf), len);
	}
	free(err);
	return buf;
}

static int read_rc(cc_source *src, const char *path)
{
	int rc;
	free(read_str(src, path, &rc));
	return rc;
}

static void assert_reads(cc_source *src, const char *path, const char *want)
{
	int rc;
	char *got = read_str(src, path, &rc);
	ck_assert_msg(rc == 0, "read %s: %d", path, rc);
	ck_assert_str_eq(got, want);
	free(got);
}

static const cc_dirent *find(const cc_dirlist *l, const char *name)
{
	for (size_t i = 0; i < l->count; i++)
		if (!strcmp(l->items[i].name, name))
			return &l->items[i];
	return NULL;
}

static void assert_sorted(const cc_dirlist *l)
{
	for (size_t i = 1; i < l->count; i++)
		ck_assert_int_lt(strcmp(l->items[i - 1].name, l->items[i].name), 0);
}

/* --- listing and reading, each kind ------------------------------------ */

START_TEST(lists_the_case_folder_in_every_kind)
{
	make_fixture();
	cc_source *src = open_kind(kinds[_i], repo, NULL);
	cc_dirlist l = CC_DIRLIST_INIT;
	char *err = NULL;
	ck_assert_int_eq(cc_source_list(src, CASE, &l, &err), 0);
	ck_assert_ptr_null(err);
	assert_sorted(&l);
	static const struct {
		const char *name;
		cc_entry_type type;
	} want[] = {
		{ "a", CC_ENTRY_DIR },          { "a-b.json", CC_ENTRY_FILE },   { "a.json", CC_ENTRY_FILE },
		{ "case.json", CC_ENTRY_FILE }, { "escape", CC_ENTRY_SYMLINK },  { "link", CC_ENTRY_SYMLINK },
		{ "linkdir", CC_ENTRY_SYMLINK }, { "notes", CC_ENTRY_DIR },      { "run.sh", CC_ENTRY_EXECUTABLE },
		{ "signoffs", CC_ENTRY_DIR },   { "sub", CC_ENTRY_SUBMODULE },
	};
	ck_assert_uint_eq(l.count, sizeof want / sizeof want[0]); /* scratch.tmp ignored */
	for (size_t i = 0; i < l.count; i++) {
		ck_assert_str_eq(l.items[i].name, want[i].name);
		ck_assert_msg(l.items[i].type == want[i].type, "%s: type %d", want[i].name,
		              (int)l.items[i].type);
	}
	cc_dirlist_clear(&l);

	ck_assert_int_eq(cc_source_list(src, CASE "/notes", &l, &err), 0);
	ck_assert_uint_eq(l.count, 4);
	assert_sorted(&l);
	ck_assert_ptr_nonnull(find(&l, NL_NAME));
	ck_assert_ptr_nonnull(find(&l, UNI_NAME));
	ck_assert_ptr_nonnull(find(&l, BAD_NAME));
	cc_dirlist_clear(&l);

	/* the root: no .git, no ignored build/ */
	ck_assert_int_eq(cc_source_list(src, "", &l, &err), 0);
	ck_assert_uint_eq(l.count, 3);
	ck_assert_str_eq(l.items[0].name, ".gitignore");
	ck_assert_str_eq(l.items[1].name, "casecheck.json");
	ck_assert_str_eq(l.items[2].name, "cases");
	ck_assert_int_eq(l.items[2].type, CC_ENTRY_DIR);
	cc_dirlist_clear(&l);

	/* not folders, missing, through symlinks and submodules */
	ck_assert_int_eq(cc_source_list(src, CASE "/case.json", &l, &err), CC_ENOTFILE);
	free(err), err = NULL;
	ck_assert_int_eq(cc_source_list(src, CASE "/link", &l, &err), CC_ENOTFILE);
	free(err), err = NULL;
	ck_assert_int_eq(cc_source_list(src, CASE "/linkdir", &l, &err), CC_ENOTFILE);
	free(err), err = NULL;
	ck_assert_int_eq(cc_source_list(src, CASE "/escape", &l, &err), CC_ENOTFILE);
	free(err), err = NULL;
	ck_assert_int_eq(cc_source_list(src, CASE "/sub", &l, &err), CC_ENOTFILE);
	free(err), err = NULL;
	ck_assert_int_eq(cc_source_list(src, CASE "/missing", &l, &err), CC_ENOTFOUND);
	ck_assert_ptr_nonnull(err);
	free(err), err = NULL;
	ck_assert_int_eq(cc_source_list(src, "build", &l, &err), CC_ENOTFOUND);
	free(err), err = NULL;
	ck_assert_uint_eq(l.count, 0);
	cc_source_free(src);
}
END_TEST

START_TEST(reads_files_and_refuses_links_in_every_kind)
{
	make_fixture();
	cc_source *src = open_kind(kinds[_i], repo, NULL);
	assert_reads(src, CASE "/case.json", "{\"id\":\"C1\"}\n");
	assert_reads(src, CASE "/run.sh", "#!/bin/sh\n");
	assert_reads(src, CASE "/notes/" NL_NAME, "\"nl\"\n");
	assert_reads(src, CASE "/notes/" UNI_NAME, "\"u\"\n");
	assert_reads(src, CASE "/notes/" BAD_NAME, "\"bad\"\n");
	ck_assert_int_eq(read_rc(src, CASE "/link"), CC_ENOTFILE);
	ck_assert_int_eq(read_rc(src, CASE "/linkdir/n1.json"), CC_ENOTFILE);
	ck_assert_int_eq(read_rc(src, CASE "/escape/passwd"), CC_ENOTFILE);
	ck_assert_int_eq(read_rc(src, CASE "/sub"), CC_ENOTFILE);
	ck_assert_int_eq(read_rc(src, CASE "/sub/f.txt"), CC_ENOTFILE);
	ck_assert_int_eq(read_rc(src, CASE "/notes"), CC_ENOTFILE);
	ck_assert_int_eq(read_rc(src, ""), CC_ENOTFILE);
	ck_assert_int_eq(read_rc(src, CASE "/nope.json"), CC_ENOTFOUND);
	ck_assert_int_eq(read_rc(src, "nope/nope.json"), CC_ENOTFOUND);
	ck_assert_int_eq(read_rc(src, CASE "/case.json/x"), CC_ENOTFOUND);
	ck_assert_int_eq(read_rc(src, CASE "/scratch.tmp"), CC_ENOTFOUND); /* ignored */

	char *buf = NULL, *err = NULL;
	size_t len = 0;
	ck_assert_int_eq(cc_source_read(src, CASE "/case.json", 5, &buf, &len, &err), CC_ETOOBIG);
	ck_assert_ptr_null(buf);
	ck_assert_ptr_nonnull(err);
	free(err), err = NULL;
	ck_assert_int_eq(cc_source_read(src, CASE "/case.json", 12, &buf, &len, &err), 0);
	ck_assert_uint_eq(len, 12);
	free(buf);
	cc_source_free(src);
}
END_TEST

START_TEST(refuses_paths_that_leave_the_repository)
{
	make_fixture();
	cc_source *src = open_kind(kinds[_i], repo, NULL);
	static const char *bad[] = {
		"../../etc/passwd", "cases/../../x", "/etc/passwd", "cases//C1", "./cases", "cases/C1/",
		"cases/./C1", "..", ".", ".git/config", "cases/.GIT/x", "cases/C1/..",
	};
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		char *err = NULL, *buf = NULL, id[41];
		size_t len;
		cc_dirlist l = CC_DIRLIST_INIT;
		ck_assert_msg(cc_source_read(src, bad[i], 100, &buf, &len, &err) == CC_ERROR, "read %s", bad[i]);
		ck_assert_ptr_nonnull(err);
		free(err), err = NULL;
		ck_assert_msg(cc_source_list(src, bad[i], &l, &err) == CC_ERROR, "list %s", bad[i]);
		free(err), err = NULL;
		ck_assert_msg(cc_source_tree_id(src, bad[i], NULL, id, &err) == CC_ERROR, "tree %s", bad[i]);
		free(err), err = NULL;
	}
	char *err = NULL, id[41];
	ck_assert_int_eq(cc_source_tree_id(src, CASE, "../x", id, &err), CC_ERROR);
	free(err);
	cc_source_free(src);
}
END_TEST

/* --- tree ids ----------------------------------------------------------- */

START_TEST(tree_id_matches_git_in_every_kind)
{
	make_fixture();
	char want[41], want_root[41], got[41], *err = NULL;
	ck_assert_int_eq(gf_rev_parse(repo, "HEAD:" CASE, want), 0);
	ck_assert_int_eq(gf_rev_parse(repo, "HEAD^{tree}", want_root), 0);
	cc_source *src = open_kind(kinds[_i], repo, NULL);
	ck_assert_int_eq(cc_source_tree_id(src, CASE, NULL, got, &err), 0);
	ck_assert_str_eq(got, want);
	ck_assert_int_eq(cc_source_tree_id(src, "", NULL, got, &err), 0);
	ck_assert_str_eq(got, want_root);
	/* excluding a name that is not there changes nothing */
	ck_assert_int_eq(cc_source_tree_id(src, CASE, "nothing", got, &err), 0);
	ck_assert_str_eq(got, want);
	ck_assert_int_eq(cc_source_tree_id(src, CASE "/nope", NULL, got, &err), CC_ENOTFOUND);
	free(err), err = NULL;
	ck_assert_int_eq(cc_source_tree_id(src, CASE "/case.json", NULL, got, &err), CC_ENOTFOUND);
	free(err), err = NULL;

	/* with signoffs/ left out: what git gives for the folder committed
	 * without it, in a second repository */
	char excl[41], want_excl[41];
	ck_assert_int_eq(cc_source_tree_id(src, CASE, "signoffs", excl, &err), 0);
	ck_assert_str_ne(excl, want);
	tmp2 = gf_mkdtemp();
	ck_assert_int_eq(gf_git(tmp2, "clone", "-q", repo, "r2", NULL), 0);
	char *r2 = gf_path(tmp2, "r2");
	ck_assert_int_eq(gf_git(r2, "rm", "-r", "-q", CASE "/signoffs", NULL), 0);
	ck_assert_int_eq(gf_commit_staged(r2, "no signoffs"), 0);
	ck_assert_int_eq(gf_rev_parse(r2, "HEAD:" CASE, want_excl), 0);
	ck_assert_str_eq(excl, want_excl);
	free(r2);
	cc_source_free(src);
}
END_TEST

/* --- the index and the working tree differ ------------------------------ */

START_TEST(index_and_worktree_differ_both_ways)
{
	make_fixture();
	/* staged change not on disk */
	ck_assert_int_eq(gf_write(repo, CASE "/case.json", "{\"id\":\"staged\"}\n"), 0);
	ck_assert_int_eq(gf_git(repo, "add", CASE "/case.json", NULL), 0);
	ck_assert_int_eq(gf_write(repo, CASE "/case.json", "{\"id\":\"C1\"}\n"), 0);
	/* staged new file, then removed from disk */
	ck_assert_int_eq(gf_write(repo, CASE "/staged-only.json", "1\n"), 0);
	ck_assert_int_eq(gf_git(repo, "add", CASE "/staged-only.json", NULL), 0);
	char *p = gf_path(repo, CASE "/staged-only.json");
	ck_assert_int_eq(unlink(p), 0);
	free(p);
	/* on-disk change and new file, not staged */
	ck_assert_int_eq(gf_write(repo, CASE "/notes/n1.json", "{\"n\":\"disk\"}\n"), 0);
	ck_assert_int_eq(gf_write(repo, CASE "/disk-only.json", "2\n"), 0);

	cc_source *rev = open_kind(CC_SOURCE_REV, repo, NULL);
	cc_source *idx = open_kind(CC_SOURCE_INDEX, repo, NULL);
	cc_source *wt = open_kind(CC_SOURCE_WORKTREE, repo, NULL);
	assert_reads(rev, CASE "/case.json", "{\"id\":\"C1\"}\n");
	assert_reads(idx, CASE "/case.json", "{\"id\":\"staged\"}\n");
	assert_reads(wt, CASE "/case.json", "{\"id\":\"C1\"}\n");
	assert_reads(rev, CASE "/notes/n1.json", "{\"n\":1}\n");
	assert_reads(idx, CASE "/notes/n1.json", "{\"n\":1}\n");
	assert_reads(wt, CASE "/notes/n1.json", "{\"n\":\"disk\"}\n");
	ck_assert_int_eq(read_rc(rev, CASE "/staged-only.json"), CC_ENOTFOUND);
	assert_reads(idx, CASE "/staged-only.json", "1\n");
	ck_assert_int_eq(read_rc(wt, CASE "/staged-only.json"), CC_ENOTFOUND);
	ck_assert_int_eq(read_rc(rev, CASE "/disk-only.json"), CC_ENOTFOUND);
	ck_assert_int_eq(read_rc(idx, CASE "/disk-only.json"), CC_ENOTFOUND);
	assert_reads(wt, CASE "/disk-only.json", "2\n");

	cc_dirlist l = CC_DIRLIST_INIT;
	char *err = NULL;
	ck_assert_int_eq(cc_source_list(idx, CASE, &l, &err), 0);
	ck_assert_ptr_nonnull(find(&l, "staged-only.json"));
	ck_assert_ptr_null(find(&l, "disk-only.json"));
	cc_dirlist_clear(&l);
	ck_assert_int_eq(cc_source_list(wt, CASE, &l, &err), 0);
	ck_assert_ptr_null(find(&l, "staged-only.json"));
	ck_assert_ptr_nonnull(find(&l, "disk-only.json"));
	cc_dirlist_clear(&l);

	/* tree ids: INDEX as git write-tree; WORKTREE as after git add -A */
	char id_rev[41], id_idx[41], id_wt[41], want[41], *out = NULL;
	ck_assert_int_eq(cc_source_tree_id(rev, CASE, NULL, id_rev, &err), 0);
	ck_assert_int_eq(cc_source_tree_id(idx, CASE, NULL, id_idx, &err), 0);
	ck_assert_int_eq(cc_source_tree_id(wt, CASE, NULL, id_wt, &err), 0);
	ck_assert_str_ne(id_rev, id_idx);
	ck_assert_str_ne(id_idx, id_wt);
	ck_assert_int_eq(gf_git_out(&out, repo, "write-tree", "--prefix=" CASE "/", NULL), 0);
	ck_assert_int_eq(strncmp(out, id_idx, 40), 0);
	free(out);
	ck_assert_int_eq(gf_git(repo, "add", "-A", NULL), 0);
	ck_assert_int_eq(gf_git_out(&out, repo, "write-tree", "--prefix=" CASE "/", NULL), 0);
	ck_assert_int_eq(strncmp(out, id_wt, 40), 0);
	free(out);
	/* the sources opened before still see what they saw */
	assert_reads(idx, CASE "/case.json", "{\"id\":\"staged\"}\n");
	ck_assert_int_eq(gf_rev_parse(repo, "HEAD:" CASE, want), 0);
	ck_assert_str_eq(id_rev, want);
	cc_source_free(rev);
	cc_source_free(idx);
	cc_source_free(wt);
}
END_TEST

START_TEST(worktree_leaves_out_ignored_but_keeps_tracked)
{
	make_fixture();
	/* a tracked file matching an ignore pattern stays (git add -f) */
	ck_assert_int_eq(gf_write(repo, CASE "/kept.tmp", "kept\n"), 0);
	ck_assert_int_eq(gf_git(repo, "add", "-f", CASE "/kept.tmp", NULL), 0);
	ck_assert_int_eq(gf_commit_staged(repo, "kept"), 0);
	ck_assert_int_eq(gf_write(repo, CASE "/notes/deep/more.tmp", "no\n"), 0);
	cc_source *wt = open_kind(CC_SOURCE_WORKTREE, repo, NULL);
	cc_dirlist l = CC_DIRLIST_INIT;
	char *err = NULL, id[41], want[41];
	ck_assert_int_eq(cc_source_list(wt, CASE, &l, &err), 0);
	ck_assert_ptr_nonnull(find(&l, "kept.tmp"));
	ck_assert_ptr_null(find(&l, "scratch.tmp"));
	cc_dirlist_clear(&l);
	assert_reads(wt, CASE "/kept.tmp", "kept\n");
	ck_assert_int_eq(read_rc(wt, "build/out.txt"), CC_ENOTFOUND);
	/* folders holding only ignored files are not in the tree */
	ck_assert_int_eq(cc_source_tree_id(wt, CASE, NULL, id, &err), 0);
	ck_assert_int_eq(gf_rev_parse(repo, "HEAD:" CASE, want), 0);
	ck_assert_str_eq(id, want);
	cc_source_free(wt);
}
END_TEST

START_TEST(worktree_symlinked_folder_in_the_middle_is_refused)
{
	make_fixture();
	/* replace notes/ on disk by a symlink to a folder outside */
	tmp2 = gf_mkdtemp();
	ck_assert_int_eq(gf_write(tmp2, "secret.json", "secret\n"), 0);
	ck_assert_int_eq(gf_symlink(repo, "cases/C2", tmp2), 0);
	cc_source *wt = open_kind(CC_SOURCE_WORKTREE, repo, NULL);
	ck_assert_int_eq(read_rc(wt, "cases/C2/secret.json"), CC_ENOTFILE);
	cc_dirlist l = CC_DIRLIST_INIT;
	char *err = NULL, id[41];
	ck_assert_int_eq(cc_source_list(wt, "cases/C2", &l, &err), CC_ENOTFILE);
	free(err), err = NULL;
	ck_assert_int_eq(cc_source_tree_id(wt, "cases/C2", NULL, id, &err), CC_ENOTFOUND);
	free(err), err = NULL;
	ck_assert_int_eq(cc_source_list(wt, "cases", &l, &err), 0);
	const cc_dirent *d = find(&l, "C2");
	ck_assert_ptr_nonnull(d);
	ck_assert_int_eq(d->type, CC_ENTRY_SYMLINK);
	cc_dirlist_clear(&l);
	cc_source_free(wt);
}
END_TEST

/* --- a plain folder, bare repositories, revisions ------------------------ */

START_TEST(plain_folder_is_a_worktree_without_git)
{
	repo = gf_mkdtemp();
	write_case(repo);
	ck_assert_int_eq(gf_write(repo, CASE "/x.tmp", "not ignored: no git\n"), 0);
	cc_source *wt = open_kind(CC_SOURCE_WORKTREE, repo, NULL);
	ck_assert(!cc_source_has_git(wt));
	ck_assert_ptr_null(cc_source_commit(wt));
	ck_assert_ptr_null(cc_source_git_repository(wt));
	ck_assert_str_eq(cc_source_root(wt), repo);
	assert_reads(wt, CASE "/notes/" NL_NAME, "\"nl\"\n");
	ck_assert_int_eq(read_rc(wt, CASE "/link"), CC_ENOTFILE);
	ck_assert_int_eq(read_rc(wt, "../x"), CC_ERROR);
	char id[41], want[41], *err = NULL;
	ck_assert_int_eq(cc_source_tree_id(wt, CASE, NULL, id, &err), 0);

	cc_source_options o = CC_SOURCE_OPTIONS_INIT;
	cc_source *none = NULL;
	o.repo_dir = repo;
	ck_assert_int_eq(cc_source_open(&none, &o, &err), CC_ENOTFOUND);
	ck_assert_ptr_nonnull(err);
	free(err), err = NULL;
	o.kind = CC_SOURCE_INDEX;
	ck_assert_int_eq(cc_source_open(&none, &o, &err), CC_ENOTFOUND);
	free(err), err = NULL;
	o.kind = CC_SOURCE_WORKTREE;
	o.repo_dir = "/nonexistent/casecheck/dir";
	ck_assert_int_eq(cc_source_open(&none, &o, &err), CC_ENOTFOUND);
	free(err), err = NULL;

	/* the same files committed give the same tree id */
	ck_assert_int_eq(gf_init(repo), 0);
	ck_assert_int_eq(gf_commit_all(repo, "c"), 0);
	ck_assert_int_eq(gf_rev_parse(repo, "HEAD:" CASE, want), 0);
	ck_assert_str_eq(id, want);
	cc_source_free(wt);
}
END_TEST

START_TEST(bare_repository_reads_revisions_only)
{
	make_fixture();
	tmp2 = gf_mkdtemp();
	ck_assert_int_eq(gf_git(tmp2, "clone", "-q", "--bare", repo, "b.git", NULL), 0);
	char *bare = gf_path(tmp2, "b.git");
	cc_source *src = open_kind(CC_SOURCE_REV, bare, NULL);
	assert_reads(src, CASE "/case.json", "{\"id\":\"C1\"}\n");
	char want[41];
	ck_assert_int_eq(gf_rev_parse(repo, "HEAD", want), 0);
	ck_assert_str_eq(cc_source_commit(src), want);
	cc_source_free(src);
	cc_source_options o = CC_SOURCE_OPTIONS_INIT;
	o.repo_dir = bare;
	char *err = NULL;
	o.kind = CC_SOURCE_INDEX;
	ck_assert_int_eq(cc_source_open(&src, &o, &err), CC_ERROR);
	ck_assert_ptr_nonnull(err);
	free(err), err = NULL;
	o.kind = CC_SOURCE_WORKTREE;
	ck_assert_int_eq(cc_source_open(&src, &o, &err), CC_ERROR);
	free(err);
	free(bare);
}
END_TEST

START_TEST(revisions_resolve_and_dup_keeps_the_commit)
{
	make_fixture();
	char first[41], second[41];
	ck_assert_int_eq(gf_rev_parse(repo, "HEAD", first), 0);
	ck_assert_int_eq(gf_git(repo, "tag", "v1", NULL), 0);
	ck_assert_int_eq(gf_write(repo, CASE "/case.json", "{\"id\":\"v2\"}\n"), 0);
	ck_assert_int_eq(gf_commit_all(repo, "second"), 0);
	ck_assert_int_eq(gf_rev_parse(repo, "HEAD", second), 0);

	cc_source *a = open_kind(CC_SOURCE_REV, repo, "HEAD~1");
	ck_assert_str_eq(cc_source_commit(a), first);
	assert_reads(a, CASE "/case.json", "{\"id\":\"C1\"}\n");
	cc_source *t = open_kind(CC_SOURCE_REV, repo, "v1");
	ck_assert_str_eq(cc_source_commit(t), first);
	cc_source *h = open_kind(CC_SOURCE_REV, repo, NULL);
	ck_assert_str_eq(cc_source_commit(h), second);
	cc_source *i = open_kind(CC_SOURCE_INDEX, repo, NULL);
	ck_assert_str_eq(cc_source_commit(i), second);

	/* a new commit after opening: the dup still reads the resolved one */
	ck_assert_int_eq(gf_write(repo, CASE "/case.json", "{\"id\":\"v3\"}\n"), 0);
	ck_assert_int_eq(gf_commit_all(repo, "third"), 0);
	cc_source *d = NULL;
	char *err = NULL;
	ck_assert_int_eq(cc_source_dup(&d, h, &err), 0);
	ck_assert_int_eq(cc_source_kind_of(d), CC_SOURCE_REV);
	ck_assert_str_eq(cc_source_commit(d), second);
	assert_reads(d, CASE "/case.json", "{\"id\":\"v2\"}\n");
	cc_source_free(d);
	ck_assert_int_eq(cc_source_dup(&d, i, &err), 0);
	ck_assert_int_eq(cc_source_kind_of(d), CC_SOURCE_INDEX);
	assert_reads(d, CASE "/case.json", "{\"id\":\"v3\"}\n"); /* the index read again */
	cc_source_free(d);

	cc_source_options o = CC_SOURCE_OPTIONS_INIT;
	o.repo_dir = repo;
	o.rev = "no-such-branch";
	ck_assert_int_eq(cc_source_open(&d, &o, &err), CC_ENOTFOUND);
	ck_assert_ptr_nonnull(err);
	free(err), err = NULL;
	o.rev = "HEAD:" CASE; /* a tree, not a commit */
	ck_assert_int_lt(cc_source_open(&d, &o, &err), 0);
	free(err);
	cc_source_free(a);
	cc_source_free(t);
	cc_source_free(h);
	cc_source_free(i);
}
END_TEST

START_TEST(repository_found_from_the_current_directory)
{
	make_fixture();
	char *notes = gf_path(repo, CASE "/notes");
	ck_assert_int_eq(chdir(notes), 0);
	free(notes);
	unsetenv("GIT_DIR");
	unsetenv("GIT_INDEX_FILE");
	unsetenv("GIT_WORK_TREE");
	for (size_t k = 0; k < 3; k++) {
		cc_source *src = open_kind(kinds[k], NULL, NULL);
		ck_assert(cc_source_has_git(src));
		ck_assert_str_eq(cc_source_root(src), repo);
		assert_reads(src, CASE "/case.json", "{\"id\":\"C1\"}\n");
		cc_source_free(src);
	}
}
END_TEST

START_TEST(index_file_from_the_environment_is_honoured)
{
	make_fixture();
	/* what `git commit <path>` gives a pre-commit hook: another index */
	ck_assert_int_eq(gf_write(repo, CASE "/case.json", "{\"id\":\"other\"}\n"), 0);
	char *alt = gf_path(repo, ".git/alt-index");
	setenv("GIT_INDEX_FILE", alt, 1);
	/* build the other index with git itself (gitfixture clears the
	 * variable, so use read-tree + update-index through --index-output) */
	ck_assert_int_eq(gf_git(repo, "read-tree", "--index-output=.git/alt-index", "HEAD", NULL), 0);
	ck_assert_int_eq(chdir(repo), 0);
	unsetenv("GIT_DIR");
	cc_source *before = open_kind(CC_SOURCE_INDEX, NULL, NULL);
	assert_reads(before, CASE "/case.json", "{\"id\":\"C1\"}\n");
	cc_source_free(before);
	ck_assert_int_eq(gf_git(repo, "add", CASE "/case.json", NULL), 0); /* the normal index */
	cc_source *src = open_kind(CC_SOURCE_INDEX, NULL, NULL);
	assert_reads(src, CASE "/case.json", "{\"id\":\"C1\"}\n"); /* alt index unchanged */
	cc_source_free(src);
	unsetenv("GIT_INDEX_FILE");
	src = open_kind(CC_SOURCE_INDEX, NULL, NULL);
	assert_reads(src, CASE "/case.json", "{\"id\":\"other\"}\n");
	cc_source_free(src);
	free(alt);
}
END_TEST

/* --- broken repositories ------------------------------------------------- */

START_TEST(corrupt_object_gives_a_clear_error)
{
	repo = gf_mkdtemp();
	ck_assert_int_eq(gf_init(repo), 0);
	ck_assert_int_eq(gf_write(repo, CASE "/case.json", "{\"id\":\"C1\"}\n"), 0);
	ck_assert_int_eq(gf_write(repo, CASE "/ok.json", "{}\n"), 0);
	ck_assert_int_eq(gf_commit_all(repo, "c"), 0);
	char blob[41];
	ck_assert_int_eq(gf_rev_parse(repo, "HEAD:" CASE "/case.json", blob), 0);
	char rel[80];
	snprintf(rel, sizeof rel, ".git/objects/%.2s/%s", blob, blob + 2);
	char *obj = gf_path(repo, rel);
	ck_assert_int_eq(chmod(obj, 0644), 0);
	free(obj);
	ck_assert_int_eq(gf_write(repo, rel, "this is not a zlib stream at all"), 0);

	for (size_t k = 0; k < 2; k++) {
		cc_source *src = open_kind(kinds[k], repo, NULL);
		char *buf = NULL, *err = NULL;
		size_t len;
		ck_assert_int_eq(cc_source_read(src, CASE "/case.json", 1000, &buf, &len, &err), CC_ERROR);
		ck_assert_ptr_null(buf);
		ck_assert_ptr_nonnull(err);
		ck_assert_ptr_nonnull(strstr(err, CASE "/case.json"));
		free(err);
		assert_reads(src, CASE "/ok.json", "{}\n");
		cc_source_free(src);
	}
	/* a corrupt tree: the case folder itself */
	char tree[41];
	ck_assert_int_eq(gf_rev_parse(repo, "HEAD:" CASE, tree), 0);
	snprintf(rel, sizeof rel, ".git/objects/%.2s/%s", tree, tree + 2);
	obj = gf_path(repo, rel);
	ck_assert_int_eq(chmod(obj, 0644), 0);
	free(obj);
	ck_assert_int_eq(gf_write(repo, rel, "garbage"), 0);
	cc_source *src = open_kind(CC_SOURCE_REV, repo, NULL);
	cc_dirlist l = CC_DIRLIST_INIT;
	char *err = NULL;
	ck_assert_int_eq(cc_source_list(src, CASE, &l, &err), CC_ERROR);
	ck_assert_ptr_nonnull(err);
	free(err);
	cc_source_free(src);
}
END_TEST

START_TEST(conflicted_index_is_refused_and_empty_repository_works)
{
	repo = gf_mkdtemp();
	ck_assert_int_eq(gf_init(repo), 0);
	/* no commit yet: INDEX and WORKTREE work, REV does not */
	ck_assert_int_eq(gf_write(repo, CASE "/case.json", "base\n"), 0);
	ck_assert_int_eq(gf_git(repo, "add", "-A", NULL), 0);
	cc_source *idx = open_kind(CC_SOURCE_INDEX, repo, NULL);
	ck_assert_ptr_null(cc_source_commit(idx));
	assert_reads(idx, CASE "/case.json", "base\n");
	cc_source_free(idx);
	cc_source_options o = CC_SOURCE_OPTIONS_INIT;
	o.repo_dir = repo;
	cc_source *src = NULL;
	char *err = NULL;
	ck_assert_int_eq(cc_source_open(&src, &o, &err), CC_ENOTFOUND);
	free(err), err = NULL;

	ck_assert_int_eq(gf_commit_staged(repo, "base"), 0);
	ck_assert_int_eq(gf_git(repo, "checkout", "-q", "-b", "other", NULL), 0);
	ck_assert_int_eq(gf_write(repo, CASE "/case.json", "other\n"), 0);
	ck_assert_int_eq(gf_commit_all(repo, "other"), 0);
	ck_assert_int_eq(gf_git(repo, "checkout", "-q", "main", NULL), 0);
	ck_assert_int_eq(gf_write(repo, CASE "/case.json", "main\n"), 0);
	ck_assert_int_eq(gf_commit_all(repo, "main"), 0);
	ck_assert_int_ne(gf_git(repo, "merge", "-q", "other", NULL), 0); /* conflicts */
	o.kind = CC_SOURCE_INDEX;
	ck_assert_int_eq(cc_source_open(&src, &o, &err), CC_ERROR);
	ck_assert_ptr_nonnull(strstr(err, "unmerged"));
	free(err);
	/* the working tree and HEAD can still be read */
	cc_source *wt = open_kind(CC_SOURCE_WORKTREE, repo, NULL);
	cc_source_free(wt);
	cc_source *rev = open_kind(CC_SOURCE_REV, repo, NULL);
	assert_reads(rev, CASE "/case.json", "main\n");
	cc_source_free(rev);
}
END_TEST

START_TEST(index_lists_submodule_added_by_cacheinfo)
{
	make_fixture();
	char head[41];
	ck_assert_int_eq(gf_rev_parse(repo, "HEAD", head), 0);
	char info[100];
	snprintf(info, sizeof info, "160000,%s,%s", head, CASE "/gitlink");
	ck_assert_int_eq(gf_git(repo, "update-index", "--add", "--cacheinfo", info, NULL), 0);
	cc_source *idx = open_kind(CC_SOURCE_INDEX, repo, NULL);
	cc_dirlist l = CC_DIRLIST_INIT;
	char *err = NULL, id[41], *out = NULL;
	ck_assert_int_eq(cc_source_list(idx, CASE, &l, &err), 0);
	const cc_dirent *d = find(&l, "gitlink");
	ck_assert_ptr_nonnull(d);
	ck_assert_int_eq(d->type, CC_ENTRY_SUBMODULE);
	cc_dirlist_clear(&l);
	ck_assert_int_eq(read_rc(idx, CASE "/gitlink"), CC_ENOTFILE);
	ck_assert_int_eq(cc_source_tree_id(idx, CASE, NULL, id, &err), 0);
	ck_assert_int_eq(gf_git_out(&out, repo, "write-tree", "--prefix=" CASE "/", NULL), 0);
	ck_assert_int_eq(strncmp(out, id, 40), 0);
	free(out);
	/* on disk, a submodule not checked out is an empty folder */
	ck_assert_int_eq(gf_mkdirs(repo, CASE "/gitlink"), 0);
	cc_source *wt = open_kind(CC_SOURCE_WORKTREE, repo, NULL);
	ck_assert_int_eq(cc_source_list(wt, CASE, &l, &err), 0);
	d = find(&l, "gitlink");
	ck_assert_ptr_nonnull(d);
	ck_assert_int_eq(d->type, CC_ENTRY_SUBMODULE);
	cc_dirlist_clear(&l);
	ck_assert_int_eq(cc_source_list(wt, CASE "/gitlink", &l, &err), CC_ENOTFILE);
	free(err), err = NULL;
	char wid[41];
	ck_assert_int_eq(cc_source_tree_id(wt, CASE, NULL, wid, &err), 0);
	ck_assert_str_eq(wid, id); /* nothing else differs from the index */
	cc_source_free(wt);
	ck_assert_int_eq(gf_commit_staged(repo, "gitlink"), 0);
	cc_source *rev = open_kind(CC_SOURCE_REV, repo, NULL);
	ck_assert_int_eq(cc_source_list(rev, CASE, &l, &err), 0);
	d = find(&l, "gitlink");
	ck_assert_ptr_nonnull(d);
	ck_assert_int_eq(d->type, CC_ENTRY_SUBMODULE);
	cc_dirlist_clear(&l);
	ck_assert_int_eq(read_rc(rev, CASE "/gitlink"), CC_ENOTFILE);
	cc_source_free(rev);
	cc_source_free(idx);
}
END_TEST


START_TEST(worktree_hashes_as_git_add_stores)
{
	repo = gf_mkdtemp();
	ck_assert_int_eq(gf_init(repo), 0);
	/* CRLF on disk, normalised to LF by the clean filter */
	ck_assert_int_eq(gf_write(repo, ".gitattributes", "*.txt text\n"), 0);
	ck_assert_int_eq(gf_write(repo, CASE "/crlf.txt", "one\r\ntwo\r\n"), 0);
	ck_assert_int_eq(gf_write(repo, CASE "/bin.dat", "raw\r\n"), 0);
	ck_assert_int_eq(gf_mkdirs(repo, CASE "/empty/deeper"), 0);
	char *fifo = gf_path(repo, CASE "/pipe");
	ck_assert_int_eq(mkfifo(fifo, 0644), 0);
	free(fifo);
	ck_assert_int_eq(gf_commit_all(repo, "c"), 0);

	cc_source *wt = open_kind(CC_SOURCE_WORKTREE, repo, NULL);
	char id[41], want[41], *err = NULL;
	ck_assert_int_eq(cc_source_tree_id(wt, CASE, NULL, id, &err), 0);
	ck_assert_int_eq(gf_rev_parse(repo, "HEAD:" CASE, want), 0);
	ck_assert_str_eq(id, want);
	/* the bytes read are the bytes on disk */
	assert_reads(wt, CASE "/crlf.txt", "one\r\ntwo\r\n");
	cc_source *rev = open_kind(CC_SOURCE_REV, repo, NULL);
	assert_reads(rev, CASE "/crlf.txt", "one\ntwo\n");
	cc_source_free(rev);
	/* a fifo is listed as other, never opened */
	cc_dirlist l = CC_DIRLIST_INIT;
	ck_assert_int_eq(cc_source_list(wt, CASE, &l, &err), 0);
	const cc_dirent *d = find(&l, "pipe");
	ck_assert_ptr_nonnull(d);
	ck_assert_int_eq(d->type, CC_ENTRY_OTHER);
	cc_dirlist_clear(&l);
	ck_assert_int_eq(read_rc(wt, CASE "/pipe"), CC_ENOTFILE);
	/* a folder with nothing to commit: the empty tree */
	ck_assert_int_eq(cc_source_tree_id(wt, CASE "/empty", NULL, id, &err), 0);
	ck_assert_str_eq(id, "4b825dc642cb6eb9a060e54bf8d69288fbee4904");
	cc_source_free(wt);
}
END_TEST

START_TEST(plain_folder_found_from_the_current_directory)
{
	repo = gf_mkdtemp();
	ck_assert_int_eq(gf_write(repo, "cases/C1/case.json", "{}"), 0);
	ck_assert_int_eq(chdir(repo), 0);
	unsetenv("GIT_DIR");
	unsetenv("GIT_WORK_TREE");
	setenv("GIT_CEILING_DIRECTORIES", repo, 1); /* in case TMPDIR is inside a repository */
	cc_source *wt = open_kind(CC_SOURCE_WORKTREE, NULL, NULL);
	ck_assert(!cc_source_has_git(wt));
	ck_assert_str_eq(cc_source_root(wt), repo);
	assert_reads(wt, "cases/C1/case.json", "{}");
	cc_source *d = NULL;
	char *err = NULL;
	ck_assert_int_eq(cc_source_dup(&d, wt, &err), 0);
	assert_reads(d, "cases/C1/case.json", "{}");
	cc_source_free(d);
	cc_source_free(wt);
}
END_TEST

START_TEST(corrupt_index_gives_a_clear_error)
{
	make_fixture();
	ck_assert_int_eq(gf_write(repo, ".git/index", "DIRC but not really an index"), 0);
	cc_source_options o = CC_SOURCE_OPTIONS_INIT;
	o.repo_dir = repo;
	o.kind = CC_SOURCE_INDEX;
	cc_source *src = NULL;
	char *err = NULL;
	ck_assert_int_eq(cc_source_open(&src, &o, &err), CC_ERROR);
	ck_assert_ptr_null(src);
	ck_assert_ptr_nonnull(strstr(err, "index"));
	free(err);
	/* a revision does not need the index */
	src = open_kind(CC_SOURCE_REV, repo, NULL);
	assert_reads(src, CASE "/case.json", "{\"id\":\"C1\"}\n");
	cc_source_free(src);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("source");
	TCase *tc = tcase_create("source");
	tcase_add_checked_fixture(tc, NULL, teardown);
	tcase_set_timeout(tc, 60);
	tcase_add_loop_test(tc, lists_the_case_folder_in_every_kind, 0, 3);
	tcase_add_loop_test(tc, reads_files_and_refuses_links_in_every_kind, 0, 3);
	tcase_add_loop_test(tc, refuses_paths_that_leave_the_repository, 0, 3);
	tcase_add_loop_test(tc, tree_id_matches_git_in_every_kind, 0, 3);
	tcase_add_test(tc, index_and_worktree_differ_both_ways);
	tcase_add_test(tc, worktree_leaves_out_ignored_but_keeps_tracked);
	tcase_add_test(tc, worktree_symlinked_folder_in_the_middle_is_refused);
	tcase_add_test(tc, plain_folder_is_a_worktree_without_git);
	tcase_add_test(tc, bare_repository_reads_revisions_only);
	tcase_add_test(tc, revisions_resolve_and_dup_keeps_the_commit);
	tcase_add_test(tc, repository_found_from_the_current_directory);
	tcase_add_test(tc, index_file_from_the_environment_is_honoured);
	tcase_add_test(tc, corrupt_object_gives_a_clear_error);
	tcase_add_test(tc, conflicted_index_is_refused_and_empty_repository_works);
	tcase_add_test(tc, index_lists_submodule_added_by_cacheinfo);
	tcase_add_test(tc, worktree_hashes_as_git_add_stores);
	tcase_add_test(tc, corrupt_index_gives_a_clear_error);
	tcase_add_test(tc, plain_folder_found_from_the_current_directory);
	suite_add_tcase(s, tc);
	return cc_test_main(s);
}
