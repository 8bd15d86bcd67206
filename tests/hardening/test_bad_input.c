/* test_bad_input: the bad-input promise (docs/hardening.md), through the
 * real casecheck binary and the JSON library. Every bad input gives a clear
 * finding or error naming the file; the other cases in the repository are
 * still audited; the exit code is 1 (findings) or 2 (environment); never a
 * signal, never a hang (hs_run kills a run after HS_TIMEOUT_SECONDS and the
 * test sees a signal). Inputs that cannot be plain files in git (deep
 * nesting, 30 MB strings, symlinks, odd names, corrupt objects) are made
 * here at run time in temporary folders. */
#include <check.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <time.h>
#include <unistd.h>

#include "json/json.h"
#include "hsupport.h"
#include "support/gitfixture.h"
#include "support/runner.h"
#include "util/fileio.h"
#include "util/strbuf.h"
#include "util/xalloc.h"

#define AS_OF "2026-03-02"
#define CASE "cases/LCS-104233"
#define MARKER "HARDENING-MARKER-7f3a9c1e"

static const char *const sample_cases[] = {
	"CL-300118", "EH-20977", "FIN-700045", "LCS-104233", "LCS-104251", "LCS-104302",
	"LCS-104318", "LCS-104377", "LCS-104402", "LCS-104415", "LCS-104430", "LCS-104460",
	"LCS-104488", "LCS-104495", "LCS-104521", "LCS-104540", "PF-500027",
};
#define N_SAMPLE (sizeof sample_cases / sizeof sample_cases[0])

/* Asserts a clean run with this exit code whose JSON report lists every
 * sample case except `except` (NULL: none); returns the report (owned). */
static cJSON *expect_report(const hs_result *r, int code, const char *except)
{
	ck_assert_msg(!r->signal, "casecheck ended by signal %d%s; stderr: %s", r->signal,
	              r->timed_out ? " (time limit: a hang)" : "", r->err);
	ck_assert_msg(r->exit_code == code, "exit %d, expected %d; stderr: %s", r->exit_code, code, r->err);
	cJSON *rep = hs_report(r);
	ck_assert_msg(rep != NULL, "the --format json output is not strict JSON");
	for (size_t i = 0; i < N_SAMPLE; i++)
		if (!except || strcmp(except, sample_cases[i]))
			ck_assert_msg(hs_report_has_case(rep, sample_cases[i]), "case %s missing from the report",
			              sample_cases[i]);
	return rep;
}

/* Asserts a finding with rule on the file path (exact) whose message has
 * the substring want (NULL: any). case_id NULL: repository findings. */
static void expect_finding(const cJSON *rep, const char *case_id, const char *rule, const char *path,
                           const char *want)
{
	const cJSON *f = hs_report_finding(rep, case_id, rule, path);
	ck_assert_msg(f != NULL, "no %s finding for %s", rule, path);
	const char *p = cJSON_GetObjectItemCaseSensitive(f, "path")->valuestring;
	ck_assert_msg(!strcmp(p, path), "finding path %s, expected %s", p, path);
	if (want) {
		const char *m = cJSON_GetObjectItemCaseSensitive(f, "message")->valuestring;
		ck_assert_msg(strstr(m, want), "%s: message \"%s\" lacks \"%s\"", path, m, want);
	}
}

static char *repeat(const char *unit, size_t times, const char *head, const char *tail, size_t *len)
{
	size_t ul = strlen(unit), hl = strlen(head), tl = strlen(tail);
	*len = hl + ul * times + tl;
	char *s = cc_xmalloc(*len + 1);
	memcpy(s, head, hl);
	for (size_t i = 0; i < times; i++)
		memcpy(s + hl + i * ul, unit, ul);
	memcpy(s + hl + ul * times, tail, tl);
	s[*len] = 0;
	return s;
}

/* The bad JSON documents, each a note of LCS-104233, with the words its
 * schema.parse finding must have. */
typedef struct bad_doc {
	const char *name;
	const char *want;
} bad_doc;

static const bad_doc bad_docs[] = {
	{"deep.json", "nesting deeper than"},
	{"big.json", "max_document_bytes"},
	{"utf8.json", "invalid UTF-8"},
	{"nul.json", "control character"},
	{"overflow.json", "too large"},
	{"negoverflow.json", "too large"},
	{"dup.json", "duplicate member"},
	{"bom.json", "byte-order mark"},
	{"binary.json", "not valid JSON"},
	{"empty.json", "unexpected end"},
	{"truncated.json", "not valid JSON"},
};
#define N_BAD (sizeof bad_docs / sizeof bad_docs[0])

static void write_bad_docs(const char *dir)
{
	size_t len;
	char *s = repeat("[", 200000, "", "", &len);
	char *deep = cc_xmalloc(2 * len + 1);
	memcpy(deep, s, len);
	memset(deep + len, ']', len);
	ck_assert_int_eq(gf_write_bytes(dir, CASE "/notes/deep.json", deep, 2 * len), 0);
	free(deep);
	free(s);
	s = repeat("a", (size_t)30 << 20, "{\"text\": \"", "\"}", &len);
	ck_assert_int_eq(gf_write_bytes(dir, CASE "/notes/big.json", s, len), 0);
	free(s);
	ck_assert_int_eq(gf_write_bytes(dir, CASE "/notes/utf8.json", "{\"text\": \"\xc0\xaf\xff\"}", 16), 0);
	ck_assert_int_eq(gf_write_bytes(dir, CASE "/notes/nul.json", "{\"text\": \"a\0b\"}", 16), 0);
	ck_assert_int_eq(gf_write(dir, CASE "/notes/overflow.json", "{\"n\": 1e400}"), 0);
	ck_assert_int_eq(gf_write(dir, CASE "/notes/negoverflow.json", "{\"n\": -17976931348623159e292}"), 0);
	ck_assert_int_eq(gf_write(dir, CASE "/notes/dup.json", "{\"id\": \"n-1\", \"id\": \"n-2\"}"), 0);
	ck_assert_int_eq(gf_write(dir, CASE "/notes/bom.json", "\xef\xbb\xbf{}"), 0);
	unsigned char bin[512];
	for (size_t i = 0; i < sizeof bin; i++)
		bin[i] = (unsigned char)(i * 7 + 3);
	ck_assert_int_eq(gf_write_bytes(dir, CASE "/notes/binary.json", bin, sizeof bin), 0);
	ck_assert_int_eq(gf_write(dir, CASE "/notes/empty.json", ""), 0);
	ck_assert_int_eq(gf_write(dir, CASE "/notes/truncated.json", "{\"format\": \"casecheck/note@1\", \"id\": "), 0);
	/* Binary and empty attachments. */
	ck_assert_int_eq(gf_write_bytes(dir, CASE "/documents/blob.pdf", bin, sizeof bin), 0);
	ck_assert_int_eq(gf_write(dir, CASE "/documents/empty.pdf", ""), 0);
}

