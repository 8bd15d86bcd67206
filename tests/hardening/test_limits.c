/* test_limits: casecheck's limits (docs/limits.md) are named, documented
 * and enforced exactly: each is tested at the limit and one past it,
 * through the real binary, and the limits that casecheck.json may override
 * are tested at their accepted range's ends and one past them. The table
 * of named parameters must match casecheck's config schema. */
#include <check.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "audit/params.h"
#include "casecheck/finding.h"
#include "json/json.h"
#include "embedded/embedded.h"
#include "hsupport.h"
#include "support/gitfixture.h"
#include "support/runner.h"
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

/* Whether the report has a finding of rule on path (any when NULL) whose
 * message has want. */
static bool has(const cJSON *rep, const char *rule, const char *path, const char *want)
{
	const cJSON *c, *f;
	cJSON_ArrayForEach(c, cJSON_GetObjectItemCaseSensitive(rep, "cases"))
		cJSON_ArrayForEach(f, cJSON_GetObjectItemCaseSensitive(c, "findings")) {
			const char *ru = cJSON_GetObjectItemCaseSensitive(f, "rule")->valuestring;
			const char *pa = cJSON_GetObjectItemCaseSensitive(f, "path")->valuestring;
			const char *m = cJSON_GetObjectItemCaseSensitive(f, "message")->valuestring;
			if (!strcmp(ru, rule) && (!path || !strcmp(pa, path)) && (!want || strstr(m, want)))
				return true;
		}
	return false;
}

/* The severity of the first finding of rule on path, or NULL. */
static const char *severity_of(const cJSON *rep, const char *rule, const char *path)
{
	const cJSON *c, *f;
	cJSON_ArrayForEach(c, cJSON_GetObjectItemCaseSensitive(rep, "cases"))
		cJSON_ArrayForEach(f, cJSON_GetObjectItemCaseSensitive(c, "findings"))
			if (!strcmp(cJSON_GetObjectItemCaseSensitive(f, "rule")->valuestring, rule) &&
			    !strcmp(cJSON_GetObjectItemCaseSensitive(f, "path")->valuestring, path))
				return cJSON_GetObjectItemCaseSensitive(f, "severity")->valuestring;
	return NULL;
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
	const cc_param_id ids[] = {CC_PARAM_MAX_DOCUMENT_BYTES, CC_PARAM_MAX_JSON_DEPTH, CC_PARAM_MAX_ATTACHMENT_BYTES,
	                           CC_PARAM_MAX_FINDINGS_PER_CASE, CC_PARAM_MAX_CASES, CC_PARAM_MAX_FILES_PER_CASE};
	for (size_t i = 0; i < sizeof ids / sizeof ids[0]; i++) {
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
	/* Files past the depth are never checked: an error, never READY. */
	const char *sev = severity_of(rep, "integrity.unexpected-file", over);
	ck_assert_ptr_nonnull(sev);
	ck_assert_str_eq(sev, "error");
	cJSON_Delete(rep);
	free(f1);
	free(f2);
}
END_TEST

/* The verdict and counts of the one case in a JSON report. */
typedef struct case_counts {
	bool ready;
	long errors, warnings;
	size_t shown;      /* findings in the report */
	size_t shown_errors;
	const cJSON *more; /* the note that counts the findings not shown, or NULL */
} case_counts;

static case_counts case_of(const cJSON *rep, const char *id)
{
	case_counts k = {false, -1, -1, 0, 0, NULL};
	const cJSON *c, *f;
	cJSON_ArrayForEach(c, cJSON_GetObjectItemCaseSensitive(rep, "cases")) {
		if (strcmp(cJSON_GetObjectItemCaseSensitive(c, "case_id")->valuestring, id))
			continue;
		const cJSON *counts = cJSON_GetObjectItemCaseSensitive(c, "counts");
		k.ready = cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(c, "ready"));
		k.errors = (long)cJSON_GetObjectItemCaseSensitive(counts, "error")->valuedouble;
		k.warnings = (long)cJSON_GetObjectItemCaseSensitive(counts, "warning")->valuedouble;
		cJSON_ArrayForEach(f, cJSON_GetObjectItemCaseSensitive(c, "findings")) {
			k.shown++;
			k.shown_errors += !strcmp(cJSON_GetObjectItemCaseSensitive(f, "severity")->valuestring, "error");
			if (!strcmp(cJSON_GetObjectItemCaseSensitive(f, "rule")->valuestring, "audit.findings-limit"))
				k.more = f;
		}
	}
	ck_assert_msg(k.errors >= 0, "case %s not in the report", id);
	return k;
}

