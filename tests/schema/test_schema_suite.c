/* test_schema_suite: the official JSON-Schema-Test-Suite, draft 2020-12.
 *
 * Every required test must pass (and there must be exactly the expected
 * number of them, so a missing or truncated suite fails). The optional
 * files and the format files (run with format assertion on) are tallied
 * and printed; set CASECHECK_SUITE_VERBOSE=1 to list their failures.
 * Remote references (http://localhost:1234/...) are served from the
 * suite's remotes/ folder through cc_schema_set_map_dir: never a network. */
#include <check.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "json/json.h"
#include "casecheck/schema.h"
#include "schema/tree.h"
#include "util/fileio.h"
#include "util/xalloc.h"
#include "support/runner.h"

#define REQUIRED_TESTS 1299
#define SUITE_URI "https://casecheck.invalid/suite/schema.json"

typedef struct tally {
	size_t passed, total;
} tally;

static char *suite_dir(const char *sub)
{
	const char *shared = getenv("CASECHECK_SHARED_DIR");
	return cc_xasprintf("%s/json-schema-test-suite/%s", shared ? shared : "../shared", sub);
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Sorted *.json names in dir; NULL-terminated, caller frees. */
static char **json_files(const char *dir, size_t *count)
{
	DIR *d = opendir(dir);
	char **names = NULL;
	size_t n = 0, cap = 0;
	*count = 0;
	if (!d)
		return NULL;
	for (struct dirent *e; (e = readdir(d));) {
		size_t len = strlen(e->d_name);
		if (len < 6 || strcmp(e->d_name + len - 5, ".json"))
			continue;
		names = cc_xgrow(names, &cap, n + 2, sizeof *names);
		names[n++] = cc_xstrdup(e->d_name);
	}
	closedir(d);
	if (names) {
		qsort(names, n, sizeof *names, cmp_str);
		names[n] = NULL;
	}
	*count = n;
	return names;
}

static void free_names(char **names)
{
	for (size_t i = 0; names && names[i]; i++)
		free(names[i]);
	free(names);
}

static bool verbose(void)
{
	const char *v = getenv("CASECHECK_SUITE_VERBOSE");
	return v && *v && strcmp(v, "0");
}

/* Runs one test file, adding to t. Prints failures when show is set. */
static void run_file(const char *path, const char *label, bool format_assert, bool show, const char *dialect,
                     tally *t)
{
	char *buf = NULL, *remotes = suite_dir("remotes");
	size_t len = 0;
	cJSON *file = NULL;
	cc_json_error jerr;
	ck_assert_msg(cc_read_file(path, (size_t)64 << 20, &buf, &len) == 0, "cannot read %s", path);
	ck_assert_msg(cc_json_parse(&file, buf, len, NULL, &jerr) == 0, "%s: %s at %s", path, jerr.message,
	              jerr.pointer);
	free(buf);
	for (cJSON *group = file->child; group; group = group->next) {
		const cJSON *desc = cJSON_GetObjectItemCaseSensitive(group, "description");
		const cJSON *tests = cJSON_GetObjectItemCaseSensitive(group, "tests");
		cJSON *schema = cJSON_DetachItemFromObjectCaseSensitive(group, "schema");
		if (dialect && cJSON_IsObject(schema) && !cJSON_GetObjectItemCaseSensitive(schema, "$schema"))
			cJSON_AddItemToObject(schema, "$schema", cJSON_CreateString(dialect));
		cc_schema_set *set = NULL;
		cc_schema *compiled = NULL;
		char *msg = NULL;
		cc_schema_set_new(&set);
		ck_assert_int_eq(cc_schema_set_map_dir(set, "http://localhost:1234/", remotes, &msg), 0);
		int rc = cc_schema_set_add(set, SUITE_URI, schema, &msg);
		if (rc == 0)
			rc = cc_schema_set_get(&compiled, set, SUITE_URI, &msg);
		for (const cJSON *test = tests ? tests->child : NULL; test; test = test->next) {
			const cJSON *data = cJSON_GetObjectItemCaseSensitive(test, "data");
			bool expect = cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(test, "valid"));
			const cJSON *tdesc = cJSON_GetObjectItemCaseSensitive(test, "description");
			cc_validate_options opts = CC_VALIDATE_OPTIONS_INIT;
			cc_schema_report rep = CC_SCHEMA_REPORT_INIT;
			opts.format_assert = format_assert;
			int got = -1;
			if (rc == 0)
				got = cc_schema_validate(compiled, data, &opts, &rep);
			t->total++;
			if (got == (expect ? 1 : 0)) {
				t->passed++;
			} else if (show) {
				printf("FAIL %s: %s / %s: expected %s, got %s%s%s\n", label, desc->valuestring,
				       tdesc->valuestring, expect ? "valid" : "invalid",
				       got < 0 ? "schema error: " : got ? "valid" : "invalid", got < 0 && msg ? msg : "",
				       got == 0 && rep.count ? "" : "");
				if (got == 0 && rep.count)
					printf("     first error: %s: %s [%s]\n", rep.errors[0].instance_location,
					       rep.errors[0].message, rep.errors[0].keyword_location);
			}
			cc_schema_report_clear(&rep);
		}
		free(msg);
		cc_schema_set_free(set);
	}
	cJSON_Delete(file);
	free(remotes);
}