static void check_bad_docs(const hs_result *r)
{
	cJSON *rep = expect_report(r, 1, NULL);
	for (size_t i = 0; i < N_BAD; i++) {
		char *path = cc_xasprintf(CASE "/notes/%s", bad_docs[i].name);
		expect_finding(rep, "LCS-104233", "schema.parse", path, bad_docs[i].want);
		free(path);
	}
	expect_finding(rep, "LCS-104233", "documents.type", CASE "/documents/blob.pdf", NULL);
	expect_finding(rep, "LCS-104233", "documents.type", CASE "/documents/empty.pdf", "empty");
	cJSON_Delete(rep);
}

START_TEST(bad_json_documents_every_source)
{
	char *dir = hs_sample_repo(NULL);
	ck_assert_ptr_nonnull(dir);
	write_bad_docs(dir);
	hs_result r;
	/* Worktree first, then the index, then the commit. */
	ck_assert_int_eq(hs_runl(&r, dir, "audit", "--worktree", "--purpose", "check", "--as-of", AS_OF,
	                         "--format", "json", NULL), 0);
	check_bad_docs(&r);
	hs_result_clear(&r);
	ck_assert_int_eq(gf_git(dir, "add", "-A", NULL), 0);
	ck_assert_int_eq(hs_runl(&r, dir, "audit", "--staged", "--purpose", "check", "--as-of", AS_OF,
	                         "--format", "json", NULL), 0);
	check_bad_docs(&r);
	hs_result_clear(&r);
	ck_assert_int_eq(gf_commit_staged(dir, "bad documents"), 0);
	ck_assert_int_eq(hs_runl(&r, dir, "audit", "--purpose", "transfer", "--as-of", AS_OF,
	                         "--format", "json", NULL), 0);
	check_bad_docs(&r);
	hs_result_clear(&r);
	/* Every other format survives the same repository. */
	const char *formats[] = {"text", "sarif", "junit", "html"};
	for (size_t i = 0; i < 4; i++) {
		ck_assert_int_eq(hs_runl(&r, dir, "audit", "--purpose", "signoff", "--as-of", AS_OF, "--format",
		                         formats[i], NULL), 0);
		ck_assert_msg(hs_clean_exit(&r) && r.exit_code == 1, "%s: exit %d signal %d", formats[i],
		              r.exit_code, r.signal);
		ck_assert_msg(hs_contains(r.out, r.out_len, "notes/deep.json", 15), "%s: deep.json not named",
		              formats[i]);
		hs_result_clear(&r);
	}
	gf_rm_rf(dir);
	free(dir);
}
END_TEST