/* The default cap, 1,000 findings a case: 150 more cases and a case with
 * 1,000 broken notes (7,000+ errors) are all audited; the broken case
 * shows 1,000 findings and one note for the rest, and its counts (JSON and
 * text) still count every error. */
START_TEST(max_findings_per_case_default)
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
	ck_assert_int_eq(cJSON_GetArraySize(cJSON_GetObjectItemCaseSensitive(rep, "cases")), 167);
	ck_assert(hs_report_has_case(rep, "SCALE-0000") && hs_report_has_case(rep, "SCALE-0149"));
	case_counts k = case_of(rep, "LCS-104233");
	ck_assert(!k.ready);
	ck_assert_int_ge(k.errors, 1000 * 7); /* seven required properties missing in each note */
	ck_assert_uint_eq(k.shown, 1000 + 1);
	ck_assert_uint_eq(k.shown_errors, 1000);
	ck_assert_ptr_nonnull(k.more);
	ck_assert_str_eq(cJSON_GetObjectItemCaseSensitive(k.more, "severity")->valuestring, "note");
	char want[64];
	/* The rest: every error past the 1,000 kept, and one note, the
	 * audit.rules-skipped note naming the rules skipped for the broken
	 * notes (a note, so the first to give way at the cap). */
	snprintf(want, sizeof want, "%ld more findings not shown", k.errors + k.warnings - 1000 + 1);
	ck_assert_msg(strstr(cJSON_GetObjectItemCaseSensitive(k.more, "message")->valuestring, want), "%s",
	              cJSON_GetObjectItemCaseSensitive(k.more, "message")->valuestring);
	hs_result_clear(&r);
	/* The text report's summary line counts them all too. */
	ck_assert_int_eq(hs_runl(&r, dir, "audit", "--worktree", "--purpose", "check", "--as-of", AS_OF, "--case",
	                         "LCS-104233", NULL), 0);
	ck_assert(hs_clean_exit(&r) && r.exit_code == 1);
	snprintf(want, sizeof want, "%ld errors", k.errors);
	ck_assert_msg(strstr(r.out, want), "text report lacks \"%s\"", want);
	hs_result_clear(&r);
	cJSON_Delete(rep);
}
END_TEST

/* Stray files at the case root, named to be read first: each is a
 * warning (integrity.unexpected-file). */
static void write_strays(int n)
{
	for (int i = 0; i < n; i++) {
		char rel[96];
		snprintf(rel, sizeof rel, CASE "/aa-stray-%02d.txt", i);
		ck_assert_int_eq(gf_write(dir, rel, "stray"), 0);
	}
}

/* Findings of LCS-104233 with max_findings_per_case set to limit, beside
 * the same audit without a binding cap: same verdict, same counts, at most
 * limit findings shown (errors first) and the note only past the limit. */
