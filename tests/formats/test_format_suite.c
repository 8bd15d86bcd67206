/* Runs the JSON Schema Test Suite's optional format tests (draft 2020-12)
 * through cc_format_check, and the optional ECMA-262 regex tests through
 * cc_regex, printing a tally per file and asserting a floor. */
#include <check.h>
#include <cjson/cJSON.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "formats/format.h"
#include "util/fileio.h"
#include "util/strbuf.h"
#include "util/xalloc.h"
#include "support/runner.h"

/* Raise these as the checks improve: a drop is a regression. */
#define FORMAT_TOTAL 764
#define FORMAT_FLOOR 764
#define REGEX_FLOOR 86

/* U+FDD0 (a noncharacter the suite never uses) stands in for an escaped
 * NUL while cJSON parses, since cJSON would cut the string there. */
static const char nul_stand_in[] = "\xEF\xB7\x90";

static char *suite_dir(const char *sub)
{
	const char *shared = getenv("CASECHECK_SHARED_DIR");
	ck_assert_msg(shared != NULL, "CASECHECK_SHARED_DIR is not set");
	return cc_xasprintf("%s/json-schema-test-suite/tests/draft2020-12/optional%s", shared, sub);
}

static cJSON *load(const char *path)
{
	char *text;
	size_t len;
	cc_strbuf sb = CC_STRBUF_INIT;
	cJSON *root;

	ck_assert_msg(cc_read_file(path, 16 << 20, &text, &len) == 0, "cannot read %s", path);
	for (size_t i = 0; i < len; i++) {
		if (text[i] == '\\' && i + 1 < len && text[i + 1] == '\\') {
			cc_strbuf_add(&sb, text + i, 2);
			i++;
		} else if (len - i >= 6 && memcmp(text + i, "\\u0000", 6) == 0) {
			cc_strbuf_puts(&sb, "\\uFDD0");
			i += 5;
		} else {
			cc_strbuf_putc(&sb, text[i]);
		}
	}
	root = cJSON_Parse(cc_strbuf_cstr(&sb));
	ck_assert_msg(root != NULL, "cannot parse %s", path);
	free(text);
	cc_strbuf_free(&sb);
	return root;
}

/* A copy of a string node's value with the NUL stand-in turned back into
 * NUL bytes; *len is its length. */
static char *string_value(const cJSON *node, size_t *len)
{
	const char *s = node->valuestring;
	cc_strbuf sb = CC_STRBUF_INIT;
	while (*s) {
		if (strncmp(s, nul_stand_in, 3) == 0) {
			cc_strbuf_putc(&sb, '\0');
			s += 3;
		} else {
			cc_strbuf_putc(&sb, *s++);
		}
	}
	*len = sb.len;
	return cc_strbuf_detach(&sb);
}

/* Prints one failed test by its descriptions (the suite's own words). */
static void report_failure(const char *file, const cJSON *group, const cJSON *test, bool expect)
{
	printf("  FAIL %s: %s / %s (expected %s)\n", file,
	       cJSON_GetObjectItemCaseSensitive(group, "description")->valuestring,
	       cJSON_GetObjectItemCaseSensitive(test, "description")->valuestring,
	       expect ? "valid" : "invalid");
}

static int by_name(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The *.json files in dir, sorted; caller frees each and the array. */
static char **json_files(const char *dir, size_t *count)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	char **names = NULL;
	size_t cap = 0, n = 0;

	ck_assert_msg(d != NULL, "cannot open %s", dir);
	while ((e = readdir(d))) {
		size_t l = strlen(e->d_name);
		if (l > 5 && strcmp(e->d_name + l - 5, ".json") == 0) {
			names = cc_xgrow(names, &cap, n + 1, sizeof *names);
			names[n++] = cc_xstrdup(e->d_name);
		}
	}
	closedir(d);
	qsort(names, n, sizeof *names, by_name);
	*count = n;
	return names;
}

START_TEST(format_suite)
{
	char *dir = suite_dir("/format");
	size_t nfiles, passed = 0, total = 0;
	char **files = json_files(dir, &nfiles);

	for (size_t f = 0; f < nfiles; f++) {
		char *path = cc_xasprintf("%s/%s", dir, files[f]);
		cJSON *root = load(path), *group;
		size_t fpass = 0, ftotal = 0;

		cJSON_ArrayForEach(group, root) {
			const cJSON *fmt = cJSON_GetObjectItemCaseSensitive(
				cJSON_GetObjectItemCaseSensitive(group, "schema"), "format");
			const cJSON *t;
			ck_assert_msg(cJSON_IsString(fmt), "%s: a group without a format", files[f]);
			cJSON_ArrayForEach(t, cJSON_GetObjectItemCaseSensitive(group, "tests")) {
				const cJSON *data = cJSON_GetObjectItemCaseSensitive(t, "data");
				bool expect = cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(t, "valid"));
				bool got = true;
				if (cJSON_IsString(data)) {
					size_t len;
					char *s = string_value(data, &len);
					got = cc_format_check(fmt->valuestring, s, len);
					free(s);
				}
				ftotal++;
				if (got == expect)
					fpass++;
				else
					report_failure(files[f], group, t, expect);
			}
		}
		printf("%-28s %3zu/%zu\n", files[f], fpass, ftotal);
		passed += fpass;
		total += ftotal;
		cJSON_Delete(root);
		free(path);
		free(files[f]);
	}
	printf("format: %zu/%zu passed\n", passed, total);
	fflush(stdout);
	free(files);
	free(dir);
	ck_assert_uint_eq(total, FORMAT_TOTAL);
	ck_assert_uint_ge(passed, FORMAT_FLOOR);
}
END_TEST