/* The parser itself: the same inputs with the library's own limits. */
START_TEST(json_library_bad_input)
{
	cJSON *doc = NULL;
	cc_json_error err;
	size_t len;
	/* 200,000 levels: refused at the default 512, with a bounded pointer. */
	char *open = repeat("[", 200000, "", "", &len);
	char *deep = cc_xmalloc(2 * len);
	memcpy(deep, open, len);
	memset(deep + len, ']', len);
	ck_assert_int_eq(cc_json_parse(&doc, deep, 2 * len, NULL, &err), -1);
	ck_assert_ptr_null(doc);
	ck_assert_ptr_nonnull(strstr(err.message, "nesting deeper than 512"));
	ck_assert_uint_eq(err.column, 513);
	ck_assert_uint_lt(strlen(err.pointer), sizeof err.pointer);
	/* Same with objects. */
	char *objs = repeat("{\"a\":", 200000, "", "", &len);
	ck_assert_int_eq(cc_json_parse(&doc, objs, len, NULL, &err), -1);
	ck_assert_ptr_nonnull(strstr(err.message, "nesting deeper"));
	free(objs);
	free(open);
	free(deep);
	/* 30 MB string: accepted under the default 64 MiB, exact length kept. */
	char *big = repeat("x", (size_t)30 << 20, "\"", "\"", &len);
	ck_assert_int_eq(cc_json_parse(&doc, big, len, NULL, &err), 0);
	ck_assert_uint_eq(cc_json_string_len(doc), (size_t)30 << 20);
	cJSON_Delete(doc);
	cc_json_limits lim = CC_JSON_LIMITS_INIT;
	lim.max_bytes = 1 << 20;
	ck_assert_int_eq(cc_json_parse(&doc, big, len, &lim, &err), -1);
	ck_assert_ptr_nonnull(strstr(err.message, "larger"));
	free(big);
	/* Each bad text is refused with a position inside the text. */
	static const struct { const char *text; size_t len; const char *want; } bad[] = {
		{"1e400", 5, "too large"},
		{"-1e400", 6, "too large"},
		{"[1.8e308]", 9, "too large"},
		{"{\"a\":1,\"a\":1}", 13, "duplicate"},
		{"{\"a\\u0000\":1,\"a\\u0000\":1}", 25, "duplicate"},
		{"\xef\xbb\xbf{}", 5, "byte-order mark"},
		{"\"a\0b\"", 5, "control character"},
		{"[1]\0", 4, NULL},
		{"\"\xc0\x80\"", 4, "UTF-8"},         /* overlong NUL */
		{"\"\xed\xa0\x80\"", 5, "UTF-8"},     /* encoded surrogate */
		{"\"\xf4\x90\x80\x80\"", 6, "UTF-8"}, /* beyond U+10FFFF */
		{"\"\xff\"", 3, "UTF-8"},
		{"\"\\ud800\"", 8, NULL},             /* unpaired surrogate escape */
		{"\"\\udc00\\ud800\"", 14, NULL},
		{"", 0, NULL},
		{"   ", 3, NULL},
		{"[1,]", 4, NULL},
		{"{\"a\":1}}", 8, NULL},
		{"01", 2, NULL},
		{"NaN", 3, NULL},
		{"\"\\x41\"", 6, NULL},
	};
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		memset(&err, 0, sizeof err);
		ck_assert_msg(cc_json_parse(&doc, bad[i].text, bad[i].len, NULL, &err) == -1, "bad text %zu accepted", i);
		ck_assert_ptr_null(doc);
		ck_assert_msg(err.message[0], "bad text %zu: no message", i);
		ck_assert_uint_le(err.offset, bad[i].len);
		if (bad[i].want)
			ck_assert_msg(strstr(err.message, bad[i].want), "bad text %zu: \"%s\" lacks \"%s\"", i,
			              err.message, bad[i].want);
	}
	/* A BOM is allowed only when asked; an escaped NUL is kept. */
	lim = (cc_json_limits)CC_JSON_LIMITS_INIT;
	lim.allow_bom = true;
	ck_assert_int_eq(cc_json_parse(&doc, "\xef\xbb\xbf{}", 5, &lim, &err), 0);
	cJSON_Delete(doc);
	ck_assert_int_eq(cc_json_parse(&doc, "\"a\\u0000b\"", 10, NULL, &err), 0);
	ck_assert_uint_eq(cc_json_string_len(doc), 3);
	cJSON_Delete(doc);
	/* Pointers to members with long keys resolve (fuzz_json_schema found
	 * 512-byte tokens refused: fixtures/bad-input/fuzz/json_schema/long-key-pointer). */
	char *key = repeat("k~/", 400, "{\"", "\": {\"x\": 1}}", &len);
	ck_assert_int_eq(cc_json_parse(&doc, key, len, NULL, &err), 0);
	char *ptr = repeat("k~0~1", 400, "/", "/x", &len);
	const cJSON *x = cc_json_pointer_get(doc, ptr);
	ck_assert_msg(x && cJSON_IsNumber(x), "a 1,200-byte key cannot be reached by its pointer");
	cJSON_Delete(doc);
	free(key);
	free(ptr);
	/* Tiny and huge numbers that are doubles stay numbers. */
	ck_assert_int_eq(cc_json_parse(&doc, "[1.7976931348623157e308, 5e-324, 123456789012345678901234567890]", 64, NULL, &err), 0);
	ck_assert_str_eq(cc_json_number_text(cJSON_GetArrayItem(doc, 2)), "123456789012345678901234567890");
	cJSON_Delete(doc);
}
END_TEST

/* Sets path's access and modification times to fixed old values. */
static void set_old_times(const char *path)
{
	struct timespec ts[2] = {{946684800, 0}, {978307200, 0}}; /* atime 2000, mtime 2001 */
	ck_assert_int_eq(utimensat(AT_FDCWD, path, ts, AT_SYMLINK_NOFOLLOW), 0);
}

static time_t atime_of(const char *path)
{
	struct stat st;
	ck_assert_int_eq(stat(path, &st), 0);
	return st.st_atime;
}

/* Whether reading a file updates its access time on this file system
 * (relatime does when atime < mtime; noatime never does). */
static bool atime_observable(const char *dir)
{
	char *probe = gf_path(dir, "probe");
	gf_write(dir, "probe", "probe");
	set_old_times(probe);
	char *buf = NULL;
	size_t len;
	cc_read_file(probe, 100, &buf, &len);
	free(buf);
	bool seen = atime_of(probe) != 946684800;
	unlink(probe);
	free(probe);
	return seen;
}

