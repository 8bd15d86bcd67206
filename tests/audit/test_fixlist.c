/* test_fixlist: findings that tell a record-writer what to write, as the
 * reports show them: the CSV fix list (parsed back with Python's csv
 * module), the record each finding names, --show-values adding the value
 * (and the unknown key) to schema findings, and `casecheck schema`. Runs
 * the built binary (CASECHECK_BINARY) on a copy of fixtures/rules/_base
 * with a second case of another worker. */
#include <check.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "json/json.h"
#include "fixture_repo.h"
#include "support/gitfixture.h"
#include "support/runner.h"
#include "util/fileio.h"
#include "util/strbuf.h"
#include "util/xalloc.h"

/* BASE-001 (sw-anna) with a phone written "+44 12", a child's sex "X", an
 * impossible chronology date and a misspelt key; BASE-002 (sw-ben), a copy. */
static const char *const changes =
	"{\"patch\": {"
	" \"cases/BASE-002/case.json\": [{\"op\": \"replace\", \"path\": \"/case_id\", \"value\": \"BASE-002\"},"
	"   {\"op\": \"replace\", \"path\": \"/allocation/worker\", \"value\": \"sw-ben\"}],"
	" \"cases/BASE-002/chronology.json\": [{\"op\": \"replace\", \"path\": \"/case_id\", \"value\": \"BASE-002\"}],"
	" \"cases/BASE-002/genogram.json\": [{\"op\": \"replace\", \"path\": \"/case_id\", \"value\": \"BASE-002\"}],"
	" \"cases/BASE-001/case.json\": [{\"op\": \"replace\", \"path\": \"/involvements/0/phone\", \"value\": \"+44 12\"},"
	"   {\"op\": \"replace\", \"path\": \"/children/0/sex\", \"value\": \"X\"},"
	"   {\"op\": \"add\", \"path\": \"/children/1/ethnicty\", \"value\": \"WBRI\"}],"
	" \"cases/BASE-001/chronology.json\": [{\"op\": \"replace\", \"path\": \"/entries/4/date\", \"value\": \"2025-02-30\"}]"
	"}}";

static char *make_repo(void)
{
	char *dir = fx_base_repo();
	ck_assert_ptr_nonnull(dir);
	char *from = cc_xasprintf("%s/cases/BASE-001", dir), *to = cc_xasprintf("%s/cases/BASE-002", dir);
	ck_assert_int_eq(gf_copy_tree(from, to), 0);
	cJSON *ch = cJSON_Parse(changes);
	ck_assert_ptr_nonnull(ch);
	ck_assert_int_eq(fx_apply(dir, ch), 0);
	cJSON_Delete(ch);
	free(from);
	free(to);
	return dir;
}

static int audit(cc_proc *p, const char *dir, const char *format, bool show_values)
{
	ck_assert_int_eq(cc_proc_runl(p, dir, CC_PROC_NO_COLOR, "audit", "--worktree", "--purpose", "transfer",
	                              "--as-of", "2026-03-02", "--format", format,
	                              show_values ? "--show-values" : NULL, NULL), 0);
	return p->exit_code;
}

/* The CSV parsed back by Python's csv module (tests/audit/csv_rows.py). */
static cJSON *parse_csv(const char *csv, size_t len)
{
	char *tmp = gf_mkdtemp();
	ck_assert_int_eq(gf_write_bytes(tmp, "fix.csv", csv, len), 0);
	const char *src = getenv("CASECHECK_SOURCE_DIR");
	char *cmd = cc_xasprintf("python3 '%s/tests/audit/csv_rows.py' '%s/fix.csv'", src ? src : ".", tmp);
	char *out = cc_test_shell_output(cmd);
	cJSON *doc = cJSON_Parse(out);
	ck_assert_msg(doc != NULL, "csv_rows.py printed no JSON: %s", out);
	free(out);
	free(cmd);
	gf_rm_rf(tmp);
	free(tmp);
	return doc;
}

static const char *cell(const cJSON *row, int i)
{
	const cJSON *c = cJSON_GetArrayItem(row, i);
	return cJSON_IsString(c) ? c->valuestring : "";
}

