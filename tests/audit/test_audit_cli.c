/* test_audit_cli: the `casecheck audit` and `casecheck rules` commands as
 * a user runs them: exit codes 0/1/2, sources, formats, the dirty-tree
 * note, colour rules. Runs the built binary (CASECHECK_BINARY). */
#include <check.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "json/json.h"
#include "casecheck/rules.h"
#include "fixture_repo.h"
#include "support/gitfixture.h"
#include "support/runner.h"
#include "util/fileio.h"
#include "util/xalloc.h"

#define CASE "cases/BASE-001"

static char *out_text, *err_text;

/* Runs casecheck with the NULL-terminated arguments in dir (NO_COLOR
 * unset); returns the exit code (-1 for a signal); stdout and stderr in
 * out_text / err_text. */
static int cli(const char *dir, ...)
{
	const char *argv[32];
	int n = 0;
	va_list ap;
	va_start(ap, dir);
	const char *a;
	while ((a = va_arg(ap, const char *)) && n < 31)
		argv[n++] = a;
	va_end(ap);
	argv[n] = NULL;
	cc_proc p;
	ck_assert_int_eq(cc_proc_run(&p, dir, CC_PROC_COLOR, argv), 0);
	free(out_text);
	free(err_text);
	out_text = p.out;
	err_text = p.err;
	return p.signal ? -1 : p.exit_code;
}

static char *make_repo(void)
{
	char *dir = fx_base_repo();
	ck_assert_ptr_nonnull(dir);
	return dir;
}

START_TEST(exit_codes)
{
	char *dir = make_repo();
	ck_assert_int_eq(cli(dir, "audit", "--purpose", "transfer", "--as-of", "2026-03-02", NULL), 0);
	ck_assert_ptr_nonnull(strstr(out_text, "BASE-001"));
	ck_assert_ptr_nonnull(strstr(out_text, "READY"));
	ck_assert_ptr_null(strstr(out_text, "\033[")); /* not a terminal: no colour */
	ck_assert_int_eq(cli(dir, "audit", "--purpose", "transfer", "--as-of", "2026-03-02", "--case", "BASE-001", NULL), 0);
	/* Not ready: a month later the chronology is out of date. */
	ck_assert_int_eq(cli(dir, "audit", "--purpose", "signoff", "--as-of", "2026-04-02", NULL), 1);
	ck_assert_ptr_nonnull(strstr(out_text, "chronology.up-to-date"));
	/* Usage and environment errors. */
	ck_assert_int_eq(cli(dir, "audit", "--purpose", "holiday", NULL), 2);
	ck_assert_int_eq(cli(dir, "audit", "--bogus", NULL), 2);
	ck_assert_int_eq(cli(dir, "audit", "--as-of", "2026-02-30", NULL), 2);
	ck_assert_int_eq(cli(dir, "audit", "--case", "NOPE-404", NULL), 2);
	ck_assert_ptr_nonnull(strstr(err_text, "NOPE-404"));
	ck_assert_int_eq(cli(dir, "audit", "--rev", "no-such-branch", NULL), 2);
	ck_assert_int_eq(cli(dir, "audit", "--staged", "--worktree", NULL), 2);
	ck_assert_int_eq(cli(dir, "audit", "--profile", "kent", NULL), 2);
	ck_assert_int_eq(cli(dir, "audit", "--format", "pdf", NULL), 2);
	gf_write(dir, "casecheck.json", "{\"format\": \"casecheck/config@1\", \"colour\": 1}");
	ck_assert_int_eq(cli(dir, "audit", "--worktree", NULL), 2);
	ck_assert_ptr_nonnull(strstr(err_text, "casecheck.json: /colour"));
	fx_drop_repo(dir);
}
END_TEST