START_TEST(symlinks_never_followed)
{
	char *dir = hs_sample_repo(NULL);
	char *outside = gf_mkdtemp();
	ck_assert_ptr_nonnull(dir);
	/* Outside the repository: a file with a unique marker, and a whole
	 * case folder whose note carries the marker. */
	ck_assert_int_eq(gf_write(outside, "secret.txt", "{\"text\": \"" MARKER "\"}\n"), 0);
	char *case_src = cc_xasprintf("%s/cases/LCS-104302", dir);
	char *case_out = gf_path(outside, "LINK-001");
	ck_assert_int_eq(gf_copy_tree(case_src, case_out), 0);
	ck_assert_int_eq(gf_write(outside, "LINK-001/notes/marker.json", "{\"text\": \"" MARKER "\"}"), 0);
	char *secret = gf_path(outside, "secret.txt");
	ck_assert_int_eq(gf_symlink(dir, CASE "/documents/leak.pdf", secret), 0);
	ck_assert_int_eq(gf_symlink(dir, CASE "/notes/leak.json", secret), 0);
	char *geno = gf_path(dir, "cases/LCS-104251/genogram.json");
	ck_assert_int_eq(unlink(geno), 0);
	free(geno);
	ck_assert_int_eq(gf_symlink(dir, "cases/LCS-104251/genogram.json", secret), 0);
	ck_assert_int_eq(gf_symlink(dir, "cases/LINK-001", case_out), 0);
	bool strict_atime = atime_observable(outside);
	set_old_times(secret);

	const char *modes[] = {"--worktree", "--staged", "--rev"};
	for (size_t m = 0; m < 3; m++) {
		if (m == 1)
			ck_assert_int_eq(gf_git(dir, "add", "-A", NULL), 0);
		if (m == 2)
			ck_assert_int_eq(gf_commit_staged(dir, "symlinks"), 0);
		/* --show-values: even then the target is never read. */
		hs_result r;
		const char *argv[] = {"audit", modes[m], "--purpose", "transfer", "--as-of", AS_OF, "--format",
		                      "json", "--show-values", NULL, NULL};
		if (m == 2) { /* --rev HEAD */
			memmove(argv + 3, argv + 2, 8 * sizeof *argv);
			argv[2] = "HEAD";
		}
		ck_assert_int_eq(hs_run(&r, dir, argv), 0);
		cJSON *rep = expect_report(&r, 1, NULL);
		ck_assert_msg(!hs_contains(r.out, r.out_len, MARKER, strlen(MARKER)), "%s: marker in output", modes[m]);
		ck_assert_msg(!hs_contains(r.err, r.err_len, MARKER, strlen(MARKER)), "%s: marker on stderr", modes[m]);
		expect_finding(rep, "LCS-104233", "integrity.links", CASE "/documents/leak.pdf", "not followed");
		expect_finding(rep, "LCS-104233", "integrity.links", CASE "/notes/leak.json", "not followed");
		expect_finding(rep, "LCS-104251", "integrity.links", "cases/LCS-104251/genogram.json", NULL);
		expect_finding(rep, NULL, "integrity.case-folder", "cases/LINK-001", "not followed");
		ck_assert(!hs_report_has_case(rep, "LINK-001"));
		cJSON_Delete(rep);
		/* Text output too. */
		hs_result_clear(&r);
		ck_assert_int_eq(hs_runl(&r, dir, "audit", m == 2 ? "--rev=HEAD" : modes[m], "--purpose", "check",
		                         "--as-of", AS_OF, "--show-values", NULL), 0);
		ck_assert_int_eq(r.exit_code, 1);
		ck_assert(!hs_contains(r.out, r.out_len, MARKER, strlen(MARKER)));
		hs_result_clear(&r);
		if (strict_atime)
			ck_assert_msg(atime_of(secret) == 946684800, "%s: the file outside the repository was read",
			              modes[m]);
	}
	char *buf = NULL;
	size_t len;
	ck_assert_int_eq(cc_read_file(secret, 1000, &buf, &len), 0);
	ck_assert_str_eq(buf, "{\"text\": \"" MARKER "\"}\n");
	free(buf);
	if (!strict_atime)
		fprintf(stderr, "symlinks_never_followed: this file system does not update access times; "
		                "checked the output only\n");
	gf_rm_rf(dir);
	gf_rm_rf(outside);
	free(dir);
	free(outside);
	free(case_src);
	free(case_out);
	free(secret);
}
END_TEST

/* Replaces the first occurrence of from with to in the file dir/rel. */
static void edit_file(const char *dir, const char *rel, const char *from, const char *to)
{
	char *path = gf_path(dir, rel), *buf = NULL;
	size_t len;
	ck_assert_int_eq(cc_read_file(path, 1 << 24, &buf, &len), 0);
	char *at = strstr(buf, from);
	ck_assert_msg(at != NULL, "%s has no \"%s\"", rel, from);
	char *out = cc_xasprintf("%.*s%s%s", (int)(at - buf), buf, to, at + strlen(from));
	ck_assert_int_eq(gf_write(dir, rel, out), 0);
	free(out);
	free(buf);
	free(path);
}

START_TEST(document_paths_never_escape)
{
	char *dir = hs_sample_repo(NULL);
	ck_assert_ptr_nonnull(dir);
	/* LCS-104251's case.json lists documents; point three of them outside. */
	edit_file(dir, "cases/LCS-104251/case.json", "\"documents\": [",
	          "\"documents\": [{\"path\": \"../../etc/passwd\", \"kind\": \"other\", \"date\": \"2026-01-05\", \"title\": \"a\"},"
	          " {\"path\": \"documents/../../LCS-104233/case.json\", \"kind\": \"other\", \"date\": \"2026-01-05\", \"title\": \"b\"},"
	          " {\"path\": \"/etc/passwd\", \"kind\": \"other\", \"date\": \"2026-01-05\", \"title\": \"c\"},");
	ck_assert_int_eq(gf_commit_all(dir, "escaping paths"), 0);
	const char *modes[] = {"--worktree", "--staged", "--rev=HEAD"};
	for (size_t m = 0; m < 3; m++) {
		hs_result r;
		ck_assert_int_eq(hs_runl(&r, dir, "audit", modes[m], "--purpose", "check", "--as-of", AS_OF, "--format",
		                         "json", "--show-values", NULL), 0);
		cJSON *rep = expect_report(&r, 1, NULL);
		ck_assert_msg(!strstr(r.out, "root:x:0:0") && !strstr(r.out, "/bin/"), "%s: /etc/passwd read", modes[m]);
		for (int i = 0; i < 3; i++) {
			char ptr[32];
			snprintf(ptr, sizeof ptr, "/documents/%d/path", i);
			bool found = false;
			const cJSON *c, *f;
			cJSON_ArrayForEach(c, cJSON_GetObjectItemCaseSensitive(rep, "cases"))
				cJSON_ArrayForEach(f, cJSON_GetObjectItemCaseSensitive(c, "findings"))
					if (!strcmp(cJSON_GetObjectItemCaseSensitive(f, "rule")->valuestring, "integrity.paths") &&
					    !strcmp(cJSON_GetObjectItemCaseSensitive(f, "pointer")->valuestring, ptr) &&
					    !strcmp(cJSON_GetObjectItemCaseSensitive(f, "path")->valuestring, "cases/LCS-104251/case.json"))
						found = true;
			ck_assert_msg(found, "%s: no integrity.paths finding at %s", modes[m], ptr);
		}
		cJSON_Delete(rep);
		hs_result_clear(&r);
	}
	gf_rm_rf(dir);
	free(dir);
}
END_TEST

