/* test_cli_validate: `casecheck validate` as a user runs it: exit codes
 * 0/1/2, the one-line-per-error format, sibling-file $refs, --map-uri and
 * --format-assert. Runs $CASECHECK_BINARY on files in a temporary folder. */
#include <check.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "support/gitfixture.h"
#include "support/runner.h"
#include "util/fileio.h"
#include "util/xalloc.h"

static char tmpdir[64];

static void write_file(const char *name, const char *text)
{
	char *path = cc_xasprintf("%s/%s", tmpdir, name);
	FILE *f = fopen(path, "w");
	ck_assert_ptr_nonnull(f);
	fputs(text, f);
	fclose(f);
	free(path);
}

static void setup(void)
{
	strcpy(tmpdir, "/tmp/cc-validate-XXXXXX");
	ck_assert_ptr_nonnull(mkdtemp(tmpdir));
	char *sub = cc_xasprintf("%s/lib", tmpdir);
	mkdir(sub, 0700);
	free(sub);
	write_file("person.json",
	           "{\"$schema\": \"https://json-schema.org/draft/2020-12/schema\","
	           " \"type\": \"object\", \"required\": [\"name\", \"age\"],"
	           " \"properties\": {\"name\": {\"type\": \"string\", \"maxLength\": 10},"
	           "  \"age\": {\"$ref\": \"age.json\"}, \"born\": {\"format\": \"date\"},"
	           "  \"pet\": {\"$ref\": \"https://casecheck.invalid/lib/pet.json\"}},"
	           " \"additionalProperties\": false}");
	write_file("age.json", "{\"type\": \"integer\", \"minimum\": 0}");
	write_file("lib/pet.json", "{\"enum\": [\"cat\", \"dog\"]}");
	write_file("good.json", "{\"name\": \"Jo\", \"age\": 4, \"born\": \"2020-02-31\"}");
	write_file("bad.json", "{\"name\": \"Jonathan Smithers\", \"age\": -1, \"pet\": \"newt\"}");
	write_file("broken.json", "{\"name\": \"Jo\",\n \"name\": \"Al\"}");
	write_file("notschema.json", "{\"type\": 12}");
}

static void teardown(void)
{
	ck_assert_int_eq(gf_rm_rf(tmpdir), 0);
}

/* Runs casecheck with the given arguments (NULL-terminated) in tmpdir;
 * returns the exit code and the captured stdout/stderr (caller frees). */
static int run(char **out, char **err, ...)
{
	const char *argv[32];
	int argc = 0;
	va_list ap;
	va_start(ap, err);
	for (const char *a; (a = va_arg(ap, const char *)) && argc < 31;)
		argv[argc++] = a;
	va_end(ap);
	argv[argc] = NULL;
	cc_proc p;
	ck_assert_int_eq(cc_proc_run(&p, tmpdir, 0, argv), 0);
	ck_assert_int_eq(p.signal, 0);
	*out = p.out;
	*err = p.err;
	return p.exit_code;
}

#define MAP "--map-uri", "https://casecheck.invalid/lib/=lib"

START_TEST(valid_files_exit_zero)
{
	char *out, *err;
	ck_assert_int_eq(run(&out, &err, "validate", "--schema", "person.json", MAP, "good.json", NULL), 0);
	ck_assert_str_eq(out, "");
	free(out);
	free(err);
}
END_TEST