static void check_findings_cap(long limit)
{
	char *body = cc_xasprintf("\"max_findings_per_case\": %d", 100000);
	set_params(body);
	free(body);
	cJSON *all = audit();
	case_counts u = case_of(all, "LCS-104233");
	ck_assert_ptr_null(u.more);
	body = cc_xasprintf("\"max_findings_per_case\": %ld", limit);
	set_params(body);
	free(body);
	cJSON *rep = audit();
	case_counts k = case_of(rep, "LCS-104233");
	ck_assert_int_eq(k.ready, u.ready);
	ck_assert_int_eq(k.errors, u.errors);
	ck_assert_int_eq(k.warnings, u.warnings);
	if ((long)u.shown <= limit) {
		ck_assert_uint_eq(k.shown, u.shown);
		ck_assert_ptr_null(k.more);
	} else {
		ck_assert_uint_eq(k.shown, (size_t)limit + 1);
		ck_assert_uint_eq(k.shown_errors, u.shown_errors < (size_t)limit ? u.shown_errors : (size_t)limit);
		ck_assert_ptr_nonnull(k.more);
		char want[64];
		snprintf(want, sizeof want, "%zu more finding%s not shown", u.shown - (size_t)limit,
		         u.shown - (size_t)limit == 1 ? "" : "s");
		ck_assert_msg(strstr(cJSON_GetObjectItemCaseSensitive(k.more, "message")->valuestring, want), "%s",
		              cJSON_GetObjectItemCaseSensitive(k.more, "message")->valuestring);
		ck_assert_str_eq(cJSON_GetObjectItemCaseSensitive(k.more, "path")->valuestring, CASE);
	}
	cJSON_Delete(rep);
	cJSON_Delete(all);
}

/* max_findings_per_case 10: exactly 10 findings are all shown; 11 show 10
 * and the note; warnings read first give way to errors read later; a case
 * with more errors than the cap is still not ready and counts them all. */
START_TEST(max_findings_per_case_override)
{
	cJSON *base = audit();
	case_counts b = case_of(base, "LCS-104233");
	cJSON_Delete(base);
	ck_assert_uint_lt(b.shown, 10);
	write_strays((int)(10 - b.shown));
	check_findings_cap(10);
	write_strays((int)(11 - b.shown));
	check_findings_cap(10);
	/* 15 warnings first, then 3 errors: all errors kept */
	write_strays(15);
	write_note_with_errors(CASE "/notes/errors.json", 3);
	check_findings_cap(10);
	/* more errors than the cap */
	write_note_with_errors(CASE "/notes/errors.json", 12);
	check_findings_cap(10);
	cJSON *rep = audit();
	case_counts k = case_of(rep, "LCS-104233");
	ck_assert(!k.ready);
	ck_assert_int_ge(k.errors, 12);
	ck_assert_uint_eq(k.shown_errors, 10);
	cJSON_Delete(rep);
}
END_TEST

/* The cap itself (casecheck/finding.h): errors displace kept warnings and
 * notes, every finding counts, one summary note however often sorted, and
 * a move keeps the counts. */