START_TEST(odd_folder_and_file_names)
{
	char *dir = hs_sample_repo(NULL);
	ck_assert_ptr_nonnull(dir);
	char *src = gf_path(dir, "cases/LCS-104302");
	char *nl = gf_path(dir, "cases/BAD\nNAME"), *raw = gf_path(dir, "cases/BAD\xff" "NAME");
	char *esc = gf_path(dir, "cases/BAD\033[31mRED");
	ck_assert_int_eq(gf_copy_tree(src, nl), 0);
	ck_assert_int_eq(gf_copy_tree(src, raw), 0);
	ck_assert_int_eq(gf_copy_tree(src, esc), 0);
	ck_assert_int_eq(gf_write(dir, CASE "/notes/a\nb.json", "{}"), 0);
	ck_assert_int_eq(gf_write(dir, CASE "/notes/\xfe\xff.json", "{}"), 0);
	ck_assert_int_eq(gf_commit_all(dir, "odd names"), 0);
	const char *modes[] = {"--worktree", "--staged", "--rev=HEAD"};
	for (size_t m = 0; m < 3; m++) {
		hs_result r;
		ck_assert_int_eq(hs_runl(&r, dir, "audit", modes[m], "--purpose", "check", "--as-of", AS_OF, "--format",
		                         "json", NULL), 0);
		cJSON *rep = expect_report(&r, 1, NULL);
		expect_finding(rep, NULL, "integrity.case-folder", "cases/BAD\\x0ANAME", NULL);
		expect_finding(rep, NULL, "integrity.case-folder", "cases/BAD\\xFFNAME", NULL);
		expect_finding(rep, NULL, "integrity.case-folder", "cases/BAD\\x1B[31mRED", NULL);
		expect_finding(rep, "LCS-104233", NULL, CASE "/notes/a\\x0Ab.json", NULL);
		expect_finding(rep, "LCS-104233", NULL, CASE "/notes/\\xFE\\xFF.json", NULL);
		cJSON_Delete(rep);
		hs_result_clear(&r);
		/* Text: the names are escaped, never raw control bytes. */
		ck_assert_int_eq(hs_runl(&r, dir, "audit", modes[m], "--purpose", "check", "--as-of", AS_OF, NULL), 0);
		ck_assert_int_eq(r.exit_code, 1);
		ck_assert_ptr_nonnull(strstr(r.out, "BAD\\x0ANAME"));
		ck_assert_msg(!strstr(r.out, "BAD\nNAME") && !strstr(r.out, "\033[31m") && !strchr(r.out, '\xff'),
		              "%s: a raw name reached the text output", modes[m]);
		hs_result_clear(&r);
	}
	gf_rm_rf(dir);
	free(dir);
	free(src);
	free(nl);
	free(raw);
	free(esc);
}
END_TEST

START_TEST(config_unknown_keys)
{
	char *dir = hs_sample_repo(NULL);
	ck_assert_ptr_nonnull(dir);
	/* A typo must not silently weaken the audit: exit 2, naming the file and pointer. */
	edit_file(dir, "casecheck.json", "{", "{\"profil\": \"none\", ");
	ck_assert_int_eq(gf_commit_all(dir, "typo"), 0);
	const char *modes[] = {"--worktree", "--staged", "--rev=HEAD"};
	for (size_t m = 0; m < 3; m++) {
		hs_result r;
		ck_assert_int_eq(hs_runl(&r, dir, "audit", modes[m], "--as-of", AS_OF, "--format", "json", NULL), 0);
		ck_assert_msg(hs_clean_exit(&r) && r.exit_code == 2, "%s: exit %d signal %d", modes[m], r.exit_code,
		              r.signal);
		ck_assert_msg(strstr(r.err, "casecheck.json") && strstr(r.err, "/profil"), "stderr: %s", r.err);
		hs_result_clear(&r);
	}
	/* An unknown parameter too; and a casecheck.json that is not JSON. */
	edit_file(dir, "casecheck.json", "\"chronology_gap_days\"", "\"chronology_max_age_dayz\": 5, \"chronology_gap_days\"");
	edit_file(dir, "casecheck.json", "\"profil\": \"none\", ", "");
	hs_result r;
	ck_assert_int_eq(hs_runl(&r, dir, "audit", "--worktree", "--as-of", AS_OF, NULL), 0);
	ck_assert_int_eq(r.exit_code, 2);
	ck_assert_msg(strstr(r.err, "casecheck.json") && strstr(r.err, "chronology_max_age_dayz"), "stderr: %s", r.err);
	hs_result_clear(&r);
	ck_assert_int_eq(gf_write(dir, "casecheck.json", "{\"format\": \"casecheck/config@1\",,}"), 0);
	ck_assert_int_eq(hs_runl(&r, dir, "audit", "--worktree", "--as-of", AS_OF, NULL), 0);
	ck_assert_int_eq(r.exit_code, 2);
	ck_assert_ptr_nonnull(strstr(r.err, "casecheck.json"));
	hs_result_clear(&r);
	gf_rm_rf(dir);
	free(dir);
}
END_TEST

/* Overwrites the loose object of spec (a blob or tree) with garbage. */
static void corrupt_object(const char *dir, const char *spec)
{
	char id[41];
	ck_assert_int_eq(gf_rev_parse(dir, spec, id), 0);
	char *rel = cc_xasprintf(".git/objects/%.2s/%s", id, id + 2);
	char *path = gf_path(dir, rel);
	ck_assert_int_eq(chmod(path, 0644), 0);
	ck_assert_int_eq(gf_write(dir, rel, "garbage, not zlib"), 0);
	free(rel);
	free(path);
}

