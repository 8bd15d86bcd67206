/* test_limits: casecheck's limits (docs/limits.md) are named, documented
 * and enforced exactly: each is tested at the limit and one past it,
 * through the real binary, and the limits that casecheck.json may override
 * are tested at their accepted range's ends and one past them. The table
 * of named parameters must match casecheck's config schema. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "audit/params.h"
#include "casecheck/json.h"
#include "embedded/embedded.h"
#include "hsupport.h"
#include "support/gitfixture.h"
#include "util/fileio.h"
#include "util/xalloc.h"

#define AS_OF "2026-03-02"
#define CASE "cases/LCS-104233"
#define NOTE CASE "/notes/2025-06-16-case-discussion.json"

static char *dir;

static void setup(void)
{
	dir = hs_sample_repo(NULL);
	ck_assert_ptr_nonnull(dir);
}

static void teardown(void)
{
	gf_rm_rf(dir);
	free(dir);
}

/* Writes casecheck.json with these parameters (a JSON object body). */
static void set_params(const char *params)
{
	char *text = cc_xasprintf("{\"format\": \"casecheck/config@1\", \"profile\": \"core\", \"parameters\": {%s}}",
	                          params);
	ck_assert_int_eq(gf_write(dir, "casecheck.json", text), 0);
	free(text);
}

/* Audits LCS-104233 in the work tree; returns the JSON report (owned). */
static cJSON *audit(void)
{
	hs_result r;
	ck_assert_int_eq(hs_runl(&r, dir, "audit", "--worktree", "--purpose", "check", "--as-of", AS_OF, "--case",
	                         "LCS-104233", "--format", "json", NULL), 0);
	ck_assert_msg(hs_clean_exit(&r) && r.exit_code <= 1, "exit %d signal %d: %s", r.exit_code, r.signal, r.err);
	cJSON *rep = hs_report(&r);
	ck_assert_ptr_nonnull(rep);
	hs_result_clear(&r);
	return rep;
}

/* Whether the report has a finding of rule on path whose message has want. */
static bool has(const cJSON *rep, const char *rule, const char *path, const char *want)
{
	const cJSON *c, *f;
	cJSON_ArrayForEach(c, cJSON_GetObjectItemCaseSensitive(rep, "cases"))
		cJSON_ArrayForEach(f, cJSON_GetObjectItemCaseSensitive(c, "findings")) {
			const char *ru = cJSON_GetObjectItemCaseSensitive(f, "rule")->valuestring;
			const char *pa = cJSON_GetObjectItemCaseSensitive(f, "path")->valuestring;
			const char *m = cJSON_GetObjectItemCaseSensitive(f, "message")->valuestring;
			if (!strcmp(ru, rule) && !strcmp(pa, path) && (!want || strstr(m, want)))
				return true;
		}
	return false;
}

static size_t count(const cJSON *rep, const char *rule, const char *path)
{
	size_t n = 0;
	const cJSON *c, *f;
	cJSON_ArrayForEach(c, cJSON_GetObjectItemCaseSensitive(rep, "cases"))
		cJSON_ArrayForEach(f, cJSON_GetObjectItemCaseSensitive(c, "findings"))
			n += !strcmp(cJSON_GetObjectItemCaseSensitive(f, "rule")->valuestring, rule) &&
			     !strcmp(cJSON_GetObjectItemCaseSensitive(f, "path")->valuestring, path);
	return n;
}

/* A real, valid note padded with trailing spaces to exactly size bytes. */
static void write_note_of_size(const char *rel, size_t size)
{
	char *src = gf_path(dir, NOTE), *buf = NULL;
	size_t len;
	ck_assert_int_eq(cc_read_file(src, 1 << 20, &buf, &len), 0);
	ck_assert_uint_le(len, size);
	char *out = cc_xmalloc(size);
	memcpy(out, buf, len);
	memset(out + len, ' ', size - len);
	ck_assert_int_eq(gf_write_bytes(dir, rel, out, size), 0);
	free(out);
	free(buf);
	free(src);
}