/* The row whose cell i is want (and whose cell j holds has, unless NULL). */
static const cJSON *row_with(const cJSON *rows, int i, const char *want, int j, const char *has)
{
	const cJSON *r;
	cJSON_ArrayForEach(r, rows)
		if (!strcmp(cell(r, i), want) && (!has || strstr(cell(r, j), has)))
			return r;
	return NULL;
}

/* How many findings the JSON report of the same audit lists. */
static size_t json_findings(const char *dir)
{
	cc_proc p;
	ck_assert_int_eq(audit(&p, dir, "json", false), 1);
	size_t n = 0;
	for (const char *s = p.out; (s = strstr(s, "\"rule\": ")); s++)
		n++;
	cc_proc_clear(&p);
	return n;
}

enum { C_CASE, C_TEAM, C_WORKER, C_SEVERITY, C_RULE, C_FILE, C_POINTER, C_RECORD, C_FINDING, C_TODO, C_WAIVED, C_VALUE,
       N_C };

START_TEST(csv_fix_list_parses_back)
{
	char *dir = make_repo();
	cc_proc p;
	ck_assert_int_eq(audit(&p, dir, "csv", true), 1);
	ck_assert(p.out_len > 3 && !memcmp(p.out, "\xEF\xBB\xBF", 3));
	cJSON *doc = parse_csv(p.out, p.out_len);
	cc_proc_clear(&p);
	ck_assert(cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(doc, "bom")));
	ck_assert(cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(doc, "crlf")));
	const cJSON *rows = cJSON_GetObjectItemCaseSensitive(doc, "rows"), *r;
	const cJSON *head = cJSON_GetArrayItem(rows, 0);
	const char *want[] = {"case", "team", "worker", "severity", "rule", "file", "pointer", "record",
	                      "finding", "what to do", "waived", "value"};
	ck_assert_int_eq(cJSON_GetArraySize(head), N_C);
	for (int i = 0; i < N_C; i++)
		ck_assert_str_eq(cell(head, i), want[i]);
	/* One row per finding, every row whole, sorted by worker. */
	ck_assert_int_eq((size_t)cJSON_GetArraySize(rows) - 1, json_findings(dir));
	const char *last = "";
	size_t anna = 0, ben = 0;
	cJSON_ArrayForEach(r, rows) {
		if (r == head)
			continue;
		ck_assert_int_eq(cJSON_GetArraySize(r), N_C);
		const char *w = cell(r, C_WORKER);
		if (*w) {
			ck_assert_msg(strcmp(last, w) <= 0, "rows not sorted by worker: %s after %s", w, last);
			last = w;
		}
		anna += !strcmp(w, "sw-anna");
		ben += !strcmp(w, "sw-ben");
		ck_assert_msg(*cell(r, C_TODO), "a row without what to do");
	}
	ck_assert(anna > 0 && ben > 0);
	/* A value that starts like a formula is defused with an apostrophe. */
	const cJSON *phone = row_with(rows, C_POINTER, "/involvements/0/phone", 0, NULL);
	ck_assert_ptr_nonnull(phone);
	ck_assert_str_eq(cell(phone, C_VALUE), "'+44 12");
	ck_assert_str_eq(cell(phone, C_RECORD), "involvement 1 of 3 (gp)");
	ck_assert_str_eq(cell(phone, C_CASE), "BASE-001");
	ck_assert_str_eq(cell(phone, C_WORKER), "sw-anna"); /* from an invalid case.json: a staff id staff.json lists */
	ck_assert_ptr_nonnull(strstr(cell(phone, C_FINDING), "e.g. 01632 960123"));
	/* The record a finding is in, by position and id. */
	const cJSON *date = row_with(rows, C_POINTER, "/entries/4/date", 0, NULL);
	ck_assert_ptr_nonnull(date);
	ck_assert_str_eq(cell(date, C_RECORD), "entry 5 of 7 (e5)");
	ck_assert_ptr_nonnull(strstr(cell(date, C_FINDING), "that day does not exist"));
	ck_assert_str_eq(cell(date, C_VALUE), "2025-02-30");
	const cJSON *sex = row_with(rows, C_POINTER, "/children/0/sex", 0, NULL);
	ck_assert_ptr_nonnull(sex);
	ck_assert_str_eq(cell(sex, C_RECORD), "child 1 of 2 (c1)"); /* the id only with --show-values */
	ck_assert_ptr_nonnull(strstr(cell(sex, C_FINDING), "write one of M, F, U"));
	cJSON_Delete(doc);

	/* Without --show-values: no value column, no child id. */
	ck_assert_int_eq(audit(&p, dir, "csv", false), 1);
	doc = parse_csv(p.out, p.out_len);
	cc_proc_clear(&p);
	rows = cJSON_GetObjectItemCaseSensitive(doc, "rows");
	ck_assert_int_eq(cJSON_GetArraySize(cJSON_GetArrayItem(rows, 0)), N_C - 1);
	sex = row_with(rows, C_POINTER, "/children/0/sex", 0, NULL);
	ck_assert_ptr_nonnull(sex);
	ck_assert_str_eq(cell(sex, C_RECORD), "child 1 of 2");
	cJSON_Delete(doc);
	fx_drop_repo(dir);
}
END_TEST