START_TEST(corrupt_git_objects)
{
	char *dir = hs_sample_repo(NULL);
	ck_assert_ptr_nonnull(dir);
	corrupt_object(dir, "HEAD:cases/LCS-104302/genogram.json"); /* a blob */
	corrupt_object(dir, "HEAD:cases/LCS-104318/notes");         /* a tree */
	hs_result r;
	ck_assert_int_eq(hs_runl(&r, dir, "audit", "--purpose", "transfer", "--as-of", AS_OF, "--format", "json", NULL), 0);
	cJSON *rep = expect_report(&r, 1, NULL);
	expect_finding(rep, "LCS-104302", "schema.parse", "cases/LCS-104302/genogram.json", "cannot be read");
	ck_assert_ptr_nonnull(hs_report_finding(rep, "LCS-104318", NULL, "cases/LCS-104318/notes"));
	cJSON_Delete(rep);
	hs_result_clear(&r);
	/* --staged reads the same blobs through the index. */
	ck_assert_int_eq(hs_runl(&r, dir, "audit", "--staged", "--purpose", "check", "--as-of", AS_OF, "--format", "json", NULL), 0);
	rep = expect_report(&r, 1, NULL);
	expect_finding(rep, "LCS-104302", "schema.parse", "cases/LCS-104302/genogram.json", NULL);
	cJSON_Delete(rep);
	hs_result_clear(&r);
	/* The commit itself corrupt: an environment error, exit 2, no signal,
	 * and (in the ASan build) no leak: casecheck resolves HEAD itself
	 * instead of through git_revparse_single, which leaked here. */
	corrupt_object(dir, "HEAD");
	ck_assert_int_eq(hs_runl(&r, dir, "audit", "--as-of", AS_OF, NULL), 0);
	ck_assert_msg(hs_clean_exit(&r) && r.exit_code == 2, "exit %d signal %d: %s", r.exit_code, r.signal, r.err);
	ck_assert(r.err_len > 0);
	hs_result_clear(&r);
	gf_rm_rf(dir);
	free(dir);
}
END_TEST

/* HEAD naming a commit that is not there (a broken reference) or that
 * cannot be read: every command that reads the index or the work tree
 * against HEAD refuses as --rev does (exit 2, a message naming HEAD), and
 * signoff writes nothing. */
START_TEST(head_names_a_missing_commit)
{
	char *dir = hs_sample_repo(NULL);
	ck_assert_ptr_nonnull(dir);
	char head[41], *line;
	ck_assert_int_eq(gf_rev_parse(dir, "HEAD", head), 0);
	for (int how = 0; how < 2; how++) {
		/* a reference to a commit that is not there; then HEAD's own
		 * commit, there but not readable */
		line = cc_xasprintf("%s\n", how == 0 ? "0123456789abcdef0123456789abcdef01234567" : head);
		ck_assert_int_eq(gf_write(dir, ".git/HEAD", line), 0);
		free(line);
		if (how == 1)
			corrupt_object(dir, "HEAD");
		const char *const runs[][12] = {
			{"audit", "--staged", "--as-of", AS_OF, NULL},
			{"audit", "--worktree", "--as-of", AS_OF, NULL},
			{"audit", "--rev", "HEAD", "--as-of", AS_OF, NULL},
			{"signoff", "--case", "LCS-104302", "--role", "transferring-manager", "--by", "tm-okafor",
			 "--as-of", AS_OF, NULL},
			{"hook", "run", NULL},
		};
		for (size_t i = 0; i < sizeof runs / sizeof *runs; i++) {
			char *before = hs_snapshot(dir);
			hs_result r;
			ck_assert_int_eq(hs_run(&r, dir, runs[i]), 0);
			ck_assert_msg(hs_clean_exit(&r) && r.exit_code == 2, "%d %s %s: exit %d: %s", how, runs[i][0],
			              runs[i][1], r.exit_code, r.err);
			ck_assert_msg(strstr(r.err, "HEAD"), "%s %s: %s", runs[i][0], runs[i][1], r.err);
			char *after = hs_snapshot(dir), *diff = hs_snapshot_diff(before, after);
			ck_assert_msg(!diff, "%s wrote: %s", runs[i][0], diff);
			free(after);
			free(before);
			hs_result_clear(&r);
		}
	}
	gf_rm_rf(dir);
	free(dir);
}
END_TEST

START_TEST(not_a_repository_and_missing_things)
{
	char *plain = gf_mkdtemp();
	hs_result r;
	/* An empty plain folder: --rev needs git (exit 2); --worktree audits nothing (exit 0). */
	ck_assert_int_eq(hs_runl(&r, plain, "audit", "--as-of", AS_OF, NULL), 0);
	ck_assert_msg(hs_clean_exit(&r) && r.exit_code == 2, "exit %d", r.exit_code);
	hs_result_clear(&r);
	ck_assert_int_eq(hs_runl(&r, plain, "audit", "--repo", "/nonexistent/hardening", "--worktree", NULL), 0);
	ck_assert_msg(hs_clean_exit(&r) && r.exit_code == 2, "exit %d", r.exit_code);
	hs_result_clear(&r);
	/* A cases "folder" that is a file. */
	ck_assert_int_eq(gf_write(plain, "cases", "not a folder"), 0);
	ck_assert_int_eq(hs_runl(&r, plain, "audit", "--worktree", "--as-of", AS_OF, NULL), 0);
	ck_assert_msg(hs_clean_exit(&r) && r.exit_code != 0, "exit %d signal %d", r.exit_code, r.signal);
	hs_result_clear(&r);
	gf_rm_rf(plain);
	free(plain);
}
END_TEST

