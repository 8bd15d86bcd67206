/* test_walkthrough: docs/writing-a-case.md followed as a reader would.
 * Every block opened with "```json PATH" is written to PATH in a new git
 * repository, committed, and `casecheck audit --purpose signoff --as-of
 * 2026-03-02` must say READY, as the page promises. Also: the README lists
 * every page under docs/. Runs the built binary (CASECHECK_BINARY). */
#include <check.h>
#include <dirent.h>
#include <stdlib.h>
#include <string.h>

#include "support/gitfixture.h"
#include "support/runner.h"
#include "util/xalloc.h"

#define FENCE "```json "

/* Writes each "```json PATH" block of text into dir; how many. */
static int write_blocks(const char *dir, const char *text)
{
	int n = 0;
	for (const char *p = strstr(text, "\n" FENCE); p; p = strstr(p, "\n" FENCE)) {
		const char *path = p + 1 + strlen(FENCE), *eol = strchr(path, '\n');
		ck_assert_ptr_nonnull(eol);
		const char *end = strstr(eol, "\n```");
		ck_assert_ptr_nonnull(end);
		char *rel = cc_xstrndup(path, (size_t)(eol - path));
		char *body = cc_xstrndup(eol + 1, (size_t)(end + 1 - (eol + 1)));
		ck_assert_int_eq(gf_write(dir, rel, body), 0);
		free(rel);
		free(body);
		n++;
		p = end + 4;
	}
	return n;
}

START_TEST(walkthrough_gets_ready)
{
	char *text = cc_test_read_source("docs/writing-a-case.md", NULL);
	char *dir = gf_mkdtemp();
	ck_assert_int_eq(gf_init(dir), 0);
	ck_assert_int_ge(write_blocks(dir, text), 8);
	ck_assert_int_eq(gf_commit_all(dir, "LCS-200001: records to date"), 0);
	cc_proc p;
	ck_assert_int_eq(cc_proc_runl(&p, dir, CC_PROC_NO_COLOR, "audit", "--purpose", "signoff", "--as-of", "2026-03-02",
	                              NULL), 0);
	ck_assert_msg(p.exit_code == 0, "the walkthrough's case is not ready:\n%s", p.out);
	ck_assert_ptr_nonnull(strstr(p.out, "LCS-200001  READY  (0 errors, 0 warnings)"));
	/* The page shows the same verdict lines. */
	ck_assert_ptr_nonnull(strstr(text, "LCS-200001  READY  (0 errors, 0 warnings)\n\n1 case: 1 ready, 0 not ready"));
	ck_assert_ptr_nonnull(strstr(p.out, "1 case: 1 ready, 0 not ready"));
	cc_proc_clear(&p);
	gf_rm_rf(dir);
	free(dir);
	free(text);
}
END_TEST

START_TEST(readme_lists_every_doc)
{
	char *readme = cc_test_read_source("README.md", NULL);
	const char *src = getenv("CASECHECK_SOURCE_DIR");
	char *docs = cc_xasprintf("%s/docs", src ? src : ".");
	DIR *d = opendir(docs);
	ck_assert_ptr_nonnull(d);
	struct dirent *e;
	int n = 0;
	while ((e = readdir(d))) {
		size_t len = strlen(e->d_name);
		bool page = (len > 3 && !strcmp(e->d_name + len - 3, ".md")) || (len > 2 && !strcmp(e->d_name + len - 2, ".1"));
		if (!page)
			continue;
		char *name = cc_xasprintf("`docs/%s`", e->d_name);
		ck_assert_msg(strstr(readme, name) != NULL, "README.md does not list %s", name);
		free(name);
		n++;
	}
	closedir(d);
	ck_assert_int_ge(n, 10);
	free(docs);
	free(readme);
}
END_TEST

int main(void)
{
	const TTest *const tests[] = {walkthrough_gets_ready, readme_lists_every_doc, NULL};
	return cc_test_list_main("walkthrough", tests, 120, NULL, NULL);
}
