/* Tests of source/history.h on repositories with a few commits. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "casecheck/error.h"
#include "casecheck/source.h"
#include "source/history.h"
#include "support/gitfixture.h"
#include "support/runner.h"

static char *repo;

static const char *const tags[] = { "c1", "c2", "c3", "c4", "c5", "c6", "m" };
#define N_TAGS (sizeof tags / sizeof tags[0])
static char tag_ids[N_TAGS][41]; /* filled by make_history */

/* The tag naming commit id. */
static const char *label(const char *id)
{
	for (size_t i = 0; i < N_TAGS; i++)
		if (!strcmp(tag_ids[i], id))
			return tags[i];
	return "?";
}


static void teardown(void)
{
	if (repo) {
		gf_rm_rf(repo);
		free(repo);
		repo = NULL;
	}
}

static void commit_tag(const char *tag)
{
	ck_assert_int_eq(gf_commit_all(repo, tag), 0);
	ck_assert_int_eq(gf_git(repo, "tag", tag, NULL), 0);
}

/* c1 -- c2 -- c3 -- c4 -- c6 -- m
 *                    \         /
 *                     c5 -----
 * c3 changes nothing under cases/; c4 replaces the file f by a folder f/
 * and a note by another; c5 (side) changes C2; c6 changes C1; m merges. */
static void make_history(void)
{
	repo = gf_mkdtemp();
	ck_assert_ptr_nonnull(repo);
	ck_assert_int_eq(gf_init(repo), 0);
	ck_assert_int_eq(gf_write(repo, "cases/C1/case.json", "1\n"), 0);
	ck_assert_int_eq(gf_write(repo, "cases/C1/f", "file\n"), 0);
	ck_assert_int_eq(gf_write(repo, "cases/C1/notes/n1.json", "n1\n"), 0);
	ck_assert_int_eq(gf_write(repo, "other/x.txt", "x\n"), 0);
	commit_tag("c1");
	ck_assert_int_eq(gf_write(repo, "cases/C1/notes/n1.json", "n1 changed\n"), 0);
	ck_assert_int_eq(gf_write(repo, "cases/C2/case.json", "2\n"), 0);
	commit_tag("c2");
	ck_assert_int_eq(gf_write(repo, "other/x.txt", "x2\n"), 0);
	commit_tag("c3");
	char *f = gf_path(repo, "cases/C1/f"), *n1 = gf_path(repo, "cases/C1/notes/n1.json");
	ck_assert_int_eq(remove(f), 0);
	ck_assert_int_eq(remove(n1), 0);
	free(f);
	free(n1);
	ck_assert_int_eq(gf_write(repo, "cases/C1/f/inner.json", "inner\n"), 0);
	ck_assert_int_eq(gf_write(repo, "cases/C1/notes/n2.json", "n2\n"), 0);
	commit_tag("c4");
	ck_assert_int_eq(gf_git(repo, "checkout", "-q", "-b", "side", NULL), 0);
	ck_assert_int_eq(gf_write(repo, "cases/C2/case.json", "2 side\n"), 0);
	commit_tag("c5");
	ck_assert_int_eq(gf_git(repo, "checkout", "-q", "main", NULL), 0);
	ck_assert_int_eq(gf_write(repo, "cases/C1/case.json", "1 main\n"), 0);
	commit_tag("c6");
	ck_assert_int_eq(gf_git(repo, "merge", "-q", "--no-ff", "--no-edit", "side", NULL), 0);
	ck_assert_int_eq(gf_git(repo, "tag", "m", NULL), 0);
	for (size_t i = 0; i < N_TAGS; i++)
		ck_assert_int_eq(gf_rev_parse(repo, tags[i], tag_ids[i]), 0);
}

static cc_source *open_kind(cc_source_kind kind)
{
	cc_source_options o = CC_SOURCE_OPTIONS_INIT;
	o.kind = kind;
	o.repo_dir = repo;
	cc_source *src = NULL;
	char *err = NULL;
	ck_assert_msg(cc_source_open(&src, &o, &err) == 0, "open: %s", err ? err : "?");
	return src;
}

/* The blob id of path at rev, or "-" when there is no file there. */
static void blob_at(const char *rev, const char *path, char out[41])
{
	char spec[256];
	snprintf(spec, sizeof spec, "%s:%s", rev, path);
	char *type = NULL;
	if (gf_rev_parse(repo, spec, out) != 0 || gf_git_out(&type, repo, "cat-file", "-t", out, NULL) != 0 ||
	    strcmp(type, "blob\n") != 0)
		strcpy(out, "-"); /* absent, or a folder */
	free(type);
}

typedef struct log {
	char text[4096];
	int stop_after; /* stop with 7 after this many changes (0: never) */
	int changes;
} log_t;

static int on_commit(void *ctx, const cc_history_commit *c)
{
	log_t *l = ctx;
	ck_assert_uint_eq(strlen(c->id), 40);
	ck_assert(c->n_parents == 0 ? c->parent == NULL : c->parent != NULL);
	snprintf(l->text + strlen(l->text), sizeof l->text - strlen(l->text), "%s:", label(c->id));
	return 0;
}