/* FIFOs and a character device (an endless /dev/zero) in case folders of
 * the work tree: listed as special files, never opened, so never a hang. */
START_TEST(special_files_never_read)
{
	char *dir = hs_sample_repo(NULL);
	ck_assert_ptr_nonnull(dir);
	const char *fifos[] = {CASE "/notes/fifo.json", CASE "/documents/fifo.pdf", "cases/LCS-104251/case.json"};
	for (size_t i = 0; i < 3; i++) {
		char *p = gf_path(dir, fifos[i]);
		unlink(p);
		ck_assert_int_eq(mkfifo(p, 0600), 0);
		free(p);
	}
	char *zero = gf_path(dir, "cases/LCS-104302/documents/zero.pdf");
	bool have_device = mknod(zero, S_IFCHR | 0600, makedev(1, 5)) == 0;
	if (!have_device)
		fprintf(stderr, "special_files_never_read: cannot make a device file here (not root); FIFOs only\n");
	hs_result r;
	ck_assert_int_eq(hs_runl(&r, dir, "audit", "--worktree", "--purpose", "transfer", "--as-of", AS_OF, "--format",
	                         "json", NULL), 0);
	cJSON *rep = expect_report(&r, 1, NULL);
	expect_finding(rep, "LCS-104233", "integrity.links", CASE "/notes/fifo.json", "not followed");
	expect_finding(rep, "LCS-104233", "integrity.links", CASE "/documents/fifo.pdf", "not followed");
	expect_finding(rep, "LCS-104251", "integrity.links", "cases/LCS-104251/case.json", "not followed");
	expect_finding(rep, "LCS-104251", "integrity.case-file", "cases/LCS-104251/case.json", NULL);
	if (have_device)
		expect_finding(rep, "LCS-104302", "integrity.links", "cases/LCS-104302/documents/zero.pdf", "not followed");
	cJSON_Delete(rep);
	hs_result_clear(&r);
	unlink(zero);
	free(zero);
	gf_rm_rf(dir);
	free(dir);
}
END_TEST

/* `casecheck validate` on the same bad files: each malformed instance is
 * named with "not well-formed JSON" (exit 1) and the files after it are
 * still validated; a malformed or 200,000-deep schema is exit 2. */
START_TEST(validate_bad_files)
{
	char *dir = gf_mkdtemp();
	ck_assert_ptr_nonnull(dir);
	ck_assert_int_eq(gf_init(dir), 0);
	ck_assert_int_eq(gf_write(dir, "schema.json",
	                          "{\"$schema\": \"https://json-schema.org/draft/2020-12/schema\", \"type\": \"object\","
	                          " \"required\": [\"text\"]}"),
	                 0);
	write_bad_docs(dir);
	ck_assert_int_eq(gf_write(dir, "valid.json", "{\"text\": \"x\"}"), 0);
	ck_assert_int_eq(gf_write(dir, "invalid.json", "{\"txet\": \"x\"}"), 0);
	const char *argv[N_BAD + 8];
	size_t n = 0;
	argv[n++] = "validate";
	argv[n++] = "--schema";
	argv[n++] = "schema.json";
	char *paths[N_BAD];
	for (size_t i = 0; i < N_BAD; i++)
		argv[n++] = paths[i] = cc_xasprintf(CASE "/notes/%s", bad_docs[i].name);
	argv[n++] = "invalid.json";
	argv[n++] = "valid.json";
	argv[n] = NULL;
	hs_result r;
	ck_assert_int_eq(hs_run(&r, dir, argv), 0);
	ck_assert_msg(hs_clean_exit(&r) && r.exit_code == 1, "validate: exit %d signal %d: %s", r.exit_code, r.signal,
	              r.err);
	for (size_t i = 0; i < N_BAD; i++) {
		if (!strcmp(bad_docs[i].name, "big.json"))
			continue; /* a 30 MB string is well-formed JSON; validate's own limit is 64 MiB */
		char *want = cc_xasprintf("%s: ", paths[i]);
		const char *line = strstr(r.out, want);
		ck_assert_msg(line && strstr(line, "not well-formed JSON"), "validate: %s not reported as malformed",
		              paths[i]);
		free(want);
	}
	ck_assert_ptr_nonnull(strstr(r.out, "invalid.json: "));
	ck_assert_msg(!strstr(r.out, "\nvalid.json: ") && strncmp(r.out, "valid.json: ", 12), "valid.json reported");
	hs_result_clear(&r);
	/* Bad schemas: exit 2, naming the schema file. */
	size_t len;
	char *open = repeat("[", 200000, "", "", &len);
	ck_assert_int_eq(gf_write(dir, "deep-schema.json", open), 0);
	free(open);
	const char *schemas[] = {"deep-schema.json", CASE "/notes/bom.json", CASE "/notes/empty.json", "no-such.json"};
	for (size_t i = 0; i < 4; i++) {
		ck_assert_int_eq(hs_runl(&r, dir, "validate", "--schema", schemas[i], "valid.json", NULL), 0);
		ck_assert_msg(hs_clean_exit(&r) && r.exit_code == 2, "schema %s: exit %d", schemas[i], r.exit_code);
		ck_assert_msg(strstr(r.err, schemas[i]) || strstr(r.out, schemas[i]), "schema %s not named: %s", schemas[i],
		              r.err);
		hs_result_clear(&r);
	}
	for (size_t i = 0; i < N_BAD; i++)
		free(paths[i]);
	gf_rm_rf(dir);
	free(dir);
}
END_TEST

/* A key with a NUL gets a pointer that names exactly it (once an open
 * fuzz finding: the pointer was cut at the NUL and named another member;
 * fixtures/bad-input/fuzz/json_schema/nul-in-key). NUL is written \x00 and
 * a backslash that would read as an escape \x5C (json/json.h). */