START_TEST(sources_and_dirty_note)
{
	char *dir = make_repo();
	char *plain = gf_mkdtemp();
	/* Clean tree: no note. */
	ck_assert_int_eq(cli(dir, "audit", "--as-of", "2026-03-02", NULL), 0);
	ck_assert_ptr_null(strstr(err_text, "uncommitted"));
	/* A draft note in the working tree only: HEAD is audited (ready) with
	 * a note; --worktree sees the draft. */
	gf_write(dir, CASE "/notes/n-extra.json",
	         "{\"format\": \"casecheck/note@1\", \"id\": \"n-extra\", \"date\": \"2026-02-21\", \"author\": \"sw-anna\","
	         " \"type\": \"telephone\", \"heading\": \"Call\", \"status\": \"draft\", \"text\": \"x\"}");
	ck_assert_int_eq(cli(dir, "audit", "--purpose", "signoff", "--as-of", "2026-03-02", NULL), 0);
	ck_assert_ptr_nonnull(strstr(err_text, "uncommitted changes; auditing HEAD"));
	ck_assert_int_eq(cli(dir, "audit", "--purpose", "signoff", "--as-of", "2026-03-02", "--worktree", NULL), 1);
	ck_assert_ptr_nonnull(strstr(out_text, "notes.final"));
	ck_assert_int_eq(cli(dir, "audit", "--purpose", "signoff", "--as-of", "2026-03-02", "--staged", NULL), 0);
	gf_git(dir, "add", "-A", NULL);
	ck_assert_int_eq(cli(dir, "audit", "--purpose", "signoff", "--as-of", "2026-03-02", "--staged", NULL), 1);
	/* A plain folder: only --worktree. */
	ck_assert_int_eq(cli(plain, "audit", NULL), 2);
	/* Nothing audited is never success: no cases folder is exit 2 saying
	 * what was looked for and where; an empty one says no case yet (0). */
	ck_assert_int_eq(cli(plain, "audit", "--worktree", NULL), 2);
	ck_assert_ptr_nonnull(strstr(err_text, "no cases folder: looked for cases/"));
	ck_assert_ptr_nonnull(strstr(err_text, plain));
	gf_mkdirs(plain, "cases");
	ck_assert_int_eq(cli(plain, "audit", "--worktree", NULL), 0);
	ck_assert_ptr_nonnull(strstr(err_text, "holds no case yet"));
	gf_rm_rf(plain);
	free(plain);
	fx_drop_repo(dir);
}
END_TEST

START_TEST(json_report_and_output_file)
{
	char *dir = make_repo();
	char *file = gf_path(dir, "report.json");
	ck_assert_int_eq(cli(dir, "audit", "--purpose", "transfer", "--as-of", "2026-04-02", "--format", "json",
	                     "--output", file, NULL), 1);
	ck_assert_str_eq(out_text, "");
	char *text = NULL;
	size_t len = 0;
	ck_assert_int_eq(cc_read_file(file, 1u << 20, &text, &len), 0);
	cJSON *doc = NULL;
	ck_assert_int_eq(cc_json_parse(&doc, text, len, NULL, NULL), 0);
	ck_assert_str_eq(cJSON_GetObjectItem(doc, "purpose")->valuestring, "transfer");
	ck_assert_str_eq(cJSON_GetObjectItem(doc, "as_of")->valuestring, "2026-04-02");
	const cJSON *c0 = cJSON_GetArrayItem(cJSON_GetObjectItem(doc, "cases"), 0);
	ck_assert(cJSON_IsFalse(cJSON_GetObjectItem(c0, "ready")));
	ck_assert_int_gt(cJSON_GetArraySize(cJSON_GetObjectItem(c0, "findings")), 0);
	cJSON_Delete(doc);
	free(text);
	free(file);
	fx_drop_repo(dir);
}
END_TEST