/* Checks each change against git itself and logs " <+|-|~>path". */
static int on_change(void *ctx, const cc_history_change *ch)
{
	log_t *l = ctx;
	char want_old[41], want_new[41];
	const char *tag = label(ch->commit->id);
	char parent[16];
	snprintf(parent, sizeof parent, "%s^1", tag);
	blob_at(parent, ch->path, want_old);
	blob_at(tag, ch->path, want_new);
	ck_assert_str_eq(ch->old_id ? ch->old_id : "-", want_old);
	ck_assert_msg(!strcmp(ch->new_id ? ch->new_id : "-", want_new), "%s %s", tag, ch->path);
	ck_assert_uint_eq(ch->old_mode, ch->old_id ? 0100644u : 0u);
	ck_assert_uint_eq(ch->new_mode, ch->new_id ? 0100644u : 0u);
	snprintf(l->text + strlen(l->text), sizeof l->text - strlen(l->text), " %c%s",
	         !ch->old_id ? '+' : !ch->new_id ? '-' : '~', ch->path);
	if (l->stop_after && ++l->changes == l->stop_after)
		return 7;
	return 0;
}

static void assert_ids(char **ids, size_t n, const char *want)
{
	char got[256] = "";
	for (size_t i = 0; i < n; i++)
		snprintf(got + strlen(got), sizeof got - strlen(got), "%s%s", i ? " " : "", label(ids[i]));
	ck_assert_str_eq(got, want);
}

START_TEST(walk_reports_each_change_once_oldest_first)
{
	make_history();
	cc_source *src = open_kind(CC_SOURCE_REV);
	cc_history_visitor v = { on_commit, on_change, false };
	log_t l = { "", 0, 0 };
	char *err = NULL;
	ck_assert_int_eq(cc_history_walk(src, "cases", &v, &l, &err), 0);
	ck_assert_ptr_null(err);
	ck_assert_str_eq(l.text,
	                 "c1: +cases/C1/case.json +cases/C1/f +cases/C1/notes/n1.json"
	                 "c2: ~cases/C1/notes/n1.json +cases/C2/case.json"
	                 "c4: -cases/C1/f +cases/C1/f/inner.json -cases/C1/notes/n1.json +cases/C1/notes/n2.json"
	                 "c5: ~cases/C2/case.json"
	                 "c6: ~cases/C1/case.json"
	                 "m: ~cases/C2/case.json");
	/* one case folder as the prefix; the whole tree */
	l.text[0] = '\0';
	ck_assert_int_eq(cc_history_walk(src, "cases/C2", &v, &l, &err), 0);
	ck_assert_str_eq(l.text, "c2: +cases/C2/case.json" "c5: ~cases/C2/case.json" "m: ~cases/C2/case.json");
	l.text[0] = '\0';
	ck_assert_int_eq(cc_history_walk(src, "", &v, &l, &err), 0);
	ck_assert_ptr_nonnull(strstr(l.text, "c3: ~other/x.txt"));
	/* a callback stops the walk */
	l.text[0] = '\0';
	l.stop_after = 2;
	ck_assert_int_eq(cc_history_walk(src, "cases", &v, &l, &err), 7);
	ck_assert_str_eq(l.text, "c1: +cases/C1/case.json +cases/C1/f");
	/* a prefix that never existed, a bad one */
	l.text[0] = '\0';
	l.stop_after = 0;
	ck_assert_int_eq(cc_history_walk(src, "nothing/here", &v, &l, &err), 0);
	ck_assert_str_eq(l.text, "");
	ck_assert_int_eq(cc_history_walk(src, "../cases", &v, &l, &err), CC_ERROR);
	ck_assert_ptr_nonnull(err);
	free(err);
	cc_source_free(src);
}
END_TEST

START_TEST(walk_starts_at_the_source_commit)
{
	make_history();
	cc_source_options o = CC_SOURCE_OPTIONS_INIT;
	o.repo_dir = repo;
	o.rev = "c2";
	cc_source *src = NULL;
	char *err = NULL;
	ck_assert_int_eq(cc_source_open(&src, &o, &err), 0);
	cc_history_visitor v = { on_commit, on_change, false };
	log_t l = { "", 0, 0 };
	ck_assert_int_eq(cc_history_walk(src, "cases", &v, &l, &err), 0);
	ck_assert_str_eq(l.text, "c1: +cases/C1/case.json +cases/C1/f +cases/C1/notes/n1.json"
	                         "c2: ~cases/C1/notes/n1.json +cases/C2/case.json");
	cc_source_free(src);
	/* INDEX and WORKTREE start at HEAD */
	src = open_kind(CC_SOURCE_WORKTREE);
	l.text[0] = '\0';
	ck_assert_int_eq(cc_history_walk(src, "cases/C2", &v, &l, &err), 0);
	ck_assert_str_eq(l.text, "c2: +cases/C2/case.json" "c5: ~cases/C2/case.json" "m: ~cases/C2/case.json");
	cc_source_free(src);
}
END_TEST