START_TEST(findings_cap_unit)
{
	cc_findings l = CC_FINDINGS_INIT;
	cc_findings_set_limit(&l, 3, "audit.findings-limit", "cases/X");
	const cc_severity order[] = {CC_SEVERITY_WARNING, CC_SEVERITY_WARNING, CC_SEVERITY_NOTE, CC_SEVERITY_ERROR,
	                             CC_SEVERITY_ERROR, CC_SEVERITY_ERROR, CC_SEVERITY_ERROR, CC_SEVERITY_WARNING};
	size_t returned = 0;
	for (size_t i = 0; i < sizeof order / sizeof order[0]; i++) {
		cc_finding *f = cc_findings_add(&l, "r", order[i], "cases/X/f.json", "", "finding %zu", i);
		cc_finding_set_value(f, "v", 1); /* NULL for one not kept: a no-op */
		returned += f != NULL;
	}
	ck_assert_uint_eq(returned, 6); /* 3 appended, 3 errors displacing the others */
	ck_assert_uint_eq(l.count, 3);
	for (size_t i = 0; i < l.count; i++)
		ck_assert_int_eq(l.items[i].severity, CC_SEVERITY_ERROR);
	ck_assert_uint_eq(cc_findings_count(&l, CC_SEVERITY_ERROR), 4);
	ck_assert_uint_eq(cc_findings_count(&l, CC_SEVERITY_WARNING), 3);
	ck_assert_uint_eq(cc_findings_count(&l, CC_SEVERITY_NOTE), 1);
	cc_findings_sort(&l);
	cc_findings_sort(&l);
	ck_assert_uint_eq(l.count, 4);
	const cc_finding *more = &l.items[3];
	ck_assert_str_eq(more->rule, "audit.findings-limit");
	ck_assert_int_eq(more->severity, CC_SEVERITY_NOTE);
	ck_assert_str_eq(more->path, "cases/X");
	ck_assert_str_eq(more->message, "5 more findings not shown (at most 3 are kept, the most severe first): "
	                                "1 error, 3 warnings, 1 note; they are counted in the totals");
	ck_assert_uint_eq(cc_findings_count(&l, CC_SEVERITY_NOTE), 2); /* the summary is a note */
	cc_findings m = CC_FINDINGS_INIT;
	cc_findings_move(&m, &l);
	ck_assert_uint_eq(l.count, 0);
	ck_assert_ptr_null(l.limit);
	ck_assert_uint_eq(cc_findings_count(&m, CC_SEVERITY_ERROR), 4);
	ck_assert_uint_eq(cc_findings_count(&m, CC_SEVERITY_WARNING), 3);
	cc_findings_sort(&m);
	ck_assert_uint_eq(m.count, 4);
	cc_findings_clear(&m);
	cc_findings_clear(&l);
	/* No cap: every finding kept. */
	for (int i = 0; i < 50; i++)
		ck_assert_ptr_nonnull(cc_findings_add(&l, "r", CC_SEVERITY_WARNING, "p", NULL, "w"));
	cc_findings_sort(&l);
	ck_assert_uint_eq(l.count, 50);
	cc_findings_clear(&l);
}
END_TEST

/* The cases in the sample repository. */
static int sample_cases(void)
{
	hs_result r;
	ck_assert_int_eq(hs_runl(&r, dir, "audit", "--worktree", "--purpose", "check", "--as-of", AS_OF, "--format",
	                         "json", NULL), 0);
	ck_assert(hs_clean_exit(&r) && r.exit_code <= 1);
	cJSON *rep = hs_report(&r);
	ck_assert_ptr_nonnull(rep);
	int n = cJSON_GetArraySize(cJSON_GetObjectItemCaseSensitive(rep, "cases"));
	cJSON_Delete(rep);
	hs_result_clear(&r);
	return n;
}

static void run_with_max_cases(hs_result *r, int max_cases, const char *case_id)
{
	char *body = cc_xasprintf("\"max_cases\": %d", max_cases);
	set_params(body);
	free(body);
	if (case_id)
		ck_assert_int_eq(hs_runl(r, dir, "audit", "--worktree", "--purpose", "check", "--as-of", AS_OF, "--case",
		                         case_id, "--format", "json", NULL), 0);
	else
		ck_assert_int_eq(hs_runl(r, dir, "audit", "--worktree", "--purpose", "check", "--as-of", AS_OF,
		                         "--format", "json", NULL), 0);
	ck_assert(hs_clean_exit(r));
}

/* max_cases: a run of exactly that many cases is audited whole; one more
 * case and the run is refused (exit 2, naming max_cases and casecheck.json,
 * no report); a run narrowed by --case counts only its cases. */