/* --show-values adds the value to schema findings; the unknown key shows only with it. */
START_TEST(show_values_on_schema_findings)
{
	char *dir = make_repo();
	cc_proc p;
	ck_assert_int_eq(audit(&p, dir, "text", false), 1);
	ck_assert_ptr_nonnull(strstr(p.out, "did you mean \"ethnicity\"?"));
	ck_assert_ptr_null(strstr(p.out, "ethnicty"));
	ck_assert_ptr_null(strstr(p.out, "value: "));
	ck_assert_ptr_nonnull(strstr(p.out, "case.json, child 1 of 2 at /children/0/sex"));
	ck_assert_ptr_nonnull(strstr(p.out, "chronology.json, entry 5 of 7 (e5) at /entries/4/date"));
	cc_proc_clear(&p);
	ck_assert_int_eq(audit(&p, dir, "text", true), 1);
	ck_assert_ptr_nonnull(strstr(p.out, "value: \"X\""));
	ck_assert_ptr_nonnull(strstr(p.out, "value: \"/children/1/ethnicty: WBRI\""));
	ck_assert_ptr_nonnull(strstr(p.out, "value: \"2025-02-30\""));
	ck_assert_ptr_nonnull(strstr(p.out, "child 1 of 2 (c1)"));
	cc_proc_clear(&p);
	/* JSON: the pointer stays, the record and its id are added; a child's id only with --show-values. */
	ck_assert_int_eq(audit(&p, dir, "json", false), 1);
	ck_assert_ptr_nonnull(strstr(p.out, "\"pointer\": \"/entries/4/date\",\n          \"record\": \"entry 5 of 7 (e5)\",\n          \"record_id\": \"e5\""));
	ck_assert_ptr_nonnull(strstr(p.out, "\"record\": \"child 1 of 2\",\n          \"message\""));
	cc_proc_clear(&p);
	fx_drop_repo(dir);
}
END_TEST

/* Runs casecheck with the arguments in dir; its exit code. */
static int run(cc_proc *p, const char *dir, const char *a1, const char *a2, const char *a3)
{
	ck_assert_int_eq(cc_proc_runl(p, dir, 0, a1, a2, a3, NULL), 0);
	return p->exit_code;
}