/* A tiny evaluator for the schemas in the regex files that use only
 * "type" (string, object, integer), "pattern", "patternProperties" (with
 * true or {"type": ...} values) and "additionalProperties": false.
 * Returns -1 for a schema it cannot evaluate honestly. */
static int type_ok(const cJSON *type, const cJSON *data)
{
	if (!type)
		return 1;
	if (!cJSON_IsString(type))
		return -1;
	if (strcmp(type->valuestring, "string") == 0)
		return cJSON_IsString(data);
	if (strcmp(type->valuestring, "object") == 0)
		return cJSON_IsObject(data);
	if (strcmp(type->valuestring, "integer") == 0)
		return cJSON_IsNumber(data) && data->valuedouble == (double)(long long)data->valuedouble;
	return -1;
}

static bool search(const char *pattern, const char *s, size_t len)
{
	char *err = NULL;
	cc_regex *re = cc_regex_compile(pattern, strlen(pattern), &err);
	bool m;
	ck_assert_msg(re != NULL, "pattern rejected: %s", err ? err : "?");
	m = cc_regex_search(re, s, len);
	cc_regex_free(re);
	return m;
}

static int evaluate(const cJSON *schema, const cJSON *data)
{
	const cJSON *kw, *pattern = NULL, *pprops = NULL, *addl = NULL, *type = NULL;
	int ok;

	if (cJSON_IsTrue(schema))
		return 1;
	if (!cJSON_IsObject(schema))
		return -1;
	cJSON_ArrayForEach(kw, schema) {
		if (strcmp(kw->string, "$schema") == 0)
			continue;
		else if (strcmp(kw->string, "type") == 0)
			type = kw;
		else if (strcmp(kw->string, "pattern") == 0)
			pattern = kw;
		else if (strcmp(kw->string, "patternProperties") == 0)
			pprops = kw;
		else if (strcmp(kw->string, "additionalProperties") == 0 && cJSON_IsFalse(kw))
			addl = kw;
		else
			return -1;
	}
	if ((ok = type_ok(type, data)) <= 0)
		return ok;
	if (pattern && cJSON_IsString(data)) {
		size_t len;
		char *s = string_value(data, &len);
		ok = search(pattern->valuestring, s, len);
		free(s);
		if (!ok)
			return 0;
	}
	if ((pprops || addl) && cJSON_IsObject(data)) {
		const cJSON *member, *pp;
		cJSON_ArrayForEach(member, data) {
			bool matched = false;
			cJSON_ArrayForEach(pp, pprops) {
				if (!search(pp->string, member->string, strlen(member->string)))
					continue;
				matched = true;
				if ((ok = evaluate(pp, member)) <= 0)
					return ok;
			}
			if (addl && !matched)
				return 0;
		}
	}
	return 1;
}

START_TEST(regex_suite)
{
	static const char *const names[] = { "ecmascript-regex.json", "non-bmp-regex.json" };
	char *dir = suite_dir("");
	size_t passed = 0, total = 0, skipped = 0;

	for (size_t f = 0; f < 2; f++) {
		char *path = cc_xasprintf("%s/%s", dir, names[f]);
		cJSON *root = load(path), *group;
		size_t fpass = 0, ftotal = 0;
		cJSON_ArrayForEach(group, root) {
			const cJSON *schema = cJSON_GetObjectItemCaseSensitive(group, "schema"), *t;
			cJSON_ArrayForEach(t, cJSON_GetObjectItemCaseSensitive(group, "tests")) {
				bool expect = cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(t, "valid"));
				int got = evaluate(schema, cJSON_GetObjectItemCaseSensitive(t, "data"));
				if (got < 0) {
					skipped++;
					continue;
				}
				ftotal++;
				if ((got == 1) == expect)
					fpass++;
				else
					report_failure(names[f], group, t, expect);
			}
		}
		printf("%-28s %3zu/%zu\n", names[f], fpass, ftotal);
		passed += fpass;
		total += ftotal;
		cJSON_Delete(root);
		free(path);
	}
	printf("regex: %zu/%zu passed (%zu not evaluable here)\n", passed, total, skipped);
	fflush(stdout);
	free(dir);
	ck_assert_uint_gt(total, 0);
	ck_assert_uint_ge(passed, REGEX_FLOOR);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("format_suite");
	TCase *tc = tcase_create("suite");
	tcase_add_test(tc, format_suite);
	tcase_add_test(tc, regex_suite);
	suite_add_tcase(s, tc);
	return cc_test_main(s);
}