static void check_document_bytes(size_t limit)
{
	write_note_of_size(CASE "/notes/at-limit.json", limit);
	write_note_of_size(CASE "/notes/over-limit.json", limit + 1);
	cJSON *rep = audit();
	ck_assert_msg(!has(rep, "schema.parse", CASE "/notes/at-limit.json", NULL), "%zu bytes refused", limit);
	ck_assert_msg(!has(rep, "schema.valid", CASE "/notes/at-limit.json", NULL), "%zu bytes not read whole", limit);
	ck_assert_msg(has(rep, "schema.parse", CASE "/notes/over-limit.json", "larger than max_document_bytes"),
	              "%zu bytes accepted", limit + 1);
	cJSON_Delete(rep);
}

START_TEST(max_document_bytes_default)
{
	check_document_bytes((size_t)4 << 20);
}
END_TEST

START_TEST(max_document_bytes_override)
{
	set_params("\"max_document_bytes\": 2048");
	check_document_bytes(2048);
}
END_TEST

static char *nested(size_t depth)
{
	char *s = cc_xmalloc(2 * depth + 1);
	memset(s, '[', depth);
	memset(s + depth, ']', depth);
	s[2 * depth] = 0;
	return s;
}

static void check_depth(size_t limit)
{
	char *at = nested(limit), *over = nested(limit + 1);
	ck_assert_int_eq(gf_write(dir, CASE "/notes/at-limit.json", at), 0);
	ck_assert_int_eq(gf_write(dir, CASE "/notes/over-limit.json", over), 0);
	cJSON *rep = audit();
	ck_assert_msg(!has(rep, "schema.parse", CASE "/notes/at-limit.json", NULL), "depth %zu refused", limit);
	ck_assert_msg(has(rep, "schema.valid", CASE "/notes/at-limit.json", NULL), "depth %zu not validated", limit);
	char want[64];
	snprintf(want, sizeof want, "nesting deeper than %zu levels", limit);
	ck_assert_msg(has(rep, "schema.parse", CASE "/notes/over-limit.json", want), "depth %zu accepted", limit + 1);
	cJSON_Delete(rep);
	free(at);
	free(over);
}

START_TEST(max_json_depth_default_and_overrides)
{
	check_depth(64);
	set_params("\"max_json_depth\": 8");
	check_depth(8);
	set_params("\"max_json_depth\": 512");
	check_depth(512);
}
END_TEST

START_TEST(max_attachment_bytes_override)
{
	set_params("\"max_attachment_bytes\": 1024");
	char text[1025];
	memset(text, 'a', sizeof text);
	ck_assert_int_eq(gf_write_bytes(dir, CASE "/documents/at-limit.txt", text, 1024), 0);
	ck_assert_int_eq(gf_write_bytes(dir, CASE "/documents/over-limit.txt", text, 1025), 0);
	cJSON *rep = audit();
	ck_assert(!has(rep, "documents.type", CASE "/documents/at-limit.txt", NULL));
	ck_assert(has(rep, "documents.unlisted", CASE "/documents/at-limit.txt", NULL));
	ck_assert(has(rep, "documents.type", CASE "/documents/over-limit.txt", "larger than max_attachment_bytes"));
	cJSON_Delete(rep);
}
END_TEST

/* Each overridable limit: the ends of its range accepted, one past refused
 * (exit 2, naming the parameter). */
START_TEST(limit_parameter_ranges)
{
	const cc_param_id ids[] = {CC_PARAM_MAX_DOCUMENT_BYTES, CC_PARAM_MAX_JSON_DEPTH, CC_PARAM_MAX_ATTACHMENT_BYTES};
	for (size_t i = 0; i < 3; i++) {
		const cc_param_info *p = cc_param_at(ids[i]);
		long values[] = {p->min, p->max, p->min - 1, p->max + 1};
		for (size_t v = 0; v < 4; v++) {
			char *body = cc_xasprintf("\"%s\": %ld", p->name, values[v]);
			set_params(body);
			free(body);
			hs_result r;
			ck_assert_int_eq(hs_runl(&r, dir, "audit", "--worktree", "--purpose", "check", "--as-of", AS_OF,
			                         "--case", "LCS-104233", NULL), 0);
			ck_assert(hs_clean_exit(&r));
			if (v < 2) {
				ck_assert_msg(r.exit_code != 2, "%s = %ld refused: %s", p->name, values[v], r.err);
			} else {
				ck_assert_msg(r.exit_code == 2, "%s = %ld accepted", p->name, values[v]);
				ck_assert_msg(strstr(r.err, "casecheck.json") && strstr(r.err, p->name), "stderr: %s", r.err);
			}
			hs_result_clear(&r);
		}
	}
}
END_TEST

