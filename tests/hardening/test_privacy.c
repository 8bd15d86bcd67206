/* test_privacy: no personal data in casecheck's output by default.
 *
 * The personal strings are collected automatically from the JSON of a git
 * copy of fixtures/sample: children's and genogram people's names,
 * involvements' names, organisations, phones, e-mails, addresses and
 * postcodes, staff names, NHS numbers and UPNs, note headings and text,
 * chronology events, significance and actions, the transfer record's free
 * text, sign-off comments, document titles and venues. Strings shorter than
 * 4 bytes, ids, codes, dates and tree ids are left out, and so is any string
 * that is part of casecheck's own rule catalogue (`rules --format json`).
 * Every output format of `audit` for the purposes signoff, transfer and
 * receive (stdout and stderr), `signoff` and `hook run` must contain none of
 * them; with --show-values some must appear, so the test can fail. */
#include <check.h>
#include <dirent.h>
#include <regex.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "json/json.h"
#include "hsupport.h"
#include "support/gitfixture.h"
#include "support/runner.h"
#include "util/fileio.h"
#include "util/xalloc.h"

#define AS_OF "2026-03-02"

static const char *const personal_keys[] = {
	"given_name", "family_name", "name", "gender_identity", "communication_needs", "upn", "nhs_number",
	"organisation", "phone", "email", "address", "postcode", "venue", "title", "heading", "text", "event",
	"significance", "action", "reason_detail", "impact_on_child", "current_plan", "court_recommendations",
	"no_handover_reason", "remedial_action", "siblings_split_reason", "unallocated_reason", "comment",
	"detail", "attendees", "by", "who", NULL,
};

typedef struct strset {
	char **items;
	size_t n, cap;
} strset;

static void strset_add(strset *s, const char *v)
{
	for (size_t i = 0; i < s->n; i++)
		if (!strcmp(s->items[i], v))
			return;
	s->items = cc_xgrow(s->items, &s->cap, s->n + 1, sizeof *s->items);
	s->items[s->n++] = cc_xstrdup(v);
}

static void strset_clear(strset *s)
{
	for (size_t i = 0; i < s->n; i++)
		free(s->items[i]);
	free(s->items);
	memset(s, 0, sizeof *s);
}

static bool is_personal_key(const char *key)
{
	for (size_t i = 0; key && personal_keys[i]; i++)
		if (!strcmp(key, personal_keys[i]))
			return true;
	return false;
}

/* Ids, codes, dates, times, tree ids: not personal text. */
static bool is_code(const char *v)
{
	static regex_t re;
	static bool compiled;
	if (!compiled) {
		ck_assert_int_eq(regcomp(&re,
		                         "^([a-z0-9][a-z0-9-]{0,63}|[A-Z0-9][A-Z0-9-]{2,31}|[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?"
		                         "|[0-9]{2}:[0-9]{2}|[0-9a-f]{40}|casecheck/.*|documents/.*)$",
		                         REG_EXTENDED | REG_NOSUB),
		                 0);
		compiled = true;
	}
	return strlen(v) < 4 || regexec(&re, v, 0, NULL, 0) == 0;
}

static void collect(const cJSON *node, const char *key, strset *out)
{
	const cJSON *c;
	if (cJSON_IsString(node)) {
		if (is_personal_key(key) && !is_code(node->valuestring))
			strset_add(out, node->valuestring);
	} else if (cJSON_IsArray(node)) {
		cJSON_ArrayForEach(c, node)
			collect(c, key, out);
	} else if (cJSON_IsObject(node)) {
		cJSON_ArrayForEach(c, node)
			collect(c, c->string, out);
	}
}