/* Runs every file of a suite folder; returns the tally. */
static tally run_dir(const char *sub, bool format_assert, bool show, bool per_file, const char *dialect)
{
	char *dir = suite_dir(sub);
	size_t n = 0;
	char **names = json_files(dir, &n);
	tally all = {0, 0};
	for (size_t i = 0; i < n; i++) {
		char *path = cc_xasprintf("%s/%s", dir, names[i]);
		tally t = {0, 0};
		run_file(path, names[i], format_assert, show, dialect, &t);
		if (per_file)
			printf("  %-32s %zu/%zu\n", names[i], t.passed, t.total);
		all.passed += t.passed;
		all.total += t.total;
		free(path);
	}
	free_names(names);
	free(dir);
	return all;
}

START_TEST(required_suite_passes_completely)
{
	tally t = run_dir("tests/draft2020-12", false, true, false, NULL);
	printf("draft2020-12 required: %zu/%zu passed\n", t.passed, t.total);
	ck_assert_msg(t.total == REQUIRED_TESTS, "expected %d required tests, found %zu (suite missing?)",
	              REQUIRED_TESTS, t.total);
	ck_assert_uint_eq(t.passed, t.total);
}
END_TEST

START_TEST(optional_and_format_tallies)
{
	bool show = verbose();
	printf("draft2020-12 optional:\n");
	tally o = run_dir("tests/draft2020-12/optional", false, show, true, NULL);
	printf("draft2020-12 optional: %zu/%zu passed\n", o.passed, o.total);
	printf("draft2020-12 optional/format (format assertion on):\n");
	tally f = run_dir("tests/draft2020-12/optional/format", true, show, true, NULL);
	printf("draft2020-12 optional/format: %zu/%zu passed\n", f.passed, f.total);
	/* reported, not asserted: but the files must be there */
	ck_assert_uint_gt(o.total, 0);
	ck_assert_uint_gt(f.total, 0);
}
END_TEST

START_TEST(draft7_tally)
{
	/* draft-07 support is a courtesy: reported, not asserted */
	tally t = run_dir("tests/draft7", false, verbose(), false, "http://json-schema.org/draft-07/schema#");
	printf("draft7 required: %zu/%zu passed\n", t.passed, t.total);
	ck_assert_uint_gt(t.total, 0);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("schema_suite");
	TCase *tc = tcase_create("suite");
	tcase_set_timeout(tc, 300);
	tcase_add_test(tc, required_suite_passes_completely);
	tcase_add_test(tc, optional_and_format_tallies);
	tcase_add_test(tc, draft7_tally);
	suite_add_tcase(s, tc);
	return cc_test_main(s);
}