START_TEST(max_cases_override)
{
	int n = sample_cases();
	ck_assert_int_gt(n, 1);
	hs_result r;
	run_with_max_cases(&r, n, NULL);
	ck_assert_msg(r.exit_code <= 1, "exit %d: %s", r.exit_code, r.err);
	cJSON *rep = hs_report(&r);
	ck_assert_ptr_nonnull(rep);
	ck_assert_int_eq(cJSON_GetArraySize(cJSON_GetObjectItemCaseSensitive(rep, "cases")), n);
	cJSON_Delete(rep);
	hs_result_clear(&r);
	run_with_max_cases(&r, n - 1, NULL);
	ck_assert_int_eq(r.exit_code, 2);
	ck_assert_msg(strstr(r.err, "max_cases") && strstr(r.err, "casecheck.json"), "stderr: %s", r.err);
	ck_assert_msg(!strstr(r.out, "\"cases\""), "a report was written: %s", r.out);
	hs_result_clear(&r);
	run_with_max_cases(&r, 1, "LCS-104233");
	ck_assert_msg(r.exit_code <= 1, "exit %d: %s", r.exit_code, r.err);
	hs_result_clear(&r);
}
END_TEST

/* Entries under path (not path itself), at any depth; 0 for no folder. */
static size_t entries_in(const char *path)
{
	DIR *d = opendir(path);
	size_t n = 0;
	if (!d)
		return 0;
	for (struct dirent *e; (e = readdir(d));) {
		if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, ".."))
			continue;
		char *sub = cc_xasprintf("%s/%s", path, e->d_name);
		n += 1 + entries_in(sub);
		free(sub);
	}
	closedir(d);
	return n;
}

static size_t entries_under(const char *rel)
{
	char *path = gf_path(dir, rel);
	size_t n = entries_in(path);
	free(path);
	return n;
}

/* max_files_per_case: a case with exactly that many files is read whole
 * (no limit finding, verdict unchanged); one more file and an error names
 * the folder that was cut, and the case is not ready. */
START_TEST(max_files_per_case_override)
{
	const char *folders[] = {CASE "/notes", CASE "/assessments", CASE "/signoffs", CASE "/documents"};
	size_t n = 0;
	for (size_t i = 0; i < 4; i++)
		n += entries_under(folders[i]);
	long limit = n > 10 ? (long)n : 10;
	for (size_t i = n; i < (size_t)limit; i++) {
		char rel[96];
		snprintf(rel, sizeof rel, CASE "/signoffs/x-pad-%02zu.txt", i);
		ck_assert_int_eq(gf_write(dir, rel, "pad"), 0);
	}
	cJSON *base = audit();
	case_counts b = case_of(base, "LCS-104233");
	cJSON_Delete(base);
	char *body = cc_xasprintf("\"max_files_per_case\": %ld", limit);
	set_params(body);
	free(body);
	cJSON *rep = audit();
	case_counts k = case_of(rep, "LCS-104233");
	ck_assert(!has(rep, "integrity.unexpected-file", NULL, "max_files_per_case"));
	ck_assert_int_eq(k.ready, b.ready);
	ck_assert_int_eq(k.errors, b.errors);
	cJSON_Delete(rep);
	/* one more file */
	ck_assert_int_eq(gf_write(dir, CASE "/documents/zz-over-limit.txt", "one too many"), 0);
	rep = audit();
	k = case_of(rep, "LCS-104233");
	/* the folder read last (notes/, signoffs/, ... in listing order) is the one cut */
	bool named = false;
	for (size_t i = 0; i < 4; i++)
		named |= has(rep, "integrity.unexpected-file", folders[i], "max_files_per_case");
	ck_assert_msg(named, "no error names the folder cut at max_files_per_case");
	ck_assert(!k.ready);
	ck_assert_int_gt(k.errors, b.errors);
	cJSON_Delete(rep);
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
	const char *limits[] = {"max_document_bytes", "max_json_depth", "max_attachment_bytes", "max_findings_per_case",
	                        "max_cases", "max_files_per_case", NULL};
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
		findings_cap_unit,
		max_findings_per_case_default,
		max_findings_per_case_override,
		max_cases_override,
		max_files_per_case_override,
		NULL,
	};
	return cc_test_list_main("limits", tests, 600, setup, teardown);
}