/* At most 20 schema errors are reported per document; past that one more
 * finding says so. */
static void write_note_with_errors(const char *rel, int n)
{
	char *src = gf_path(dir, NOTE), *buf = NULL;
	size_t len;
	ck_assert_int_eq(cc_read_file(src, 1 << 20, &buf, &len), 0);
	cJSON *doc = NULL;
	ck_assert_int_eq(cc_json_parse(&doc, buf, len, NULL, NULL), 0);
	for (int i = 0; i < n; i++) {
		char key[32];
		snprintf(key, sizeof key, "unknown%02d", i);
		cJSON_AddNumberToObject(doc, key, i);
	}
	char *text = cJSON_Print(doc);
	ck_assert_int_eq(gf_write(dir, rel, text), 0);
	cJSON_free(text);
	cJSON_Delete(doc);
	free(buf);
	free(src);
}

START_TEST(schema_errors_per_document)
{
	write_note_with_errors(CASE "/notes/at-limit.json", 20);
	write_note_with_errors(CASE "/notes/over-limit.json", 21);
	cJSON *rep = audit();
	ck_assert_uint_eq(count(rep, "schema.valid", CASE "/notes/at-limit.json"), 20);
	ck_assert(!has(rep, "schema.valid", CASE "/notes/at-limit.json", "more schema errors"));
	ck_assert_uint_eq(count(rep, "schema.valid", CASE "/notes/over-limit.json"), 21);
	ck_assert(has(rep, "schema.valid", CASE "/notes/over-limit.json", "more schema errors not shown"));
	cJSON_Delete(rep);
}
END_TEST

/* Folders under documents/ are walked 16 levels deep (documents/ itself
 * is the first); a folder one deeper is a finding and is not read. */
START_TEST(documents_folder_depth)
{
	char at[512] = CASE "/documents", over[sizeof at + 8];
	for (int i = 2; i <= 16; i++)
		snprintf(at + strlen(at), sizeof at - strlen(at), "/d%d", i);
	snprintf(over, sizeof over, "%s/d17", at);
	char *f1 = cc_xasprintf("%s/at-limit.txt", at), *f2 = cc_xasprintf("%s/over-limit.txt", over);
	ck_assert_int_eq(gf_write(dir, f1, "text at the limit"), 0);
	ck_assert_int_eq(gf_write(dir, f2, "text past the limit"), 0);
	cJSON *rep = audit();
	ck_assert_msg(has(rep, "documents.unlisted", f1, NULL), "a file 16 levels deep was not walked");
	ck_assert(!has(rep, "documents.unlisted", f2, NULL));
	ck_assert(has(rep, "integrity.unexpected-file", over, "nested too deeply"));
	cJSON_Delete(rep);
	free(f1);
	free(f2);
}
END_TEST

/* No cap on cases per run or findings per case today (docs/limits.md, "Not
 * limited yet"): 150 more cases and a case with 1,000 broken notes are all
 * audited and every finding is reported, within the time limit. */