START_TEST(schema_command)
{
	cc_proc p;
	char *tmp = gf_mkdtemp();
	ck_assert_int_eq(run(&p, tmp, "schema", NULL, NULL), 0);
	ck_assert_ptr_nonnull(strstr(p.out, "case\n"));
	ck_assert_ptr_nonnull(strstr(p.out, "note\n"));
	ck_assert_ptr_null(strstr(p.out, "metaschemas"));
	cc_proc_clear(&p);
	ck_assert_int_eq(run(&p, tmp, "schema", "case", NULL), 0);
	size_t len;
	char *shipped = cc_test_read_source("schemas/case.json", &len);
	ck_assert_uint_eq(p.out_len, len);
	ck_assert(!memcmp(p.out, shipped, len));
	free(shipped);
	cc_proc_clear(&p);
	ck_assert_int_eq(run(&p, tmp, "schema", "sex", NULL), 2);
	ck_assert_ptr_nonnull(strstr(p.err, "unknown kind 'sex'"));
	cc_proc_clear(&p);
	/* --export writes every schema, and never replaces a file. */
	ck_assert_int_eq(run(&p, tmp, "schema", "--export", "schemas"), 0);
	cc_proc_clear(&p);
	char *exported = cc_xasprintf("%s/schemas/defs.json", tmp);
	char *data = NULL;
	ck_assert_int_eq(cc_read_file(exported, 1 << 20, &data, &len), 0);
	ck_assert_ptr_nonnull(strstr(data, "\"$id\": \"https://casecheck.example/schemas/v1/defs.json\""));
	free(data);
	free(exported);
	ck_assert_int_eq(run(&p, tmp, "schema", "--export", "schemas"), 2);
	cc_proc_clear(&p);
	gf_rm_rf(tmp);
	free(tmp);
}
END_TEST

/* Every pattern in the shipped schemas is described in words with an
 * example ("e.g."), on its own object or the nearest enclosing one, so a
 * finding can say what the field looks like. */
static void patterns_described(const cJSON *node, const char *desc, const char *file, cc_strbuf *bad)
{
	const cJSON *d = cJSON_GetObjectItemCaseSensitive(node, "description"), *it;
	if (cJSON_IsString(d))
		desc = d->valuestring;
	if (cJSON_IsString(cJSON_GetObjectItemCaseSensitive(node, "pattern")) && !(desc && strstr(desc, "e.g.")))
		cc_strbuf_printf(bad, " %s:%s", file, cJSON_GetObjectItemCaseSensitive(node, "pattern")->valuestring);
	cJSON_ArrayForEach(it, node)
		if (cJSON_IsObject(it) || cJSON_IsArray(it))
			patterns_described(it, it->string && !strcmp(it->string, "not") ? desc : cJSON_IsObject(it) ? NULL : desc,
			                   file, bad);
}

/* Every schema shipped (each *.json in schemas/, so a new one is checked
 * without being listed here; the metaschemas are JSON Schema's own). */
START_TEST(every_pattern_has_a_description_with_an_example)
{
	const char *src = getenv("CASECHECK_SOURCE_DIR");
	char *dir = cc_xasprintf("%s/schemas", src ? src : ".");
	DIR *d = opendir(dir);
	ck_assert_msg(d != NULL, "cannot list %s", dir);
	cc_strbuf bad = CC_STRBUF_INIT;
	size_t files = 0, n = 0;
	const struct dirent *e;
	while ((e = readdir(d))) {
		size_t len = strlen(e->d_name);
		if (len <= 5 || strcmp(e->d_name + len - 5, ".json"))
			continue;
		char *rel = cc_xasprintf("schemas/%s", e->d_name);
		char *text = cc_test_read_source(rel, NULL);
		cJSON *doc = cJSON_Parse(text);
		ck_assert_msg(doc != NULL, "%s is not JSON", rel);
		patterns_described(doc, NULL, e->d_name, &bad);
		files++;
		n += strstr(text, "\"pattern\"") != NULL;
		cJSON_Delete(doc);
		free(text);
		free(rel);
	}
	closedir(d);
	free(dir);
	ck_assert_int_ge(files, 13);
	ck_assert_int_ge(n, 6);
	ck_assert_msg(bad.len == 0, "patterns without a description giving an example:%s", cc_strbuf_cstr(&bad));
	cc_strbuf_free(&bad);
}
END_TEST

int main(void)
{
	const TTest *const tests[] = {csv_fix_list_parses_back, show_values_on_schema_findings, schema_command,
	                             every_pattern_has_a_description_with_an_example, NULL};
	return cc_test_list_main("fixlist", tests, 300, NULL, NULL);
}