START_TEST(nul_in_key_pointers)
{
	static const struct {
		const char *json;   /* {KEY: 1} */
		const char *pointer;/* expected */
		size_t key_len;
	} keys[] = {
		{"{\"finalised_on\\u0000\": 1}", "/finalised_on\\x00", 13},
		{"{\"a\\u0000b\": 1}", "/a\\x00b", 3},
		{"{\"\\u0000\": 1}", "/\\x00", 1},
		{"{\"a\\\\x00\": 1}", "/a\\x5Cx00", 5},   /* a literal backslash-x00 */
		{"{\"\\\\x5C\": 1}", "/\\x5Cx5C", 4},
		{"{\"\\\\\": 1}", "/\\", 1},              /* a lone backslash stays RFC 6901 */
		{"{\"\\\\x01\": 1}", "/\\x01", 4},        /* not an escape: kept as it is */
		{"{\"~/\\u0000\": 1}", "/~0~1\\x00", 3},
	};
	for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++) {
		cJSON *doc = NULL;
		cc_json_error err;
		ck_assert_int_eq(cc_json_parse(&doc, keys[i].json, strlen(keys[i].json), NULL, &err), 0);
		ck_assert_uint_eq(cc_json_key_len(doc->child), keys[i].key_len);
		cc_strbuf sb = CC_STRBUF_INIT;
		cc_strbuf_puts(&sb, "");
		cc_json_pointer_push(&sb, doc->child->string, cc_json_key_len(doc->child));
		ck_assert_str_eq(cc_strbuf_cstr(&sb), keys[i].pointer);
		ck_assert_msg(cc_json_pointer_get(doc, cc_strbuf_cstr(&sb)) == doc->child, "key %zu: %s does not resolve",
		              i, keys[i].pointer);
		cc_strbuf_free(&sb);
		cJSON_Delete(doc);
	}
	/* Members that differ only after the NUL, and a $ref-style pointer to a
	 * key with a literal "\x00" (read as RFC 6901 when nothing else fits). */
	cJSON *doc = NULL;
	const char *two = "{\"a\\u0000\": 1, \"a\": 2, \"b\\\\x00\": 3}";
	ck_assert_int_eq(cc_json_parse(&doc, two, strlen(two), NULL, NULL), 0);
	ck_assert_int_eq(cc_json_pointer_get(doc, "/a\\x00")->valueint, 1);
	ck_assert_int_eq(cc_json_pointer_get(doc, "/a")->valueint, 2);
	ck_assert_int_eq(cc_json_pointer_get(doc, "/b\\x00")->valueint, 3);
	ck_assert_int_eq(cc_json_pointer_get(doc, "/b\\x5Cx00")->valueint, 3);
	cJSON_Delete(doc);
	/* A parse error inside such a member names it whole. */
	cc_json_error err;
	ck_assert_int_eq(cc_json_parse(&doc, "{\"a\\u0000b\": [1,}", 17, NULL, &err), -1);
	ck_assert_str_eq(err.pointer, "/a\\x00b/1");
	ck_assert_int_eq(cc_json_parse(&doc, "{\"a\\u0000b\": 1, \"a\\u0000b\": 2}", 30, NULL, &err), -1);
	ck_assert_str_eq(err.message, "duplicate member name");
}
END_TEST

/* The fuzz input itself, through `casecheck validate`: exactly these
 * errors, the NUL-bearing member named by its own pointer (no error names
 * /finalised_on, which is not in the document). */
START_TEST(nul_in_key_validate)
{
	char *src = hs_source_path("fixtures/bad-input/fuzz/json_schema/nul-in-key"), *buf = NULL;
	size_t len;
	ck_assert_int_eq(cc_read_file(src, 1 << 20, &buf, &len), 0);
	char *dir = gf_mkdtemp();
	ck_assert_int_eq(gf_write_bytes(dir, "in.json", buf + 1, len - 1), 0); /* byte 0 picks the schema */
	char *schema = hs_source_path("schemas/note.json");
	hs_result r;
	ck_assert_int_eq(hs_runl(&r, dir, "validate", "--schema", schema, "in.json", NULL), 0);
	ck_assert_msg(hs_clean_exit(&r) && r.exit_code == 1, "exit %d: %s", r.exit_code, r.err);
	const char *n = "https://casecheck.example/schemas/v1/note.json#";
	char *want = cc_xasprintf(
		"in.json: /formatheading: is not an allowed property [%1$s/additionalProperties]\n"
		"in.json: /finalised_on\\x00: is not an allowed property [%1$s/additionalProperties]\n"
		"in.json: /c: is not an allowed property [%1$s/additionalProperties]\n"
		"in.json: : property \"format\" is required [%1$s/required]\n"
		"in.json: : property \"id\" is required [%1$s/required]\n"
		"in.json: : property \"date\" is required [%1$s/required]\n"
		"in.json: : property \"author\" is required [%1$s/required]\n"
		"in.json: : property \"type\" is required [%1$s/required]\n"
		"in.json: : property \"heading\" is required [%1$s/required]\n"
		"in.json: : property \"text\" is required [%1$s/required]\n"
		"in.json: : property \"finalised_on\" is required [%1$s/then/required]\n", n);
	ck_assert_str_eq(r.out, want);
	free(want);
	hs_result_clear(&r);
	free(schema);
	gf_rm_rf(dir);
	free(dir);
	free(buf);
	free(src);
}
END_TEST

int main(void)
{
	const TTest *const tests[] = {
		json_library_bad_input,
		bad_json_documents_every_source,
		symlinks_never_followed,
		document_paths_never_escape,
		odd_folder_and_file_names,
		config_unknown_keys,
		corrupt_git_objects,
		head_names_a_missing_commit,
		not_a_repository_and_missing_things,
		validate_bad_files,
		special_files_never_read,
		nul_in_key_pointers,
		nul_in_key_validate,
		NULL,
	};
	return cc_test_list_main("bad_input", tests, 600, NULL, NULL);
}