START_TEST(commits_touching_a_folder_newest_first)
{
	make_history();
	for (int k = 0; k < 2; k++) {
		cc_source *src = open_kind(k ? CC_SOURCE_INDEX : CC_SOURCE_REV);
		char **ids = NULL, *err = NULL;
		size_t n = 0;
		ck_assert_int_eq(cc_history_commits_touching(&ids, &n, src, "cases/C1", NULL, &err), 0);
		assert_ids(ids, n, "c6 c4 c2 c1");
		cc_history_ids_free(ids, n);
		ck_assert_int_eq(cc_history_commits_touching(&ids, &n, src, "cases/C2", NULL, &err), 0);
		assert_ids(ids, n, "c5 c2"); /* the merge took c5's version as it was */
		cc_history_ids_free(ids, n);
		ck_assert_int_eq(cc_history_commits_touching(&ids, &n, src, "cases/C1", "c2", &err), 0);
		assert_ids(ids, n, "c6 c4");
		cc_history_ids_free(ids, n);
		char c4[41];
		ck_assert_int_eq(gf_rev_parse(repo, "c4", c4), 0);
		ck_assert_int_eq(cc_history_commits_touching(&ids, &n, src, "cases/C2", c4, &err), 0);
		assert_ids(ids, n, "c5");
		cc_history_ids_free(ids, n);
		ck_assert_int_eq(cc_history_commits_touching(&ids, &n, src, "cases/C1", "m", &err), 0);
		ck_assert_uint_eq(n, 0);
		cc_history_ids_free(ids, n);
		ck_assert_int_eq(cc_history_commits_touching(&ids, &n, src, "", NULL, &err), 0);
		assert_ids(ids, n, "m c6 c5 c4 c3 c2 c1");
		cc_history_ids_free(ids, n);
		ck_assert_int_eq(cc_history_commits_touching(&ids, &n, src, "cases/C1", "no-such-rev", &err),
		                 CC_ENOTFOUND);
		ck_assert_ptr_nonnull(err);
		free(err);
		cc_source_free(src);
	}
}
END_TEST

START_TEST(read_blob_by_id)
{
	make_history();
	cc_source *src = open_kind(CC_SOURCE_REV);
	char id[41], *buf = NULL, *err = NULL;
	size_t len = 0;
	ck_assert_int_eq(gf_rev_parse(repo, "c1:cases/C1/notes/n1.json", id), 0);
	ck_assert_int_eq(cc_history_read_blob(src, id, 100, &buf, &len, &err), 0);
	ck_assert_str_eq(buf, "n1\n");
	ck_assert_uint_eq(len, 3);
	free(buf);
	ck_assert_int_eq(cc_history_read_blob(src, id, 2, &buf, &len, &err), CC_ETOOBIG);
	free(err), err = NULL;
	ck_assert_int_eq(cc_history_read_blob(src, "0123456789012345678901234567890123456789", 100, &buf,
	                                      &len, &err),
	                 CC_ENOTFOUND);
	free(err), err = NULL;
	ck_assert_int_eq(cc_history_read_blob(src, "zz", 100, &buf, &len, &err), CC_ERROR);
	free(err), err = NULL;
	ck_assert_int_eq(gf_rev_parse(repo, "c1:cases/C1", id), 0); /* a tree */
	ck_assert_int_eq(cc_history_read_blob(src, id, 100, &buf, &len, &err), CC_ERROR);
	free(err);
	cc_source_free(src);
}
END_TEST

START_TEST(no_git_and_no_commit)
{
	repo = gf_mkdtemp();
	ck_assert_int_eq(gf_write(repo, "cases/C1/case.json", "{}"), 0);
	cc_source *plain = open_kind(CC_SOURCE_WORKTREE);
	cc_history_visitor v = { on_commit, on_change, false };
	log_t l = { "", 0, 0 };
	char *err = NULL, **ids = NULL;
	size_t n = 0;
	ck_assert_int_eq(cc_history_walk(plain, "cases", &v, &l, &err), CC_ERROR);
	ck_assert_ptr_nonnull(err);
	free(err), err = NULL;
	ck_assert_int_eq(cc_history_commits_touching(&ids, &n, plain, "cases", NULL, &err), CC_ERROR);
	free(err), err = NULL;
	cc_source_free(plain);

	ck_assert_int_eq(gf_init(repo), 0);
	cc_source *empty = open_kind(CC_SOURCE_WORKTREE);
	ck_assert_int_eq(cc_history_walk(empty, "cases", &v, &l, &err), 0);
	ck_assert_str_eq(l.text, "");
	ck_assert_int_eq(cc_history_commits_touching(&ids, &n, empty, "cases", NULL, &err), 0);
	ck_assert_uint_eq(n, 0);
	cc_source_free(empty);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("history");
	TCase *tc = tcase_create("history");
	tcase_add_checked_fixture(tc, NULL, teardown);
	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, walk_reports_each_change_once_oldest_first);
	tcase_add_test(tc, walk_starts_at_the_source_commit);
	tcase_add_test(tc, commits_touching_a_folder_newest_first);
	tcase_add_test(tc, read_blob_by_id);
	tcase_add_test(tc, no_git_and_no_commit);
	suite_add_tcase(s, tc);
	return cc_test_main(s);
}
