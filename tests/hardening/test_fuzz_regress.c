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
#include "util/fileio.h"
#include "util/xalloc.h"

int fuzz_json_schema_one(const uint8_t *data, size_t size);
int fuzz_schema_compile_one(const uint8_t *data, size_t size);
int fuzz_identifiers_one(const uint8_t *data, size_t size);
int fuzz_case_one(const uint8_t *data, size_t size);

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

START_TEST(json_schema_inputs)
{
	ck_assert_uint_gt(run_dir("json_schema", fuzz_json_schema_one), 0);
}
END_TEST

START_TEST(schema_compile_inputs)
{
	ck_assert_uint_gt(run_dir("schema_compile", fuzz_schema_compile_one), 0);
}
END_TEST

START_TEST(identifiers_inputs)
{
	ck_assert_uint_gt(run_dir("identifiers", fuzz_identifiers_one), 0);
}
END_TEST

START_TEST(case_inputs)
{
	ck_assert_uint_gt(run_dir("case", fuzz_case_one), 0);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("fuzz_regress");
	TCase *tc = tcase_create("fuzz_regress");
	tcase_set_timeout(tc, 300);
	tcase_add_test(tc, json_schema_inputs);
	tcase_add_test(tc, schema_compile_inputs);
	tcase_add_test(tc, identifiers_inputs);
	tcase_add_test(tc, case_inputs);
	suite_add_tcase(s, tc);
	return hs_check_main(s);
}