static void collect_dir(const char *root, const char *rel, strset *out, size_t *files)
{
	char *path = rel[0] ? cc_xasprintf("%s/%s", root, rel) : cc_xstrdup(root);
	DIR *d = opendir(path);
	struct dirent *e;
	while (d && (e = readdir(d))) {
		if (e->d_name[0] == '.')
			continue; /* ., .., .git */
		char *sub = rel[0] ? cc_xasprintf("%s/%s", rel, e->d_name) : cc_xstrdup(e->d_name);
		char *full = cc_xasprintf("%s/%s", root, sub);
		struct stat st;
		if (lstat(full, &st) == 0 && S_ISDIR(st.st_mode)) {
			collect_dir(root, sub, out, files);
		} else if (strlen(sub) > 5 && !strcmp(sub + strlen(sub) - 5, ".json")) {
			char *buf = NULL;
			size_t len;
			cJSON *doc = NULL;
			ck_assert_int_eq(cc_read_file(full, 1 << 24, &buf, &len), 0);
			ck_assert_msg(cc_json_parse(&doc, buf, len, NULL, NULL) == 0, "%s is not JSON", sub);
			/* a team's name names a part of the service, not a person:
			 * reports show it (the HTML caseload table) */
			if (!strcmp(sub, "staff.json"))
				cJSON_DeleteItemFromObjectCaseSensitive(doc, "teams");
			collect(doc, NULL, out);
			cJSON_Delete(doc);
			free(buf);
			(*files)++;
		}
		free(sub);
		free(full);
	}
	if (d)
		closedir(d);
	free(path);
}

static char *dir;
static strset personal;

/* Personal strings found in r's output (stdout and stderr), as a list. */
static char *leaks(const hs_result *r, size_t *count)
{
	char *list = cc_xstrdup("");
	*count = 0;
	for (size_t i = 0; i < personal.n; i++) {
		const char *v = personal.items[i];
		if (hs_contains(r->out, r->out_len, v, strlen(v)) || hs_contains(r->err, r->err_len, v, strlen(v))) {
			char *l = *count < 10 ? cc_xasprintf("%s  \"%s\"\n", list, v) : cc_xstrdup(list);
			free(list);
			list = l;
			(*count)++;
		}
	}
	return list;
}

static void setup(void)
{
	dir = hs_sample_repo(NULL);
	ck_assert_ptr_nonnull(dir);
	/* A child's NHS number that fails its check: a finding whose value is
	 * personal, shown only with --show-values. */
	const char *rel = "cases/LCS-104233/case.json";
	char *path = gf_path(dir, rel), *buf = NULL;
	size_t len;
	ck_assert_int_eq(cc_read_file(path, 1 << 24, &buf, &len), 0);
	char *at = strstr(buf, "\"nhs_number\": \"");
	ck_assert_ptr_nonnull(at);
	at += strlen("\"nhs_number\": \"");
	at[9] = at[9] == '0' ? '1' : '0'; /* wrong check digit */
	ck_assert_int_eq(gf_write(dir, rel, buf), 0);
	free(buf);
	free(path);
	ck_assert_int_eq(gf_commit_all(dir, "bad NHS number"), 0);
	size_t files = 0;
	collect_dir(dir, "", &personal, &files);
	ck_assert_uint_gt(files, 100);
	ck_assert_uint_gt(personal.n, 500);
	/* Leave out what casecheck's own texts contain. */
	hs_result r;
	ck_assert_int_eq(hs_runl(&r, dir, "rules", "--format", "json", "--profile", "all", NULL), 0);
	ck_assert_int_eq(r.exit_code, 0);
	size_t kept = 0;
	for (size_t i = 0; i < personal.n; i++) {
		if (hs_contains(r.out, r.out_len, personal.items[i], strlen(personal.items[i])))
			free(personal.items[i]);
		else
			personal.items[kept++] = personal.items[i];
	}
	ck_assert_uint_gt(kept, personal.n * 9 / 10); /* the filter is not hiding the test */
	personal.n = kept;
	hs_result_clear(&r);
}

static void teardown(void)
{
	gf_rm_rf(dir);
	free(dir);
	strset_clear(&personal);
}