START_TEST(invalid_files_exit_one_with_one_line_per_error)
{
	char *out, *err;
	ck_assert_int_eq(run(&out, &err, "validate", "--schema", "person.json", MAP, "good.json", "bad.json", NULL), 1);
	ck_assert_ptr_nonnull(strstr(out, "bad.json: /name: must be at most 10 characters [file://"));
	ck_assert_ptr_nonnull(strstr(out, "/person.json#/properties/name/maxLength]\n"));
	ck_assert_ptr_nonnull(strstr(out, "bad.json: /age: must be at least 0 [file://"));
	ck_assert_ptr_nonnull(strstr(out, "/age.json#/minimum]\n"));
	ck_assert_ptr_nonnull(
		strstr(out, "bad.json: /pet: is not one of the allowed values [https://casecheck.invalid/lib/pet.json#/enum]\n"));
	ck_assert_ptr_null(strstr(out, "good.json"));
	ck_assert_ptr_null(strstr(out, "Jonathan"));
	ck_assert_ptr_null(strstr(out, "newt"));
	int lines = 0;
	for (const char *p = out; *p; p++)
		lines += *p == '\n';
	ck_assert_int_eq(lines, 3);
	free(out);
	free(err);
}
END_TEST

START_TEST(format_assert_flag)
{
	char *out, *err;
	ck_assert_int_eq(
		run(&out, &err, "validate", "--format-assert", "--schema", "person.json", MAP, "good.json", NULL), 1);
	ck_assert_ptr_nonnull(strstr(out, "good.json: /born: is not a valid date ["));
	free(out);
	free(err);
}
END_TEST

START_TEST(malformed_file_exits_one_with_pointer_and_line)
{
	char *out, *err;
	ck_assert_int_eq(run(&out, &err, "validate", "--schema", "person.json", MAP, "broken.json", NULL), 1);
	ck_assert_str_eq(out, "broken.json: /name: not well-formed JSON: duplicate member name [line 2, column 2]\n");
	free(out);
	free(err);
}
END_TEST

START_TEST(usage_and_environment_errors_exit_two)
{
	char *out, *err;
	ck_assert_int_eq(run(&out, &err, "validate", "--schema", "person.json", MAP, "missing.json", NULL), 2);
	ck_assert_ptr_nonnull(strstr(err, "cannot read missing.json"));
	free(out);
	free(err);
	ck_assert_int_eq(run(&out, &err, "validate", "--schema", "notschema.json", "good.json", NULL), 2);
	ck_assert_ptr_nonnull(strstr(err, "bad schema notschema.json"));
	free(out);
	free(err);
	/* without the mapping the $ref to lib/pet.json cannot resolve */
	ck_assert_int_eq(run(&out, &err, "validate", "--schema", "person.json", "good.json", NULL), 2);
	ck_assert_ptr_nonnull(strstr(err, "cannot resolve the reference https://casecheck.invalid/lib/pet.json"));
	free(out);
	free(err);
	ck_assert_int_eq(run(&out, &err, "validate", "--schema", "nope.json", "good.json", NULL), 2);
	free(out);
	free(err);
	ck_assert_int_eq(run(&out, &err, "validate", "--schema", "broken.json", "good.json", NULL), 2);
	ck_assert_str_eq(out, "");
	ck_assert_ptr_nonnull(strstr(err, "broken.json: /name: not well-formed JSON: duplicate member name"));
	free(out);
	free(err);
	ck_assert_int_eq(run(&out, &err, "validate", "--bogus", NULL), 2);
	ck_assert_ptr_nonnull(strstr(err, "usage: casecheck validate"));
	free(out);
	free(err);
	ck_assert_int_eq(run(&out, &err, "validate", "--schema", "person.json", NULL), 2);
	free(out);
	free(err);
	ck_assert_int_eq(run(&out, &err, "validate", "--help", NULL), 0);
	ck_assert_ptr_nonnull(strstr(out, "--map-uri"));
	free(out);
	free(err);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("cli_validate");
	TCase *tc = tcase_create("cli");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, valid_files_exit_zero);
	tcase_add_test(tc, invalid_files_exit_one_with_one_line_per_error);
	tcase_add_test(tc, format_assert_flag);
	tcase_add_test(tc, malformed_file_exits_one_with_pointer_and_line);
	tcase_add_test(tc, usage_and_environment_errors_exit_two);
	suite_add_tcase(s, tc);
	return cc_test_main(s);
}