START_TEST(rules_command_lists_the_catalogue)
{
	ck_assert_int_eq(cli("/", "rules", "--format", "json", NULL), 0);
	cJSON *doc = NULL;
	ck_assert_int_eq(cc_json_parse(&doc, out_text, strlen(out_text), NULL, NULL), 0);
	const cJSON *rules = cJSON_GetObjectItem(doc, "rules");
	ck_assert_int_eq(cJSON_GetArraySize(rules), (int)cc_rules_count());
	for (size_t i = 0; i < cc_rules_count(); i++) {
		const cJSON *r = cJSON_GetArrayItem(rules, (int)i);
		ck_assert_str_eq(cJSON_GetObjectItem(r, "id")->valuestring, cc_rules_at(i)->id);
		ck_assert_ptr_nonnull(cJSON_GetObjectItem(r, "source"));
		/* The row's other severities, as data: joint visits under Derbyshire. */
		const cJSON *when = cJSON_GetObjectItem(r, "severity_when");
		ck_assert_int_eq(when != NULL, cc_rules_at(i)->severity_when != NULL);
		if (!strcmp(cc_rules_at(i)->id, "transfer.joint-visit")) {
			const cJSON *e = cJSON_GetArrayItem(when, 0);
			ck_assert_str_eq(cJSON_GetObjectItem(e, "severity")->valuestring, "error");
			ck_assert_str_eq(cJSON_GetArrayItem(cJSON_GetObjectItem(e, "profiles"), 0)->valuestring, "derbyshire");
		}
	}
	cJSON_Delete(doc);
	ck_assert_int_eq(cli("/", "rules", "--profile", "core", NULL), 0);
	ck_assert_ptr_nonnull(strstr(out_text, "chronology.up-to-date"));
	ck_assert_ptr_null(strstr(out_text, "allocation.record-read")); /* Derbyshire only */
	ck_assert_ptr_nonnull(strstr(out_text, "chronology_max_age_days"));
	ck_assert_int_eq(cli("/", "rules", "--profile", "derbyshire", NULL), 0);
	ck_assert_ptr_nonnull(strstr(out_text, "allocation.record-read"));
	ck_assert_int_eq(cli("/", "rules", "--profile", "nowhere", NULL), 2);
	ck_assert_int_eq(cli("/", "rules", "--format", "xml", NULL), 2);
}
END_TEST

/* Whether the committed file at rel (under the source tree) is exactly what
 * `casecheck rules <args>` prints now; says where they part when not. */
static void assert_generated(const char *rel, const char *how, const char *a1, const char *a2)
{
	size_t len = 0;
	char *text = cc_test_read_source(rel, &len);
	cc_proc p;
	ck_assert_int_eq(cc_proc_runl(&p, "/", 0, "rules", a1, a2, NULL), 0);
	ck_assert_msg(p.exit_code == 0, "casecheck rules %s %s: %s", a1, a2, p.err);
	size_t same = 0;
	while (same < len && same < p.out_len && text[same] == p.out[same])
		same++;
	ck_assert_msg(same == len && same == p.out_len,
	              "%s is out of date from byte %zu (regenerate it: %s):\n  committed: %.80s\n  generated: %.80s",
	              rel, same, how, text + same, p.out + same);
	cc_proc_clear(&p);
	free(text);
}

/* docs/rules.md and the audit-requires blocks of docs/format.md are
 * generated from the table: the committed pages are what it gives now. */
START_TEST(rules_doc_is_up_to_date)
{
	assert_generated("docs/rules.md", "scripts/gen-docs", "--format", "markdown");
}
END_TEST

START_TEST(format_doc_is_up_to_date)
{
	const char *src = getenv("CASECHECK_SOURCE_DIR");
	char *path = cc_xasprintf("%s/docs/format.md", src ? src : ".");
	assert_generated("docs/format.md", "scripts/gen-docs", "--fill", path);
	free(path);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("audit_cli");
	TCase *tc = tcase_create("cli");
	tcase_set_timeout(tc, 120);
	tcase_add_test(tc, exit_codes);
	tcase_add_test(tc, sources_and_dirty_note);
	tcase_add_test(tc, json_report_and_output_file);
	tcase_add_test(tc, rules_command_lists_the_catalogue);
	tcase_add_test(tc, rules_doc_is_up_to_date);
	tcase_add_test(tc, format_doc_is_up_to_date);
	suite_add_tcase(s, tc);
	int rc = cc_test_main(s);
	free(out_text);
	free(err_text);
	return rc;
}