START_TEST(audit_outputs_have_no_personal_data)
{
	const char *formats[] = {"text", "json", "sarif", "junit", "html"};
	const char *purposes[] = {"signoff", "transfer", "receive"};
	size_t shown_total = 0;
	for (size_t p = 0; p < 3; p++) {
		for (size_t f = 0; f < 5; f++) {
			hs_result r;
			ck_assert_int_eq(hs_runl(&r, dir, "audit", "--purpose", purposes[p], "--as-of", AS_OF, "--format",
			                         formats[f], "--history", NULL), 0);
			ck_assert_msg(hs_clean_exit(&r) && r.exit_code == 1, "%s/%s: exit %d", purposes[p], formats[f],
			              r.exit_code);
			ck_assert_msg(r.out_len > 1000, "%s/%s: output too short to prove anything", purposes[p], formats[f]);
			size_t n;
			char *list = leaks(&r, &n);
			ck_assert_msg(n == 0, "%s/%s: %zu personal strings in the output without --show-values, e.g.\n%s",
			              purposes[p], formats[f], n, list);
			free(list);
			hs_result_clear(&r);
			/* With --show-values the NHS number is shown: the check can fail. */
			ck_assert_int_eq(hs_runl(&r, dir, "audit", "--purpose", purposes[p], "--as-of", AS_OF, "--format",
			                         formats[f], "--show-values", NULL), 0);
			list = leaks(&r, &n);
			ck_assert_msg(n > 0, "%s/%s: --show-values shows no value", purposes[p], formats[f]);
			shown_total += n;
			free(list);
			hs_result_clear(&r);
		}
	}
	ck_assert_uint_gt(shown_total, 0);
}
END_TEST

START_TEST(signoff_and_hook_have_no_personal_data)
{
	/* A refused sign-off prints the audit that refused it. */
	hs_result r;
	ck_assert_int_eq(hs_runl(&r, dir, "signoff", "--case", "LCS-104233", "--role", "transferring-manager", "--by",
	                         "tm-okafor", "--as-of", AS_OF, NULL), 0);
	ck_assert_msg(hs_clean_exit(&r) && r.exit_code != 0, "signoff of a case with a bad NHS number: exit %d",
	              r.exit_code);
	size_t n;
	char *list = leaks(&r, &n);
	ck_assert_msg(n == 0, "refused signoff: %zu personal strings, e.g.\n%s", n, list);
	free(list);
	hs_result_clear(&r);
	/* A sign-off made, with a comment that is itself personal text. */
	ck_assert_int_eq(hs_runl(&r, dir, "signoff", "--case", "LCS-104488", "--role", "transferring-manager", "--by",
	                         "tm-okafor", "--as-of", AS_OF, "--comment", "Spoke with Mrs Example-Private at home",
	                         NULL), 0);
	ck_assert_msg(hs_clean_exit(&r) && r.exit_code == 0, "signoff: exit %d: %s", r.exit_code, r.err);
	list = leaks(&r, &n);
	ck_assert_msg(n == 0, "signoff: %zu personal strings, e.g.\n%s", n, list);
	ck_assert(!hs_contains(r.out, r.out_len, "Example-Private", 15) && !hs_contains(r.err, r.err_len, "Example-Private", 15));
	free(list);
	hs_result_clear(&r);
	/* The hook on a staged change to a case. */
	ck_assert_int_eq(gf_git(dir, "add", "-A", NULL), 0);
	ck_assert_int_eq(hs_runl(&r, dir, "hook", "run", NULL), 0);
	ck_assert(hs_clean_exit(&r));
	list = leaks(&r, &n);
	ck_assert_msg(n == 0, "hook run: %zu personal strings, e.g.\n%s", n, list);
	free(list);
	hs_result_clear(&r);
}
END_TEST


/* Issue 11 item 7: a personal string used as a member name (unknown, or
 * duplicated) never reaches a pointer without --show-values, in any
 * format; the pointer says how many characters, and a near schema name is
 * suggested. */
