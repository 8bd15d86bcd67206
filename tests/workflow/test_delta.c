/* test_delta.c: the files two trees differ by (workflow/delta.h), on
 * commits of a real repository: only what changed, with git's order of a
 * file "a.json" and a folder "a" respected, so nothing unchanged is
 * reported as deleted and added again. */
#include <check.h>
#include <git2.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "support/gitfixture.h"
#include "support/runner.h"
#include "workflow/delta.h"

static char *dir;
static git_repository *repo;

static void setup(void)
{
	git_libgit2_init();
	dir = gf_mkdtemp();
	ck_assert_int_eq(gf_init(dir), 0);
	ck_assert_int_eq(gf_write(dir, "x/a.json", "1\n"), 0);
	ck_assert_int_eq(gf_write(dir, "x/a/f", "1\n"), 0);
	ck_assert_int_eq(gf_write(dir, "x/a-b/g", "1\n"), 0);
	ck_assert_int_eq(gf_write(dir, "x/ab", "1\n"), 0);
	ck_assert_int_eq(gf_write(dir, "y/kept", "1\n"), 0);
	ck_assert_int_eq(gf_commit_all(dir, "one"), 0);
	ck_assert_int_eq(git_repository_open(&repo, dir), 0);
}

static void teardown(void)
{
	git_repository_free(repo);
	gf_rm_rf(dir);
	free(dir);
	git_libgit2_shutdown();
}

static git_tree *tree_of(const char *spec)
{
	git_object *obj = NULL;
	git_tree *tree = NULL;
	ck_assert_int_eq(git_revparse_single(&obj, repo, spec), 0);
	ck_assert_int_eq(git_object_peel((git_object **)&tree, obj, GIT_OBJECT_TREE), 0);
	git_object_free(obj);
	return tree;
}

/* The deltas between two revisions, as "path old-mode new-mode" lines. */
static char *deltas_between(const char *from, const char *to)
{
	git_tree *a = from ? tree_of(from) : NULL, *b = tree_of(to);
	cc_deltas d = CC_DELTAS_INIT;
	char *err = NULL, *out = calloc(1, 1);
	size_t len = 0;
	ck_assert_int_eq(cc_deltas_from_trees(&d, repo, a, b, &err), 0);
	for (size_t i = 0; i < d.n; i++) {
		char line[512];
		int n = snprintf(line, sizeof line, "%s %o %o\n", d.items[i].path, d.items[i].old_mode, d.items[i].new_mode);
		out = realloc(out, len + (size_t)n + 1);
		memcpy(out + len, line, (size_t)n + 1);
		len += (size_t)n;
	}
	cc_deltas_clear(&d);
	git_tree_free(a);
	git_tree_free(b);
	return out;
}

/* Commits the work tree and checks the deltas of HEAD against HEAD~1. */
static void commit_changes(const char *want)
{
	ck_assert_int_eq(gf_commit_all(dir, "two"), 0);
	char *got = deltas_between("HEAD~1", "HEAD");
	ck_assert_str_eq(got, want);
	free(got);
}

START_TEST(only_what_changed)
{
	ck_assert_int_eq(gf_write(dir, "x/a/f", "2\n"), 0);
	ck_assert_int_eq(gf_write(dir, "x/a/new", "1\n"), 0);
	ck_assert_int_eq(gf_git(dir, "rm", "-q", "x/ab", NULL), 0);
	commit_changes("x/a/f 100644 100644\nx/a/new 0 100644\nx/ab 100644 0\n");
}
END_TEST

START_TEST(file_replaced_by_folder)
{
	ck_assert_int_eq(gf_git(dir, "rm", "-q", "x/ab", NULL), 0);
	ck_assert_int_eq(gf_write(dir, "x/ab/inner", "1\n"), 0);
	commit_changes("x/ab 100644 0\nx/ab/inner 0 100644\n");
}
END_TEST

START_TEST(root_commit_adds_everything)
{
	char *got = deltas_between(NULL, "HEAD");
	ck_assert_str_eq(got, "x/a-b/g 0 100644\nx/a.json 0 100644\nx/a/f 0 100644\nx/ab 0 100644\ny/kept 0 100644\n");
	free(got);
}
END_TEST

int main(void)
{
	const TTest *const tests[] = {only_what_changed, file_replaced_by_folder, root_commit_adds_everything, NULL};
	return cc_test_list_main("delta", tests, 60, setup, teardown);
}
