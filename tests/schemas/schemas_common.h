/* schemas_common.h: helpers shared by the format v1 schema tests
 * (test_schemas_sample, test_schemas_invalid). Header-only: each test is one
 * executable built from one source file.
 *
 * Documents are parsed with casecheck's strict parser and validated against
 * casecheck's own embedded schemas, by $id, with format assertion on, exactly
 * as the audit does. */
#ifndef CC_TESTS_SCHEMAS_COMMON_H
#define CC_TESTS_SCHEMAS_COMMON_H

#include <check.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "json/json.h"
#include "casecheck/schema.h"
#include "schema/tree.h"
#include "util/fileio.h"
#include "util/strbuf.h"
#include "util/xalloc.h"

#define SCHEMA_URI_PREFIX "https://casecheck.example/schemas/v1/"

static const char *const schema_kinds[] = {"config", "staff", "case", "chronology", "genogram",
                                           "note", "assessment", "transfer", "signoff", "removal",
                                           "waiver"};
#define N_SCHEMA_KINDS (sizeof schema_kinds / sizeof schema_kinds[0])

/* $CASECHECK_SOURCE_DIR/rel in a new string (caller frees). */
static inline char *source_path(const char *rel)
{
	const char *src = getenv("CASECHECK_SOURCE_DIR");
	ck_assert_msg(src != NULL, "CASECHECK_SOURCE_DIR is not set (run the test through ctest)");
	cc_strbuf sb = CC_STRBUF_INIT;
	cc_strbuf_printf(&sb, "%s/%s", src, rel);
	return cc_strbuf_detach(&sb);
}

/* Parses the JSON file at path strictly; fails the test with the file, line
 * and message when it cannot. Caller deletes the tree. */
static inline cJSON *load_json_file(const char *path)
{
	char *buf = NULL;
	size_t len = 0;
	cJSON *doc = NULL;
	cc_json_error err;
	ck_assert_msg(cc_read_file(path, (size_t)16 << 20, &buf, &len) == 0, "cannot read %s", path);
	int rc = cc_json_parse(&doc, buf, len, NULL, &err);
	free(buf);
	ck_assert_msg(rc == 0, "%s:%zu:%zu: %s", path, err.line, err.column, err.message);
	return doc;
}

/* One set holding every built-in schema, and the compiled schema of each
 * kind (index as in schema_kinds). */
typedef struct kind_schemas {
	cc_schema_set *set;
	cc_schema *by_kind[N_SCHEMA_KINDS];
} kind_schemas;

static inline void kind_schemas_load(kind_schemas *ks)
{
	char *msg = NULL;
	ck_assert_int_eq(cc_schema_set_new(&ks->set), 0);
	for (size_t i = 0; i < N_SCHEMA_KINDS; i++) {
		cc_strbuf uri = CC_STRBUF_INIT;
		cc_strbuf_printf(&uri, SCHEMA_URI_PREFIX "%s.json", schema_kinds[i]);
		int rc = cc_schema_set_get(&ks->by_kind[i], ks->set, cc_strbuf_cstr(&uri), &msg);
		ck_assert_msg(rc == 0, "schema %s does not compile: %s", cc_strbuf_cstr(&uri), msg ? msg : "?");
		cc_strbuf_free(&uri);
	}
}

static inline void kind_schemas_free(kind_schemas *ks)
{
	cc_schema_set_free(ks->set);
}

/* Index of kind in schema_kinds, or -1. */
static inline int kind_index(const char *kind)
{
	for (size_t i = 0; i < N_SCHEMA_KINDS; i++)
		if (!strcmp(schema_kinds[i], kind))
			return (int)i;
	return -1;
}

/* Validates doc with format assertion on (or off). Returns 1 when valid;
 * the report holds the errors otherwise (clear it). */
static inline int validate_doc(const cc_schema *s, const cJSON *doc, int format_assert, cc_schema_report *rep)
{
	cc_validate_options opts = CC_VALIDATE_OPTIONS_INIT;
	opts.format_assert = format_assert != 0;
	return cc_schema_validate(s, doc, &opts, rep);
}

/* The report as lines "pointer: message [keyword]" for failure messages
 * (no instance values: the validator never quotes them). Caller frees. */
static inline char *report_text(const cc_schema_report *rep)
{
	cc_strbuf sb = CC_STRBUF_INIT;
	for (size_t i = 0; i < rep->count; i++)
		cc_strbuf_printf(&sb, "\n    %s: %s [%s]", rep->errors[i].instance_location, rep->errors[i].message,
		                 rep->errors[i].keyword_location);
	return cc_strbuf_detach(&sb);
}

/* The names in folder dir (not "." or ".."), sorted, in a new
 * NULL-terminated array; *n gets the count. Free with free_names(). */
static inline int name_cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static inline char **list_dir(const char *dir, size_t *n)
{
	DIR *d = opendir(dir);
	ck_assert_msg(d != NULL, "cannot open folder %s", dir);
	size_t count = 0, cap = 16;
	char **names = cc_xmalloc(cap * sizeof *names);
	struct dirent *e;
	while ((e = readdir(d)) != NULL) {
		if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, ".."))
			continue;
		if (count + 1 >= cap) {
			cap *= 2;
			names = cc_xrealloc(names, cap * sizeof *names);
		}
		names[count++] = cc_xstrdup(e->d_name);
	}
	closedir(d);
	qsort(names, count, sizeof *names, name_cmp);
	names[count] = NULL;
	*n = count;
	return names;
}

static inline void free_names(char **names)
{
	for (size_t i = 0; names && names[i]; i++)
		free(names[i]);
	free(names);
}

#endif