START_TEST(member_names_not_in_the_schema_are_redacted)
{
	const char *notes = "cases/LCS-104233/notes";
	char *ndir = gf_path(dir, notes);
	DIR *d = opendir(ndir);
	ck_assert_ptr_nonnull(d);
	struct dirent *e;
	char *first = NULL, *second = NULL;
	while ((e = readdir(d)) && !second) {
		if (e->d_name[0] == '.')
			continue;
		char *rel = cc_xasprintf("%s/%s", notes, e->d_name);
		if (!first)
			first = rel;
		else
			second = rel;
	}
	closedir(d);
	free(ndir);
	ck_assert_ptr_nonnull(second);
	char *path = gf_path(dir, first), *buf = NULL;
	size_t len;
	ck_assert_int_eq(cc_read_file(path, 1 << 24, &buf, &len), 0);
	char *brace = strchr(buf, '{');
	ck_assert_ptr_nonnull(brace);
	char *edited = cc_xasprintf("{\"Zebedee Marchbanks\": 1, \"headng\": 2, %s", brace + 1);
	ck_assert_int_eq(gf_write(dir, first, edited), 0);
	free(edited);
	free(buf);
	free(path);
	path = gf_path(dir, second);
	ck_assert_int_eq(cc_read_file(path, 1 << 24, &buf, &len), 0);
	brace = strchr(buf, '{');
	edited = cc_xasprintf("{\"Philomena Quibble\": 1, \"Philomena Quibble\": 2, %s", brace + 1);
	ck_assert_int_eq(gf_write(dir, second, edited), 0);
	free(edited);
	free(buf);
	free(path);
	free(first);
	free(second);
	ck_assert_int_eq(gf_commit_all(dir, "personal keys"), 0);

	const char *formats[] = {"text", "json", "sarif", "junit", "html"};
	for (size_t f = 0; f < 5; f++) {
		hs_result r;
		ck_assert_int_eq(hs_runl(&r, dir, "audit", "--case", "LCS-104233", "--as-of", AS_OF, "--format",
		                         formats[f], NULL), 0);
		ck_assert_msg(hs_clean_exit(&r) && r.exit_code == 1, "%s: exit %d", formats[f], r.exit_code);
		ck_assert_msg(!hs_contains(r.out, r.out_len, "Zebedee", 7) && !hs_contains(r.err, r.err_len, "Zebedee", 7),
		              "%s: an unknown member name in the output", formats[f]);
		ck_assert_msg(!hs_contains(r.out, r.out_len, "Philomena", 9) && !hs_contains(r.err, r.err_len, "Philomena", 9),
		              "%s: a duplicate member name in the output", formats[f]);
		ck_assert_msg(hs_contains(r.out, r.out_len, "name of 18 characters", 21), "%s: no redacted pointer", formats[f]);
		ck_assert_msg(hs_contains(r.out, r.out_len, "name of 17 characters", 21), "%s: no redacted duplicate", formats[f]);
		ck_assert_msg(hs_contains(r.out, r.out_len, "heading", 7), "%s: no suggestion", formats[f]);
		hs_result_clear(&r);
		/* with --show-values the names are shown */
		ck_assert_int_eq(hs_runl(&r, dir, "audit", "--case", "LCS-104233", "--as-of", AS_OF, "--format",
		                         formats[f], "--show-values", NULL), 0);
		ck_assert_msg(hs_contains(r.out, r.out_len, "Zebedee Marchbanks", 18), "%s: --show-values hides the name",
		              formats[f]);
		ck_assert_msg(hs_contains(r.out, r.out_len, "Philomena Quibble", 17), "%s: --show-values hides the name",
		              formats[f]);
		hs_result_clear(&r);
	}
}
END_TEST

int main(void)
{
	const TTest *const tests[] = {
		audit_outputs_have_no_personal_data,
		signoff_and_hook_have_no_personal_data,
		member_names_not_in_the_schema_are_redacted,
		NULL,
	};
	return cc_test_list_main("privacy", tests, 900, setup, teardown);
}
