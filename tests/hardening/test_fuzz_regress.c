/* test_fuzz_regress: every input under fixtures/bad-input/fuzz/<target>/
 * (crashes the fuzzers found, and hand-made hard cases) goes through the
 * very code of the fuzz target (fuzz/fuzz_<target>.c, built here with its
 * entry point renamed), in the normal and sanitizer builds. A target
 * abort()s when an invariant breaks, which fails the test. */
#include <check.h>
#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "hsupport.h"
#include "support/runner.h"
#include "util/fileio.h"
#include "util/xalloc.h"

int fuzz_json_schema_one(const uint8_t *data, size_t size);
int fuzz_schema_compile_one(const uint8_t *data, size_t size);
int fuzz_identifiers_one(const uint8_t *data, size_t size);
int fuzz_case_one(const uint8_t *data, size_t size);
int fuzz_doctype_one(const uint8_t *data, size_t size);

typedef int (*fuzz_fn)(const uint8_t *, size_t);

/* Runs fn on every file of fixtures/bad-input/fuzz/<name>/; returns how many. */
static size_t run_dir(const char *name, fuzz_fn fn)
{
	char *rel = cc_xasprintf("fixtures/bad-input/fuzz/%s", name);
	char *dir = hs_source_path(rel);
	DIR *d = opendir(dir);
	ck_assert_msg(d != NULL, "no folder %s", rel);
	struct dirent *e;
	size_t n = 0;
	while ((e = readdir(d))) {
		if (e->d_name[0] == '.')
			continue;
		char *path = cc_xasprintf("%s/%s", dir, e->d_name), *buf = NULL;
		size_t len;
		ck_assert_int_eq(cc_read_file(path, 16u << 20, &buf, &len), 0);
		fprintf(stderr, "%s: %s (%zu bytes)\n", name, e->d_name, len);
		ck_assert_int_eq(fn((const uint8_t *)buf, len), 0);
		free(buf);
		free(path);
		n++;
	}
	closedir(d);
	free(dir);
	free(rel);
	return n;
}

static const struct {
	const char *name;
	fuzz_fn fn;
} targets[] = {
	{"json_schema", fuzz_json_schema_one},
	{"schema_compile", fuzz_schema_compile_one},
	{"identifiers", fuzz_identifiers_one},
	{"case", fuzz_case_one},
	{"doctype", fuzz_doctype_one},
};

START_TEST(replay_inputs)
{
	for (size_t i = 0; i < sizeof targets / sizeof targets[0]; i++)
		ck_assert_msg(run_dir(targets[i].name, targets[i].fn) > 0, "no inputs for %s", targets[i].name);
}
END_TEST

int main(void)
{
	const TTest *const tests[] = {replay_inputs, NULL};
	return cc_test_list_main("fuzz_regress", tests, 300, NULL, NULL);
}