START_TEST(many_cases_and_findings)
{
	char *src = gf_path(dir, "cases/LCS-104302");
	for (int i = 0; i < 150; i++) {
		char rel[64];
		snprintf(rel, sizeof rel, "cases/SCALE-%04d", i);
		char *dst = gf_path(dir, rel);
		ck_assert_int_eq(gf_copy_tree(src, dst), 0);
		free(dst);
	}
	free(src);
	for (int i = 0; i < 1000; i++) {
		char rel[96];
		snprintf(rel, sizeof rel, CASE "/notes/bulk-%04d.json", i);
		ck_assert_int_eq(gf_write(dir, rel, "{\"format\": \"casecheck/note@1\"}"), 0);
	}
	hs_result r;
	ck_assert_int_eq(hs_runl(&r, dir, "audit", "--worktree", "--purpose", "check", "--as-of", AS_OF, "--format",
	                         "json", NULL), 0);
	ck_assert_msg(hs_clean_exit(&r) && r.exit_code == 1, "exit %d signal %d", r.exit_code, r.signal);
	cJSON *rep = hs_report(&r);
	ck_assert_ptr_nonnull(rep);
	ck_assert_int_eq(cJSON_GetArraySize(cJSON_GetObjectItemCaseSensitive(rep, "cases")), 166);
	ck_assert(hs_report_has_case(rep, "SCALE-0000") && hs_report_has_case(rep, "SCALE-0149"));
	size_t bulk = 0;
	const cJSON *c, *f;
	cJSON_ArrayForEach(c, cJSON_GetObjectItemCaseSensitive(rep, "cases"))
		cJSON_ArrayForEach(f, cJSON_GetObjectItemCaseSensitive(c, "findings"))
			bulk += strstr(cJSON_GetObjectItemCaseSensitive(f, "path")->valuestring, "/notes/bulk-") != NULL;
	ck_assert_uint_ge(bulk, 1000 * 7); /* seven required properties missing in each */
	cJSON_Delete(rep);
	hs_result_clear(&r);
}
END_TEST

/* The named parameters and casecheck's config schema agree: every
 * parameter is in the schema with the same default and range, and the
 * schema has no parameter the code does not know. */
START_TEST(parameters_match_config_schema)
{
	const cc_embedded_file *f = cc_embedded_find("config.json");
	ck_assert_ptr_nonnull(f);
	cJSON *schema = NULL;
	ck_assert_int_eq(cc_json_parse(&schema, (const char *)f->data, f->len, NULL, NULL), 0);
	const cJSON *props = cc_json_pointer_get(schema, "/properties/parameters/properties");
	ck_assert_ptr_nonnull(props);
	ck_assert_int_eq(cJSON_GetArraySize(props), CC_PARAM_COUNT);
	for (int i = 0; i < CC_PARAM_COUNT; i++) {
		const cc_param_info *p = cc_param_at((cc_param_id)i);
		const cJSON *s = cJSON_GetObjectItemCaseSensitive(props, p->name);
		ck_assert_msg(s != NULL, "%s is not in schemas/config.json", p->name);
		ck_assert_msg(cJSON_GetObjectItemCaseSensitive(s, "default")->valuedouble == (double)p->def,
		              "%s: default differs", p->name);
		ck_assert_msg(cJSON_GetObjectItemCaseSensitive(s, "minimum")->valuedouble == (double)p->min,
		              "%s: minimum differs", p->name);
		ck_assert_msg(cJSON_GetObjectItemCaseSensitive(s, "maximum")->valuedouble == (double)p->max,
		              "%s: maximum differs", p->name);
	}
	cJSON_Delete(schema);
	/* Every limit is documented in docs/limits.md by its name. */
	char *path = hs_source_path("docs/limits.md"), *doc = NULL;
	size_t len;
	ck_assert_int_eq(cc_read_file(path, 1 << 20, &doc, &len), 0);
	const char *limits[] = {"max_document_bytes", "max_json_depth", "max_attachment_bytes", NULL};
	for (size_t i = 0; limits[i]; i++)
		ck_assert_msg(strstr(doc, limits[i]), "docs/limits.md does not document %s", limits[i]);
	free(doc);
	free(path);
}
END_TEST

int main(void)
{
	const TTest *const tests[] = {
		parameters_match_config_schema,
		max_document_bytes_default,
		max_document_bytes_override,
		max_json_depth_default_and_overrides,
		max_attachment_bytes_override,
		limit_parameter_ranges,
		schema_errors_per_document,
		documents_folder_depth,
		many_cases_and_findings,
		NULL,
	};
	return hs_check_tests("limits", tests, 600, setup, teardown);
}
